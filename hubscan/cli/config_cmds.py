"""``hubscan config show|check`` and ``hubscan token set|clear|status``."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from hubscan.cli.common import UserError, policy_from
from hubscan.config import TOKEN_ENV, ConfigError, keyring_token, load_config, load_values, resolve
from hubscan.paths import default_config
from hubscan.settings_schema import SETTINGS


def _config_path(args: argparse.Namespace) -> Path:
    given: Path | None = getattr(args, "config", None)
    return given if given is not None else default_config()


def mask(value: Any) -> Any:
    """A URL's password is never shown."""
    if isinstance(value, str) and "@" in value and "://" in value:
        parts = urlsplit(value)
        if parts.password:
            netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
            return urlunsplit(parts._replace(netloc=netloc))
    return value


def _toml(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def token_where(path: Path) -> str:
    values = load_values(path)
    if os.environ.get(TOKEN_ENV):
        return f"set, from {TOKEN_ENV}"
    if keyring_token(values["hub_id"], values["workstation_id"]):
        return "set, in the OS keyring"
    return "not set (run: hubscan token set)"


def settings_rows(path: Path) -> list[dict[str, Any]]:
    resolved = resolve(path)
    return [
        {"key": s.key, "value": mask(resolved.values[s.key]), "source": resolved.sources[s.key], "env": s.env}
        for s in SETTINGS
    ]


def settings_text(path: Path) -> str:
    """Every setting, its value (passwords masked) and where it came from; never the token."""
    rows = settings_rows(path)
    token = token_where(path)
    lines = [f"# settings file: {path}" + ("" if path.exists() else " (not there: defaults and environment only)")]
    width = min(56, max(len(f"{r['key']} = {_toml(r['value'])}") for r in rows))
    for row in rows:
        line = f"{row['key']} = {_toml(row['value'])}"
        source = f"from {row['env']}" if row["source"] == "env" else row["source"]
        lines.append(f"{line.ljust(width)}  # {source}")
    lines.append(f"# central token: {token}" + ("; its value is never shown" if token.startswith("set") else ""))
    return "\n".join(lines)


def run_show(args: argparse.Namespace) -> int:
    path = _config_path(args)
    try:
        if args.json:
            rows = settings_rows(path)
            print(
                json.dumps(
                    {"file": str(path), "exists": path.exists(), "settings": rows, "central_token": token_where(path)}
                )
            )
        else:
            print(settings_text(path))
    except ConfigError as exc:
        raise UserError(f"{exc}\nRun 'hubscan config check' for the list; fix the file or the variable.") from exc
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = _config_path(args)
    if getattr(args, "config", None) is not None and not path.exists():
        raise UserError(f"config file {path} does not exist")
    try:
        load_config(path)
    except ConfigError as exc:
        print(f"hubscan: {len(exc.problems)} problem(s) in the settings ({path}):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    where = path if path.exists() else f"{path} not there; defaults and environment"
    print(f"settings OK ({where}); central token {token_where(path)}")
    return 0


def _keyring_name() -> str:
    import keyring

    return type(keyring.get_keyring()).__name__


def _store_token(args: argparse.Namespace, token: str) -> tuple[str, str]:
    from hubscan.services.settings_file import SettingsError, save_token

    policy = policy_from(args)
    try:
        save_token(policy.hub_id, policy.workstation_id, token)
    except SettingsError as exc:
        raise UserError(str(exc)) from exc
    return policy.hub_id, policy.workstation_id


def run_token_set(args: argparse.Namespace) -> int:
    if sys.stdin.isatty():
        token = getpass.getpass("Central token for this workstation (not shown): ").strip()
    else:
        token = sys.stdin.readline().strip()
    if not token:
        raise UserError("no token given; paste the token the central service issued for this workstation")
    hub, workstation = _store_token(args, token)
    if keyring_token(hub, workstation) != token:
        raise UserError(
            f"the OS keyring ({_keyring_name()}) did not keep the token. On Linux the station needs a Secret "
            f"Service (gnome-keyring or KWallet); or set {TOKEN_ENV} in the station's environment."
        )
    print(f"central token for {hub}/{workstation} stored in the OS keyring ({_keyring_name()})")
    return 0


def run_token_clear(args: argparse.Namespace) -> int:
    hub, workstation = _store_token(args, "")
    print(f"central token for {hub}/{workstation} removed from the OS keyring")
    return 0


def run_token_status(args: argparse.Namespace) -> int:
    path = _config_path(args)
    try:
        print(f"central token: {token_where(path)}")
    except ConfigError as exc:
        raise UserError(str(exc)) from exc
    return 0
