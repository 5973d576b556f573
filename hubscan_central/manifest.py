"""Pre-advice in (from the portal) and manifest deltas out (to each hub), by change cursor."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, or_, select, update

from hubscan_central.events import insert_ignoring_duplicates
from hubscan_central.models import counters_t, returns_t
from hubscan_central.schemas import Destination, Item, ManifestDelta, Preadvice

CHANGES = "manifest_changes"


def _next_sequence_block(connection: Connection, size: int) -> int:
    """Reserve ``size`` change numbers; returns the first. The counter row is locked."""
    insert_ignoring_duplicates(connection, counters_t, [{"name": CHANGES, "value": 0}], "name")
    current = connection.execute(
        select(counters_t.c.value).where(counters_t.c.name == CHANGES).with_for_update()
    ).scalar_one()
    connection.execute(update(counters_t).where(counters_t.c.name == CHANGES).values(value=current + size))
    return int(current) + 1


def load_preadvice(connection: Connection, returns: list[Preadvice]) -> int:
    first = _next_sequence_block(connection, len(returns))
    now = datetime.now(UTC).isoformat()
    insert_ignoring_duplicates(
        connection,
        returns_t,
        [{"tracking": p.tracking, "faulty": False, "rejected": False} for p in returns],
        "tracking",
    )
    for offset, preadvice in enumerate(returns):
        connection.execute(
            update(returns_t)
            .where(returns_t.c.tracking == preadvice.tracking)
            .values(
                retailer=preadvice.retailer,
                destination=preadvice.destination.model_dump(),
                origin_country=preadvice.origin_country,
                hub=preadvice.hub,
                faulty=preadvice.faulty,
                items=[item.model_dump() for item in preadvice.items],
                created_at=now,
                change_seq=first + offset,
            )
        )
    return len(returns)


def _preadvice(row: Any) -> Preadvice:
    return Preadvice(
        tracking=row.tracking,
        retailer=row.retailer,
        destination=Destination(**row.destination),
        origin_country=row.origin_country,
        hub=row.hub,
        faulty=bool(row.faulty),
        items=[Item(**item) for item in row.items],
    )


def delta(connection: Connection, hub: str, after: int, limit: int) -> ManifestDelta:
    rows = connection.execute(
        select(returns_t)
        .where(returns_t.c.change_seq > after, or_(returns_t.c.hub == hub, returns_t.c.hub.is_(None)))
        .where(returns_t.c.retailer.is_not(None))
        .order_by(returns_t.c.change_seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].change_seq if rows else after
    return ManifestDelta(returns=[_preadvice(row) for row in rows], cursor=cursor, more=more)
