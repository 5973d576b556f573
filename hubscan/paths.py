"""Where HubScan keeps its files on each platform."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP = "HubScan"


def default_db() -> Path:
    return user_data_path(APP, appauthor=False) / "hubscan.db"


def default_config() -> Path:
    return user_config_path(APP, appauthor=False) / "hubscan.toml"
