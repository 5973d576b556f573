"""The papers a consolidation's close leaves: its parcel list, a print job committed with
the close (like its connote), so the papers are never lost and print again as they were."""

from __future__ import annotations

from typing import Any

from hubscan.core.papers import PARCEL_LIST, ContainerLine, ItemLine, ParcelLine, ParcelListData
from hubscan.core.printjobs import PrintRequest
from hubscan.core.records import Consolidation, ReturnRecord
from hubscan.core.stations.work import Work


def queue_parcel_list(
    work: Work,
    consolidation: Consolidation,
    connote: str,
    members: list[ReturnRecord],
    packed: list[dict[str, Any]],
    weight_kg: str,
) -> None:
    destination = work.ledger.get_destination(consolidation.destination)
    container_of = {tracking: str(c["sscc"]) for c in packed for tracking in c["members"]}
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
        parcels=tuple(
            ParcelLine(
                record.tracking,
                record.retailer or "",
                (record.facts.order_number if record.facts else None) or "",
                container_of.get(record.tracking, ""),
                leaving_items(work, record),
            )
            for record in members
        ),
        test=consolidation.test,
    )
    work.ledger.add_print_job(PrintRequest(PARCEL_LIST, connote, data.payload(), work.operator.badge), work.now)


def leaving_items(work: Work, record: ReturnRecord) -> tuple[ItemLine, ...]:
    """What leaves in the parcel: the items scanned at this bench but those set aside;
    for a parcel processed at another bench, what its Return Processed counted; for
    one that goes unopened (forwarded to its hub), its pre-advice."""
    lines = work.ledger.expected_lines(record.tracking)
    described = {line.sku: line.description for line in lines}
    scanned = work.ledger.scanned_items(record.tracking)
    if scanned:
        counts: dict[str, int] = {}
        for item in scanned:
            if not item.rejected:
                key = item.line_sku or item.item
                counts[key] = counts.get(key, 0) + 1
        return tuple(ItemLine(sku, described.get(sku, ""), qty) for sku, qty in counts.items())
    processed = work.ledger.processed_elsewhere(record.tracking)
    if processed is not None:
        return _counted_elsewhere(processed)
    return tuple(ItemLine(line.sku, line.description, line.qty) for line in lines)


def _counted_elsewhere(payload: dict[str, Any]) -> tuple[ItemLine, ...]:
    set_aside: dict[str, int] = {}
    for item in payload.get("rejected_items") or ():
        key = str(item.get("sku") or item.get("item") or "")
        set_aside[key] = set_aside.get(key, 0) + 1
    found = []
    for line in payload.get("items") or ():
        sku = str(line.get("sku") or "")
        qty = int(line.get("scanned") or 0) - set_aside.pop(sku, 0)
        if qty > 0:
            found.append(ItemLine(sku, str(line.get("description") or ""), qty))
    extras: dict[str, int] = {}
    for extra in payload.get("extras") or ():
        key = str(extra.get("item") or "")
        extras[key] = extras.get(key, 0) + 1
    for key, qty in extras.items():
        qty -= set_aside.get(key, 0)
        if qty > 0:
            found.append(ItemLine(key, "", qty))
    return tuple(found)
