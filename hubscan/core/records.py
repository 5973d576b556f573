"""The hub's facts as plain values: returns, expected lines, items, consolidations, events."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from typing import Any, NamedTuple

from hubscan.core.status import Status


class Approval(Enum):
    """The retailer's decision on a return request (the returns platform's approval)."""

    APPROVED = "approved"
    PENDING = "pending"
    REFUSED = "refused"
    CANCELLED = "cancelled"

    @property
    def stops(self) -> bool:
        """A parcel of a refused or cancelled return is held for a supervisor at receive."""
        return self in (Approval.REFUSED, Approval.CANCELLED)


class ReturnFacts(NamedTuple):
    """What the returns platform says about a return that a person at the bench reads:
    never used by a rule, only shown (kept as one JSON value)."""

    order_number: str | None = None
    customer_reference: str | None = None
    return_type: str | None = None
    reasons: tuple[str, ...] = ()
    alert: str | None = None
    # The retailer's own dispositions for its items (instead of the hub's list).
    dispositions: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {key: value for key, value in zip(self._fields, self, strict=True) if value not in (None, ())}

    @classmethod
    def from_json(cls, value: dict[str, Any] | None) -> ReturnFacts | None:
        if not value:
            return None
        return cls(
            value.get("order_number"),
            value.get("customer_reference"),
            value.get("return_type"),
            tuple(value.get("reasons") or ()),
            value.get("alert"),
            tuple(value.get("dispositions") or ()),
        )


class Station(Enum):
    RECEIVE = "receive"
    PROCESS = "process"
    REJECT = "reject"
    CONSOLIDATE = "consolidate"


@dataclass(frozen=True)
class ReturnRecord:
    """One return as the hub knows it; the pre-advice plus what the hub did to it."""

    tracking: str
    status: Status
    retailer: str | None = None
    destination: str | None = None
    origin_country: str | None = None
    hub: str | None = None
    faulty: bool = False
    unexpected: bool = False
    on_hold: bool = False
    exception: str | None = None
    received_at: datetime | None = None
    received_by: str | None = None
    processed_at: datetime | None = None
    processed_by: str | None = None
    consolidation_id: int | None = None
    connote: str | None = None
    reject_reason: str | None = None
    # The hub's other bench whose open consolidation holds this return (from the hub feed).
    consolidation_bench: str | None = None
    # From the returns platform: a retailer's test return, the retailer's decision, where
    # a faulty return goes instead of ``destination``, and what the bench shows.
    test: bool = False
    approval: Approval | None = None
    faulty_destination: str | None = None
    facts: ReturnFacts | None = None
    # Why it is on hold, who holds it (None: held by a rule, for a supervisor) and since when.
    hold_reason: str | None = None
    hold_note: str | None = None
    held_by: str | None = None
    held_at: datetime | None = None
    # When the carrier reported the status the return has (from the central service).
    carrier_at: datetime | None = None
    # A pre-advised return whose parcel arrived under another tracking number, linked to
    # it at the hub (HS:LINK): that parcel's tracking.
    arrived_as: str | None = None
    # A misrouted parcel a supervisor sends on to the hub it was pre-advised to (HS:FORWARD).
    forwarded_to: str | None = None

    @property
    def export_destination(self) -> str | None:
        """Where the return is consolidated to: a misrouted parcel forwarded to its hub,
        to that hub; a faulty return to the retailer's faulty destination when it has one."""
        if self.forwarded_to:
            return hub_destination(self.forwarded_to)
        if self.faulty and self.faulty_destination:
            return self.faulty_destination
        return self.destination

    def but(self, **changes: Any) -> ReturnRecord:
        return replace(self, **changes)


def hub_destination(hub: str) -> str:
    """The destination code a hub has as the destination of parcels forwarded to it."""
    return f"HUB-{hub}"


@dataclass(frozen=True)
class ExpectedLine:
    sku: str
    barcode: str | None
    description: str
    qty: int
    reason: str | None = None
    # Customs data from the pre-advice, when given.
    hs_code: str | None = None
    origin_country: str | None = None
    value: str | None = None  # one unit's, "49.90"
    currency: str | None = None


@dataclass(frozen=True)
class ScannedItem:
    item: str  # GTIN-14 or SKU text as scanned
    grade: str
    line_sku: str | None  # the expected line it matched, or None for an extra
    lot: str | None = None  # from its GS1 barcode: batch/lot (AI 10) and serial (AI 21)
    serial: str | None = None
    disposition: str | None = None  # what becomes of it (HS:DISPOSITION:<code>)
    rejected: str | None = None  # set aside on its own, for this reason (HS:REJECTITEM:<reason>)
    evidence: tuple[str, ...] = ()  # photos of it, "sha256 file-name" each


def evidence_named(payload: dict[str, Any]) -> list[str]:
    """Every photo ("sha256 file-name") an event's payload names: a rejection's own and
    those of items rejected at process."""
    named = list(payload.get("evidence") or ())
    for item in payload.get("rejected_items") or ():
        named.extend(item.get("evidence") or ())
    return named


@dataclass(frozen=True)
class Consolidation:
    id: int
    destination: str
    opened_at: datetime
    opened_by: str
    connote: str | None = None
    closed_at: datetime | None = None
    test: bool = False  # retailers' test returns only, never with real ones


@dataclass(frozen=True)
class Container:
    """A bag, cage or pallet a consolidation is packed into, known by its SSCC."""

    sscc: str
    consolidation_id: int
    kind: str
    opened_at: datetime
    opened_by: str
    printed: bool = True  # False: a pre-printed label was scanned
    weight_g: int | None = None
    weight_source: str | None = None  # "scale", or "manual" (a supervisor typed it)
    weighed_by: str | None = None
    weighed_at: datetime | None = None


@dataclass(frozen=True)
class ClosedContainer:
    """A container of a closed consolidation, of any bench of the hub, waiting for (or
    gone with) the linehaul carrier: what the handover loads."""

    sscc: str
    connote: str
    destination: str
    bench: str
    kind: str
    members: tuple[str, ...]
    weight_kg: str
    handover_id: int | None = None  # loaded onto this bench's open handover
    handed_over_at: datetime | None = None
    loaded_by: str | None = None  # loaded onto another bench's open handover: that bench


@dataclass(frozen=True)
class Handover:
    """The linehaul carrier taking containers: carrier, trailer or seal number."""

    id: int
    carrier: str
    trailer: str
    opened_at: datetime
    opened_by: str
    # The containers left behind last named at HS:DONE: a second HS:DONE, with the same
    # ones still left, closes the handover without them.
    warned: str | None = None


@dataclass(frozen=True)
class Destination:
    code: str
    name: str
    address: str = ""


class EventType(Enum):
    """Events; ``outbound`` ones go to the central service: the tracking statuses, and
    the work the hub's other benches must see (holds, consolidations, resolved exceptions)."""

    DEPOT_SCAN = "DepotScan"
    RETURN_PROCESSED = "ReturnProcessed"
    RETURN_REJECTED = "ReturnRejected"
    RETURN_EXPORTED = "ReturnExported"
    PARCEL_HELD = "ParcelHeld"
    PARCEL_RELEASED = "ParcelReleased"
    PARCEL_CONSOLIDATED = "ParcelConsolidated"
    EXCEPTION_RESOLVED = "ExceptionResolved"
    RETURN_CREATED = "ReturnCreated"
    RETURN_LINKED = "ReturnLinked"
    PARCEL_FORWARDED = "ParcelForwarded"
    PARCEL_KEPT = "ParcelKept"
    CONSOLIDATION_OPENED = "ConsolidationOpened"
    CONSOLIDATION_CLOSED = "ConsolidationClosed"
    CONSOLIDATION_CANCELLED = "ConsolidationCancelled"
    CONTAINER_OPENED = "ContainerOpened"
    CONTAINER_WEIGHED = "ContainerWeighed"
    CONTAINER_REOPENED = "ContainerReopened"
    PARCEL_REPACKED = "ParcelRepacked"
    CONSOLIDATION_REOPENED = "ConsolidationReopened"
    HANDOVER_OPENED = "HandoverOpened"
    CONTAINER_LOADED = "ContainerLoaded"
    HANDOVER_CLOSED = "HandoverClosed"
    HANDOVER_CANCELLED = "HandoverCancelled"
    ALERT_ACKNOWLEDGED = "AlertAcknowledged"
    OPERATOR_LOGIN = "OperatorLogin"
    OPERATOR_LOGOUT = "OperatorLogout"

    @property
    def outbound(self) -> bool:
        return self in _OUTBOUND


_OUTBOUND = frozenset(
    {
        EventType.DEPOT_SCAN,
        EventType.RETURN_PROCESSED,
        EventType.RETURN_REJECTED,
        EventType.RETURN_EXPORTED,
        EventType.PARCEL_HELD,
        EventType.PARCEL_RELEASED,
        EventType.PARCEL_CONSOLIDATED,
        EventType.EXCEPTION_RESOLVED,
        EventType.RETURN_CREATED,
        EventType.RETURN_LINKED,
        EventType.PARCEL_FORWARDED,
        EventType.PARCEL_KEPT,
        EventType.CONSOLIDATION_OPENED,
        EventType.CONSOLIDATION_CLOSED,
        EventType.CONSOLIDATION_CANCELLED,
        EventType.CONTAINER_OPENED,
        EventType.CONTAINER_WEIGHED,
        EventType.CONTAINER_REOPENED,
        EventType.PARCEL_REPACKED,
        EventType.CONSOLIDATION_REOPENED,
        EventType.HANDOVER_OPENED,
        EventType.CONTAINER_LOADED,
        EventType.HANDOVER_CLOSED,
        EventType.HANDOVER_CANCELLED,
    }
)


@dataclass(frozen=True)
class HubEvent:
    """Something that happened at this workstation: who, what, where and when."""

    type: EventType
    occurred_at: datetime
    station: Station
    operator: str | None
    tracking: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class StationContext:
    """Where the workstation is in its work: kept across restarts with the scans."""

    station: Station = Station.RECEIVE
    operator: str | None = None
    parcel: str | None = None
    reason: str | None = None
    note: str | None = None
    consolidation_id: int | None = None
    # Photos kept as evidence of a rejection: "sha256 file-name", added by HS:EVIDENCE.
    evidence: list[str] = field(default_factory=list)
    # The parcel whose alert (from the returns platform) waits for HS:ACK at this bench:
    # it stays through logins and station changes, as the parcel stays on the bench.
    alert: str | None = None

    def clear_work(self) -> None:
        self.parcel = None
        self.reason = None
        self.note = None
        self.evidence = []
