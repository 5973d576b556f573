"""Writing the hub feed into the local store: the other benches' events, and what they
change, with the feed's cursor, in one transaction per page.

A page is applied in steps of ``STEP`` events, each its own short transaction that
moves the cursor with it, after waiting for a running scan; a crash part-way leaves the
cursor at the last committed step, and an event seen again (kept by its id) changes
nothing. This bench's own events come back in the feed too: they are passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects.sqlite import insert

from hubscan.core.hubfeed import (
    BenchEvent,
    apply_bench_event,
    apply_link,
    closed_containers,
    handed_over,
    linked_preadvice,
    loads_elsewhere,
    released_by_cancel,
    reopened,
)
from hubscan.core.stations.containers import weighed_with
from hubscan.store.ledger import SqlLedger
from hubscan.store.models import events_table, hub_feed_table
from hubscan.store.rawsql import RawStatement
from hubscan.store.store import LocalStore
from hubscan.store.syncstate import FEED_CURSOR, cursor, write_state

STEP = 50


@dataclass(frozen=True)
class FeedApplied:
    """What a page did here: events kept from other benches, returns they changed."""

    kept: int
    changed: tuple[str, ...]


def bench_event(values: dict[str, Any]) -> BenchEvent:
    """An event of the service's ``HubFeed`` as the core's value."""
    return BenchEvent(
        id=str(values["id"]),
        position=int(values["position"]),
        type=str(values["type"]),
        hub=str(values.get("hub") or ""),
        workstation=str(values.get("workstation") or ""),
        occurred_at=datetime.fromisoformat(str(values["occurred_at"])),
        tracking=values.get("tracking"),
        station=values.get("station"),
        operator=values.get("operator"),
        payload=dict(values.get("payload") or {}),
        result=str(values.get("result") or "accepted"),
        reason=values.get("reason"),
    )


def feed_cursor(store: LocalStore) -> int:
    return cursor(store, FEED_CURSOR)


def apply_feed_page(store: LocalStore, events: Sequence[BenchEvent], cursor: int) -> FeedApplied:
    """Apply the page's events of other benches in order; the cursor ends at ``cursor``."""
    kept = 0
    changed: list[str] = []
    for start in range(0, max(len(events), 1), STEP):
        part = events[start : start + STEP]
        last = part[-1].position if start + STEP < len(events) else cursor
        store.pause_for_foreground()
        with store.writing() as connection:
            ledger = SqlLedger(connection, store.hub_id, store.workstation_id)
            for event in part:
                if _is_own(connection, store, event) or not _keep(connection, event):
                    continue
                kept += 1
                changed.extend(_apply(ledger, event, store.hub_id))
            set_cursor(connection, last)
    return FeedApplied(kept, tuple(dict.fromkeys(changed)))


# Compiled once: a bench joining a busy hub keeps tens of thousands of events, and
# SQLAlchemy's execution layer cost more per event than SQLite's write did.
_OWN = RawStatement(select(events_table.c.seq).where(events_table.c.id == bindparam("id")))
_KEPT_FIELDS = [field.name for field in fields(BenchEvent)]
_KEEP = RawStatement(insert(hub_feed_table).on_conflict_do_nothing(), _KEPT_FIELDS)


def _is_own(connection: Connection, store: LocalStore, event: BenchEvent) -> bool:
    """An event this bench made and still has: applied when it was made. (A bench set up
    again under the same name, on a new database, takes its old events from the feed.)"""
    if event.hub != store.hub_id or event.workstation != store.workstation_id:
        return False
    return bool(_OWN.rows(connection, {"id": event.id}))


def _keep(connection: Connection, event: BenchEvent) -> bool:
    """Keep the event; False if it was kept before (a page read again)."""
    return bool(_KEEP.run(connection, {name: getattr(event, name) for name in _KEPT_FIELDS}).rowcount)


def _apply(ledger: SqlLedger, event: BenchEvent, hub: str) -> list[str]:
    changed = []
    preadvice = linked_preadvice(event, hub)
    if preadvice is not None and event.tracking is not None:
        return _link(ledger, event, event.tracking, preadvice)
    forwarded = _text_of(event.payload.get("destination")) if event.type == "ParcelForwarded" else None
    if forwarded and event.hub == hub and not event.refused:  # this hub's benches consolidate to it
        ledger.ensure_destination(forwarded, f"Hub {_text_of(event.payload.get('hub'))}")
    if event.tracking is not None:
        before = ledger.get_return(event.tracking)
        updated = apply_bench_event(before, event, hub)
        if updated is not None:
            ledger.put_return(updated)
            changed.append(updated.tracking)
            if before is not None and before.consolidation_id is not None and updated.consolidation_id is None:
                # Held or rejected at another bench: out of its container here, weighed with it.
                weighed = weighed_with(ledger, before.tracking)
                if weighed is not None:
                    ledger.set_weight(weighed.sscc, None, None, None, None)
    for container in closed_containers(event):
        ledger.add_closed_container(container, event.occurred_at)
        for tracking in container.members:
            record = ledger.get_return(tracking)
            # Only while it is still in that bench's consolidation (a hold elsewhere took it out).
            still_there = record is not None and record.consolidation_bench == event.workstation
            if record is not None and still_there and record.status.in_hub and not record.on_hold:
                ledger.put_return(record.but(connote=container.connote))
                changed.append(tracking)
    void = reopened(event)
    if void is not None:
        for container in ledger.closed_containers_of(void):
            for tracking in container.members:
                record = ledger.get_return(tracking)
                if record is not None and record.connote == void and record.status.in_hub:
                    ledger.put_return(record.but(connote=None))
                    changed.append(tracking)
        ledger.drop_closed_containers(void)
    for sscc, bench in loads_elsewhere(event):
        ledger.loaded_elsewhere(sscc, bench)
    gone = list(handed_over(event))
    if gone:
        ledger.mark_handed_over(gone, event.occurred_at)
    for tracking in released_by_cancel(event):
        record = ledger.get_return(tracking)
        if record is not None and record.consolidation_bench == event.workstation:
            ledger.put_return(record.but(consolidation_bench=None))
            changed.append(tracking)
    return changed


def _link(ledger: SqlLedger, event: BenchEvent, tracking: str, preadvice: str) -> list[str]:
    """Another bench linked ``tracking`` to the pre-advised return ``preadvice``: the
    parcel takes this bench's copy of the pre-advice, items too, and the return keeps
    the parcel's number."""
    parcel, target = ledger.get_return(tracking), ledger.get_return(preadvice)
    updated = apply_link(parcel, target, event)
    if updated is None:
        return []
    ledger.put_return(updated)
    if target is None:
        return [tracking]
    if not ledger.expected_lines(tracking):
        ledger.copy_expected_lines(preadvice, tracking)
    ledger.put_return(target.but(arrived_as=tracking))
    return [tracking, preadvice]


def _text_of(value: object) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= 40 else None


def set_cursor(connection: Connection, position: int) -> None:
    write_state(connection, {FEED_CURSOR: str(position)})
