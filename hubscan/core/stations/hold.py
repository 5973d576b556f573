"""Hold and release: anyone stops work on a parcel, at any station, saying why, so a
colleague knows someone is on it; the owner or a supervisor releases it.

A hold keeps its reason (from the hub's ``hold_reasons``), an optional note, its owner
and its start, and travels to every bench of the hub with ParcelHeld. A hold a rule
made (a return the retailer refused, received) has no owner: a supervisor releases it.
"""

from __future__ import annotations

from hubscan.core.operators import Permission
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType, ReturnRecord
from hubscan.core.stations import containers
from hubscan.core.stations.work import Work, hold_details, hold_reason_label


def hold(work: Work, argument: str | None = None) -> Outcome:
    """``HS:HOLD`` (the first of the hub's reasons) or ``HS:HOLD:<reason> [note]``."""
    code, _, note = (argument or "").strip().partition(" ")
    code = code.upper() or next(iter(work.policy.hold_reasons))
    if code not in work.policy.hold_reasons:
        return outcome("hold.unknown_reason", reason=code, reasons=", ".join(work.policy.hold_reasons))
    record = work.ledger.get_return(work.context.parcel) if work.context.parcel else None
    if record is None:
        return outcome("parcel.none")
    if not record.status.in_hub:
        return outcome("hold.not_in_hub", record.tracking, record.status, state=record.status.value)
    if record.on_hold:
        return outcome("hold.already", record.tracking, record.status, **hold_details(work, record))
    return put_on_hold(work, record, code, note.strip() or None, work.operator.badge)


def put_on_hold(work: Work, record: ReturnRecord, reason: str, note: str | None, owner: str | None) -> Outcome:
    """Hold ``record`` for ``reason``; ``owner`` None for a hold a rule makes."""
    consolidation = (
        work.ledger.get_consolidation(record.consolidation_id) if record.consolidation_id is not None else None
    )
    containers.taken_out(work, record)
    held = record.but(
        on_hold=True,
        consolidation_id=None,
        connote=None,  # out of a closed consolidation too: it does not go at its handover
        consolidation_bench=None,
        hold_reason=reason,
        hold_note=note,
        held_by=owner,
        held_at=work.now,
    )
    work.ledger.put_return(held)
    work.record(
        EventType.PARCEL_HELD,
        record.tracking,
        about=record,
        status=record.status.value,
        reason=reason,
        note=note,
        owner=owner,
    )
    label = hold_reason_label(work, reason)
    if consolidation is not None:
        return outcome(
            "hold.on_removed", record.tracking, record.status, destination=consolidation.destination, reason=label
        )
    return outcome("hold.on", record.tracking, record.status, reason=label)


def release(work: Work) -> Outcome:
    record = work.ledger.get_return(work.context.parcel) if work.context.parcel else None
    if record is None:
        return outcome("parcel.none")
    if not record.on_hold:
        return outcome("hold.not_held", record.tracking, record.status)
    if record.held_by != work.operator.badge and not work.operator.may(Permission.RELEASE_HOLDS):
        key = "hold.not_owner" if record.held_by else "hold.for_supervisor"
        return outcome(key, record.tracking, record.status, **hold_details(work, record))
    work.ledger.put_return(record.but(on_hold=False, hold_reason=None, hold_note=None, held_by=None, held_at=None))
    work.record(EventType.PARCEL_RELEASED, record.tracking, about=record, status=record.status.value)
    return outcome("hold.off", record.tracking, record.status)
