"""The handover at the consolidate station: the linehaul carrier takes closed
consolidations' containers, and only then are their parcels exported.

``HS:HANDOVER:<carrier> <trailer or seal>`` opens it; each container's label scanned
loads it (any bench's closed consolidation: the hub feed brings the others'); ``HS:DONE``
closes it: every parcel in the loaded containers is Return Exported under its
consolidation's connote, with the container, the carrier and the trailer. A container
of a loaded consolidation left on the dock is named first; ``HS:DONE`` again, with the
same ones left, closes without them (they go with a later handover). ``HS:CANCEL``
unloads everything.
"""

from __future__ import annotations

from typing import Any

from hubscan.core.gs1 import sscc_text
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import ClosedContainer, EventType, Handover, ReturnRecord
from hubscan.core.scan import Scan, ScanKind
from hubscan.core.stations.containers import sscc_words
from hubscan.core.stations.work import Work, refused
from hubscan.core.status import Status


def begin(work: Work, value: str) -> Outcome:
    """HS:HANDOVER:<carrier> <trailer or seal number>."""
    open_one = work.ledger.open_handover()
    if open_one is not None:
        return outcome("handover.already_open", carrier=open_one.carrier, trailer=open_one.trailer)
    carrier, _, trailer = value.strip().partition(" ")
    if not carrier or not trailer.strip():
        return outcome("handover.needs_trailer", value=value)
    handover = work.ledger.create_handover(carrier, trailer.strip(), work.operator.badge, work.now)
    work.record(EventType.HANDOVER_OPENED, None, handover=handover.id, carrier=carrier, trailer=handover.trailer)
    return outcome("handover.opened", carrier=carrier, trailer=handover.trailer)


def handle(work: Work, handover: Handover, scan: Scan) -> Outcome:
    """A scan at the consolidate station while a handover is open."""
    if scan.kind is ScanKind.SSCC and work.ledger.get_return(scan.value) is None:
        return _load(work, handover, scan.value)
    if scan.kind is ScanKind.COMMAND and scan.value == "DONE":
        return _close(work, handover)
    if scan.kind is ScanKind.COMMAND and scan.value == "HANDOVER":
        return outcome("handover.already_open", carrier=handover.carrier, trailer=handover.trailer)
    return outcome("handover.containers_only", carrier=handover.carrier, trailer=handover.trailer)


def cancel(work: Work, handover: Handover) -> Outcome:
    loaded = work.ledger.handover_loads(handover.id)
    work.ledger.delete_handover(handover.id)
    work.record(
        EventType.HANDOVER_CANCELLED,
        None,
        handover=handover.id,
        carrier=handover.carrier,
        containers=[container.sscc for container in loaded],
    )
    return outcome("handover.cancelled", carrier=handover.carrier, count=len(loaded))


def _load(work: Work, handover: Handover, sscc: str) -> Outcome:
    container = work.ledger.get_closed_container(sscc)
    if container is None:
        packing = work.ledger.get_container(sscc)
        if packing is not None:
            return outcome("handover.not_closed", container=sscc_words(packing))
        return outcome("handover.unknown_container", container=sscc_text(sscc))
    named = sscc_words(container)
    if container.handed_over_at is not None:
        return outcome("handover.gone", container=named, connote=container.connote)
    if container.handover_id == handover.id:
        return outcome("handover.already_loaded", container=named, count=_loaded_count(work, handover))
    if container.loaded_by is not None:
        return outcome("handover.loaded_elsewhere", container=named, bench=container.loaded_by)
    work.ledger.load_container(sscc, handover.id)
    work.record(EventType.CONTAINER_LOADED, None, handover=handover.id, sscc=sscc, connote=container.connote)
    return outcome(
        "handover.loaded",
        container=named,
        connote=container.connote,
        destination=container.destination,
        count=_loaded_count(work, handover),
        trailer=handover.trailer,
    )


def _loaded_count(work: Work, handover: Handover) -> int:
    return len(work.ledger.handover_loads(handover.id))


def _left_behind(work: Work, loaded: list[ClosedContainer]) -> list[ClosedContainer]:
    """The containers of the loaded containers' consolidations still on the dock."""
    connotes = sorted({container.connote for container in loaded})
    return [
        other
        for connote in connotes
        for other in work.ledger.closed_containers_of(connote)
        if other.handover_id is None and other.handed_over_at is None
    ]


def _close(work: Work, handover: Handover) -> Outcome:
    loaded = work.ledger.handover_loads(handover.id)
    if not loaded:
        return outcome("handover.empty", carrier=handover.carrier, trailer=handover.trailer)
    leaving = _leaving(work, loaded)
    for _, record in leaving:
        if refused(record):
            return outcome("handover.member_refused", record.tracking, record.status, exception=record.exception)
    left = _left_behind(work, loaded)
    named = ", ".join(f"{sscc_words(c)} ({c.connote})" for c in left)
    if left and handover.warned != named:
        work.ledger.warn_handover(handover.id, named)
        return outcome("handover.left_behind", count=len(left), containers=named)
    for container, record in leaving:
        # Across a customs border, the export says which (its papers went with the close).
        border = work.policy.customs_border(container.destination)
        crossing = {"customs_from": border[0], "customs_to": border[1]} if border else {}
        export_return(
            work,
            record,
            container.connote,
            container.destination,
            {"consolidation_id": None, "consolidation_bench": None},
            container=container.sscc,
            container_weight_kg=container.weight_kg,
            carrier=handover.carrier,
            trailer=handover.trailer,
            **crossing,
        )
    exported = len(leaving)
    ssccs = [container.sscc for container in loaded]
    work.ledger.mark_handed_over(ssccs, work.now)
    work.ledger.close_handover(handover.id, work.now)
    work.record(
        EventType.HANDOVER_CLOSED,
        None,
        handover=handover.id,
        carrier=handover.carrier,
        trailer=handover.trailer,
        containers=ssccs,
        connotes=sorted({container.connote for container in loaded}),
        parcels=exported,
        left_behind=[container.sscc for container in left],
    )
    return outcome(
        "handover.closed",
        carrier=handover.carrier,
        trailer=handover.trailer,
        containers=len(loaded),
        count=exported,
    )


def _leaving(work: Work, loaded: list[ClosedContainer]) -> list[tuple[ClosedContainer, ReturnRecord]]:
    """The parcels the loaded containers take, each with its container: those still in
    it (not put on hold, rejected or consolidated again since) and not gone already."""
    leaving = []
    for container in loaded:
        for tracking in container.members:
            record = work.ledger.get_return(tracking)
            if record is None or record.on_hold or record.status not in (Status.PROCESSED, Status.DEPOT_SCAN):
                continue
            if record.connote == container.connote:
                leaving.append((container, record))
    return leaving


def export_return(
    work: Work,
    record: ReturnRecord,
    connote: str,
    destination: str,
    changes: dict[str, Any] | None = None,
    **details: Any,
) -> None:
    """Return Exported for ``record`` under ``connote`` (the handover's, or a TEST
    consolidation's close), with ``changes`` to the return and ``details`` in the event."""
    work.ledger.put_return(record.but(status=Status.EXPORTED, connote=connote, **(changes or {})))
    work.record(
        EventType.RETURN_EXPORTED,
        record.tracking,
        about=record,
        connote=connote,
        destination=destination,
        **details,
        **({"forwarded_to": record.forwarded_to} if record.forwarded_to else {}),
    )


def reopen(work: Work, connote: str) -> Outcome:
    """HS:REOPEN:<connote>, a supervisor's: a closed consolidation of this bench whose
    containers are all still on the dock is opened again; its connote is void (its label
    destroyed), the next close gives a new one."""
    connote = connote.strip().upper()
    consolidation = work.ledger.consolidation_with_connote(connote)
    if consolidation is None:
        return outcome("reopen.unknown", connote=connote)
    waiting = work.ledger.closed_containers_of(connote)
    if any(c.handed_over_at is not None or c.handover_id is not None or c.loaded_by for c in waiting):
        return outcome("reopen.gone", connote=connote)
    if consolidation.test:
        return outcome("reopen.gone", connote=connote)  # its returns were exported at its close
    if work.ledger.open_consolidation_for(consolidation.destination) is not None:
        return outcome("reopen.other_open", connote=connote, destination=consolidation.destination)
    for closed in waiting:
        # A parcel taken out since the close (held, rejected) was in the weight it had.
        if work.ledger.container_pieces(closed.sscc) != len(closed.members):
            work.ledger.set_weight(closed.sscc, None, None, None, None)
            work.record(EventType.CONTAINER_REOPENED, None, consolidation=consolidation.id, sscc=closed.sscc)
    work.ledger.drop_closed_containers(connote)
    work.ledger.reopen_consolidation(consolidation.id)
    work.record(
        EventType.CONSOLIDATION_REOPENED,
        None,
        consolidation=consolidation.id,
        connote=connote,
        destination=consolidation.destination,
    )
    work.context.consolidation_id = consolidation.id
    return outcome("reopen.done", connote=connote, destination=consolidation.destination)
