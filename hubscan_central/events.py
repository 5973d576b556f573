"""Taking a batch of hub events: idempotent by event id, judged one by one, in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from hubscan_central.models import events_t, returns_t
from hubscan_central.rules import ReturnFacts, apply, judge
from hubscan_central.schemas import EventAnswer, EventBatch

CHUNK = 500
_UPDATE_FACTS = update(returns_t).where(returns_t.c.tracking == bindparam("b_tracking"))


@dataclass(frozen=True)
class _Seen:
    result: str
    reason: str | None


def insert_ignoring_duplicates(connection: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on PostgreSQL and SQLite alike."""
    if not rows:
        return
    module = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(module.insert(table).on_conflict_do_nothing(index_elements=[key]), rows)


def _facts(row: Any) -> ReturnFacts:
    return ReturnFacts(row.received_hub, row.exported_connote, row.exported_hub, bool(row.rejected))


def take_batch(connection: Connection, batch: EventBatch) -> list[EventAnswer]:
    """One transaction: every event is answered, and only accepted ones change a return."""
    now = datetime.now(UTC).isoformat()
    ids = [event.id for event in batch.events]
    known: dict[str, _Seen] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        for row in connection.execute(
            select(events_t.c.id, events_t.c.result, events_t.c.reason).where(events_t.c.id.in_(part))
        ):
            known[row.id] = _Seen(row.result, row.reason)
    trackings = sorted({e.tracking for e in batch.events if e.tracking and e.id not in known})
    facts: dict[str, ReturnFacts] = {}
    # Rows must exist before they can be locked: two hubs racing on a new parcel then queue.
    insert_ignoring_duplicates(
        connection, returns_t, [{"tracking": t, "faulty": False, "rejected": False} for t in trackings], "tracking"
    )
    for start in range(0, len(trackings), CHUNK):
        part = trackings[start : start + CHUNK]
        query = select(returns_t).where(returns_t.c.tracking.in_(part)).with_for_update()
        for row in connection.execute(query):
            facts[row.tracking] = _facts(row)
    answers: list[EventAnswer] = []
    new_events: list[dict[str, Any]] = []
    touched: set[str] = set()
    for event in batch.events:
        if event.id in known:
            previous = known[event.id]
            if previous.result == "refused":
                answers.append(EventAnswer(id=event.id, result="refused", reason=previous.reason))
            else:
                answers.append(EventAnswer(id=event.id, result="duplicate"))
            continue
        reason = None
        if event.tracking:
            state = facts.setdefault(event.tracking, ReturnFacts())
            connote = event.payload.get("connote") if isinstance(event.payload.get("connote"), str) else None
            reason = judge(state, event.type, batch.hub, connote)
            if reason is None:
                apply(state, event.type, batch.hub, connote)
                touched.add(event.tracking)
        else:
            reason = "event without a tracking number"
        result = "refused" if reason else "accepted"
        known[event.id] = _Seen(result, reason)
        answers.append(EventAnswer(id=event.id, result=result, reason=reason))  # type: ignore[arg-type]
        new_events.append(
            {
                "id": event.id,
                "hub": batch.hub,
                "workstation": batch.workstation,
                "seq": event.seq,
                "type": event.type,
                "tracking": event.tracking,
                "occurred_at": event.occurred_at,
                "station": event.station,
                "operator": event.operator,
                "payload": event.payload,
                "received_at": now,
                "result": result,
                "reason": reason,
            }
        )
    if new_events:
        connection.execute(insert(events_t), new_events)
    if touched:
        connection.execute(
            _UPDATE_FACTS,
            [
                {
                    "b_tracking": tracking,
                    "received_hub": facts[tracking].received_hub,
                    "exported_connote": facts[tracking].exported_connote,
                    "exported_hub": facts[tracking].exported_hub,
                    "rejected": facts[tracking].rejected,
                }
                for tracking in sorted(touched)
            ],
        )
    return answers
