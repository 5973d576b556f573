"""The outbox as the sync engine sees it: what to send, and what the service answered.

An event leaves the queue only by the service's answer: accepted or duplicate marks it
synced; refused marks it answered and puts the reason on the return as an exception
for the hub to resolve. An accepted event may carry a note the hub must still look at
(a misrouted parcel): it becomes the return's exception too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update

from hubscan.core.hubfeed import refusal_note
from hubscan.core.status import Status
from hubscan.store.ledger import event_as_json
from hubscan.store.models import events_table, expected_lines_table, outbox_table, returns_table
from hubscan.store.store import LocalStore

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
            note = refusal_note(event["type"], store.workstation_id, event.get("operator"), answer.get("reason"))
            exceptions.append({"b_tracking": event["tracking"], "b_reason": note})
        elif answer.get("reason") and event["tracking"]:
            exceptions.append({"b_tracking": event["tracking"], "b_reason": str(answer["reason"])})
    undone = [by_id[a["id"]] for a in answers if a["result"] == "refused" and by_id[a["id"]]["type"] in _UNDONE]
    with store.writing() as connection:
        if marks:
            connection.execute(_MARK_SYNCED, marks)
        for event in undone:
            _undo(connection, event)
        if exceptions:
            connection.execute(_SET_EXCEPTION, exceptions)
    return sum(1 for answer in answers if answer["result"] == "refused")


# What a supervisor's word gave a parcel the bench applied at once; refused by the
# service, it is taken back, and the parcel is again what it was (its refusal says why).
_UNDONE = frozenset({"ReturnCreated", "ReturnLinked", "ParcelForwarded"})
_NOT_PREADVISED = {
    "unexpected": True,
    "retailer": None,
    "destination": None,
    "origin_country": None,
    "faulty": False,
    "test": False,
    "approval": None,
    "faulty_destination": None,
    "facts": None,
}


def _undo(connection: Connection, event: dict[str, Any]) -> None:
    tracking = event["tracking"]
    if not tracking:
        return
    this = returns_table.c.tracking == tracking
    if event["type"] == "ParcelForwarded":
        held = returns_table.c.status == Status.DEPOT_SCAN.value  # not sent on yet
        connection.execute(update(returns_table).where(this, held).values(forwarded_to=None, unexpected=True))
        return
    connection.execute(update(returns_table).where(this).values(**_NOT_PREADVISED))
    if event["type"] == "ReturnLinked":
        connection.execute(delete(expected_lines_table).where(expected_lines_table.c.tracking == tracking))
        preadvice = event["payload"].get("preadvice")
        connection.execute(
            update(returns_table)
            .where(returns_table.c.tracking == preadvice, returns_table.c.arrived_as == tracking)
            .values(arrived_as=None)
        )


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
