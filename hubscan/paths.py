"""Where HubScan keeps its files on each platform."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import site_config_path, user_config_path, user_data_path

APP = "HubScan"
CONFIG_FILE = "hubscan.toml"


def default_db() -> Path:
    return user_data_path(APP, appauthor=False) / "hubscan.db"


def user_config() -> Path:
    return user_config_path(APP, appauthor=False) / CONFIG_FILE


def station_config() -> Path:
    """The machine-wide file IT writes (Linux /etc/xdg/HubScan, Windows C:\\ProgramData\\HubScan)."""
    return site_config_path(APP, appauthor=False) / CONFIG_FILE


def default_config() -> Path:
    """The operator's own file if there is one, else the station's machine-wide file
    (the installers write that one), else where the operator's own file would go."""
    user = user_config()
    if user.exists():
        return user
    station = station_config()
    return station if station.exists() else user


def keep_files_private() -> None:
    """New files of this process are its user's alone (POSIX umask 077): the database
    (PIN hashes), photos kept as evidence (addresses on labels), logs and support
    bundles. Windows keeps a user's profile private already."""
    if os.name == "posix":
        os.umask(0o077)
