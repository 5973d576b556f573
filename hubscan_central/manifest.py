"""Pre-advice in (from the portal) and manifest deltas out (to each hub), by change cursor."""

from __future__ import annotations

from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii
from typing import Any

from sqlalchemy import Connection, Text, case, cast, select, union_all, update

from hubscan_central.database import insert_ignoring_duplicates
from hubscan_central.models import counters_t, returns_t
from hubscan_central.schemas import PLATFORM_FIELDS, Item, Preadvice

CHANGES = "manifest_changes"


def lock_changes(connection: Connection) -> int:
    """Lock the manifest's change counter (until the transaction ends); its value.

    Taken before any return row is locked, by every transaction that takes change
    numbers, so two of them never wait on each other in turn."""
    insert_ignoring_duplicates(connection, counters_t, [{"name": CHANGES, "value": 0}], "name")
    current = connection.execute(
        select(counters_t.c.value).where(counters_t.c.name == CHANGES).with_for_update()
    ).scalar_one()
    return int(current)


def take_changes(connection: Connection, current: int, size: int) -> int:
    """Take ``size`` change numbers after ``current`` (from ``lock_changes``); the first."""
    connection.execute(update(counters_t).where(counters_t.c.name == CHANGES).values(value=current + size))
    return current + 1


def _next_sequence_block(connection: Connection, size: int) -> int:
    """Reserve ``size`` change numbers; returns the first. The counter row is locked."""
    return take_changes(connection, lock_changes(connection), size)


_CUSTOMS = ("hs_code", "origin_country", "value")


def _absent_customs(item: Item) -> set[str]:
    """The customs fields an item does not have: left out of what the hubs pull."""
    return {name for name in _CUSTOMS if getattr(item, name) is None}


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
                # Once a hub holds the parcel, its hub is where it is (a misrouted parcel a
                # hub kept): a pre-advice update does not move it back.
                hub=case((returns_t.c.received_hub.is_(None), preadvice.hub), else_=returns_t.c.hub),
                faulty=preadvice.faulty,
                items=[item.model_dump(exclude=_absent_customs(item)) for item in preadvice.items],
                platform=preadvice.model_dump(include=set(PLATFORM_FIELDS), exclude_none=True) or None,
                created_at=now,
                change_seq=first + offset,
            )
        )
    return len(returns)


# The carrier statuses in their order along the journey: a later report of an earlier one
# (a scan that arrived late) does not move a return back.
CARRIER_ORDER = ("Return In Transit", "Transferred to Sorting Facility", "Return Delivered Back To Retailer")


def record_carrier_status(connection: Connection, tracking: str, status: str, at: str) -> bool:
    """Keep ``status`` on a pre-advised return when it is further along than the one it
    has, with a new change number so every hub's next manifest pull brings it. False
    when nothing changed (unknown return, or not further along)."""
    current = lock_changes(connection)
    row = connection.execute(
        select(returns_t.c.carrier_status).where(returns_t.c.tracking == tracking).with_for_update()
    ).first()
    if row is None or (
        row.carrier_status in CARRIER_ORDER and CARRIER_ORDER.index(row.carrier_status) >= CARRIER_ORDER.index(status)
    ):
        return False
    seq = take_changes(connection, current, 1)
    connection.execute(
        update(returns_t)
        .where(returns_t.c.tracking == tracking)
        .values(carrier_status=status, carrier_at=at, change_seq=seq)
    )
    return True


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring_ascii(value)


def _finished(row: Any) -> str:
    """A return the hubs are done with, as the delta says it (``Finished``): a bench
    that never saw its events (one that joined later) does not take it for still to come.
    A misrouted parcel exported to the hub it was forwarded to is not done with."""
    if row.exported_connote is not None and row.forwarded_to is None:
        return (
            f',"finished":{{"status":"Return Exported","connote":{_text(row.exported_connote)},'
            f'"hub":{_text(row.exported_hub)},"workstation":{_text(row.exported_workstation)},'
            f'"by":{_text(row.exported_by)},"at":{_text(row.exported_at)}}}'
        )
    if row.rejected:
        return ',"finished":{"status":"Return Rejected"}'
    return ""


def _arrived(row: Any) -> str:
    return f',"arrived_as":{_text(row.arrived_as)}' if row.arrived_as else ""


def _carrier(row: Any) -> str:
    if row.carrier_status is None:
        return ""
    return f',"carrier":{{"status":{_text(row.carrier_status)},"at":{_text(row.carrier_at)}}}'


def _platform(stored: str | None) -> str:
    """The platform's facts spliced into the return's object: the stored JSON object's
    members (written by ``load_preadvice`` from the validated model), or nothing."""
    if stored is None or stored == "null":
        return ""
    members = stored.strip()[1:-1].strip()
    return f",{members}" if members else ""


def delta_json(connection: Connection, hub: str, after: int, limit: int) -> bytes:
    """The ``ManifestDelta`` for ``hub`` after ``after``, as JSON bytes.

    A hub catching up pulls a million returns; decoding the stored JSON of each into
    models and encoding it again would be most of the service's time, so the stored
    destination and items (written by ``load_preadvice`` from validated models) are
    spliced in as they are."""
    columns = (
        returns_t.c.tracking,
        returns_t.c.retailer,
        cast(returns_t.c.destination, Text).label("destination"),
        returns_t.c.origin_country,
        returns_t.c.hub,
        returns_t.c.faulty,
        cast(returns_t.c["items"], Text).label("items"),
        returns_t.c.change_seq,
        returns_t.c.exported_connote,
        returns_t.c.exported_hub,
        returns_t.c.exported_workstation,
        returns_t.c.exported_by,
        returns_t.c.exported_at,
        returns_t.c.rejected,
        cast(returns_t.c.platform, Text).label("platform"),
        returns_t.c.carrier_status,
        returns_t.c.carrier_at,
        returns_t.c.forwarded_to,
        returns_t.c.arrived_as,
    )
    # Two range scans of (hub, change_seq), merged: the hub's own and the unassigned.
    parts = [
        select(*columns)
        .where(which, returns_t.c.change_seq > after, returns_t.c.retailer.is_not(None))
        .order_by(returns_t.c.change_seq)
        .limit(limit + 1)
        .subquery()
        for which in (returns_t.c.hub == hub, returns_t.c.hub.is_(None))
    ]
    merged = union_all(*(select(part) for part in parts)).subquery()
    rows = connection.execute(select(merged).order_by(merged.c.change_seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].change_seq if rows else after
    returns = ",".join(
        f'{{"tracking":{_text(row.tracking)},"retailer":{_text(row.retailer)},"destination":{row.destination},'
        f'"origin_country":{_text(row.origin_country)},"hub":{_text(row.hub)},'
        f'"faulty":{"true" if row.faulty else "false"},"items":{row[6]}'
        f"{_platform(row.platform)}{_carrier(row)}{_finished(row)}{_arrived(row)}}}"
        for row in rows
    )
    return f'{{"returns":[{returns}],"cursor":{int(cursor)},"more":{"true" if more else "false"}}}'.encode()
