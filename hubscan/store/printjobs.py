"""Print jobs in the store: reading them, and recording each attempt's result."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from hubscan.core.printjobs import PrintJob, PrintRequest
from hubscan.store.models import print_jobs_table as _jobs
from hubscan.store.store import LocalStore


def _job(row: Any) -> PrintJob:
    return PrintJob(
        id=row.id,
        kind=row.kind,
        reference=row.reference,
        payload=row.payload,
        copy=row.copy,
        status=row.status,
        created_at=row.created_at,
        requested_by=row.requested_by,
        reason=row.reason,
        printer=row.printer,
        error=row.error,
        attempts=row.attempts,
        printed_at=row.printed_at,
    )


def get_job(store: LocalStore, job_id: int) -> PrintJob | None:
    with store.reading() as connection:
        row = connection.execute(select(_jobs).where(_jobs.c.id == job_id)).first()
    return _job(row) if row is not None else None


def list_jobs(store: LocalStore, status: str | None = None, limit: int = 100) -> list[PrintJob]:
    query = select(_jobs).order_by(_jobs.c.id.desc()).limit(limit)
    if status is not None:
        query = query.where(_jobs.c.status == status)
    with store.reading() as connection:
        return [_job(row) for row in connection.execute(query)]


def unprinted(store: LocalStore) -> list[PrintJob]:
    with store.reading() as connection:
        rows = connection.execute(select(_jobs).where(_jobs.c.status == "pending").order_by(_jobs.c.id))
        return [_job(row) for row in rows]


def waiting(store: LocalStore) -> list[PrintJob]:
    """Jobs not printed yet: never sent, or sent and failed."""
    with store.reading() as connection:
        rows = connection.execute(select(_jobs).where(_jobs.c.status.in_(("pending", "failed"))).order_by(_jobs.c.id))
        return [_job(row) for row in rows]


def record_attempt(store: LocalStore, job_id: int, printer: str, error: str | None, at: datetime) -> None:
    values: dict[str, Any] = {"printer": printer, "attempts": _jobs.c.attempts + 1, "error": error}
    if error is None:
        values.update(status="printed", printed_at=at)
    else:
        values.update(status="failed")
    store.pause_for_foreground()  # a scan under way takes the write lock first
    with store.writing() as connection:
        connection.execute(update(_jobs).where(_jobs.c.id == job_id).values(values))


def mark_pending(store: LocalStore, job_id: int) -> None:
    with store.writing() as connection:
        connection.execute(update(_jobs).where(_jobs.c.id == job_id).values(status="pending"))


def add_reprint(store: LocalStore, original: PrintJob, operator: str, reason: str, at: datetime) -> int:
    """A new job for the same label with the next copy number; who, when and why are kept."""
    with store.unit_of_work() as ledger:
        copies = ledger.connection.execute(
            select(func.max(_jobs.c.copy)).where(_jobs.c.kind == original.kind, _jobs.c.reference == original.reference)
        ).scalar()
        request = PrintRequest(original.kind, original.reference, original.payload, operator, (copies or 0) + 1, reason)
        return ledger.add_print_job(request, at)
