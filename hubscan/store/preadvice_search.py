"""Finding the pre-advised return a parcel that was not pre-advised belongs to: by the
retailer's order number, the customer reference or an item's SKU or barcode (what a
supervisor reads off the parcel's packing slip or the items inside). Only returns not
arrived yet are candidates: one already received is another parcel."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, true

from hubscan.core.readmodels import PreadviceMatch
from hubscan.core.records import ReturnFacts
from hubscan.core.status import Status
from hubscan.store.models import expected_lines_table as _lines
from hubscan.store.models import returns_table as _returns

LIMIT = 20
_NOT_ARRIVED = [status.value for status in (Status.CREATED, Status.IN_TRANSIT, Status.TRANSFERRED)]


def find_preadvice(
    connection: Connection, text: str, hub: str | None = None, limit: int = LIMIT
) -> list[PreadviceMatch]:
    """Pre-advised returns not arrived yet, of ``hub`` (or no hub), whose tracking
    number, order number, customer reference or an item's SKU or barcode is ``text``
    (any case), most likely first."""
    wanted = " ".join(text.split()).upper()
    if not wanted:
        return []
    order = func.upper(func.json_extract(_returns.c.facts, "$.order_number"))
    customer = func.upper(func.json_extract(_returns.c.facts, "$.customer_reference"))
    by_item = select(_lines.c.tracking).where(or_(func.upper(_lines.c.sku) == wanted, _lines.c.barcode == wanted))
    candidate = and_(
        _returns.c.unexpected.is_(False),
        _returns.c.arrived_as.is_(None),
        _returns.c.status.in_(_NOT_ARRIVED),
        or_(_returns.c.hub.is_(None), _returns.c.hub == hub) if hub else true(),
    )
    rows = connection.execute(
        select(_returns.c.tracking, _returns.c.retailer, _returns.c.destination, _returns.c.facts)
        .where(
            candidate,
            or_(_returns.c.tracking == wanted, order == wanted, customer == wanted, _returns.c.tracking.in_(by_item)),
        )
        .order_by(_returns.c.tracking)
        .limit(limit)
    ).all()
    return [_match(connection, row.tracking, row.retailer, row.destination, row.facts, wanted) for row in rows]


def _match(
    connection: Connection, tracking: str, retailer: str | None, destination: str | None, raw: Any, wanted: str
) -> PreadviceMatch:
    facts = ReturnFacts.from_json(raw)
    order = facts.order_number if facts is not None else None
    customer = facts.customer_reference if facts is not None else None
    lines = connection.execute(
        select(_lines.c.sku, _lines.c.barcode, _lines.c.description, _lines.c.qty)
        .where(_lines.c.tracking == tracking)
        .order_by(_lines.c.id)
    ).all()
    if tracking == wanted:
        matched = "tracking"
    elif (order or "").upper() == wanted:
        matched = "order number"
    elif (customer or "").upper() == wanted:
        matched = "customer reference"
    else:
        matched = "SKU"
    items = ", ".join(line.description + (f" x{line.qty}" if line.qty > 1 else "") for line in lines)
    return PreadviceMatch(tracking, retailer, destination, order, customer, items, matched)
