"""The papers a consolidation's close leaves: its parcel list and, across a customs border,
its commercial invoice and packing list. Each is a print job committed with the close
(like its connote), so the papers are never lost and print again as they were."""

from __future__ import annotations

from typing import Any

from hubscan.core.papers import (
    CUSTOMS_PAPERS,
    PARCEL_LIST,
    ContainerLine,
    ItemLine,
    ParcelLine,
    ParcelListData,
    invoice_lines,
    invoice_totals,
)
from hubscan.core.printjobs import PrintRequest
from hubscan.core.records import Consolidation, ExpectedLine, ReturnRecord
from hubscan.core.stations.work import Work


def parcel_lines(work: Work, members: list[ReturnRecord], packed: list[dict[str, Any]]) -> tuple[ParcelLine, ...]:
    """Each parcel leaving, with its container and its items."""
    container_of = {tracking: str(c["sscc"]) for c in packed for tracking in c["members"]}
    return tuple(
        ParcelLine(
            record.tracking,
            record.retailer or "",
            (record.facts.order_number if record.facts else None) or "",
            container_of.get(record.tracking, ""),
            leaving_items(work, record),
        )
        for record in members
    )


def customs_missing(parcels: tuple[ParcelLine, ...]) -> list[str]:
    """Each parcel whose items lack customs data, as "RR123456785FR (SHIRT: hs_code,
    value)"; a parcel without items lacks them all."""
    named = []
    for parcel in parcels:
        gaps = [f"{item.sku}: {', '.join(missing)}" for item in parcel.items if (missing := item.missing_customs())]
        if not parcel.items:
            gaps = ["no items"]
        if gaps:
            named.append(f"{parcel.tracking} ({'; '.join(gaps)})")
    return named


def queue_papers(
    work: Work,
    consolidation: Consolidation,
    connote: str,
    parcels: tuple[ParcelLine, ...],
    packed: list[dict[str, Any]],
    weight_kg: str,
    border: tuple[str, str] | None,
) -> dict[str, Any]:
    """The parcel list, and the customs papers across a ``border`` (the territories it
    leaves and enters), as print jobs; what the closing event says of them."""
    destination = work.ledger.get_destination(consolidation.destination)
    data = ParcelListData(
        connote=connote,
        hub=work.policy.hub_id,
        sender_name=work.policy.sender_name,
        sender_address=work.policy.sender_address,
        destination_code=consolidation.destination,
        destination_name=destination.name if destination else consolidation.destination,
        destination_address=destination.address if destination else "",
        closed_at=work.now,
        closed_by=work.operator.badge,
        weight_kg=weight_kg,
        containers=tuple(
            ContainerLine(str(c["sscc"]), str(c["kind"]), int(c["pieces"]), str(c["weight_kg"])) for c in packed
        ),
        parcels=parcels,
        test=consolidation.test,
        customs_from=border[0] if border else "",
        customs_to=border[1] if border else "",
    )
    payload = data.payload()
    operator = work.operator.badge
    work.ledger.add_print_job(PrintRequest(PARCEL_LIST, connote, payload, operator), work.now)
    said: dict[str, Any] = {"parcels": len(parcels), "items": data.items}
    if border is not None:
        work.ledger.add_print_job(PrintRequest(CUSTOMS_PAPERS, connote, payload, operator), work.now)
        said["customs"] = {"from": border[0], "to": border[1], "value": invoice_totals(invoice_lines(data))}
    return said


def leaving_items(work: Work, record: ReturnRecord) -> tuple[ItemLine, ...]:
    """What leaves in the parcel, with each item's customs data from its pre-advice: the
    items scanned at this bench but those set aside; for a parcel processed at another
    bench, what its Return Processed counted; for one that goes unopened (forwarded to
    its hub), its pre-advice."""
    lines = {line.sku: line for line in work.ledger.expected_lines(record.tracking)}
    scanned = work.ledger.scanned_items(record.tracking)
    if scanned:
        counts: dict[str, int] = {}
        for item in scanned:
            if not item.rejected:
                key = item.line_sku or item.item
                counts[key] = counts.get(key, 0) + 1
        return tuple(_item(sku, qty, lines.get(sku)) for sku, qty in counts.items())
    processed = work.ledger.processed_elsewhere(record.tracking)
    if processed is not None:
        return tuple(_item(sku, qty, lines.get(sku)) for sku, qty in _counted_elsewhere(processed).items())
    return tuple(_item(line.sku, line.qty, line) for line in lines.values())


def _item(sku: str, qty: int, line: ExpectedLine | None) -> ItemLine:
    """An item as the papers show it; one not pre-advised (an extra) has only its code."""
    if line is None:
        return ItemLine(sku, "", qty)
    return ItemLine(
        sku,
        line.description,
        qty,
        line.hs_code or "",
        line.origin_country or "",
        line.value or "",
        line.currency or "",
    )


def _counted_elsewhere(payload: dict[str, Any]) -> dict[str, int]:
    """The items another bench's Return Processed counted, less those it set aside."""
    counts: dict[str, int] = {}
    for line in payload.get("items") or ():
        counts[str(line.get("sku") or "")] = int(line.get("scanned") or 0)
    for extra in payload.get("extras") or ():
        key = str(extra.get("item") or "")
        counts[key] = counts.get(key, 0) + 1
    for item in payload.get("rejected_items") or ():
        key = str(item.get("sku") or item.get("item") or "")
        counts[key] = counts.get(key, 0) - 1
    return {key: qty for key, qty in counts.items() if key and qty > 0}
