"""``hubscan doctor``: is this station fit to work, and if not, what should IT do?

Each check passes, warns or fails with what was found and what to do. Nothing is
changed: the database is read (never migrated), the printer only asked ``~HS``, the
scanner port opened and closed, the central service asked for its health and for an
empty page with the station's token.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hubscan.config import ConfigError, StationConfig, central_settings, load_config
from hubscan.store.database import StoreError, quick_check
from hubscan.store.migrate import MIGRATIONS, SCHEMA_HEAD

PASS, WARN, FAIL, SKIP = "pass", "warn", "fail", "skip"
DISK_FAIL_BYTES = 500 * 1024**2
DISK_WARN_BYTES = 2 * 1024**3
SKEW_WARN_S, SKEW_FAIL_S = 30.0, 120.0
QUEUE_WARN_S, QUEUE_FAIL_S = 3600.0, 24 * 3600.0


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    found: str
    action: str = ""


@dataclass(frozen=True)
class Report:
    checks: list[Check]

    @property
    def failed(self) -> bool:
        return any(c.status == FAIL for c in self.checks)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": not self.failed, "checks": [asdict(c) for c in self.checks]}


def check_settings(config: Path) -> tuple[Check, StationConfig | None]:
    try:
        loaded = load_config(config)
    except ConfigError as exc:
        return Check("settings", FAIL, "; ".join(exc.problems), f"fix {config} (hubscan config check)"), None
    where = str(config) if config.exists() else f"{config} not there: defaults and environment"
    return Check("settings", PASS, f"valid ({where})"), loaded


def _known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py")}


def check_database(db: Path) -> Check:
    if not db.exists():
        return Check("database", WARN, f"no database at {db} yet", "none: HubScan creates it at its first start")
    try:
        verdict, revision = quick_check(db)
    except StoreError as exc:
        return Check(
            "database",
            FAIL,
            f"{db} cannot be read as a database ({exc})",
            f"stop HubScan, move {db.name} aside and restore the newest {db.name}.*.bak beside it; call support",
        )
    if verdict != "ok":
        return Check(
            "database", FAIL, f"{db} is damaged: {verdict}", f"stop HubScan and restore the newest {db.name}.*.bak"
        )
    if revision == SCHEMA_HEAD:
        return Check("database", PASS, f"{db}: intact, schema {revision} (current)")
    if revision is None or revision in _known_revisions():
        return Check(
            "database",
            WARN,
            f"{db}: intact, schema {revision or 'none'}; this program's is {SCHEMA_HEAD}",
            "none: it is brought up to date at the next start, after a backup copy",
        )
    return Check(
        "database",
        FAIL,
        f"{db} was written by a newer HubScan (schema {revision}; this program knows up to {SCHEMA_HEAD})",
        "install that HubScan version or newer; this one will not open it",
    )


def _nearest_existing(folder: Path) -> Path:
    """``folder``, or the nearest of its parents that exists (where it would be made)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_disk(db: Path) -> Check:
    folder = _nearest_existing(db.parent)
    free = shutil.disk_usage(folder).free
    found = f"{free / 1024**3:.1f} GiB free on the disk of {folder}"
    if free < DISK_FAIL_BYTES:
        return Check("disk", FAIL, found, "free space now: scans cannot be saved on a full disk")
    if free < DISK_WARN_BYTES:
        return Check("disk", WARN, found, "free some space soon (old logs, downloads)")
    return Check("disk", PASS, found)


def check_scanner(values: dict[str, Any]) -> Check:
    from hubscan.devices.discovery import discover

    seen = [p.device for p in discover() if p.is_scanner]
    url = values["scanner.url"]
    if not url:
        extra = f"; serial scanners seen: {', '.join(seen)}" if seen else ""
        return Check("scanner", PASS, f"no serial scanner set: keyboard-wedge scanners only{extra}")
    import serial

    try:
        port = serial.serial_for_url(url, baudrate=values["scanner.baudrate"], timeout=0)
        port.close()
    except (serial.SerialException, OSError) as exc:
        text = str(exc)
        if "ermission" in text:
            return Check(
                "scanner",
                FAIL,
                f"scanner {url}: no permission to open it",
                "add the operator's account to the 'hubscan' group (sudo usermod -aG hubscan USER) and log in again",
            )
        ports = ", ".join(seen) or "none"
        return Check(
            "scanner",
            FAIL,
            f"scanner {url} is not there ({text})",
            f"plug the scanner in (try another USB port/cable); scanners seen now: {ports}; "
            "'hubscan devices' lists every port",
        )
    return Check("scanner", PASS, f"scanner {url} opens")


def check_scale(values: dict[str, Any]) -> Check:
    """The scale answers MT-SICS: a weight (or a reason it gives none: moving, out of
    range) is an answer; no port, no line or a line that is no weight is not."""
    from hubscan.devices.scale import MtSicsScale, ScaleError, ScaleSettings

    url = values.get("scale.url") or ""
    if not url:
        return Check("scale", PASS, "no scale set: a supervisor types container weights (HS:WEIGHT)")
    scale = MtSicsScale(ScaleSettings(url, values.get("scale.baudrate") or 9600, timeout_s=3.0))
    try:
        reading = scale.weigh()
    except ScaleError as error:
        said = {
            "scale.unstable": "it answers; the load is moving",
            "scale.overload": "it answers; the load is over its range",
            "scale.underload": "it answers; it reads below zero (zero it)",
        }
        if error.code in said:
            return Check("scale", PASS, f"scale {url}: {said[error.code]}")
        actions = {
            "scale.unplugged": "plug the scale in, or fix scale.url",
            "scale.no_answer": "switch it on and set it to MT-SICS, 9600 baud, 8N1",
        }
        action = actions.get(error.code, "set the scale to MT-SICS")
        return Check("scale", FAIL, f"scale {url}: {error.code.split('.')[1].replace('_', ' ')}", action)
    return Check("scale", PASS, f"scale {url} answers: {reading.shown} on it")


def check_printer(values: dict[str, Any]) -> Check:
    from hubscan.devices.faults import PrinterFault
    from hubscan.devices.printers import FilePrinter, TcpPrinter, open_printer
    from hubscan.devices.spooler import SpoolerPrinter

    url = values["printer.url"]
    if not url:
        return Check("printer", WARN, "no label printer set", "set printer.url (hubscan config show) to print labels")
    printer = open_printer(url)
    try:
        if isinstance(printer, TcpPrinter):
            problems = printer.status().problems()
            if problems:
                faults = "; ".join(map(str, problems))
                return Check("printer", FAIL, f"printer {url}: {faults}", "fix it at the printer")
        elif isinstance(printer, SpoolerPrinter):
            printer.check_queue()
        elif isinstance(printer, FilePrinter) and not printer.path.parent.is_dir():
            return Check("printer", FAIL, f"folder {printer.path.parent} is not there", "create it or fix the URL")
    except PrinterFault as exc:
        # A fault reads "what is wrong. What to do[, then print again]."
        found, _, action = str(exc).partition(". ")
        action = action.replace(", then print again", "").replace(" Then print again.", "").strip()
        return Check("printer", FAIL, found, action or "check the printer")
    return Check("printer", PASS, f"printer {url} ready")


def check_papers(values: dict[str, Any], db: Path) -> Check:
    """The dispatch papers' folder can be written, and the office printer's queue is there."""
    from hubscan.devices.faults import PrinterFault
    from hubscan.devices.spooler import SpoolerPrinter

    folder = Path(values["papers.folder"]) if values.get("papers.folder") else db.parent / "papers"
    existing = _nearest_existing(folder)
    if not existing.is_dir() or not os.access(existing, os.W_OK):
        return Check("papers", FAIL, f"papers folder {folder} cannot be written", "fix papers.folder or its rights")
    queue = (values.get("papers.printer") or "").removeprefix("spooler://")
    if not queue:
        return Check("papers", PASS, f"papers kept in {folder}; no office printer set (papers.printer)")
    try:
        SpoolerPrinter(queue).check_queue()
    except PrinterFault as exc:
        found, _, action = str(exc).partition(". ")
        return Check("papers", FAIL, found, action.strip() or "check the office printer's queue")
    return Check("papers", PASS, f"papers kept in {folder} and printed on spooler://{queue}")


def check_central(config: StationConfig, now: Callable[[], float] = time.time) -> list[Check]:
    from hubscan.sync.client import CentralClient, CentralRefused, CentralUnavailable, ClientSettings

    central = central_settings(config)
    if central.url is None:
        return [Check("central", WARN, "no central service set: events stay queued here", "set central.url")]
    if central.token is None:
        return [Check("central", FAIL, f"no token for {central.url}", "run: hubscan token set")]
    client = CentralClient(ClientSettings(central.url, central.token, central.ca_bundle, retries=0, read_timeout_s=10))
    try:
        asked = now()
        health = client.health()
        answered = now()
        # The last cursor the service takes (its positions are 32-bit integers): an empty
        # page, but the token and the hub are checked.
        client.manifest(config.policy.hub_id, 2**31 - 1, 1)
    except CentralRefused as exc:
        if exc.tls:
            action = "install the central service's CA bundle and set central.ca_bundle, or fix the URL"
        elif exc.status == 401:
            action = "the token is not valid: ask for a new one and run: hubscan token set"
        elif exc.status == 403:
            action = "the token belongs to another hub/workstation: check hub_id, workstation_id and the token"
        else:
            action = "check central.url"
        return [Check("central", FAIL, str(exc), action)]
    except CentralUnavailable as exc:
        return [
            Check(
                "central",
                FAIL,
                str(exc),
                "check the network and central.url; scanning goes on offline, events wait in the queue",
            )
        ]
    finally:
        client.close()
    found = (
        f"{central.url} reachable, TLS and token accepted"
        if central.url.startswith("https")
        else (f"{central.url} reachable (plain http: a test bench only), token accepted")
    )
    checks = [Check("central", PASS, found)]
    server = datetime.fromisoformat(health["time"]).timestamp()
    skew = server - (asked + answered) / 2
    found = f"this station's clock is {abs(skew):.1f} s {'behind' if skew > 0 else 'ahead of'} the central service"
    status = FAIL if abs(skew) > SKEW_FAIL_S else WARN if abs(skew) > SKEW_WARN_S else PASS
    checks.append(Check("clock", status, found, "" if status == PASS else "turn on time sync (NTP) on this station"))
    return checks


def check_queue(db: Path, values: dict[str, Any], central_set: bool) -> Check:
    from hubscan.store.outbox import queue_stats
    from hubscan.store.store import LocalStore

    store = LocalStore(db, values["hub_id"], values["workstation_id"], own_upkeep=False)
    try:
        stats = queue_stats(store)
    finally:
        store.close()
    if not stats.depth or stats.oldest is None:
        return Check("queue", PASS, "no events waiting to be sent")
    age = (datetime.now(UTC) - stats.oldest).total_seconds()
    found = f"{stats.depth} events waiting; the oldest for {age / 3600:.1f} h"
    if not central_set:
        return Check("queue", WARN, found, "set central.url so they reach the central service")
    if age > QUEUE_FAIL_S:
        return Check("queue", FAIL, found, "fix the central check above; then: hubscan sync --once")
    if age > QUEUE_WARN_S:
        return Check("queue", WARN, found, "see the central check; the sync sends them when it can")
    return Check("queue", PASS, found)


def examine(config: Path, db: Path, offline: bool) -> Report:
    settings, loaded = check_settings(config)
    checks = [settings, check_database(db), check_disk(db)]
    if loaded is None:
        names = ("scanner", "scale", "printer", "papers", "queue") + (() if offline else ("central",))
        return Report(checks + [Check(n, SKIP, "not checked: the settings are not valid") for n in names])
    values = dict(loaded.values)
    checks += [check_scanner(values), check_scale(values), check_printer(values), check_papers(values, db)]
    if checks[1].status == PASS:
        checks.append(check_queue(db, values, loaded.central_url is not None))
    checks += [Check("central", SKIP, "not checked (--offline)")] if offline else check_central(loaded)
    return Report(checks)
