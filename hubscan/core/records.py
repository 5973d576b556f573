"""The hub's facts as plain values: returns, expected lines, items, consolidations, events."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from typing import Any

from hubscan.core.status import Status


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

    def but(self, **changes: Any) -> ReturnRecord:
        return replace(self, **changes)


@dataclass(frozen=True)
class ExpectedLine:
    sku: str
    barcode: str | None
    description: str
    qty: int
    reason: str | None = None


@dataclass(frozen=True)
class ScannedItem:
    item: str  # GTIN-14 or SKU text as scanned
    grade: str
    line_sku: str | None  # the expected line it matched, or None for an extra
    lot: str | None = None  # from its GS1 barcode: batch/lot (AI 10) and serial (AI 21)
    serial: str | None = None


@dataclass(frozen=True)
class Consolidation:
    id: int
    destination: str
    opened_at: datetime
    opened_by: str
    connote: str | None = None
    closed_at: datetime | None = None


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
    CONSOLIDATION_OPENED = "ConsolidationOpened"
    CONSOLIDATION_CLOSED = "ConsolidationClosed"
    CONSOLIDATION_CANCELLED = "ConsolidationCancelled"
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
        EventType.CONSOLIDATION_OPENED,
        EventType.CONSOLIDATION_CLOSED,
        EventType.CONSOLIDATION_CANCELLED,
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

    def clear_work(self) -> None:
        self.parcel = None
        self.reason = None
        self.note = None
        self.evidence = []
