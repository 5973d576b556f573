"""``hubscan doctor`` and ``hubscan support-bundle``."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import zipfile
from datetime import datetime
from importlib import metadata
from pathlib import Path

from hubscan import __version__
from hubscan.cli.common import UserError
from hubscan.config import ConfigError, central_settings, load_config
from hubscan.logs import default_log_dir
from hubscan.paths import default_config, default_db
from hubscan.services.doctor import FAIL, Report, examine

MARKS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skip": "SKIP"}
PACKAGES = ("PySide6-Essentials", "PySide6-Addons", "SQLAlchemy", "alembic", "pyserial", "requests", "zebra", "keyring")


def _paths(args: argparse.Namespace) -> tuple[Path, Path]:
    config: Path | None = getattr(args, "config", None)
    db: Path | None = getattr(args, "db", None)
    return config if config is not None else default_config(), db if db is not None else default_db()


def report_text(report: Report) -> str:
    lines = []
    for check in report.checks:
        lines.append(f"{MARKS[check.status]}  {check.name:<9} {check.found}")
        if check.action:
            lines.append(f"{'':16}-> {check.action}")
    failed = sum(c.status == FAIL for c in report.checks)
    lines.append(f"{failed} check(s) failed" if failed else "no check failed")
    return "\n".join(lines)


def run_doctor(args: argparse.Namespace) -> int:
    config, db = _paths(args)
    report = examine(config, db, args.offline)
    print(json.dumps(report.as_dict(), indent=2) if args.json else report_text(report))
    return 1 if report.failed else 0


def versions() -> str:
    from hubscan.store.migrate import SCHEMA_HEAD

    lines = [f"hubscan {__version__} (database schema {SCHEMA_HEAD})", f"python {sys.version}"]
    lines.append(f"platform {platform.platform()}; frozen: {getattr(sys, 'frozen', False)}")
    for name in PACKAGES:
        try:
            lines.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{name} (not installed)")
    return "\n".join(lines)


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def run_support_bundle(args: argparse.Namespace) -> int:
    from hubscan.cli.config_cmds import settings_text

    config, db = _paths(args)
    log_dir: Path = getattr(args, "log_dir", None) or default_log_dir()
    output: Path = args.output or Path(f"hubscan-support-{datetime.now().strftime('%Y%m%d-%H%M%S')}.zip")
    try:
        token = central_settings(load_config(config)).token
        settings = settings_text(config)
    except ConfigError as exc:
        token, settings = None, f"the settings are not valid: {exc}"
    secrets = [token] if token else []
    report = examine(config, db, args.offline)
    try:
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr("settings.txt", _scrub(settings, secrets) + "\n")
            bundle.writestr("doctor.txt", report_text(report) + "\n")
            bundle.writestr("doctor.json", json.dumps(report.as_dict(), indent=2) + "\n")
            bundle.writestr("versions.txt", versions() + "\n")
            logs = (
                sorted(log_dir.glob("hubscan.log*")) + sorted(log_dir.glob("crash-*.txt")) if log_dir.is_dir() else []
            )
            for path in logs:
                text = path.read_text(encoding="utf-8", errors="replace")
                bundle.writestr(f"logs/{path.name}", _scrub(text, secrets))
        output.chmod(0o600)  # logs name operators and parcels
    except OSError as exc:
        raise UserError(f"cannot write {output} ({exc.strerror}); give another --output") from exc
    print(f"wrote {output}: {len(logs)} log file(s), the settings (no secrets), doctor's checks and the versions")
    return 0
