"""What every subcommand shares: --db and --config, opening the store, clean errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hubscan.config import ConfigError, PrinterSettings, StationConfig, load_config
from hubscan.core.policy import HubPolicy
from hubscan.paths import default_config, default_db

if TYPE_CHECKING:  # SQLAlchemy loads only when a command opens the store (the window: off its thread)
    from hubscan.services.printing import LabelPrinting
    from hubscan.store.store import LocalStore


class UserError(Exception):
    """A problem the person running the command can fix; printed without a traceback."""


def add_common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS, so that a subcommand's copy of an option never hides the same option given
    # before the subcommand (argparse would otherwise reset it to the default).
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file (default: platform data dir)")
    parser.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="station settings file (TOML)")


# The flags that stand for a setting for one run: (flag, setting).
FLAG_SETTINGS = (
    ("printer", "printer.url"),
    ("language", "ui.language"),
    ("central", "central.url"),
    ("scanner", "scanner.url"),
    ("baudrate", "scanner.baudrate"),
)


def config_from(args: argparse.Namespace) -> StationConfig:
    """The station's settings with this command's flags over them, read once a run."""
    loaded: StationConfig | None = getattr(args, "station_config", None)
    if loaded is not None:
        return loaded
    given: Path | None = getattr(args, "config", None)
    if given is not None and not given.exists():
        raise UserError(f"config file {given} does not exist")
    overrides = {key: getattr(args, flag) for flag, key in FLAG_SETTINGS if getattr(args, flag, None) is not None}
    try:
        loaded = load_config(given if given is not None else default_config(), overrides=overrides)
    except ConfigError as exc:
        raise UserError(str(exc)) from exc
    args.station_config = loaded
    return loaded


def policy_from(args: argparse.Namespace) -> HubPolicy:
    return config_from(args).policy


def printer_from(args: argparse.Namespace) -> PrinterSettings:
    """The configured printer, or the one given with --printer."""
    return config_from(args).printer


def print_desk(store: LocalStore, settings: PrinterSettings) -> LabelPrinting:
    from hubscan.services.printing import LabelPrinting

    try:
        return LabelPrinting.for_settings(store, settings)
    except ValueError as exc:
        raise UserError(str(exc)) from exc


def db_path(args: argparse.Namespace) -> Path:
    given: Path | None = getattr(args, "db", None)
    return given if given is not None else default_db()


def open_store(args: argparse.Namespace, policy: HubPolicy) -> LocalStore:
    from hubscan.store.database import StoreError
    from hubscan.store.store import LocalStore

    try:
        return LocalStore(db_path(args), policy.hub_id, policy.workstation_id)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def fail(message: str) -> int:
    print(f"hubscan: {message}", file=sys.stderr)
    return 2
