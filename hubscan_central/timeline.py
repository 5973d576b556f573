"""A return's tracking timeline (statuses 1-7 and Rejected) from what the service holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from hubscan_central.evidence import links
from hubscan_central.models import events_t, returns_t
from hubscan_central.schemas import Timeline, TimelineEntry

_STATUS = {
    "DepotScan": ("Depot Scan", 4),
    "ReturnProcessed": ("Return Processed", 5),
    "ReturnExported": ("Return Exported", 6),
    "ReturnRejected": ("Return Rejected", None),
}
# What a status's entry shows of its event: the export's connote, container and its
# weight, carrier and trailer, and the customs border it crossed with its papers; a
# rejection's reason; a receipt's "unexpected".
_SHOWN = frozenset(
    (
        "connote",
        "container",
        "container_weight_kg",
        "carrier",
        "trailer",
        "customs_from",
        "customs_to",
        "reason",
        "reason_label",
        "unexpected",
    )
)
_CARRIER_NUMBERS = {
    "Return In Transit": 2,
    "Transferred to Sorting Facility": 3,
    "Return Delivered Back To Retailer": 7,
}


def timeline(connection: Connection, tracking: str) -> Timeline | None:
    record = connection.execute(select(returns_t).where(returns_t.c.tracking == tracking)).first()
    if record is None:
        return None
    entries: list[TimelineEntry] = []
    if record.created_at:
        entries.append(TimelineEntry(status="Return Created", number=1, at=record.created_at))
    # A pre-advised return whose parcel arrived under another number: that parcel's
    # events are the return's too.
    numbers = [tracking, record.arrived_as] if record.arrived_as else [tracking]
    rows = connection.execute(
        select(events_t)
        .where(events_t.c.tracking.in_(numbers), events_t.c.result == "accepted")
        .order_by(events_t.c.arrival)
    )
    for row in rows:
        if row.type == "CarrierStatus":
            status = row.payload["status"]
            entries.append(TimelineEntry(status=status, number=_CARRIER_NUMBERS[status], at=row.occurred_at))
            continue
        if row.type == "ReturnCreated":  # a parcel that was not pre-advised, given its return at a hub
            shown = ("retailer", "destination", "order_number", "customer_reference", "return_type")
            detail = {k: v for k, v in row.payload.items() if k in shown}
            detail["created_by"] = row.operator or "?"
            entries.append(
                TimelineEntry(status="Return Created", number=1, at=row.occurred_at, hub=row.hub, detail=detail)
            )
            continue
        if row.type == "ReturnLinked":  # a parcel not pre-advised, found to be this return
            detail = {"parcel": row.tracking, "preadvice": row.payload.get("preadvice"), "linked_by": row.operator}
            entries.append(
                TimelineEntry(
                    status="Linked to its pre-advice", number=None, at=row.occurred_at, hub=row.hub, detail=detail
                )
            )
            continue
        if row.type == "ExceptionResolved":  # a hub's word on a refusal or a misrouted parcel
            escalated = row.payload.get("resolution") == "escalated"
            status = "Escalated to the office" if escalated else "Exception resolved"
            detail = {k: v for k, v in row.payload.items() if k in ("exception", "note")}
            detail["by"] = row.operator
            entries.append(TimelineEntry(status=status, number=None, at=row.occurred_at, hub=row.hub, detail=detail))
            continue
        if row.type in ("ParcelForwarded", "ParcelKept"):  # a misrouted parcel, sent on or kept
            status = f"Forwarded to hub {row.payload.get('hub')}" if row.type == "ParcelForwarded" else "Kept here"
            detail = {"by": row.operator}
            entries.append(TimelineEntry(status=status, number=None, at=row.occurred_at, hub=row.hub, detail=detail))
            continue
        if row.type == "ReturnExported" and row.payload.get("forwarded_to"):  # hub to hub, not to the retailer
            status = f"Sent on to hub {row.payload['forwarded_to']}"
            detail = {"connote": row.payload.get("connote")}
            entries.append(TimelineEntry(status=status, number=None, at=row.occurred_at, hub=row.hub, detail=detail))
            continue
        if row.type not in _STATUS:  # the hub's own work (holds, consolidations): no status
            continue
        name, number = _STATUS[row.type]
        detail = {k: v for k, v in row.payload.items() if k in _SHOWN}
        if row.payload.get("evidence"):  # photos of the rejection, linked once they arrived
            detail["evidence"] = links(connection, row.payload["evidence"], row.hub)
        if row.payload.get("rejected_items"):  # items set aside at process, each with its photos
            detail["rejected_items"] = _rejected_items(connection, row.payload["rejected_items"], row.hub)
        if row.reason:  # an accepted event's note: a misrouted parcel
            detail["note"] = row.reason
        entries.append(TimelineEntry(status=name, number=number, at=row.occurred_at, hub=row.hub, detail=detail))
    return Timeline(tracking=tracking, statuses=entries)


def _rejected_items(connection: Connection, items: Any, hub: str | None) -> list[dict[str, Any]]:
    shown = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            entry = {k: v for k, v in item.items() if k in ("item", "sku", "reason", "reason_label")}
            entry["evidence"] = links(connection, item.get("evidence"), hub)
            shown.append(entry)
    return shown
