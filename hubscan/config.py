"""The station's settings: one TOML file, environment overrides, checked at start.

Each setting names its type, default and meaning in ``SETTINGS``; a bad value is
reported with the setting's name and what is allowed (``ConfigError``).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubscan.core.policy import DEFAULT_REASONS, HubPolicy
from hubscan.core.scan import ScanFormat


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    meaning: str
    env: str | None = None


_FORMAT = ScanFormat()

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "hub_id", str, "HUB", "This hub's id: 3 upper-case letters or digits (in connote numbers).", "HUBSCAN_HUB_ID"
    ),
    Setting(
        "workstation_id",
        str,
        "01",
        "This workstation's id within the hub: 2 letters or digits.",
        "HUBSCAN_WORKSTATION_ID",
    ),
    Setting("grades", list, ["A", "B", "C", "D"], "Condition grades an item can be given (HS:GRADE:<grade>)."),
    Setting("default_grade", str, "A", "Grade an item gets until another is scanned."),
    Setting("reject_reasons", dict, dict(DEFAULT_REASONS), "Reject reason codes (HS:REASON:<code>) and their labels."),
    Setting(
        "scan.tracking_patterns",
        list,
        list(_FORMAT.tracking_patterns),
        "Regular expressions for tracking numbers besides UPU S10 (checked with their check digit).",
    ),
    Setting("scan.badge_pattern", str, _FORMAT.badge_pattern, "Regular expression for an operator badge."),
    Setting("scan.max_length", int, _FORMAT.max_length, "Longest scan accepted, in characters."),
    Setting(
        "printer.url",
        str,
        "",
        "Label printer: tcp://HOST:9100, spooler://QUEUE or file://PATH; empty: none.",
        "HUBSCAN_PRINTER",
    ),
    Setting("printer.dpi", int, 203, "The label printer's resolution: 203 or 300 dpi."),
    Setting(
        "central.url",
        str,
        "",
        "The central service, e.g. https://central.example:8443; empty: offline.",
        "HUBSCAN_CENTRAL_URL",
    ),
    Setting("central.ca_bundle", str, "", "A CA bundle file to verify the central service's TLS with."),
    Setting(
        "scanner.url",
        str,
        "",
        "Serial scanner port (/dev/ttyACM0, COM3); empty: keyboard-wedge scanners only.",
        "HUBSCAN_SCANNER",
    ),
    Setting("scanner.baudrate", int, 9600, "Serial scanner speed in baud."),
    Setting("ui.idle_logout_minutes", int, 15, "Log the operator out after this many idle minutes."),
    Setting(
        "ui.language", str, "en", "The window's language: en (English), fr (French) or nl (Dutch).", "HUBSCAN_LANGUAGE"
    ),
)

TOKEN_ENV = "HUBSCAN_CENTRAL_TOKEN"
KEYRING_SERVICE = "HubScan central service"


def keyring_user(hub: str, workstation: str) -> str:
    return f"{hub}/{workstation}"


def keyring_token(hub: str, workstation: str) -> str | None:
    """The token kept in the OS keyring by the Settings view, if a keyring is there."""
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
        if isinstance(value, dict) and dotted not in ("reject_reasons",):
            keys.extend(_known_keys(value, dotted + "."))
        else:
            keys.append(dotted)
    return keys


def load_values(path: Path | None, environ: dict[str, str] | None = None) -> dict[str, Any]:
    environ = dict(os.environ) if environ is None else environ
    data: dict[str, Any] = {}
    if path is not None and path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc}). Fix the file or remove it.") from exc
    known = {s.key for s in SETTINGS}
    unknown = [k for k in _known_keys(data) if k not in known]
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}. Known: {', '.join(sorted(known))}.")
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        value = _lookup(data, setting.key)
        if setting.env and environ.get(setting.env):
            value = environ[setting.env]
        if value is None:
            value = setting.default
        if not isinstance(value, setting.kind) or (isinstance(value, bool) and setting.kind is int):
            raise ConfigError(f"setting {setting.key}: expected {setting.kind.__name__}, got {value!r}")
        values[setting.key] = value
    return values


@dataclass(frozen=True)
class PrinterSettings:
    url: str | None
    dpi: int


def load_printer(path: Path | None, environ: dict[str, str] | None = None) -> PrinterSettings:
    values = load_values(path, environ)
    if values["printer.dpi"] not in (203, 300):
        raise ConfigError(f"setting printer.dpi: {values['printer.dpi']} dpi is not supported; use 203 or 300")
    return PrinterSettings(values["printer.url"] or None, values["printer.dpi"])


@dataclass(frozen=True)
class CentralSettings:
    url: str | None
    ca_bundle: str | None
    token: str | None


def load_central(path: Path | None, environ: dict[str, str] | None = None) -> CentralSettings:
    """The central service settings; the token comes from the environment, never the file."""
    env = dict(os.environ) if environ is None else environ
    values = load_values(path, env)
    url = values["central.url"] or None
    if url and not url.startswith(("http://", "https://")):
        raise ConfigError(f"setting central.url: {url!r} must start with https:// (or http:// on a test bench)")
    token = env.get(TOKEN_ENV) or None
    if token is None and environ is None:  # the real environment: the keyring may hold it
        token = keyring_token(values["hub_id"], values["workstation_id"])
    return CentralSettings(url, values["central.ca_bundle"] or None, token)


@dataclass(frozen=True)
class StationSettings:
    scanner_url: str | None
    scanner_baudrate: int
    idle_logout_s: int
    language: str


def load_station(path: Path | None, environ: dict[str, str] | None = None) -> StationSettings:
    values = load_values(path, environ)
    if values["ui.idle_logout_minutes"] < 1:
        raise ConfigError("setting ui.idle_logout_minutes: give at least 1 minute")
    if values["ui.language"] not in ("en", "fr", "nl"):
        raise ConfigError(f"setting ui.language: {values['ui.language']!r} is not one of en, fr, nl")
    return StationSettings(
        values["scanner.url"] or None,
        values["scanner.baudrate"],
        values["ui.idle_logout_minutes"] * 60,
        values["ui.language"],
    )


def load_policy(path: Path | None, environ: dict[str, str] | None = None) -> HubPolicy:
    values = load_values(path, environ)
    _check_regex("scan.badge_pattern", [values["scan.badge_pattern"]])
    _check_regex("scan.tracking_patterns", values["scan.tracking_patterns"])
    policy = HubPolicy(
        hub_id=values["hub_id"],
        workstation_id=values["workstation_id"],
        grades=tuple(str(g) for g in values["grades"]),
        default_grade=values["default_grade"],
        reject_reasons={str(k): str(v) for k, v in values["reject_reasons"].items()},
        scan_format=ScanFormat(
            tracking_patterns=tuple(values["scan.tracking_patterns"]),
            badge_pattern=values["scan.badge_pattern"],
            max_length=values["scan.max_length"],
        ),
    )
    problems = policy.problems()
    if problems:
        raise ConfigError("; ".join(f"setting {p}" for p in problems))
    return policy


def _check_regex(key: str, patterns: list[Any]) -> None:
    for pattern in patterns:
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise ConfigError(f"setting {key}: {pattern!r} is not a valid regular expression ({exc})") from exc
