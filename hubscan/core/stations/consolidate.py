"""Consolidate station: processed returns for one destination, closed under one connote."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hubscan.core.connote import make_connote
from hubscan.core.labels import ConnoteLabelData
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.printjobs import connote_request
from hubscan.core.records import ClosedContainer, Consolidation, EventType, ReturnRecord
from hubscan.core.scan import Scan, ScanKind
from hubscan.core.stations import containers, handover
from hubscan.core.stations.papers import customs_missing, parcel_lines, queue_papers
from hubscan.core.stations.work import Work, refused, stopped, unrecognised
from hubscan.core.status import Status

CONNOTE_SEQUENCE = "connote"


def handle(work: Work, scan: Scan) -> Outcome:
    loading = work.ledger.open_handover()
    if loading is not None:
        return handover.handle(work, loading, scan)
    if scan.kind is ScanKind.COMMAND and scan.value == "HANDOVER":
        return handover.begin(work, scan.argument or "")
    if scan.kind is ScanKind.SSCC and work.ledger.get_return(scan.value) is None:
        return containers.scanned(work, current(work), scan.value)
    if scan.kind.is_parcel:
        return _add(work, scan.value)
    if scan.kind is not ScanKind.COMMAND:
        return unrecognised(scan)
    if scan.value == "DEST":
        return _open(work, scan.argument or "")
    if scan.value == "DONE":
        return _close(work)
    if scan.value == "CONTAINER":
        return containers.open_command(work, current(work), scan.argument)
    if scan.value == "WEIGH":
        return containers.weigh_request(work, current(work))
    return outcome("command.not_here", command=scan.value, station="consolidate")


def current(work: Work) -> Consolidation | None:
    cid = work.context.consolidation_id
    found = work.ledger.get_consolidation(cid) if cid is not None else None
    return found if found is not None and found.connote is None else None


def _marked(test: bool) -> dict[str, Any]:
    """A consolidation event's mark of a TEST consolidation (none for a real one)."""
    return {"test": True} if test else {}


def cancel(work: Work) -> Outcome:
    loading = work.ledger.open_handover()
    if loading is not None:
        return handover.cancel(work, loading)
    open_one = current(work)
    if open_one is None:
        return outcome("cancel.nothing")
    members = work.ledger.consolidation_members(open_one.id)
    for tracking in members:
        record = work.ledger.get_return(tracking)
        if record is not None:
            work.ledger.put_return(record.but(consolidation_id=None))
    work.ledger.drop_containers(open_one.id)
    work.ledger.delete_consolidation(open_one.id)
    work.record(
        EventType.CONSOLIDATION_CANCELLED,
        None,
        consolidation=open_one.id,
        destination=open_one.destination,
        members=members,
    )
    work.context.consolidation_id = None
    return outcome("consolidate.cancelled", destination=open_one.destination, count=len(members))


def _open_for(work: Work, destination: str, test: bool = False) -> tuple[Consolidation, bool]:
    """The open consolidation for ``destination`` (a TEST one for test returns), opened
    if there is none."""
    existing = work.ledger.open_consolidation_for(destination, test)
    if existing is not None:
        work.context.consolidation_id = existing.id
        return existing, False
    created = work.ledger.create_consolidation(destination, work.operator.badge, work.now, test)
    work.record(
        EventType.CONSOLIDATION_OPENED, None, consolidation=created.id, destination=destination, **_marked(test)
    )
    work.context.consolidation_id = created.id
    return created, True


def _open(work: Work, destination: str) -> Outcome:
    if work.ledger.get_destination(destination) is None:
        return outcome("consolidate.unknown_destination", destination=destination)
    consolidation, created = _open_for(work, destination)
    if created:
        return outcome("consolidate.opened", destination=destination)
    count = work.ledger.consolidation_size(consolidation.id)
    return outcome("consolidate.resumed", destination=destination, count=count)


def _refusal(work: Work, record: ReturnRecord) -> Outcome | None:
    tracking, status = record.tracking, record.status
    if status is Status.REJECTED:
        return outcome("consolidate.rejected", tracking, status)
    if status in (Status.EXPORTED, Status.DELIVERED):
        return outcome("consolidate.exported", tracking, status, connote=record.connote or "connote unknown")
    stop = stopped(work, record)
    if stop is not None:
        return stop
    # A misrouted parcel forwarded to its hub goes as it came, unopened.
    if status is not Status.PROCESSED and not (record.forwarded_to and status is Status.DEPOT_SCAN):
        return outcome("consolidate.unprocessed", tracking, status, state=status.value)
    if record.connote is not None:  # closed, not handed over yet
        return outcome("consolidate.to_hand_over", tracking, status, connote=record.connote)
    if record.export_destination is None:
        return outcome("consolidate.no_destination", tracking, status)
    if record.consolidation_bench not in (None, work.policy.workstation_id):
        return outcome("consolidate.at_other_bench", tracking, status, bench=record.consolidation_bench)
    return None


def _add(work: Work, tracking: str) -> Outcome:
    record = work.ledger.get_return(tracking)
    if record is None:
        return outcome("parcel.unknown", tracking)
    work.context.parcel = tracking
    refusal = _refusal(work, record)
    if refusal is not None:
        return refusal
    destination = record.export_destination
    assert destination is not None
    open_one = current(work)
    if record.consolidation_id is not None:
        if open_one is not None and record.consolidation_id == open_one.id:
            moved = containers.move(work, open_one, record)
            if moved is not None:
                return moved
            count = work.ledger.consolidation_size(open_one.id)
            return outcome("consolidate.already_in", tracking, record.status, count=count)
        other = work.ledger.get_consolidation(record.consolidation_id)
        where = other.destination if other else "?"
        return outcome("consolidate.in_other", tracking, record.status, destination=where)
    created = False
    if open_one is None and not work.policy.gs1_company_prefix:
        existing = work.ledger.open_consolidation_for(destination, record.test)
        if existing is None or work.ledger.current_container(existing.id) is None:
            # Nothing opened for it: without a prefix a container label comes first.
            return outcome("container.none", tracking, record.status, destination=destination)
    if open_one is None:
        open_one, created = _open_for(work, destination, record.test)
    elif open_one.test != record.test:
        return outcome("consolidate.test_apart" if record.test else "consolidate.real_apart", tracking, record.status)
    elif open_one.destination != destination:
        return outcome(
            "consolidate.other_destination",
            tracking,
            record.status,
            parcel_destination=destination,
            destination=open_one.destination,
        )
    packing = containers.pack(work, open_one, record)
    if isinstance(packing, Outcome):
        return packing
    container, container_opened = packing
    work.ledger.put_return(record.but(consolidation_id=open_one.id))
    work.record(
        EventType.PARCEL_CONSOLIDATED,
        tracking,
        about=record,
        consolidation=open_one.id,
        destination=open_one.destination,
        container=container.sscc,
    )
    dispositions = _dispositions(work, tracking)
    packed = containers.opened_words(container, container_opened)
    if created:
        return outcome(
            "consolidate.opened_added",
            tracking,
            record.status,
            destination=open_one.destination,
            dispositions=dispositions,
            packed=packed,
        )
    count = work.ledger.consolidation_size(open_one.id)
    return outcome(
        "consolidate.added",
        tracking,
        record.status,
        count=count,
        destination=open_one.destination,
        dispositions=dispositions,
        packed=packed,
    )


def _dispositions(work: Work, tracking: str) -> str:
    """What the process station decided for the parcel's items, as the answer shows it:
    " Items: RESTOCK 2, DESTROY 1, REJECTED 1." (nothing when none was given). An item
    rejected at process was set aside: it is named REJECTED, whatever else it was given.
    A parcel processed at another bench of the hub: from its Return Processed."""
    counts: dict[str, int] = {}
    items = work.ledger.scanned_items(tracking)
    if items:
        fates = ["REJECTED" if item.rejected else item.disposition for item in items]
    else:
        fates = _fates_processed_elsewhere(work.ledger.processed_elsewhere(tracking) or {})
    for code in fates:
        if code:
            counts[code] = counts.get(code, 0) + 1
    return " Items: " + ", ".join(f"{code} {n}" for code, n in counts.items()) + "." if counts else ""


def _fates_processed_elsewhere(payload: dict[str, Any]) -> list[str | None]:
    """The items' dispositions as another bench's Return Processed carries them."""
    fates: list[str | None] = []
    for line in payload.get("items") or ():
        fates.extend(code if isinstance(code, str) else None for code in line.get("dispositions") or ())
    fates.extend(extra.get("disposition") for extra in payload.get("extras") or ())
    fates.extend("REJECTED" for _ in payload.get("rejected_items") or ())
    return fates


def _close(work: Work) -> Outcome:
    open_one = current(work)
    if open_one is None:
        return outcome("consolidate.none_open")
    members = work.ledger.consolidation_members(open_one.id)
    if not members:
        return outcome("consolidate.empty", destination=open_one.destination)
    for tracking in members:
        # The central service refused what a bench did with a member after it was added:
        # nothing leaves before a supervisor has resolved that.
        member = work.ledger.get_return(tracking)
        if member is not None and refused(member):
            return outcome("consolidate.member_refused", tracking, member.status, exception=member.exception)
    loose = containers.unpacked(work, open_one, members)
    if loose:
        return outcome("consolidate.unpacked", count=len(loose), parcels=", ".join(loose[:5]))
    waiting = containers.unweighed(work, open_one)
    if waiting:
        named = ", ".join(containers.sscc_words(container) for container in waiting)
        return outcome("consolidate.unweighed", count=len(waiting), containers=named)
    packed = containers.packed(work, open_one)
    leaving = []
    for tracking in members:
        record = work.ledger.get_return(tracking)
        assert record is not None and record.status in (Status.PROCESSED, Status.DEPOT_SCAN), tracking
        leaving.append(record)
    parcels = parcel_lines(work, leaving, packed)
    # A retailer's TEST consolidation crosses no border: it goes on no truck.
    border = None if open_one.test else work.policy.customs_border(open_one.destination)
    lacking = customs_missing(parcels) if border is not None else []
    if border is not None and lacking:
        return outcome(
            "consolidate.customs_missing",
            destination=open_one.destination,
            territory=border[1],
            count=len(lacking),
            parcels=", ".join(lacking[:5]) + (", ..." if len(lacking) > 5 else ""),
        )
    sequence = work.ledger.next_sequence(CONNOTE_SEQUENCE)
    connote = make_connote(work.policy.hub_id, work.policy.workstation_id, sequence)
    work.ledger.close_consolidation(open_one.id, connote, work.now)
    for record in leaving:
        if open_one.test:
            # A retailer's test return leaves on no truck: its TEST consolidation's close
            # is its Return Exported, as the retailer's test of the journey expects.
            handover.export_return(work, record, connote, open_one.destination, consolidation=open_one.id)
        else:
            work.ledger.put_return(record.but(connote=connote))  # exported at the handover
    if not open_one.test:
        for container in packed:
            work.ledger.add_closed_container(
                ClosedContainer(
                    str(container["sscc"]),
                    connote,
                    open_one.destination,
                    work.policy.workstation_id,
                    str(container["kind"]),
                    tuple(container["members"]),
                    str(container["weight_kg"]),
                ),
                work.now,
            )
    total_kg = _total(packed)
    papers = queue_papers(work, open_one, connote, parcels, packed, total_kg, border)
    work.record(
        EventType.CONSOLIDATION_CLOSED,
        None,
        connote=connote,
        consolidation=open_one.id,
        destination=open_one.destination,
        count=len(members),
        containers=packed,
        weight_kg=total_kg,
        papers=papers,
        **_marked(open_one.test),
    )
    retailers = [record.retailer or "?" for record in leaving]
    _queue_connote_label(work, open_one, connote, retailers, len(members), packed)  # last: the one previewed
    work.context.consolidation_id = None
    work.context.clear_work()
    if open_one.test:
        closed = outcome(
            "consolidate.closed_test", count=len(members), connote=connote, destination=open_one.destination
        )
        return closed.as_test()
    return outcome(
        "consolidate.closed",
        count=len(members),
        connote=connote,
        destination=open_one.destination,
        containers=len(packed),
        kg=total_kg,
    )


def _total(packed: list[dict[str, Any]]) -> str:
    """The containers' weights together, in kg ("" when none was packed)."""
    return f"{sum(Decimal(str(c['weight_kg'])) for c in packed):.3f}" if packed else ""


def _queue_connote_label(
    work: Work,
    consolidation: Consolidation,
    connote: str,
    retailers: list[str],
    pieces: int,
    packed: list[dict[str, Any]],
) -> None:
    """The label is a print job committed with the close: the connote is never lost."""
    code = consolidation.destination
    destination = work.ledger.get_destination(code)
    data = ConnoteLabelData(
        connote=connote,
        destination_code=code,
        destination_name=destination.name if destination else code,
        destination_address=destination.address if destination else "",
        retailers=tuple(sorted(set(retailers))),
        hub=work.policy.hub_id,
        pieces=pieces,
        closed_at=work.now,
        test=consolidation.test,
        containers=len(packed),
        weight_kg=_total(packed),
        sender_name=work.policy.sender_name,
        sender_address=work.policy.sender_address,
    )
    work.ledger.add_print_job(connote_request(data, work.operator.badge), work.now)
