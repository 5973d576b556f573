"""The tables of the local store. Alembic migrations in ``migrations/`` create them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hubscan.core.status import Status
from hubscan.store.types import UtcTimestamp


class Base(DeclarativeBase):
    pass


# The statuses of a parcel the hub holds (``Status.in_hub``), as SQL.
IN_HUB = "status IN ({})".format(", ".join(f"'{status.value}'" for status in Status if status.in_hub))


class ReturnRow(Base):
    """A return: its pre-advice and what this hub did to it."""

    __tablename__ = "returns"
    tracking: Mapped[str] = mapped_column(String(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(40))
    retailer: Mapped[str | None] = mapped_column(String(200))
    destination: Mapped[str | None] = mapped_column(String(40))
    origin_country: Mapped[str | None] = mapped_column(String(2))
    hub: Mapped[str | None] = mapped_column(String(10))
    faulty: Mapped[bool] = mapped_column(Boolean, default=False)
    unexpected: Mapped[bool] = mapped_column(Boolean, default=False)
    on_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    exception: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    received_by: Mapped[str | None] = mapped_column(String(40))
    processed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    processed_by: Mapped[str | None] = mapped_column(String(40))
    consolidation_id: Mapped[int | None] = mapped_column(ForeignKey("consolidations.id"))
    connote: Mapped[str | None] = mapped_column(String(40))
    reject_reason: Mapped[str | None] = mapped_column(String(40))
    consolidation_bench: Mapped[str | None] = mapped_column(String(10))  # migration 0009
    # The returns platform's facts (migration 0011): a test return, the retailer's
    # approval, a faulty return's destination, and what the bench shows (JSON).
    test: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    approval: Mapped[str | None] = mapped_column(String(10))
    faulty_destination: Mapped[str | None] = mapped_column(String(40))
    facts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # A hold's reason, note, owner and start (migration 0011).
    hold_reason: Mapped[str | None] = mapped_column(String(40))
    hold_note: Mapped[str | None] = mapped_column(Text)
    held_by: Mapped[str | None] = mapped_column(String(40))
    held_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    carrier_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)  # a carrier's report (0011)
    arrived_as: Mapped[str | None] = mapped_column(String(40))  # the parcel it was linked to (0012)
    forwarded_to: Mapped[str | None] = mapped_column(String(10))  # a misrouted parcel sent on to its hub (0012)
    __table_args__ = (
        # The Exceptions view's rows (migration 0004).
        Index("ix_returns_attention", "tracking", sqlite_where=text("on_hold OR unexpected OR exception IS NOT NULL")),
        # A consolidation's members; the many returns in none are left out (migration 0007).
        Index("ix_returns_consolidation_id", "consolidation_id", sqlite_where=text("consolidation_id IS NOT NULL")),
        # The parcels in the hub, oldest first: the ageing list (migration 0011).
        Index("ix_returns_in_hub", "received_at", sqlite_where=text(IN_HUB)),
    )


class ExpectedLineRow(Base):
    __tablename__ = "expected_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tracking: Mapped[str] = mapped_column(ForeignKey("returns.tracking", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(80))
    barcode: Mapped[str | None] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(String(300))
    qty: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))
    # Customs data, when the pre-advice gives it: HS code, country of origin, one unit's value.
    hs_code: Mapped[str | None] = mapped_column(String(10))
    origin_country: Mapped[str | None] = mapped_column(String(2))
    unit_value: Mapped[str | None] = mapped_column(String(20))
    currency: Mapped[str | None] = mapped_column(String(3))


class DestinationRow(Base):
    __tablename__ = "destinations"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")


class OperatorRow(Base):
    __tablename__ = "operators"
    badge: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)


class ScannedItemRow(Base):
    __tablename__ = "scanned_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tracking: Mapped[str] = mapped_column(ForeignKey("returns.tracking"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    grade: Mapped[str] = mapped_column(String(10))
    line_sku: Mapped[str | None] = mapped_column(String(80))
    scanned_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    lot: Mapped[str | None] = mapped_column(String(40))  # migration 0010: GS1 AI (10)
    serial: Mapped[str | None] = mapped_column(String(40))  # GS1 AI (21)
    disposition: Mapped[str | None] = mapped_column(String(30))  # HS:DISPOSITION (migration 0011)
    rejected: Mapped[str | None] = mapped_column(String(40))  # HS:REJECTITEM reason (migration 0012)
    evidence: Mapped[str | None] = mapped_column(Text)  # its photos, newline-separated "sha256 file"


class ConsolidationRow(Base):
    __tablename__ = "consolidations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    destination: Mapped[str] = mapped_column(String(40))
    opened_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    opened_by: Mapped[str] = mapped_column(String(40))
    connote: Mapped[str | None] = mapped_column(String(40), unique=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    test: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))  # migration 0011
    __table_args__ = (Index("ix_consolidations_open", "destination", sqlite_where=text("connote IS NULL")),)


class SequenceRow(Base):
    """Counters that must never hand out a number twice (connote sequences)."""

    __tablename__ = "sequences"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    """The append-only audit: who did what, where and when. Triggers forbid changes."""

    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    tracking: Mapped[str | None] = mapped_column(String(40), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    hub: Mapped[str] = mapped_column(String(10))
    workstation: Mapped[str] = mapped_column(String(10))
    station: Mapped[str] = mapped_column(String(20))
    operator: Mapped[str | None] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class HubFeedRow(Base):
    """The hub's other benches' events, as the hub feed brought them (in the service's
    order), kept apart from this bench's own audit so nothing is counted twice."""

    __tablename__ = "hub_feed"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    tracking: Mapped[str | None] = mapped_column(String(40), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    hub: Mapped[str] = mapped_column(String(10))
    workstation: Mapped[str] = mapped_column(String(10))
    station: Mapped[str | None] = mapped_column(String(20))
    operator: Mapped[str | None] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text)


class OutboxRow(Base):
    """Events waiting for the central service, in the order they happened."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(ForeignKey("events.seq"), primary_key=True)
    synced_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_outbox_pending", "seq", sqlite_where=text("synced_at IS NULL")),)


class ScanRow(Base):
    """Every scan a logged-in operator made and the outcome it got. Append-only."""

    __tablename__ = "scans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scanned_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    raw: Mapped[str] = mapped_column(Text)
    station: Mapped[str] = mapped_column(String(20))
    operator: Mapped[str | None] = mapped_column(String(40))
    result: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(60))
    tracking: Mapped[str | None] = mapped_column(String(40))


class PrintJobRow(Base):
    """A label to print, kept before it is sent; failures stay with their reason."""

    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    kind: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(40), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    copy: Mapped[int] = mapped_column(Integer, default=0)
    requested_by: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    printer: Mapped[str | None] = mapped_column(String(300))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    printed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    __table_args__ = (
        # The labels a scan made (created with its time): Last scans marks one not printed
        # (migration 0008).
        Index("ix_print_jobs_created_at", "created_at"),
    )


class SyncStateRow(Base):
    """What the sync engine keeps: the manifest and hub feed cursors, last success, last error."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class ContextRow(Base):
    """Where the workstation is in its work (one row), so a restart resumes there."""

    __tablename__ = "workstation_context"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station: Mapped[str] = mapped_column(String(20))
    operator: Mapped[str | None] = mapped_column(String(40))
    parcel: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    consolidation_id: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str | None] = mapped_column(Text)  # newline-separated "sha256 file" (migration 0005)
    alert: Mapped[str | None] = mapped_column(String(40))  # the parcel whose alert awaits HS:ACK (0011)


class EvidenceUploadRow(Base):
    """A photo named in a recorded event, to be sent to the central service (0012)."""

    __tablename__ = "evidence_uploads"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    tracking: Mapped[str] = mapped_column(String(40))
    queued_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    sent_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_error: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_evidence_uploads_waiting", "queued_at", sqlite_where=text("sent_at IS NULL")),)


class ContainerRow(Base):
    """A bag, cage or pallet of a consolidation, known by its SSCC (migration 0013)."""

    __tablename__ = "containers"
    sscc: Mapped[str] = mapped_column(String(18), primary_key=True)
    consolidation_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    opened_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    opened_by: Mapped[str] = mapped_column(String(40))
    printed: Mapped[bool] = mapped_column(Boolean, default=True)
    # The last time it was opened or scanned: the latest one not weighed is the one
    # parcels go into.
    touched_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    weight_g: Mapped[int | None] = mapped_column(Integer)
    weight_source: Mapped[str | None] = mapped_column(String(10))
    weighed_by: Mapped[str | None] = mapped_column(String(40))
    weighed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    __table_args__ = (Index("ix_containers_consolidation", "consolidation_id"),)


class ContainerParcelRow(Base):
    """Which container a consolidated parcel is packed in (migration 0013)."""

    __tablename__ = "container_parcels"
    tracking: Mapped[str] = mapped_column(String(40), primary_key=True)
    sscc: Mapped[str] = mapped_column(String(18))
    __table_args__ = (Index("ix_container_parcels_sscc", "sscc"),)


class ClosedContainerRow(Base):
    """A closed consolidation's container, of any bench of the hub, for the handover
    (migration 0013). ``members`` holds its parcels' tracking numbers, one a line."""

    __tablename__ = "closed_containers"
    sscc: Mapped[str] = mapped_column(String(18), primary_key=True)
    connote: Mapped[str] = mapped_column(String(40), index=True)
    destination: Mapped[str] = mapped_column(String(40))
    bench: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(30))
    members: Mapped[str] = mapped_column(Text)
    weight_kg: Mapped[str] = mapped_column(String(12))
    closed_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    handover_id: Mapped[int | None] = mapped_column(Integer)
    handed_over_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    loaded_by: Mapped[str | None] = mapped_column(String(10))  # another bench's open handover


class HandoverRow(Base):
    """The linehaul carrier taking containers at this bench (migration 0013)."""

    __tablename__ = "handovers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(40))
    trailer: Mapped[str] = mapped_column(String(60))
    opened_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    opened_by: Mapped[str] = mapped_column(String(40))
    closed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    warned: Mapped[str | None] = mapped_column(Text)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


returns_table = _table(ReturnRow)
expected_lines_table = _table(ExpectedLineRow)
destinations_table = _table(DestinationRow)
operators_table = _table(OperatorRow)
scanned_items_table = _table(ScannedItemRow)
consolidations_table = _table(ConsolidationRow)
sequences_table = _table(SequenceRow)
events_table = _table(EventRow)
outbox_table = _table(OutboxRow)
scans_table = _table(ScanRow)
context_table = _table(ContextRow)
print_jobs_table = _table(PrintJobRow)
sync_state_table = _table(SyncStateRow)
hub_feed_table = _table(HubFeedRow)
evidence_uploads_table = _table(EvidenceUploadRow)
containers_table = _table(ContainerRow)
container_parcels_table = _table(ContainerParcelRow)
closed_containers_table = _table(ClosedContainerRow)
handovers_table = _table(HandoverRow)
