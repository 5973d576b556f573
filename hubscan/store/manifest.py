"""Importing pre-advice (JSON Lines) into the store: all of a file, or none of it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete
from sqlalchemy.dialects.sqlite import insert

from hubscan.core.preadvice import Preadvice, PreadviceError, parse_preadvice
from hubscan.core.status import Status
from hubscan.store.models import destinations_table, expected_lines_table, returns_table
from hubscan.store.store import LocalStore

BATCH = 2000
MAX_REPORTED = 50

_returns = returns_table
_lines = expected_lines_table
_destinations = destinations_table


@dataclass
class ImportReport:
    lines: int = 0
    imported: int = 0
    error_count: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add_error(self, line: int, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append((line, reason))


class _Rollback(Exception):
    """Raised inside the transaction to undo a file that had bad lines."""


def upsert_preadvice(connection: Connection, batch: list[Preadvice]) -> None:
    rows = [
        {
            "tracking": p.tracking,
            "status": Status.CREATED.value,
            "retailer": p.retailer,
            "destination": p.destination,
            "origin_country": p.origin_country,
            "hub": p.hub,
            "faulty": p.faulty,
            "unexpected": False,
            "on_hold": False,
        }
        for p in batch
    ]
    stmt = insert(_returns)
    stmt = stmt.on_conflict_do_update(
        index_elements=[_returns.c.tracking],
        set_={
            "retailer": stmt.excluded.retailer,
            "destination": stmt.excluded.destination,
            "origin_country": stmt.excluded.origin_country,
            "hub": stmt.excluded.hub,
            "faulty": stmt.excluded.faulty,
            "unexpected": False,
        },
    )
    connection.execute(stmt, rows)
    # New pre-advice replaces the expected lines of a return not yet processed.
    trackings = [p.tracking for p in batch]
    connection.execute(delete(_lines).where(_lines.c.tracking.in_(trackings)))
    lines = [
        {
            "tracking": p.tracking,
            "sku": line.sku,
            "barcode": line.barcode,
            "description": line.description,
            "qty": line.qty,
            "reason": line.reason,
        }
        for p in batch
        for line in p.items
    ]
    connection.execute(insert(_lines), lines)
    destinations = {p.destination: p for p in batch}
    for code, p in destinations.items():
        name, address = p.destination_name or code, p.destination_address or ""
        dest = insert(_destinations).values(code=code, name=name, address=address)
        if p.destination_name:
            dest = dest.on_conflict_do_update(
                index_elements=[_destinations.c.code],
                set_={"name": dest.excluded.name, "address": dest.excluded.address},
            )
        else:
            dest = dest.on_conflict_do_nothing()
        connection.execute(dest)


def import_lines(store: LocalStore, lines: Iterable[str | bytes]) -> ImportReport:
    """Import pre-advice lines; with any bad line, nothing is kept and every reason is reported."""
    report = ImportReport()
    seen: set[str] = set()
    try:
        with store.writing() as connection:
            batch: list[Preadvice] = []
            for number, data in enumerate(lines, start=1):
                report.lines = number
                try:
                    text = data.decode("utf-8") if isinstance(data, bytes) else data
                except UnicodeDecodeError:
                    report.add_error(number, "not UTF-8 text")
                    continue
                if not text.strip():
                    continue
                try:
                    preadvice = parse_preadvice(json.loads(text))
                except json.JSONDecodeError as exc:
                    report.add_error(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
                    continue
                except PreadviceError as exc:
                    report.add_error(number, str(exc))
                    continue
                if preadvice.tracking in seen:
                    report.add_error(number, f"tracking {preadvice.tracking} appears earlier in the file")
                    continue
                seen.add(preadvice.tracking)
                if report.error_count:
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
