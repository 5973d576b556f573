"""Importing pre-advice (JSON Lines) into the store: all of a file, or none of it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection

from hubscan.core.preadvice import ImportReport, Preadvice, PreadviceError, Progress, parse_preadvice
from hubscan.core.status import Status
from hubscan.store.models import destinations_table, expected_lines_table, returns_table
from hubscan.store.rawsql import run_many
from hubscan.store.store import LocalStore

BATCH = 2000

_returns = returns_table
_lines = expected_lines_table
_destinations = destinations_table


class _Rollback(Exception):
    """Raised inside the transaction to undo a file that had bad lines."""


# Plain SQL run with the driver's executemany (``rawsql.run_many``): the upsert is the
# manifest pull's hot loop (a million returns, ten at a time), and SQLAlchemy's
# execution layer costs more per call than SQLite takes to write the ten rows.
_UPSERT_RETURN = (
    "INSERT INTO returns (tracking, status, retailer, destination, origin_country, hub, faulty,"
    " unexpected, on_hold) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"
    " ON CONFLICT (tracking) DO UPDATE SET retailer = excluded.retailer,"
    " destination = excluded.destination, origin_country = excluded.origin_country,"
    " hub = excluded.hub, faulty = excluded.faulty, unexpected = 0"
)
_DELETE_LINES = "DELETE FROM expected_lines WHERE tracking = ?"
_INSERT_LINE = "INSERT INTO expected_lines (tracking, sku, barcode, description, qty, reason) VALUES (?, ?, ?, ?, ?, ?)"
_NAMED_DESTINATION = (
    "INSERT INTO destinations (code, name, address) VALUES (?, ?, ?)"
    " ON CONFLICT (code) DO UPDATE SET name = excluded.name, address = excluded.address"
    # Unchanged, the row is not written again: each of the pull's transactions named the
    # same few destinations, and rewrote their page into the WAL every time.
    " WHERE name IS NOT excluded.name OR address IS NOT excluded.address"
)
_BARE_DESTINATION = "INSERT INTO destinations (code, name, address) VALUES (?, ?, '') ON CONFLICT (code) DO NOTHING"


def upsert_preadvice(connection: Connection, batch: list[Preadvice]) -> None:
    """Insert or update ``batch``; new pre-advice replaces the expected lines it had."""
    created = Status.CREATED.value
    run_many(
        connection,
        _UPSERT_RETURN,
        [(p.tracking, created, p.retailer, p.destination, p.origin_country, p.hub, p.faulty) for p in batch],
    )
    run_many(connection, _DELETE_LINES, [(p.tracking,) for p in batch])
    lines = [
        (p.tracking, line.sku, line.barcode, line.description, line.qty, line.reason) for p in batch for line in p.items
    ]
    if lines:
        run_many(connection, _INSERT_LINE, lines)
    named = {
        p.destination: (p.destination, p.destination_name, p.destination_address or "")
        for p in batch
        if p.destination_name
    }
    bare = {(p.destination, p.destination) for p in batch if p.destination not in named}
    if named:
        run_many(connection, _NAMED_DESTINATION, list(named.values()))
    if bare:
        run_many(connection, _BARE_DESTINATION, list(bare))


def _parse_line(number: int, data: str | bytes, seen: set[str], report: ImportReport) -> Preadvice | None:
    """One line checked: the pre-advice, or None (blank, or an error added to ``report``)."""
    report.lines = number
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        report.add_error(number, "not UTF-8 text")
        return None
    if not text.strip():
        return None
    try:
        preadvice = parse_preadvice(json.loads(text))
    except json.JSONDecodeError as exc:
        report.add_error(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
        return None
    except PreadviceError as exc:
        report.add_error(number, str(exc))
        return None
    if preadvice.tracking in seen:
        report.add_error(number, f"tracking {preadvice.tracking} appears earlier in the file")
        return None
    seen.add(preadvice.tracking)
    return preadvice


def import_lines(store: LocalStore, lines: Iterable[str | bytes]) -> ImportReport:
    """Import pre-advice lines; with any bad line, nothing is kept and every reason is reported."""
    report = ImportReport()
    seen: set[str] = set()
    try:
        with store.writing() as connection:
            batch: list[Preadvice] = []
            for number, data in enumerate(lines, start=1):
                preadvice = _parse_line(number, data, seen, report)
                if preadvice is None or report.error_count:
                    continue  # keep checking the rest, but stop writing
                batch.append(preadvice)
                if len(batch) >= BATCH:
                    upsert_preadvice(connection, batch)
                    report.imported += len(batch)
                    batch = []
            if batch and not report.error_count:
                upsert_preadvice(connection, batch)
                report.imported += len(batch)
            if report.error_count:
                raise _Rollback
    except _Rollback:
        report.imported = 0
    return report


STEP = 200


def import_file_in_steps(store: LocalStore, path: Path, progress: Progress) -> ImportReport:
    """For the window, where scans go on meanwhile: the whole file is checked first
    (nothing is written if a line is bad), then written in short transactions that
    pause while a scan runs. Stopped part-way (a crash), some returns are written;
    importing the same file again completes it, as upserts repeat harmlessly."""
    try:
        with path.open("rb") as handle:
            total = sum(1 for _ in handle)
    except OSError as exc:
        report = ImportReport()
        report.add_error(0, f"cannot read {path.name} ({exc.strerror})")
        return report
    checked = ImportReport()
    seen: set[str] = set()
    with path.open("rb") as handle:
        for number, data in enumerate(handle, start=1):
            _parse_line(number, data, seen, checked)
            if number % 1000 == 0:
                progress(number, total, "checking")
    if checked.error_count:
        return checked
    written = ImportReport()
    seen.clear()
    batch: list[Preadvice] = []
    with path.open("rb") as handle:
        for number, data in enumerate(handle, start=1):
            preadvice = _parse_line(number, data, seen, written)
            if preadvice is not None:
                batch.append(preadvice)
            if len(batch) >= STEP or (number == total and batch):
                store.pause_for_foreground()
                with store.writing() as connection:
                    upsert_preadvice(connection, batch)
                written.imported += len(batch)
                batch = []
                progress(number, total, "importing")
    progress(total, total, "importing")
    return written
