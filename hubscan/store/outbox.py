"""The outbox as the sync engine sees it: what to send, and what the service answered.

An event leaves the queue only by the service's answer: accepted or duplicate marks it
synced; refused marks it answered and puts the reason on the return as an exception
for the hub to resolve. An accepted event may carry a note the hub must still look at
(a misrouted parcel): it becomes the return's exception too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update
from sqlalchemy.dialects.sqlite import insert

from hubscan.core.preadvice import Preadvice, PreadviceError, parse_preadvice
from hubscan.core.readmodels import SyncStatus
from hubscan.store.ledger import event_as_json
from hubscan.store.manifest import upsert_preadvice
from hubscan.store.models import events_table, outbox_table, returns_table, sync_state_table
from hubscan.store.store import LocalStore

log = logging.getLogger("hubscan.sync")

# A pulled manifest page is written in transactions of up to MANIFEST_CHUNK returns,
# MANIFEST_STEP at a time; a transaction ends early after the step during which a scan
# asked for the write lock, so a scan waits for one short step at most,
# while the pull still commits (and checkpoints) only every hundred returns or so. An
# ended transaction is rolled back and written again smaller (``_GiveWay``).
# 150 rather than larger: smaller transactions cut the scans' latency during a large
# pull and the write-lock wait of the slowest scans, at the price of a somewhat slower
# pull that still keeps within its target (compared interleaved with
# ``benchmarks/sync_throughput.py``).
MANIFEST_CHUNK = 150
MANIFEST_STEP = 10

_PENDING = (
    select(events_table, outbox_table.c.attempts)
    .join(outbox_table, outbox_table.c.seq == events_table.c.seq)
    .where(outbox_table.c.synced_at.is_(None))
    .order_by(outbox_table.c.seq)
    .limit(bindparam("limit"))
)
_MARK_SYNCED = (
    update(outbox_table)
    .where(outbox_table.c.seq == bindparam("b_seq"))
    .values(synced_at=bindparam("b_at"), last_error=bindparam("b_error"))
)
_SET_EXCEPTION = (
    update(returns_table)
    .where(returns_table.c.tracking == bindparam("b_tracking"))
    .values(exception=bindparam("b_reason"))
)


def pending_events(store: LocalStore, limit: int) -> list[dict[str, Any]]:
    """The oldest unsent events, in sequence order, as the API wants them."""
    with store.reading() as connection:
        rows = connection.execute(_PENDING, {"limit": limit}).all()
    return [{**event_as_json(row), "seq": row.seq} for row in rows]


def record_answers(store: LocalStore, sent: list[dict[str, Any]], answers: list[dict[str, Any]], at: datetime) -> int:
    """Mark answered events; returns how many were refused."""
    by_id = {event["id"]: event for event in sent}
    marks, exceptions = [], []
    for answer in answers:
        event = by_id[answer["id"]]
        refused = answer["result"] == "refused"
        marks.append({"b_seq": event["seq"], "b_at": at, "b_error": answer.get("reason") if refused else None})
        if refused and event["tracking"]:
            exceptions.append(
                {"b_tracking": event["tracking"], "b_reason": f"{event['type']} refused: {answer.get('reason')}"}
            )
        elif answer.get("reason") and event["tracking"]:
            exceptions.append({"b_tracking": event["tracking"], "b_reason": str(answer["reason"])})
    with store.writing() as connection:
        if marks:
            connection.execute(_MARK_SYNCED, marks)
        if exceptions:
            connection.execute(_SET_EXCEPTION, exceptions)
    return sum(1 for answer in answers if answer["result"] == "refused")


def record_failure(store: LocalStore, sent: list[dict[str, Any]], error: str) -> None:
    seqs = [event["seq"] for event in sent]
    with store.writing() as connection:
        connection.execute(
            update(outbox_table)
            .where(outbox_table.c.seq.in_(seqs))
            .values(attempts=outbox_table.c.attempts + 1, last_error=error)
        )


@dataclass(frozen=True)
class QueueStats:
    depth: int
    oldest: datetime | None
    exceptions: int


def queue_stats(store: LocalStore) -> QueueStats:
    with store.reading() as connection:
        depth, first_seq = connection.execute(
            select(func.count(), func.min(outbox_table.c.seq)).where(outbox_table.c.synced_at.is_(None))
        ).one()
        oldest = None
        if first_seq is not None:
            oldest = connection.execute(
                select(events_table.c.occurred_at).where(events_table.c.seq == first_seq)
            ).scalar_one()
        exceptions = connection.execute(
            select(func.count()).select_from(returns_table).where(returns_table.c.exception.is_not(None))
        ).scalar_one()
    return QueueStats(int(depth), oldest, int(exceptions))


def sync_status(store: LocalStore, online: bool | None = None) -> SyncStatus:
    """The queue and the kept sync state. ``online`` is what the running engine saw;
    without one (the command line), the last contact's outcome decides."""
    stats, state = queue_stats(store), get_state(store)
    success, error = state.get("last_success"), state.get("last_error")
    if online is None:  # timestamps lead both values
        online = bool(success) and (not error or error.split(" ", 1)[0] < str(success))
    return SyncStatus(
        online=online,
        queue_depth=stats.depth,
        oldest_unsent=stats.oldest,
        last_success=success,
        last_error=error,
        exceptions=stats.exceptions,
        manifest_cursor=int(state.get("manifest_cursor") or 0),
    )


def get_state(store: LocalStore) -> dict[str, str | None]:
    with store.reading() as connection:
        return {row.key: row.value for row in connection.execute(select(sync_state_table))}


def set_state(store: LocalStore, **values: str | None) -> None:
    with store.writing() as connection:
        _set_state(connection, values)


def _set_state(connection: Any, values: dict[str, str | None]) -> None:
    for key, value in values.items():
        stmt = insert(sync_state_table).values(key=key, value=value)
        connection.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


def apply_manifest_page(store: LocalStore, records: list[dict[str, Any]], cursor: int) -> tuple[int, int]:
    """Upsert one page of pre-advice in short transactions; the cursor moves with the last.
    A crash part-way leaves the cursor before the page, and upserts repeat harmlessly.
    Returns (applied, skipped); a record our own rules reject is skipped and logged."""
    batch: list[Preadvice] = []
    skipped = 0
    for index, record in enumerate(records):
        if index % 25 == 0:
            store.pause_for_foreground()
        try:
            batch.append(parse_preadvice(record))
        except PreadviceError as exc:
            skipped += 1
            log.warning("pre-advice %s skipped: %s", record.get("tracking"), exc)
    done, chunk = 0, MANIFEST_CHUNK
    while True:
        store.pause_for_foreground()
        try:
            with store.writing() as connection:
                written = _write_chunk(connection, store, batch, done, chunk)
                if written == len(batch):
                    _set_state(connection, {"manifest_cursor": str(cursor)})
                    return len(batch), skipped
        except _GiveWay:
            chunk = max(MANIFEST_STEP, chunk // 4)
            continue
        done, chunk = written, min(MANIFEST_CHUNK, chunk * 2)


def _write_chunk(connection: Connection, store: LocalStore, batch: list[Preadvice], done: int, chunk: int) -> int:
    """Write up to ``chunk`` returns from ``done`` on, a step at a time; where it stopped.
    A scan waiting part-way raises ``_GiveWay``, unless the chunk is one step already."""
    end = min(len(batch), done + chunk)
    while done < end:
        upsert_preadvice(connection, batch[done : done + MANIFEST_STEP])
        done = min(end, done + MANIFEST_STEP)
        if done < end and store.foreground_flag.value > 0:
            if chunk > MANIFEST_STEP:
                raise _GiveWay
            break  # the smallest transaction is committed, so the pull moves on
    return done


class _GiveWay(Exception):
    """A scan is waiting: the pull's transaction is rolled back, not committed, so the
    scan's fsync does not carry the pull's pages to the disk too (a commit's frames sit
    in the WAL unsynced until somebody's fsync takes them). The rows are written again
    in a smaller transaction, down to one step, which is committed whatever comes."""
