"""The hub's other benches' events, applied to this bench's view of a return.

A bench's state is the pre-advice, its own events and the hub feed: what the central
service took from the hub's other benches, in the service's order. The service has
already judged each event, so an accepted one is a fact here: a return only moves
forward (an event that arrives after a later status changes nothing), and a refused one
marks the return with the refusal, so every bench sees the exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hubscan.core.records import ClosedContainer, ReturnFacts, ReturnRecord
from hubscan.core.status import Status, is_before_hub


@dataclass(frozen=True)
class BenchEvent:
    """One event of the hub feed: sent by ``workstation`` of ``hub``, judged ``result``."""

    id: str
    position: int
    type: str
    hub: str
    workstation: str
    occurred_at: datetime
    tracking: str | None = None
    station: str | None = None
    operator: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    result: str = "accepted"
    reason: str | None = None

    @property
    def refused(self) -> bool:
        return self.result == "refused"


_STATUS_OF = {
    "DepotScan": Status.DEPOT_SCAN,
    "ReturnProcessed": Status.PROCESSED,
    "ReturnRejected": Status.REJECTED,
    "ReturnExported": Status.EXPORTED,
}


def _rank(status: Status) -> int:
    if is_before_hub(status):
        return 0
    return {Status.DEPOT_SCAN: 1, Status.PROCESSED: 2}.get(status, 3)


def refusal_note(event_type: str, workstation: str, operator: str | None, reason: str | None) -> str:
    """A refused event as every bench of the hub words it, the bench that sent it too: a
    resolution names the exception it closes by this text."""
    return f"{event_type} at bench {workstation} ({operator or '?'}) refused: {reason or '?'}"


def refusal_text(event: BenchEvent) -> str:
    return refusal_note(event.type, event.workstation, event.operator, event.reason)


def apply_bench_event(record: ReturnRecord | None, event: BenchEvent, hub: str) -> ReturnRecord | None:
    """``record`` as it is at a bench of ``hub`` after another bench's ``event``; None if
    nothing changes (or there is no return to change)."""
    if event.tracking is None:
        return None
    if event.hub != hub:
        return _elsewhere(record, event)
    if event.refused:
        return record.but(exception=refusal_text(event)) if record is not None else None
    if event.type in _STATUS_OF:
        moved = _moved(record, event, _STATUS_OF[event.type])
        if event.reason:  # accepted with a note: a misrouted parcel received at this hub
            return (moved or record or _unknown(event)).but(exception=event.reason)
        return moved
    if event.type == "ReturnCreated":
        retailer, destination = _text(event.payload.get("retailer")), _text(event.payload.get("destination"))
        if retailer is None or destination is None:
            return None
        given = event.payload
        facts = ReturnFacts(
            _text(given.get("order_number")), _text(given.get("customer_reference")), _text(given.get("return_type"))
        )
        return (record or _unknown(event)).but(
            unexpected=False, retailer=retailer, destination=destination, facts=facts if any(facts) else None
        )
    if record is None:
        return None
    if event.type == "ParcelHeld":
        payload = event.payload
        return record.but(
            on_hold=True,
            consolidation_id=None,
            connote=None,  # out of its consolidation, closed or not
            consolidation_bench=None,
            hold_reason=_text(payload.get("reason")),
            hold_note=_text(payload.get("note")),
            # A hold a rule made names no owner; one from before owners were kept, its operator.
            held_by=_text(payload["owner"]) if "owner" in payload else event.operator,
            held_at=event.occurred_at,
        )
    if event.type == "ParcelReleased":
        return record.but(on_hold=False, **_NO_HOLD)
    if event.type == "ParcelConsolidated":
        return record.but(consolidation_bench=event.workstation)
    if event.type == "ParcelForwarded":  # a misrouted parcel sent on to its hub
        return record.but(forwarded_to=_text(event.payload.get("hub")), unexpected=False, exception=None)
    if event.type == "ParcelKept":  # a misrouted parcel kept here: its pre-advice comes
        return record.but(exception=None, forwarded_to=None)
    if event.type == "ExceptionResolved":
        # Only the exception it names: a newer one (a later refusal) stays open.
        closed = event.payload.get("exception")
        return record.but(exception=None) if record.exception and record.exception == closed else None
    return None


def _elsewhere(record: ReturnRecord | None, event: BenchEvent) -> ReturnRecord | None:
    """A parcel pre-advised to this hub, as another hub's event leaves it: received
    there (misrouted), sent on here (it is coming after all), or kept there."""
    if record is None or event.refused:
        return None
    if event.type == "DepotScan":
        note = event.reason or f"misrouted: received at hub {event.hub}"
        return record.but(exception=f"{note} ({event.operator or '?'}, {event.occurred_at:%Y-%m-%d %H:%M})")
    if event.type == "ParcelForwarded":
        return record.but(exception=None)
    if event.type == "ParcelKept":
        return record.but(hub=event.hub, exception=None)
    return None


def _moved(record: ReturnRecord | None, event: BenchEvent, target: Status) -> ReturnRecord | None:
    payload = event.payload
    if record is None:
        record = _unknown(event).but(status=target)
    elif _rank(target) < _rank(record.status) or (
        _rank(target) == _rank(record.status) and target is not Status.DEPOT_SCAN
    ):
        return None  # an older status, or one it has; only a receipt is taken again
    who, when = event.operator, event.occurred_at
    if target is Status.DEPOT_SCAN:
        # A second bench that received the parcel too keeps the receipt the service took.
        return record.but(status=target, hub=record.hub or event.hub, received_at=when, received_by=who)
    if target is Status.PROCESSED:
        return record.but(
            status=target, processed_at=when, processed_by=who, faulty=bool(payload.get("faulty", record.faulty))
        )
    gone = {"consolidation_id": None, "consolidation_bench": None, "on_hold": False, **_NO_HOLD}
    if target is Status.REJECTED:
        return record.but(status=target, reject_reason=payload.get("reason") or record.reject_reason, **gone)
    return record.but(status=target, connote=payload.get("connote") or record.connote, **gone)


_NO_HOLD: dict[str, Any] = {"hold_reason": None, "hold_note": None, "held_by": None, "held_at": None}


def _text(value: Any) -> str | None:
    """A text of another bench's payload, or None (anything else is not trusted)."""
    return value if isinstance(value, str) else None


def with_preadvice_of(parcel: ReturnRecord, target: ReturnRecord) -> ReturnRecord:
    """``parcel`` (received, not pre-advised) as the pre-advised return ``target``."""
    return parcel.but(
        unexpected=False,
        retailer=target.retailer,
        destination=target.destination,
        origin_country=target.origin_country,
        faulty=target.faulty,
        test=target.test,
        approval=target.approval,
        faulty_destination=target.faulty_destination,
        facts=target.facts,
    )


def _unknown(event: BenchEvent) -> ReturnRecord:
    """A return this bench never heard of (an unexpected parcel received elsewhere)."""
    return ReturnRecord(
        tracking=event.tracking or "",
        status=Status.DEPOT_SCAN,
        hub=event.hub,
        unexpected=bool(event.payload.get("unexpected", True)),
    )


def linked_preadvice(event: BenchEvent, hub: str) -> str | None:
    """The pre-advised return another bench of ``hub`` linked the event's parcel to
    (ReturnLinked), or None."""
    if event.type != "ReturnLinked" or event.refused or event.hub != hub or event.tracking is None:
        return None
    return _text(event.payload.get("preadvice"))


def apply_link(parcel: ReturnRecord | None, target: ReturnRecord | None, event: BenchEvent) -> ReturnRecord | None:
    """The parcel at this bench once another bench linked it to ``target`` (this bench's
    copy of the pre-advice; without one, what the event names)."""
    if target is not None:
        return with_preadvice_of(parcel or _unknown(event), target)
    retailer, destination = _text(event.payload.get("retailer")), _text(event.payload.get("destination"))
    return (parcel or _unknown(event)).but(unexpected=False, retailer=retailer, destination=destination)


def closed_containers(event: BenchEvent) -> list[ClosedContainer]:
    """The containers another bench of the hub closed a consolidation in, for this
    bench's handovers (a TEST consolidation's leave on no truck)."""
    payload = event.payload
    if event.type != "ConsolidationClosed" or event.refused or payload.get("test"):
        return []
    connote, destination = _text(payload.get("connote")), _text(payload.get("destination"))
    if connote is None or destination is None:
        return []
    found = []
    for given in payload.get("containers") or ():
        if not isinstance(given, dict):
            continue
        sscc, kind, weight = _text(given.get("sscc")), _text(given.get("kind")), _text(given.get("weight_kg"))
        members = tuple(m for m in given.get("members") or () if isinstance(m, str))
        if sscc and kind and weight:
            found.append(ClosedContainer(sscc, connote, destination, event.workstation, kind, members, weight))
    return found


def reopened(event: BenchEvent) -> str | None:
    """The connote another bench of the hub voided by reopening its consolidation."""
    if event.type != "ConsolidationReopened" or event.refused:
        return None
    return _text(event.payload.get("connote"))


def loads_elsewhere(event: BenchEvent) -> list[tuple[str, str | None]]:
    """Containers another bench of the hub loaded onto its open handover (with that
    bench), or took off it by cancelling it (None)."""
    if event.refused:
        return []
    if event.type == "ContainerLoaded":
        sscc = _text(event.payload.get("sscc"))
        return [(sscc, event.workstation)] if sscc else []
    if event.type == "HandoverCancelled":
        return [(sscc, None) for sscc in event.payload.get("containers") or () if isinstance(sscc, str)]
    return []


def handed_over(event: BenchEvent) -> tuple[str, ...]:
    """The containers another bench of the hub handed over to the carrier."""
    if event.type != "HandoverClosed" or event.refused:
        return ()
    return tuple(sscc for sscc in event.payload.get("containers") or () if isinstance(sscc, str))


def released_by_cancel(event: BenchEvent) -> tuple[str, ...]:
    """The returns a cancelled consolidation of another bench let go of."""
    if event.type != "ConsolidationCancelled" or event.refused:
        return ()
    return tuple(str(tracking) for tracking in event.payload.get("members", []))
