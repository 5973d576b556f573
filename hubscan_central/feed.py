"""A hub's feed: every event the service took from the hub's workstations, in its order.

Each event gets the next position of its hub's feed in the transaction that takes it.
The hub's counter row stays locked until that transaction commits, so positions become
visible in order: a bench that read up to position N never finds a position below N
appearing later (with a plain autoincrement, a slower transaction could commit an
earlier number after a reader moved past it, and that event would be missed).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, insert, or_, select, update

from hubscan_central.database import insert_ignoring_duplicates
from hubscan_central.models import counters_t, events_t, feed_t, returns_t

CHUNK = 500
# The hubs whose feeds a connection's transaction wrote to (in ``Connection.info``): rung
# once it commits, to wake the requests waiting on those feeds.
FEEDS_WRITTEN = "hubscan.feeds_written"


def _counter(hub: str) -> str:
    return f"feed:{hub}"


def _reserve(connection: Connection, hub: str, size: int) -> int:
    """Reserve ``size`` positions of ``hub``'s feed; returns the first. Locks the counter."""
    name = _counter(hub)
    insert_ignoring_duplicates(connection, counters_t, [{"name": name, "value": 0}], "name")
    locked = select(counters_t.c.value).where(counters_t.c.name == name).with_for_update()
    current = connection.execute(locked).scalar_one()
    connection.execute(update(counters_t).where(counters_t.c.name == name).values(value=current + size))
    return int(current) + 1


def append_to_feeds(connection: Connection, feeds: dict[str, list[str]]) -> None:
    """Put the events (already inserted, in this order) on each hub's feed. The hubs'
    counters are locked in name order, so two batches never wait on each other in turn."""
    connection.info.setdefault(FEEDS_WRITTEN, set()).update(hub for hub, ids in feeds.items() if ids)
    every = sorted({event_id for event_ids in feeds.values() for event_id in event_ids})
    arrivals: dict[str, int] = {}
    for start in range(0, len(every), CHUNK):
        part = every[start : start + CHUNK]
        found = connection.execute(select(events_t.c.id, events_t.c.arrival).where(events_t.c.id.in_(part)))
        arrivals.update({row.id: row.arrival for row in found})
    for hub in sorted(feeds):
        event_ids = feeds[hub]
        if not event_ids:
            continue
        first = _reserve(connection, hub, len(event_ids))
        rows = [
            {"hub": hub, "position": first + n, "arrival": arrivals[event_id]} for n, event_id in enumerate(event_ids)
        ]
        connection.execute(insert(feed_t), rows)


def last_position(connection: Connection, hub: str) -> int:
    found = connection.execute(select(func.max(feed_t.c.position)).where(feed_t.c.hub == hub)).scalar_one()
    return int(found or 0)


def _in_hub(hub: str) -> ColumnElement[bool]:
    """Events a bench joining ``hub`` needs, not the hub's history: every event of the
    returns the hub still holds (received there, neither exported nor rejected); the
    other hubs' receipts of parcels pre-advised here (misrouted) and this hub's
    resolutions of them; cancelled consolidations (they free parcels); closed
    consolidations and handovers (the containers waiting for the carrier)."""
    held = select(returns_t.c.tracking).where(
        returns_t.c.received_hub == hub, returns_t.c.exported_connote.is_(None), returns_t.c.rejected.is_(False)
    )
    away = select(returns_t.c.tracking).where(returns_t.c.hub == hub, returns_t.c.received_hub != hub)
    return or_(
        events_t.c.tracking.in_(held.scalar_subquery()),
        events_t.c.hub != hub,
        and_(events_t.c.type == "ExceptionResolved", events_t.c.tracking.in_(away.scalar_subquery())),
        events_t.c.type == "ConsolidationCancelled",
        # Closed consolidations' containers wait for a handover at any bench.
        events_t.c.type.in_(
            ("ConsolidationClosed", "ConsolidationReopened", "ContainerLoaded", "HandoverCancelled", "HandoverClosed")
        ),
    )


def feed_page(connection: Connection, hub: str, after: int, limit: int, upto: int | None = None) -> dict[str, Any]:
    """The events of ``hub``'s feed after position ``after``, oldest first: the
    ``HubFeed`` of the API. With ``upto``, the hub's state instead: only the events of
    returns it still holds, up to that position (``HubState``)."""
    query = (
        select(feed_t.c.position, events_t)
        .join(events_t, events_t.c.arrival == feed_t.c.arrival)
        .where(feed_t.c.hub == hub, feed_t.c.position > after)
    )
    if upto is not None:
        query = query.where(feed_t.c.position <= upto, _in_hub(hub))
    rows = connection.execute(query.order_by(feed_t.c.position).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    events = [
        {
            "position": row.position,
            "id": row.id,
            "hub": row.hub,
            "workstation": row.workstation,
            "seq": row.seq,
            "type": row.type,
            "tracking": row.tracking,
            "occurred_at": row.occurred_at,
            "station": row.station,
            "operator": row.operator,
            "payload": row.payload,
            "received_at": row.received_at,
            "result": row.result,
            "reason": row.reason,
        }
        for row in rows
    ]
    cursor = rows[-1].position if rows else after
    if upto is not None:
        return {"events": events, "cursor": cursor if more else upto, "more": more, "upto": upto}
    return {"events": events, "cursor": cursor, "more": more}
