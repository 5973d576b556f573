"""Reading what a station screen shows (``core/readmodels.py``), on a reader connection."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, literal, select, text, union_all

from hubscan.core.operators import Operator, Role
from hubscan.core.readmodels import (
    ExceptionEntry,
    LineProgress,
    OpenConsolidation,
    ParcelView,
    RecentScan,
    ReturnTimeline,
    ShiftCounts,
    StationSnapshot,
    TimelineStep,
)
from hubscan.core.records import EventType, ReturnFacts, Station, StationContext
from hubscan.core.stations.work import hold_reason_text
from hubscan.core.status import Status
from hubscan.store.dispatch_view import container_counts, dispatch_view
from hubscan.store.ledger import event_as_json
from hubscan.store.models import (
    IN_HUB,
    consolidations_table,
    destinations_table,
    events_table,
    expected_lines_table,
    hub_feed_table,
    operators_table,
    outbox_table,
    print_jobs_table,
    returns_table,
    scanned_items_table,
    scans_table,
)
from hubscan.store.store import LocalStore

RECENT = 8
_COUNTED = {
    EventType.DEPOT_SCAN.value: "received",
    EventType.RETURN_PROCESSED.value: "processed",
    EventType.RETURN_REJECTED.value: "rejected",
    EventType.RETURN_EXPORTED.value: "exported",
}
_ATTENTION = text("on_hold OR unexpected OR exception IS NOT NULL")


class ShiftMark:
    """Where the shift began: the operator's last login, as event and scan positions."""

    def __init__(self, since: datetime | None = None, event_seq: int = 0, scan_id: int = 0) -> None:
        self.since = since
        self.event_seq = event_seq
        self.scan_id = scan_id


def shift_mark(connection: Connection, operator: str | None) -> ShiftMark:
    if operator is None:
        return ShiftMark()
    row = connection.execute(
        select(events_table.c.seq, events_table.c.occurred_at)
        .where(events_table.c.type == EventType.OPERATOR_LOGIN.value, events_table.c.operator == operator)
        .order_by(events_table.c.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return ShiftMark()
    scan_id = connection.execute(
        select(scans_table.c.id)
        .where(scans_table.c.code == "auth.login", scans_table.c.operator == operator)
        .order_by(scans_table.c.id.desc())
        .limit(1)
    ).scalar()
    return ShiftMark(row.occurred_at, row.seq, int(scan_id or 0))


def operator(store: LocalStore, badge: str | None) -> Operator | None:
    with store.reading() as connection:
        return _operator(connection, badge)


def _operator(connection: Connection, badge: str | None) -> Operator | None:
    if badge is None:
        return None
    row = connection.execute(select(operators_table).where(operators_table.c.badge == badge)).first()
    return Operator(row.badge, row.name, Role(row.role), bool(row.active)) if row is not None else None


def parcel_view(connection: Connection, tracking: str) -> ParcelView | None:
    row = connection.execute(select(returns_table).where(returns_table.c.tracking == tracking)).first()
    if row is None:
        return None
    scanned: dict[str | None, int] = dict(
        connection.execute(
            select(scanned_items_table.c.line_sku, func.count())
            .where(scanned_items_table.c.tracking == tracking)
            .group_by(scanned_items_table.c.line_sku)
        ).all()
    )
    decided: dict[str | None, list[str]] = {}
    # What becomes of each item: its disposition, or REJECTED <reason> for one set aside.
    items = scanned_items_table.c
    fate = func.coalesce(literal("REJECTED ") + items.rejected, items.disposition)
    for sku, disposition, count in connection.execute(
        select(items.line_sku, fate, func.count())
        .where(items.tracking == tracking, fate.is_not(None))
        .group_by(items.line_sku, fate)
        .order_by(func.min(scanned_items_table.c.id))  # in the order they were first given
    ):
        decided.setdefault(sku, []).append(f"{disposition} {count}")
    lines = tuple(
        LineProgress(
            line.sku,
            line.description,
            line.qty,
            scanned.get(line.sku, 0),
            line.reason,
            ", ".join(decided.get(line.sku, [])),
        )
        for line in connection.execute(
            select(expected_lines_table)
            .where(expected_lines_table.c.tracking == tracking)
            .order_by(expected_lines_table.c.id)
        )
    )
    return ParcelView(
        tracking=row.tracking,
        status=Status(row.status),
        retailer=row.retailer,
        destination=row.destination,
        on_hold=bool(row.on_hold),
        unexpected=bool(row.unexpected),
        faulty=bool(row.faulty),
        exception=row.exception,
        lines=lines,
        extras=scanned.get(None, 0),
        test=bool(row.test),
        approval=row.approval,
        faulty_destination=row.faulty_destination,
        facts=ReturnFacts.from_json(row.facts),
        hold_reason=row.hold_reason,
        hold_note=row.hold_note,
        held_by=row.held_by,
    )


def open_consolidations(connection: Connection) -> tuple[OpenConsolidation, ...]:
    c, d, r = consolidations_table, destinations_table, returns_table
    rows = connection.execute(
        select(c.c.id, c.c.destination, d.c.name, c.c.opened_at, func.count(r.c.tracking))
        .select_from(c.outerjoin(d, d.c.code == c.c.destination).outerjoin(r, r.c.consolidation_id == c.c.id))
        .where(c.c.connote.is_(None))
        .group_by(c.c.id)
        .order_by(c.c.destination)
    ).all()
    packed = container_counts(connection)
    return tuple(
        OpenConsolidation(row[0], row[1], row[2] or row[1], int(row[4]), row[3], *packed.get(row[0], (0, 0)))
        for row in rows
    )


def _labels(status: str) -> Any:
    """How many of a scan's labels have ``status`` (they have its time: they are written
    in its transaction)."""
    return (
        select(func.count())
        .where(print_jobs_table.c.created_at == scans_table.c.scanned_at, print_jobs_table.c.status == status)
        .scalar_subquery()
    )


def recent_scans(connection: Connection, limit: int = RECENT) -> tuple[RecentScan, ...]:
    query = select(scans_table, _labels("failed").label("failed"), _labels("pending").label("pending"))
    rows = connection.execute(query.order_by(scans_table.c.id.desc()).limit(limit)).all()
    return tuple(
        RecentScan(row.scanned_at, row.raw, row.result, row.code, row.tracking, int(row.failed), int(row.pending))
        for row in rows
    )


def shift_counts(connection: Connection, mark: ShiftMark) -> ShiftCounts:
    counts: dict[str, Any] = {}
    for event_type, count in connection.execute(
        select(events_table.c.type, func.count())
        .where(events_table.c.seq > mark.event_seq, events_table.c.type.in_(list(_COUNTED)))
        .group_by(events_table.c.type)
    ):
        counts[_COUNTED[event_type]] = int(count)
    scans = connection.execute(select(func.count()).where(scans_table.c.id > mark.scan_id)).scalar_one()
    return ShiftCounts(mark.since, scans=int(scans), **counts)


def station_snapshot(store: LocalStore, context: StationContext, mark: ShiftMark) -> StationSnapshot:
    with store.reading() as connection:
        return StationSnapshot(
            station=context.station,
            operator=_operator(connection, context.operator),
            parcel=parcel_view(connection, context.parcel) if context.parcel else None,
            reason=context.reason,
            note=context.note,
            consolidations=open_consolidations(connection),
            current_consolidation=context.consolidation_id,
            recent=recent_scans(connection),
            counts=shift_counts(connection, mark),
            alert=_waiting_alert(connection, context.alert),
            dispatch=dispatch_view(connection) if context.station is Station.CONSOLIDATE else None,
        )


def _waiting_alert(connection: Connection, tracking: str | None) -> tuple[str, str] | None:
    if tracking is None:
        return None
    facts = connection.execute(select(returns_table.c.facts).where(returns_table.c.tracking == tracking)).scalar()
    alert = (ReturnFacts.from_json(facts) or ReturnFacts()).alert
    return (tracking, alert) if alert else None


def local_timeline(store: LocalStore, tracking: str) -> ReturnTimeline:
    with store.reading() as connection:
        parcel = parcel_view(connection, tracking)
        rows = connection.execute(
            select(events_table).where(events_table.c.tracking == tracking).order_by(events_table.c.seq)
        ).all()
    steps = tuple(
        TimelineStep(
            row.occurred_at,
            row.type,
            row.station,
            row.operator or "",
            ", ".join(f"{k}: {v}" for k, v in sorted(row.payload.items()) if v not in (None, "", [], {})),
        )
        for row in rows
    )
    return ReturnTimeline(tracking, parcel, steps)


def destinations(store: LocalStore) -> list[tuple[str, str]]:
    with store.reading() as connection:
        rows = connection.execute(
            select(destinations_table.c.code, destinations_table.c.name).order_by(destinations_table.c.code)
        ).all()
    return [(row.code, row.name) for row in rows]


def exceptions(
    store: LocalStore,
    limit: int = 500,
    *,
    hold_labels: dict[str, str] | None = None,
    ageing_after: timedelta | None = None,
    now: datetime | None = None,
) -> list[ExceptionEntry]:
    """Held, unexpected, misrouted and refused returns still needing someone, newest
    first, each with the event it began with here or at another bench of the hub; then,
    given ``ageing_after``, the parcels in the hub longer than that, oldest first."""
    labels = hold_labels or {}
    with store.reading() as connection:
        rows = connection.execute(
            select(returns_table).where(_ATTENTION).order_by(returns_table.c.received_at.desc()).limit(limit)
        ).all()
        entries = []
        for row in rows:
            status = Status(row.status)
            misrouted = bool(row.exception) and row.exception.startswith("misrouted")
            if row.exception:
                kind = "misrouted" if misrouted else "refused"
                entries.append(_begun(connection, ExceptionEntry(row.tracking, kind, status, row.exception)))
            if row.on_hold:
                entries.append(
                    _begun(connection, ExceptionEntry(row.tracking, "held", status, _hold_detail(row, labels)))
                )
            # A misrouted parcel is not pre-advised here, but it has its return (at its hub):
            # it is sent on or kept, not linked or given another.
            if row.unexpected and status.in_hub and not misrouted:
                entry = ExceptionEntry(row.tracking, "unexpected", status, row.received_by or "")
                entries.append(_begun(connection, entry))
        if ageing_after is not None:
            entries += _ageing(connection, (now or datetime.now(UTC)) - ageing_after, limit)
    return entries


def _hold_detail(row: Any, labels: dict[str, str]) -> str:
    """Why it is held (and the note), and who may release it."""
    reason = hold_reason_text(labels, row.hold_reason)
    detail = f"{reason}: {row.hold_note}" if row.hold_note else reason
    return detail if row.held_by else f"{detail} (for a supervisor)"


def _ageing(connection: Connection, received_before: datetime, limit: int) -> list[ExceptionEntry]:
    """The parcels in the hub since before ``received_before``, in any state, oldest first."""
    r = returns_table
    rows = connection.execute(
        select(r.c.tracking, r.c.status, r.c.received_at, r.c.received_by, r.c.retailer, r.c.hub)
        .where(text(IN_HUB), r.c.received_at < received_before)
        .order_by(r.c.received_at)
        .limit(limit)
    ).all()
    return [
        ExceptionEntry(
            row.tracking, "ageing", Status(row.status), row.retailer or "", row.received_at, None, row.received_by
        )
        for row in rows
    ]


_BEGINS = {"held": EventType.PARCEL_HELD.value, "unexpected": EventType.DEPOT_SCAN.value}


def _begun(connection: Connection, entry: ExceptionEntry) -> ExceptionEntry:
    """``entry`` with the latest event that began it, from this bench's events and the
    hub feed: a hold's ParcelHeld, a receipt's Depot Scan, a refused event."""
    own, feed = events_table, hub_feed_table
    own_match: ColumnElement[bool]
    feed_match: ColumnElement[bool]
    if entry.kind == "refused":
        answered = select(outbox_table.c.seq).where(
            outbox_table.c.synced_at.is_not(None), outbox_table.c.last_error.is_not(None)
        )
        own_match = own.c.seq.in_(answered.scalar_subquery())
        feed_match = feed.c.result == "refused"
    else:
        kind = _BEGINS.get(entry.kind, EventType.DEPOT_SCAN.value)
        own_match, feed_match = own.c.type == kind, feed.c.type == kind
    found = union_all(
        select(own.c.occurred_at, own.c.workstation, own.c.operator).where(own.c.tracking == entry.tracking, own_match),
        select(feed.c.occurred_at, feed.c.workstation, feed.c.operator).where(
            feed.c.tracking == entry.tracking, feed_match
        ),
    ).subquery()
    row = connection.execute(select(found).order_by(found.c.occurred_at.desc()).limit(1)).first()
    if row is None:
        return entry
    return replace(entry, since=row.occurred_at, bench=row.workstation, operator=row.operator)


def event_log(store: LocalStore, tracking: str | None = None) -> Iterator[dict[str, Any]]:
    """The station's events in order (of one parcel, given ``tracking``), as JSON
    objects, each with ``synced``: true once the central service took it, false while it
    waits, null for an event that is not sent."""
    events, outbox = events_table, outbox_table
    query = (
        select(events, outbox.c.seq.label("outbound"), outbox.c.synced_at)
        .outerjoin(outbox, outbox.c.seq == events.c.seq)
        .order_by(events.c.seq)
    )
    if tracking:
        query = query.where(events.c.tracking == tracking.upper())
    with store.reading() as connection:
        for row in connection.execute(query):
            synced = None if row.outbound is None else row.synced_at is not None
            yield {**event_as_json(row), "synced": synced}
