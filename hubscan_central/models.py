"""The central service's tables (SQLite by default, PostgreSQL in production)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, ForeignKeyConstraint, Index, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class CentralReturn(Base):
    """A return: its pre-advice (from the portal) and the facts hubs reported."""

    __tablename__ = "returns"
    __table_args__ = (
        Index("ix_returns_hub_change_seq", "hub", "change_seq"),
        Index("ix_returns_received_hub", "received_hub"),
    )
    tracking: Mapped[str] = mapped_column(String(40), primary_key=True)
    retailer: Mapped[str | None] = mapped_column(String(200))
    destination: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    origin_country: Mapped[str | None] = mapped_column(String(2))
    hub: Mapped[str | None] = mapped_column(String(10))
    faulty: Mapped[bool] = mapped_column(Boolean, default=False)
    items: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    created_at: Mapped[str | None] = mapped_column(String(40))
    change_seq: Mapped[int | None] = mapped_column(Integer, index=True)
    received_hub: Mapped[str | None] = mapped_column(String(10))
    received_at: Mapped[str | None] = mapped_column(String(40))
    received_workstation: Mapped[str | None] = mapped_column(String(10))
    received_by: Mapped[str | None] = mapped_column(String(40))
    exported_connote: Mapped[str | None] = mapped_column(String(40))
    exported_hub: Mapped[str | None] = mapped_column(String(10))
    exported_workstation: Mapped[str | None] = mapped_column(String(10))
    exported_by: Mapped[str | None] = mapped_column(String(40))
    exported_at: Mapped[str | None] = mapped_column(String(40))
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)
    # The returns platform's optional facts, as the portal gave them (c006).
    platform: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The furthest carrier status reported, and when (c006): sent to the hubs.
    carrier_status: Mapped[str | None] = mapped_column(String(40))
    carrier_at: Mapped[str | None] = mapped_column(String(40))
    # The hub that gave a parcel without pre-advice its return (ReturnCreated, c006; or
    # ReturnLinked, linking it to its pre-advised return): the
    # return is not pre-advised by it (retailer stays empty, it stays out of manifests).
    created_hub: Mapped[str | None] = mapped_column(String(10))
    # The parcel a hub linked this pre-advised return to (ReturnLinked, c008): it arrived
    # under that number; its own label is refused.
    arrived_as: Mapped[str | None] = mapped_column(String(40))
    # A misrouted parcel its hub of receipt sent on to the hub it was pre-advised to
    # (ParcelForwarded, c008): that hub may receive it; the export to it finishes nothing.
    forwarded_to: Mapped[str | None] = mapped_column(String(10))


class CentralEvent(Base):
    """Every event a workstation sent, once, in arrival order, with the answer it got."""

    __tablename__ = "events"
    arrival: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    hub: Mapped[str | None] = mapped_column(String(10))
    workstation: Mapped[str | None] = mapped_column(String(10))
    seq: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(40))
    tracking: Mapped[str | None] = mapped_column(String(40), index=True)
    occurred_at: Mapped[str] = mapped_column(String(40))
    station: Mapped[str | None] = mapped_column(String(20))
    operator: Mapped[str | None] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[str] = mapped_column(String(40))
    result: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text)


class FeedEntry(Base):
    """A hub's feed: the events its workstations are to see, in the order the service
    took them. ``position`` is handed out under the hub's counter lock in the batch's
    transaction, so a reader never sees a position before an earlier one commits."""

    __tablename__ = "hub_feed"
    hub: Mapped[str] = mapped_column(String(10), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    arrival: Mapped[int] = mapped_column(ForeignKey("events.arrival"))


class Token(Base):
    """A bearer token (stored as its SHA-256) and what it may act for."""

    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # workstation or portal
    hub: Mapped[str | None] = mapped_column(String(10))
    workstation: Mapped[str | None] = mapped_column(String(10))


class Counter(Base):
    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Evidence(Base):
    """A photo a hub kept as evidence (a rejection), named by its SHA-256: ``received``
    bytes of ``size`` so far; ``complete`` once they are all here and hash to the name.
    Each hub's upload is its own: no other hub can start, write or read it."""

    __tablename__ = "evidence"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    tracking: Mapped[str] = mapped_column(String(40), index=True)
    workstation: Mapped[str | None] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[str] = mapped_column(String(40))
    completed_at: Mapped[str | None] = mapped_column(String(40))


class EvidencePart(Base):
    """One uploaded piece of a photo, at its byte offset (a photo is its parts in order)."""

    __tablename__ = "evidence_parts"
    __table_args__ = (ForeignKeyConstraint(["sha256", "hub"], ["evidence.sha256", "evidence.hub"]),)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub: Mapped[str] = mapped_column(String(10), primary_key=True)
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Escalation(Base):
    """A refusal a hub did not accept and handed to the office (ExceptionResolved with
    ``resolution: escalated``, c008), in the order the service took them: the office's
    list."""

    __tablename__ = "escalations"
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    tracking: Mapped[str] = mapped_column(String(40))
    hub: Mapped[str] = mapped_column(String(10))
    workstation: Mapped[str] = mapped_column(String(10))
    operator: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[str] = mapped_column(String(40))
    exception: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


def table(model: type[Base]) -> Table:
    result = model.__table__
    assert isinstance(result, Table)
    return result


returns_t = table(CentralReturn)
events_t = table(CentralEvent)
tokens_t = table(Token)
counters_t = table(Counter)
feed_t = table(FeedEntry)
evidence_t = table(Evidence)
evidence_parts_t = table(EvidencePart)
escalations_t = table(Escalation)
