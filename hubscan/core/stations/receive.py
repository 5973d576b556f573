"""Receive station: the Depot Scan, when the hub takes a parcel into its possession."""

from __future__ import annotations

from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import Approval, EventType, ReturnRecord
from hubscan.core.scan import Scan, ScanKind
from hubscan.core.stations import alert, hold
from hubscan.core.stations.work import Work, unrecognised, when
from hubscan.core.status import Status, is_before_hub


def handle(work: Work, scan: Scan) -> Outcome:
    if scan.kind is ScanKind.COMMAND:
        return outcome("command.not_here", command=scan.value, station="receive")
    if scan.kind is ScanKind.ITEM:
        return outcome("receive.not_parcel")
    if not scan.kind.is_parcel:
        return unrecognised(scan)
    tracking = scan.value
    work.context.parcel = tracking
    record = work.ledger.get_return(tracking)
    if record is None:
        return _receive_unexpected(work, tracking)
    refusal = _refusal(work, record)
    if refusal is not None:
        return refusal
    if record.status.in_hub:
        return outcome(
            "receive.repeat", tracking, record.status, when=when(record.received_at), who=record.received_by or "?"
        )
    assert is_before_hub(record.status)
    received = record.but(
        status=Status.DEPOT_SCAN,
        hub=record.hub or work.policy.hub_id,
        received_at=work.now,
        received_by=work.operator.badge,
    )
    work.ledger.put_return(received)
    work.record(EventType.DEPOT_SCAN, tracking, about=received, hub=work.policy.hub_id, unexpected=False)
    note = alert.raise_for(work, received)
    retailer = record.retailer or "?"
    if record.approval is not None and record.approval.stops:
        # The hub holds the parcel (a Depot Scan), but nobody works on it before a
        # supervisor has looked: the retailer said no. The hold has no owner.
        if not received.on_hold:
            hold.put_on_hold(work, received, f"APPROVAL_{record.approval.name}", None, None)
        return outcome(f"receive.held_{record.approval.value}", tracking, received.status)
    if note is not None:
        return outcome("receive.alert", tracking, received.status, retailer=retailer, alert=note)
    if record.approval is Approval.PENDING:
        return outcome("receive.pending_approval", tracking, received.status, retailer=retailer)
    return outcome("receive.ok", tracking, received.status, retailer=retailer)


def _refusal(work: Work, record: ReturnRecord) -> Outcome | None:
    tracking, status = record.tracking, record.status
    if record.arrived_as:
        return outcome("receive.arrived_as", tracking, status, parcel=record.arrived_as)
    if status is Status.EXPORTED:
        return outcome("receive.exported", tracking, status, connote=record.connote or "connote unknown")
    if status is Status.REJECTED:
        return outcome("receive.rejected", tracking, status, reason=record.reject_reason or "reason unknown")
    if status is Status.DELIVERED:
        return outcome("receive.delivered", tracking, status, when=when(record.carrier_at))
    if record.hub and record.hub != work.policy.hub_id:
        return outcome("receive.other_hub", tracking, status, hub=record.hub)
    return None


def _receive_unexpected(work: Work, tracking: str) -> Outcome:
    record = ReturnRecord(
        tracking=tracking,
        status=Status.DEPOT_SCAN,
        hub=work.policy.hub_id,
        unexpected=True,
        received_at=work.now,
        received_by=work.operator.badge,
    )
    work.ledger.put_return(record)
    work.record(EventType.DEPOT_SCAN, tracking, about=record, hub=work.policy.hub_id, unexpected=True)
    return outcome("receive.unexpected", tracking, record.status)
