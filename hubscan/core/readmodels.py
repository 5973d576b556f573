"""What a station screen shows after a scan: plain values, read after the commit.

The store builds these (``store/readmodels.py``) on the writer thread right after a scan,
so the screen never reads the database on the GUI thread and never shows a state the
scan has not yet committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hubscan.core.operators import Operator
from hubscan.core.records import ReturnFacts, Station
from hubscan.core.status import Status


@dataclass(frozen=True)
class LineProgress:
    sku: str
    description: str
    expected: int
    scanned: int
    reason: str | None = None  # the shopper's reason for returning this item
    dispositions: str = ""  # what becomes of the scanned ones: "RESTOCK 1, DESTROY 1"

    @property
    def complete(self) -> bool:
        return self.scanned == self.expected


@dataclass(frozen=True)
class ParcelView:
    tracking: str
    status: Status
    retailer: str | None
    destination: str | None
    on_hold: bool
    unexpected: bool
    faulty: bool
    exception: str | None
    lines: tuple[LineProgress, ...]
    extras: int  # items scanned that no expected line wanted
    test: bool = False
    approval: str | None = None
    faulty_destination: str | None = None
    facts: ReturnFacts | None = None
    hold_reason: str | None = None
    hold_note: str | None = None
    held_by: str | None = None


@dataclass(frozen=True)
class OpenConsolidation:
    id: int
    destination: str
    destination_name: str
    pieces: int
    opened_at: datetime
    containers: int = 0  # holding parcels
    weighed: int = 0


@dataclass(frozen=True)
class DispatchView:
    """What waits for the linehaul carrier at this bench: the hub's closed
    consolidations' containers not handed over, and the handover open here."""

    waiting: int
    waiting_connotes: int
    handover: str | None = None  # "DHL, trailer TRL-4711"
    loaded: int = 0


@dataclass(frozen=True)
class RecentScan:
    at: datetime
    raw: str
    result: str  # ok, warning, error
    code: str
    tracking: str | None
    unprinted: int = 0  # labels the scan made that the printer failed to print
    unsent: int = 0  # labels the scan made that wait to be sent (the printer's thread is on them, or no printer)


@dataclass(frozen=True)
class ShiftCounts:
    since: datetime | None
    received: int = 0
    processed: int = 0
    rejected: int = 0
    exported: int = 0
    scans: int = 0

    def scans_per_hour(self, now: datetime) -> int:
        if self.since is None:
            return 0
        hours = max((now - self.since).total_seconds() / 3600, 1 / 60)  # a minute at least
        return round(self.scans / hours)


@dataclass(frozen=True)
class ExceptionEntry:
    """A return needing someone, with where it began: when, at which of the hub's benches,
    by whom (None where no event of it is known here)."""

    tracking: str
    kind: str  # held, unexpected, misrouted, refused
    status: Status
    detail: str
    since: datetime | None = None
    bench: str | None = None
    operator: str | None = None


@dataclass(frozen=True)
class StationSnapshot:
    station: Station
    operator: Operator | None
    parcel: ParcelView | None
    reason: str | None
    note: str | None
    consolidations: tuple[OpenConsolidation, ...]
    current_consolidation: int | None
    recent: tuple[RecentScan, ...]
    counts: ShiftCounts
    # The alert waiting for HS:ACK at this bench: (tracking, text).
    alert: tuple[str, str] | None = None
    dispatch: DispatchView | None = None


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    queue_depth: int
    oldest_unsent: datetime | None
    last_success: str | None
    last_error: str | None
    exceptions: int
    manifest_cursor: int
    photos_waiting: int = 0  # photos kept as evidence, not yet held whole by the service
    photos_given_up: int = 0  # failed too often to be tried again: ``photos_error`` says why
    photos_error: str | None = None

    def oldest_age_s(self, now: datetime) -> float | None:
        return None if self.oldest_unsent is None else (now - self.oldest_unsent).total_seconds()


@dataclass(frozen=True)
class TimelineStep:
    at: datetime | str
    what: str  # an event type, or a status name from the central service
    where: str  # station here, hub there
    who: str
    detail: str


@dataclass(frozen=True)
class ReturnTimeline:
    """A return's history: what this workstation recorded, and (when asked) what the
    central service knows from every hub. ``central_note`` says why that part is empty."""

    tracking: str
    parcel: ParcelView | None
    local: tuple[TimelineStep, ...]
    central: tuple[TimelineStep, ...] = ()
    central_note: str | None = None


@dataclass(frozen=True)
class PreadviceMatch:
    """A pre-advised return not arrived yet, found for a parcel that was not pre-advised:
    what a supervisor compares with the parcel before linking them."""

    tracking: str
    retailer: str | None
    destination: str | None
    order_number: str | None
    customer_reference: str | None
    items: str  # "Linen shirt x2, Leather belt"
    matched: str  # what matched: "order number", "customer reference", "SKU", "tracking"
