"""Saving the station's settings from the window: the TOML file, checked before it
replaces the old one (a bad value is refused with the setting's name, the file stays
as it was), and the central token in the OS keyring, never in the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from hubscan.config import KEYRING_SERVICE, ConfigError, keyring_user, load_config
from hubscan.durable import make_folder, replace_whole

EDITABLE = ("hub_id", "workstation_id", "printer.url", "printer.dpi", "scanner.url", "central.url", "ui.language")


class SettingsError(Exception):
    """What is wrong, naming the setting, and what to do."""


def save_settings(path: Path, changes: dict[str, Any]) -> None:
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise SettingsError(f"not a setting the window edits: {', '.join(unknown)}")
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path} is not valid TOML ({exc}); fix or remove it first") from exc
    for key, value in changes.items():
        node = data
        *parents, leaf = key.split(".")
        for parent in parents:
            node = node.setdefault(parent, {})
        if value in ("", None):
            node.pop(leaf, None)
        else:
            node[leaf] = value
    candidate = path.with_name(path.name + ".new")
    try:
        make_folder(path.parent, 0o755)
        candidate.write_text(tomli_w.dumps(data), encoding="utf-8")
    except OSError as exc:
        raise SettingsError(
            f"cannot write {path} ({exc.strerror}): it is the station's file; ask IT to change it there"
        ) from exc
    try:
        environ: dict[str, str] = {}  # the file alone must be valid, whatever the environment says
        load_config(candidate, environ)
    except ConfigError as exc:
        candidate.unlink()
        raise SettingsError(str(exc).replace(str(candidate), str(path))) from exc
    try:
        replace_whole(candidate, path)  # a power cut leaves the old settings or the new, never an empty file
    except OSError as exc:
        candidate.unlink(missing_ok=True)
        raise SettingsError(
            f"cannot write {path} ({exc.strerror}): it is the station's file; ask IT to change it there"
        ) from exc


def save_token(hub: str, workstation: str, token: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if token:
            keyring.set_password(KEYRING_SERVICE, keyring_user(hub, workstation), token)
        else:
            keyring.delete_password(KEYRING_SERVICE, keyring_user(hub, workstation))
    except PasswordDeleteError:
        pass  # there was none to remove
    except KeyringError as exc:
        raise SettingsError(
            f"the OS keyring refused the token ({type(exc).__name__}: {exc}). Set HUBSCAN_CENTRAL_TOKEN in the "
            "station's environment instead."
        ) from exc
