"""The station's settings: one TOML file, environment overrides, checked at start.

``SETTINGS`` is the schema: each setting's type, default, meaning, what is allowed and
its environment variable (``HUBSCAN_`` + the key in capitals, dots as underscores).
``docs/configuration.md`` is generated from it. Every bad value is reported at once,
each with the setting's name and what is allowed (``ConfigError``).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from hubscan.core.policy import DEFAULT_DISPOSITIONS, DEFAULT_HOLD_REASONS, DEFAULT_REASONS, HubPolicy
from hubscan.core.scan import ScanFormat


class ConfigError(Exception):
    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


def _regex_problem(pattern: Any) -> str | None:
    try:
        re.compile(str(pattern))
    except re.error as exc:
        return f"{pattern!r} is not a valid regular expression ({exc})"
    return None


def _central_url(url: str) -> str | None:
    if url and not url.startswith(("http://", "https://")):
        return f"{url!r} must start with https:// (or http:// on a test bench)"
    return None


def _printer_url(url: str) -> str | None:
    if url and not url.startswith(("tcp://", "spooler://", "file://")):
        return f"{url!r}: use tcp://HOST:9100, spooler://QUEUE or file://PATH"
    return None


def _one_of(*allowed: Any) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"{value!r} is not one of {', '.join(map(str, allowed))}"

    return check


def _at_least(low: int, unit: str) -> Callable[[Any], str | None]:
    return lambda value: None if value >= low else f"{value}: give at least {low} {unit}"


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    meaning: str
    # Returns what is wrong with a value of the right type, or None.
    check: Callable[[Any], str | None] | None = None

    @property
    def env(self) -> str:
        return "HUBSCAN_" + self.key.upper().replace(".", "_")


_FORMAT = ScanFormat()
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

SETTINGS: tuple[Setting, ...] = (
    Setting("hub_id", str, "HUB", "This hub's id: 3 upper-case letters or digits (in connote numbers)."),
    Setting("workstation_id", str, "01", "This workstation's id within the hub: 2 letters or digits."),
    Setting("grades", list, ["A", "B", "C", "D"], "Condition grades an item can be given (HS:GRADE:<grade>)."),
    Setting("default_grade", str, "A", "Grade an item gets until another is scanned."),
    Setting("reject_reasons", dict, dict(DEFAULT_REASONS), "Reject reason codes (HS:REASON:<code>) and their labels."),
    Setting(
        "hold_reasons",
        dict,
        dict(DEFAULT_HOLD_REASONS),
        "Hold reason codes (HS:HOLD:<code> [note]) and their labels; the first is a plain HS:HOLD's.",
    ),
    Setting(
        "dispositions",
        dict,
        dict(DEFAULT_DISPOSITIONS),
        "Item dispositions (HS:DISPOSITION:<code>) and their labels, where the pre-advice names no list of its own.",
    ),
    Setting("ageing_hours", int, 48, "Hours a parcel may stay in the hub before it is listed as ageing."),
    Setting(
        "scan.tracking_patterns",
        list,
        list(_FORMAT.tracking_patterns),
        "Regular expressions for tracking numbers besides UPU S10 (checked with their check digit).",
        lambda patterns: "; ".join(p for p in map(_regex_problem, patterns) if p) or None,
    ),
    Setting(
        "scan.badge_pattern", str, _FORMAT.badge_pattern, "Regular expression for an operator badge.", _regex_problem
    ),
    Setting("scan.max_length", int, _FORMAT.max_length, "Longest scan accepted, in characters.", _at_least(8, "chars")),
    Setting(
        "printer.url",
        str,
        "",
        "Label printer: tcp://HOST:9100, spooler://QUEUE or file://PATH; empty: none.",
        _printer_url,
    ),
    Setting("printer.dpi", int, 203, "The label printer's resolution: 203 or 300 dpi.", _one_of(203, 300)),
    Setting(
        "papers.folder",
        str,
        "",
        "Folder where the dispatch papers (parcel list PDF and CSV) are kept; empty: 'papers' beside the database.",
    ),
    Setting(
        "papers.printer",
        str,
        "",
        "Office printer for the dispatch papers: spooler://QUEUE (a CUPS queue); empty: the folder only.",
        lambda url: None if not url or url.startswith("spooler://") else f"{url!r}: use spooler://QUEUE",
    ),
    Setting(
        "central.url", str, "", "The central service, e.g. https://central.example:8443; empty: offline.", _central_url
    ),
    Setting("central.ca_bundle", str, "", "A CA bundle file to verify the central service's TLS with; empty: system."),
    Setting("scanner.url", str, "", "Serial scanner port (/dev/ttyACM0, COM3); empty: keyboard-wedge scanners only."),
    Setting("scanner.baudrate", int, 9600, "Serial scanner speed in baud.", _at_least(300, "baud")),
    Setting(
        "scale.url", str, "", "Serial scale speaking MT-SICS (/dev/ttyUSB0, COM4); empty: weights are typed by hand."
    ),
    Setting("scale.baudrate", int, 9600, "Serial scale speed in baud.", _at_least(300, "baud")),
    Setting(
        "dispatch.gs1_company_prefix",
        str,
        "",
        "The hub's GS1 company prefix (6-12 digits): HubScan numbers and prints container SSCC labels under it; "
        "empty: only pre-printed container labels.",
    ),
    Setting("dispatch.sscc_extension", str, "0", "The SSCC extension digit of the containers HubScan numbers."),
    Setting(
        "dispatch.container_kinds",
        list,
        ["BAG", "CAGE", "PALLET"],
        "Kinds of container (HS:CONTAINER:<kind>); the first is opened when a parcel comes and none is open.",
    ),
    Setting(
        "dispatch.sender_name",
        str,
        "",
        "The hub's name as the connote and the dispatch papers give the sender, e.g. ACME Returns Hub Sydney.",
    ),
    Setting(
        "dispatch.sender_address",
        str,
        "",
        "The hub's address as the sender, its lines separated by new lines (\\n in the file).",
    ),
    Setting(
        "dispatch.customs_territory",
        str,
        "",
        "The hub's customs territory, e.g. AU or EU; empty: no consolidation needs export papers.",
    ),
    Setting(
        "dispatch.destination_territories",
        dict,
        {},
        'Destinations in another customs territory than the hub, and that territory (FR-PAR = "EU"): '
        "their consolidations need every item's customs data and print a commercial invoice and packing list.",
    ),
    Setting(
        "ui.idle_logout_minutes", int, 15, "Log the operator out after this many idle minutes.", _at_least(1, "minute")
    ),
    Setting(
        "ui.language",
        str,
        "en",
        "The window's language: en (English), fr (French) or nl (Dutch).",
        _one_of("en", "fr", "nl"),
    ),
    Setting("log.dir", str, "", "Folder for the log files and crash reports; empty: the platform's log folder."),
    Setting(
        "log.level",
        str,
        "INFO",
        "Least important log messages kept: DEBUG, INFO, WARNING or ERROR.",
        _one_of(*LOG_LEVELS),
    ),
)
BY_KEY = {setting.key: setting for setting in SETTINGS}
DICT_SETTINGS = frozenset(setting.key for setting in SETTINGS if setting.kind is dict)

TOKEN_ENV = "HUBSCAN_CENTRAL_TOKEN"
KEYRING_SERVICE = "HubScan central service"
_SECRET_WORDS = ("token", "password", "secret")


def keyring_user(hub: str, workstation: str) -> str:
    return f"{hub}/{workstation}"


def keyring_token(hub: str, workstation: str) -> str | None:
    """The token kept in the OS keyring (``hubscan token set``), if a keyring is there."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, keyring_user(hub, workstation))
    except (ImportError, KeyringError, RuntimeError):
        return None


def _lookup(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _known_keys(data: dict[str, Any], prefix: str = "") -> list[str]:
    keys = []
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and dotted not in DICT_SETTINGS:
            keys.extend(_known_keys(value, dotted + "."))
        else:
            keys.append(dotted)
    return keys


def read_file(path: Path | None) -> dict[str, Any]:
    if path is None or not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}). Fix the file or remove it.") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror}). Check its permissions.") from exc


def _from_env(setting: Setting, raw: str) -> Any:
    """A string setting takes the variable as it is; others read it as a TOML value."""
    if setting.kind is str:
        return raw
    try:
        return tomllib.loads(f"value = {raw}")["value"]
    except tomllib.TOMLDecodeError:
        return raw  # reported as the wrong type below, naming the variable


@dataclass(frozen=True)
class Resolved:
    """Every setting's value and where it came from: "file", "env" or "default"."""

    values: dict[str, Any]
    sources: dict[str, str]


COMMAND_LINE = "command line"


def _resolve(
    path: Path | None, environ: dict[str, str] | None, overrides: Mapping[str, Any] | None = None
) -> tuple[Resolved, list[str]]:
    """Every setting (a bad one at its default) and every problem found. ``overrides``
    (a command's flags) win over the environment, which wins over the file."""
    environ = dict(os.environ) if environ is None else environ
    overrides = overrides or {}
    data = read_file(path)
    problems: list[str] = []
    for key in _known_keys(data):
        if key in BY_KEY:
            continue
        if any(word in key.lower() for word in _SECRET_WORDS):
            problems.append(
                f"{key}: secrets are not kept in the settings file; remove it and run 'hubscan token set' "
                "(the OS keyring keeps the central token)"
            )
        else:
            problems.append(f"unknown setting {key}; known: {', '.join(BY_KEY)}")
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for setting in SETTINGS:
        value, source = _lookup(data, setting.key), "file"
        if environ.get(setting.env):
            value, source = _from_env(setting, environ[setting.env]), "env"
        if overrides.get(setting.key) is not None:
            value, source = overrides[setting.key], COMMAND_LINE
        if value is None:
            value, source = setting.default, "default"
        where = {"env": f" (from {setting.env})", COMMAND_LINE: " (from the command line)"}.get(source, "")
        if not isinstance(value, setting.kind) or (isinstance(value, bool) and setting.kind is int):
            problems.append(f"setting {setting.key}{where}: expected {setting.kind.__name__}, got {value!r}")
            value, source = setting.default, "default"
        elif setting.check and (problem := setting.check(value)):
            problems.append(f"setting {setting.key}{where}: {problem}")
            value, source = setting.default, "default"
        values[setting.key] = value
        sources[setting.key] = source
    return Resolved(values, sources), problems


def _raise(path: Path | None, problems: list[str]) -> None:
    if problems:
        prefix = f"{path}: " if path is not None and path.exists() else ""
        raise ConfigError(prefix + "; ".join(problems), problems)


def resolve(path: Path | None, environ: dict[str, str] | None = None) -> Resolved:
    """All settings, checked together: one ``ConfigError`` listing every problem."""
    resolved, problems = _resolve(path, environ)
    _raise(path, problems)
    return resolved


def load_values(path: Path | None, environ: dict[str, str] | None = None) -> dict[str, Any]:
    return resolve(path, environ).values


@dataclass(frozen=True)
class PrinterSettings:
    url: str | None
    dpi: int
    papers_folder: str | None = None  # None: beside the database
    papers_queue: str | None = None  # the office printer's CUPS queue for the PDF papers


@dataclass(frozen=True)
class CentralSettings:
    url: str | None
    ca_bundle: str | None
    token: str | None
    token_source: str | None = None  # "env" or "keyring"


@dataclass(frozen=True)
class StationSettings:
    scanner_url: str | None
    scanner_baudrate: int
    idle_logout_s: int
    language: str
    scale_url: str | None = None
    scale_baudrate: int = 9600


@dataclass(frozen=True)
class StationConfig:
    """A station's settings, read from its file and the environment once and checked
    together, a command's flags applied as overrides. Frozen: a station runs with what
    it started with (a change saved from the window applies at the next start)."""

    file: Path | None
    values: Mapping[str, Any]
    sources: Mapping[str, str]  # "file", "env", "command line" or "default"
    policy: HubPolicy
    printer: PrinterSettings
    station: StationSettings
    central_url: str | None
    central_ca_bundle: str | None
    log_dir: str | None
    log_level: str


def load_config(
    path: Path | None, environ: dict[str, str] | None = None, overrides: Mapping[str, Any] | None = None
) -> StationConfig:
    """Every setting, once: a ``ConfigError`` names every bad one, the policy's too."""
    resolved, problems = _resolve(path, environ, overrides)
    values = resolved.values
    policy = HubPolicy(
        hub_id=values["hub_id"],
        workstation_id=values["workstation_id"],
        grades=tuple(str(g) for g in values["grades"]),
        default_grade=values["default_grade"],
        reject_reasons={str(k): str(v) for k, v in values["reject_reasons"].items()},
        hold_reasons={str(k): str(v) for k, v in values["hold_reasons"].items()},
        dispositions={str(k): str(v) for k, v in values["dispositions"].items()},
        ageing_hours=values["ageing_hours"],
        gs1_company_prefix=values["dispatch.gs1_company_prefix"],
        sscc_extension=values["dispatch.sscc_extension"],
        container_kinds=tuple(str(kind).upper() for kind in values["dispatch.container_kinds"]),
        sender_name=values["dispatch.sender_name"].strip(),
        sender_address=values["dispatch.sender_address"].strip(),
        customs_territory=values["dispatch.customs_territory"].strip().upper(),
        destination_territories={
            str(code).strip().upper(): str(territory).strip().upper()
            for code, territory in values["dispatch.destination_territories"].items()
        },
        scan_format=ScanFormat(
            tracking_patterns=tuple(values["scan.tracking_patterns"]),
            badge_pattern=values["scan.badge_pattern"],
            max_length=values["scan.max_length"],
        ),
    )
    _raise(path, problems + [f"setting {p}" for p in policy.problems()])
    return StationConfig(
        file=path,
        values=MappingProxyType(dict(values)),
        sources=MappingProxyType(dict(resolved.sources)),
        policy=policy,
        printer=PrinterSettings(
            values["printer.url"] or None,
            values["printer.dpi"],
            values["papers.folder"] or None,
            values["papers.printer"].removeprefix("spooler://") or None,
        ),
        station=StationSettings(
            values["scanner.url"] or None,
            values["scanner.baudrate"],
            values["ui.idle_logout_minutes"] * 60,
            values["ui.language"],
            values["scale.url"] or None,
            values["scale.baudrate"],
        ),
        central_url=values["central.url"] or None,
        central_ca_bundle=values["central.ca_bundle"] or None,
        log_dir=values["log.dir"] or None,
        log_level=values["log.level"],
    )


def central_settings(config: StationConfig, environ: dict[str, str] | None = None) -> CentralSettings:
    """The central service of ``config`` with its token, from the keyring (or the
    environment on a test bench), never from the file. Without a URL there is nothing
    to talk to: the keyring (slow to open) is not asked."""
    env = dict(os.environ) if environ is None else environ
    url = config.central_url
    token, source = env.get(TOKEN_ENV) or None, "env"
    if token is None and environ is None and url:
        token, source = keyring_token(config.policy.hub_id, config.policy.workstation_id), "keyring"
    return CentralSettings(url, config.central_ca_bundle, token, source if token else None)
