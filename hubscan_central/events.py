"""Taking a batch of hub events: idempotent by event id, judged one by one, in order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from hubscan_central.database import insert_ignoring_duplicates
from hubscan_central.feed import append_to_feeds
from hubscan_central.manifest import lock_changes, take_changes
from hubscan_central.models import escalations_t, events_t, returns_t
from hubscan_central.rules import (
    CONSOLIDATION_TYPES,
    CREATING_TYPES,
    FINISHING_TYPES,
    FORWARDING_TYPES,
    LINKING_TYPES,
    Reporter,
    ReturnFacts,
    apply,
    judge,
    link_refusal,
    misrouted,
)
from hubscan_central.schemas import Escalation, Escalations, EventAnswer, EventBatch, HubEvent

CHUNK = 500
_TRACKING = re.compile(r"[A-Z0-9]{6,40}")
_CHANGING = FINISHING_TYPES | {"ParcelKept", "ReturnLinked"}
_UPDATE_FACTS = update(returns_t).where(returns_t.c.tracking == bindparam("b_tracking"))
_CHANGED = _UPDATE_FACTS.values(change_seq=bindparam("b_seq"))


@dataclass(frozen=True)
class _Seen:
    result: str
    reason: str | None


def _facts(row: Any) -> ReturnFacts:
    return ReturnFacts(
        row.hub,
        row.received_hub,
        row.received_workstation,
        row.received_by,
        row.received_at,
        row.exported_connote,
        row.exported_hub,
        row.exported_workstation,
        row.exported_by,
        row.exported_at,
        bool(row.rejected),
        row.retailer,
        row.created_hub,
        row.arrived_as,
        row.forwarded_to,
    )


def _created(state: ReturnFacts, event: HubEvent, hub: str, created: dict[str, dict[str, Any]]) -> str | None:
    """A return created at ``hub`` (ReturnCreated): the hub is kept, so a second creation
    is refused; the reason to refuse a bad one. Its retailer and destination stay in the
    event (the timeline shows them): the return is not pre-advised, so it never enters a
    manifest delta; its hub's benches learn it from the hub feed."""
    retailer, destination = event.payload.get("retailer"), event.payload.get("destination")
    if not isinstance(retailer, str) or not 0 < len(retailer) <= 200:
        return "ReturnCreated needs a retailer (text of up to 200 characters)"
    if not isinstance(destination, str) or not 0 < len(destination) <= 40:
        return "ReturnCreated needs a destination code"
    assert event.tracking is not None
    state.created_hub = hub
    created[event.tracking] = {"created_hub": hub}
    return None


def _link_target(event: HubEvent) -> str | None:
    """The pre-advised return a ReturnLinked event names, when it names one properly."""
    target = event.payload.get("preadvice")
    if event.type in LINKING_TYPES and isinstance(target, str) and _TRACKING.fullmatch(target):
        return target
    return None


def _linked(
    event: HubEvent, hub: str, facts: dict[str, ReturnFacts], linked: dict[str, str], created: dict[str, Any]
) -> str | None:
    """A parcel linked to its pre-advised return (ReturnLinked): the return keeps the
    parcel's number, so its own label is refused if it ever turns up; the reason to
    refuse a link that cannot be."""
    target = _link_target(event)
    if target is None:
        return "ReturnLinked needs the pre-advised return's tracking number (preadvice)"
    assert event.tracking is not None
    if target == event.tracking:
        return "a parcel cannot be linked to itself"
    reason = link_refusal(target, facts.get(target), hub)
    if reason is None:
        facts[target].arrived_as = event.tracking
        linked[target] = event.tracking
        # The parcel has its return now, as a created one does: a second link or a
        # creation is refused.
        facts[event.tracking].created_hub = hub
        created[event.tracking] = {"created_hub": hub}
    return reason


def _escalates(event: dict[str, Any]) -> bool:
    return (
        event["type"] == "ExceptionResolved"
        and event["result"] == "accepted"
        and event["payload"].get("resolution") == "escalated"
        and bool(event["tracking"])
    )


def _escalation(event: dict[str, Any]) -> dict[str, Any]:
    """The office's row of a refusal a hub escalated (texts as the hub sent them)."""
    payload = event["payload"]

    def text(key: str) -> str | None:
        value = payload.get(key)
        return value[:2000] if isinstance(value, str) else None

    return {
        "event_id": event["id"],
        "tracking": event["tracking"],
        "hub": event["hub"],
        "workstation": event["workstation"],
        "operator": event["operator"],
        "at": event["occurred_at"],
        "exception": text("exception"),
        "note": text("note"),
    }


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
    # A return exported or rejected goes out in the manifest delta again, marked finished:
    # the change counter is locked first, as the pre-advice load locks it, before returns.
    finishing = any(
        e.type in FINISHING_TYPES | {"ParcelKept", "ReturnLinked"} and e.id not in known for e in batch.events
    )
    changes = lock_changes(connection) if finishing else 0
    facts: dict[str, ReturnFacts] = {}
    # Rows must exist before they can be locked: two hubs racing on a new parcel then queue.
    insert_ignoring_duplicates(
        connection, returns_t, [{"tracking": t, "faulty": False, "rejected": False} for t in trackings], "tracking"
    )
    # The pre-advised returns parcels are linked to are locked too (those that exist:
    # a link to an unknown one is refused, and leaves no row behind).
    targets = {t for e in batch.events if e.id not in known and (t := _link_target(e)) is not None}
    locked = sorted(set(trackings) | targets)
    for start in range(0, len(locked), CHUNK):
        part = locked[start : start + CHUNK]
        query = select(returns_t).where(returns_t.c.tracking.in_(part)).with_for_update()
        for row in connection.execute(query):
            facts[row.tracking] = _facts(row)
    answers: list[EventAnswer] = []
    new_events: list[dict[str, Any]] = []
    # Every new event goes on its hub's feed; a misrouted parcel's also on the feed of
    # the hub it was pre-advised to.
    feeds: dict[str, list[str]] = {batch.hub: []}
    touched: set[str] = set()
    finished: list[str] = []
    created: dict[str, dict[str, Any]] = {}
    linked: dict[str, str] = {}
    for event in batch.events:
        if event.id in known:
            previous = known[event.id]
            if previous.result == "refused":
                answers.append(EventAnswer(id=event.id, result="refused", reason=previous.reason))
            else:
                answers.append(EventAnswer(id=event.id, result="duplicate", reason=previous.reason))
            continue
        reason = note = None
        by = Reporter(batch.hub, batch.workstation, event.operator, event.occurred_at)
        if event.tracking:
            state = facts.setdefault(event.tracking, ReturnFacts())
            connote = event.payload.get("connote") if isinstance(event.payload.get("connote"), str) else None
            reason = judge(state, event.type, by, connote)
            if reason is None and event.type in CREATING_TYPES:
                reason = _created(state, event, batch.hub, created)
            if reason is None and event.type in LINKING_TYPES:
                reason = _linked(event, batch.hub, facts, linked, created)
            if reason is None:
                note = misrouted(state, event.type, by)
                if state.preadvised_hub is not None and (note is not None or event.type in FORWARDING_TYPES):
                    feeds.setdefault(state.preadvised_hub, []).append(event.id)  # that hub must know
                forwarded = state.forwarded_to is not None
                apply(state, event.type, by, connote)
                touched.add(event.tracking)
                # A return the hubs are done with goes out in its hub's manifest again, as
                # does one kept at the hub it reached (its pre-advice moves there); one
                # exported to the hub it was forwarded to is not done with.
                exported_on = event.type == "ReturnExported" and forwarded
                if (event.type in FINISHING_TYPES and not exported_on) or event.type == "ParcelKept":
                    finished.append(event.tracking)
        elif event.type not in CONSOLIDATION_TYPES:
            reason = "event without a tracking number"
        result = "refused" if reason else "accepted"
        reason = reason or note
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
        escalated = [_escalation(event) for event in new_events if _escalates(event)]
        if escalated:
            connection.execute(insert(escalations_t), escalated)
        feeds[batch.hub] = [event["id"] for event in new_events]
        append_to_feeds(connection, feeds)
    if touched:
        connection.execute(
            _UPDATE_FACTS,
            [
                {
                    "b_tracking": tracking,
                    "received_hub": facts[tracking].received_hub,
                    "received_workstation": facts[tracking].received_workstation,
                    "received_by": facts[tracking].received_by,
                    "received_at": facts[tracking].received_at,
                    "exported_connote": facts[tracking].exported_connote,
                    "exported_hub": facts[tracking].exported_hub,
                    "exported_workstation": facts[tracking].exported_workstation,
                    "exported_by": facts[tracking].exported_by,
                    "exported_at": facts[tracking].exported_at,
                    "rejected": facts[tracking].rejected,
                    "forwarded_to": facts[tracking].forwarded_to,
                    "hub": facts[tracking].preadvised_hub,
                }
                for tracking in sorted(touched)
            ],
        )
    for tracking, values in created.items():
        connection.execute(update(returns_t).where(returns_t.c.tracking == tracking).values(**values))
    for target, parcel in linked.items():
        connection.execute(update(returns_t).where(returns_t.c.tracking == target).values(arrived_as=parcel))
    # A linked return comes again in its hub's manifest with ``arrived_as``: a bench that
    # joins later does not take it for still to come.
    finished.extend(sorted(linked))
    if finished:
        first = take_changes(connection, changes, len(finished))
        connection.execute(
            _CHANGED, [{"b_tracking": tracking, "b_seq": first + n} for n, tracking in enumerate(finished)]
        )
    return answers


def escalations_after(connection: Connection, after: int, limit: int) -> Escalations:
    """The office's list of escalated refusals after position ``after``."""
    rows = connection.execute(
        select(escalations_t)
        .where(escalations_t.c.position > after)
        .order_by(escalations_t.c.position)
        .limit(limit + 1)
    ).all()
    shown = [
        Escalation(
            position=row.position,
            tracking=row.tracking,
            hub=row.hub,
            workstation=row.workstation,
            operator=row.operator,
            at=row.at,
            exception=row.exception,
            note=row.note,
        )
        for row in rows[:limit]
    ]
    return Escalations(escalations=shown, cursor=shown[-1].position if shown else after, more=len(rows) > limit)
