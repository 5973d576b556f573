"""Hold and release: a supervisor stops anyone working on a parcel, at any station."""

from __future__ import annotations

from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType
from hubscan.core.stations.work import Work


def hold(work: Work) -> Outcome:
    record = work.ledger.get_return(work.context.parcel) if work.context.parcel else None
    if record is None:
        return outcome("parcel.none")
    if not record.status.in_hub:
        return outcome("hold.not_in_hub", record.tracking, record.status, state=record.status.value)
    if record.on_hold:
        return outcome("hold.already", record.tracking, record.status)
    consolidation = (
        work.ledger.get_consolidation(record.consolidation_id) if record.consolidation_id is not None else None
    )
    work.ledger.put_return(record.but(on_hold=True, consolidation_id=None, consolidation_bench=None))
    work.record(EventType.PARCEL_HELD, record.tracking, status=record.status.value)
    if consolidation is not None:
        return outcome("hold.on_removed", record.tracking, record.status, destination=consolidation.destination)
    return outcome("hold.on", record.tracking, record.status)


def release(work: Work) -> Outcome:
    record = work.ledger.get_return(work.context.parcel) if work.context.parcel else None
    if record is None:
        return outcome("parcel.none")
    if not record.on_hold:
        return outcome("hold.not_held", record.tracking, record.status)
    work.ledger.put_return(record.but(on_hold=False))
    work.record(EventType.PARCEL_RELEASED, record.tracking, status=record.status.value)
    return outcome("hold.off", record.tracking, record.status)
