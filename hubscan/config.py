"""The station's settings: one TOML file, environment overrides, checked at start.

``settings_schema.SETTINGS`` is the schema. Every bad value is reported at once,
each with the setting's name and what is allowed (``ConfigError``).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from hubscan.core.policy import HubPolicy
from hubscan.core.scan import ScanFormat
from hubscan.settings_schema import BY_KEY, DICT_SETTINGS, SETTINGS, Setting


class ConfigError(Exception):
    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


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
