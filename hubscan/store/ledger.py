"""The core's Ledger on one SQLAlchemy connection inside one transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, literal, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hubscan.core.operators import Operator, Role
from hubscan.core.printjobs import PrintRequest
from hubscan.core.records import (
    Approval,
    Consolidation,
    Destination,
    EventType,
    ExpectedLine,
    HubEvent,
    ReturnFacts,
    ReturnRecord,
    Station,
    StationContext,
    evidence_named,
)
from hubscan.core.status import Status
from hubscan.store.ledger_containers import ContainerLedger
from hubscan.store.ledger_handover import HandoverLedger
from hubscan.store.ledger_items import ItemLedger
from hubscan.store.models import (
    consolidations_table,
    context_table,
    destinations_table,
    events_table,
    evidence_uploads_table,
    expected_lines_table,
    hub_feed_table,
    operators_table,
    outbox_table,
    print_jobs_table,
    returns_table,
    scans_table,
    sequences_table,
)
from hubscan.store.rawsql import RawStatement

_returns = returns_table
_lines = expected_lines_table
_cons = consolidations_table
_events = events_table
_outbox = outbox_table
_context = context_table
_sequences = sequences_table

_RETURN_FIELDS = [c.name for c in _returns.columns]

# Statements are built once with bound parameters: SQLAlchemy then compiles each one once
# and every scan only binds values; building them per call costs far more. The
# ones every scan runs are ``RawStatement``s (rawsql.py), executed on the driver.
_GET_RETURN = RawStatement(select(_returns).where(_returns.c.tracking == bindparam("key")))
_UPDATE_RETURN = RawStatement(
    update(_returns)
    .where(_returns.c.tracking == bindparam("key"))
    .values({name: bindparam(name) for name in _RETURN_FIELDS if name != "tracking"})
)
_INSERT_RETURN = RawStatement(insert(_returns), _RETURN_FIELDS)
_LINE_COLUMNS = (
    _lines.c.sku,
    _lines.c.barcode,
    _lines.c.description,
    _lines.c.qty,
    _lines.c.reason,
    _lines.c.hs_code,
    _lines.c.origin_country,
    _lines.c.unit_value,
    _lines.c.currency,
)
_EXPECTED_LINES = RawStatement(
    select(*_LINE_COLUMNS).where(_lines.c.tracking == bindparam("key")).order_by(_lines.c.id)
)
_FIND_OPERATOR = RawStatement(select(operators_table).where(operators_table.c.badge == bindparam("key")))
_GET_DESTINATION = RawStatement(select(destinations_table).where(destinations_table.c.code == bindparam("key")))
_GET_CONSOLIDATION = select(_cons).where(_cons.c.id == bindparam("key"))
_OPEN_CONSOLIDATION = (
    select(_cons)
    .where(_cons.c.destination == bindparam("key"), _cons.c.test == bindparam("test"), _cons.c.connote.is_(None))
    .order_by(_cons.c.id)
    .limit(1)
)
_MEMBERS = (
    select(_returns.c.tracking).where(_returns.c.consolidation_id == bindparam("key")).order_by(_returns.c.tracking)
)
_MEMBER_COUNT = select(func.count()).where(_returns.c.consolidation_id == bindparam("key"))
_EVENT_FIELDS = ["id", "type", "tracking", "occurred_at", "hub", "workstation", "station", "operator", "payload"]
_INSERT_EVENT = RawStatement(insert(_events), _EVENT_FIELDS)
_INSERT_OUTBOX = RawStatement(insert(_outbox), ["seq", "attempts"])
_INSERT_SCAN = RawStatement(
    insert(scans_table), ["scanned_at", "raw", "station", "operator", "result", "code", "tracking"]
)
_INSERT_PRINT_JOB = insert(print_jobs_table)
_GET_CONTEXT = select(_context).where(_context.c.id == 1)
_CONTEXT_FIELDS = ("station", "operator", "parcel", "reason", "note", "consolidation_id", "evidence", "alert")
_UPDATE_CONTEXT = RawStatement(
    update(_context).where(_context.c.id == 1).values({f: bindparam(f) for f in _CONTEXT_FIELDS})
)


def return_from_row(values: dict[str, Any]) -> ReturnRecord:
    values["status"] = Status.from_text(values["status"])
    if values["approval"] is not None:
        values["approval"] = Approval(values["approval"])
    values["facts"] = ReturnFacts.from_json(values["facts"])
    return ReturnRecord(**values)


def return_to_row(record: ReturnRecord) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in _RETURN_FIELDS}
    values["status"] = record.status.value
    values["approval"] = record.approval.value if record.approval is not None else None
    values["facts"] = record.facts.as_json() if record.facts is not None else None
    return values


def event_as_json(row: Any) -> dict[str, Any]:
    """An events row as JSON-ready values: the shape of `hubscan events` and of the sync API."""
    return {
        "id": row.id,
        "type": row.type,
        "tracking": row.tracking,
        "occurred_at": row.occurred_at.isoformat(),
        "station": row.station,
        "operator": row.operator,
        "payload": row.payload,
    }


def event_from_row(row: Any) -> HubEvent:
    return HubEvent(
        type=EventType(row.type),
        occurred_at=row.occurred_at,
        station=Station(row.station),
        operator=row.operator,
        tracking=row.tracking,
        payload=row.payload,
        id=row.id,
    )


class SqlLedger(ItemLedger, ContainerLedger, HandoverLedger):
    """Implements ``hubscan.core.ledger.Ledger``; every call is part of the open transaction."""

    def __init__(self, connection: Connection, hub_id: str, workstation_id: str) -> None:
        self.connection = connection
        self.hub_id = hub_id
        self.workstation_id = workstation_id
        self.queued_print_jobs: list[int] = []  # this transaction's labels, printed after its commit

    # -- returns ---------------------------------------------------------------
    def get_return(self, tracking: str) -> ReturnRecord | None:
        row = _GET_RETURN.first(self.connection, {"key": tracking})
        return return_from_row(row) if row is not None else None

    def put_return(self, record: ReturnRecord) -> None:
        values = return_to_row(record)
        if not _UPDATE_RETURN.run(self.connection, {"key": record.tracking, **values}).rowcount:
            _INSERT_RETURN.run(self.connection, values)

    def expected_lines(self, tracking: str) -> list[ExpectedLine]:
        return [ExpectedLine(*row) for row in _EXPECTED_LINES.rows(self.connection, {"key": tracking})]

    def copy_expected_lines(self, source: str, target: str) -> None:
        """``target`` expects what ``source`` was pre-advised with (a parcel linked to it)."""
        taken = select(literal(target), *_LINE_COLUMNS).where(_lines.c.tracking == source).order_by(_lines.c.id)
        names = ["tracking", *(column.name for column in _LINE_COLUMNS)]
        self.connection.execute(insert(_lines).from_select(names, taken))

    def ensure_destination(self, code: str, name: str) -> None:
        """A destination the hub did not know from its pre-advice (another hub, for the
        parcels forwarded to it)."""
        self.connection.execute(sqlite_insert(destinations_table).values(code=code, name=name).on_conflict_do_nothing())

    def find_operator(self, badge: str) -> Operator | None:
        row = _FIND_OPERATOR.first(self.connection, {"key": badge})
        if row is None:
            return None
        return Operator(row["badge"], row["name"], Role(row["role"]), row["active"])

    def retailers_of(self, destination: str) -> list[str]:
        """The retailers the pre-advice names with ``destination``, most often first."""
        return list(
            self.connection.execute(
                select(_returns.c.retailer)
                .where(_returns.c.destination == destination, _returns.c.retailer.is_not(None))
                .group_by(_returns.c.retailer)
                .order_by(func.count().desc())
            ).scalars()
        )

    def get_destination(self, code: str) -> Destination | None:
        row = _GET_DESTINATION.first(self.connection, {"key": code})
        return Destination(row["code"], row["name"], row["address"]) if row is not None else None

    # -- consolidations ------------------------------------------------------------
    @staticmethod
    def _consolidation(row: Any) -> Consolidation:
        return Consolidation(
            row.id, row.destination, row.opened_at, row.opened_by, row.connote, row.closed_at, bool(row.test)
        )

    def get_consolidation(self, consolidation_id: int) -> Consolidation | None:
        row = self.connection.execute(_GET_CONSOLIDATION, {"key": consolidation_id}).first()
        return self._consolidation(row) if row is not None else None

    def open_consolidation_for(self, destination: str, test: bool = False) -> Consolidation | None:
        row = self.connection.execute(_OPEN_CONSOLIDATION, {"key": destination, "test": test}).first()
        return self._consolidation(row) if row is not None else None

    def create_consolidation(self, destination: str, operator: str, at: datetime, test: bool = False) -> Consolidation:
        result = self.connection.execute(
            insert(_cons).values(destination=destination, opened_at=at, opened_by=operator, test=test)
        )
        assert result.inserted_primary_key is not None
        return Consolidation(result.inserted_primary_key[0], destination, at, operator, test=test)

    def consolidation_members(self, consolidation_id: int) -> list[str]:
        rows = self.connection.execute(_MEMBERS, {"key": consolidation_id})
        return [row.tracking for row in rows]

    def consolidation_size(self, consolidation_id: int) -> int:
        return int(self.connection.execute(_MEMBER_COUNT, {"key": consolidation_id}).scalar_one())

    def close_consolidation(self, consolidation_id: int, connote: str, at: datetime) -> None:
        self.connection.execute(
            update(_cons).where(_cons.c.id == consolidation_id).values(connote=connote, closed_at=at)
        )

    def delete_consolidation(self, consolidation_id: int) -> None:
        self.connection.execute(delete(_cons).where(_cons.c.id == consolidation_id))

    def consolidation_with_connote(self, connote: str) -> Consolidation | None:
        row = self.connection.execute(select(_cons).where(_cons.c.connote == connote)).first()
        return self._consolidation(row) if row is not None else None

    def reopen_consolidation(self, consolidation_id: int) -> None:
        """Open again (its connote void): its members keep their place, not the connote."""
        self.connection.execute(
            update(_returns).where(_returns.c.consolidation_id == consolidation_id).values(connote=None)
        )
        self.connection.execute(
            update(_cons).where(_cons.c.id == consolidation_id).values(connote=None, closed_at=None)
        )

    # -- numbering and events -------------------------------------------------------
    def next_sequence(self, name: str) -> int:
        current = self.connection.execute(select(_sequences.c.value).where(_sequences.c.name == name)).scalar()
        value = (current or 0) + 1
        if current is None:
            self.connection.execute(insert(_sequences).values(name=name, value=value))
        else:
            self.connection.execute(update(_sequences).where(_sequences.c.name == name).values(value=value))
        return value

    def record_event(self, event: HubEvent) -> None:
        cursor = _INSERT_EVENT.run(
            self.connection,
            {
                "id": event.id,
                "type": event.type.value,
                "tracking": event.tracking,
                "occurred_at": event.occurred_at,
                "hub": self.hub_id,
                "workstation": self.workstation_id,
                "station": event.station.value,
                "operator": event.operator,
                "payload": event.payload,
            },
        )
        if event.type.outbound:
            _INSERT_OUTBOX.run(self.connection, {"seq": cursor.lastrowid, "attempts": 0})
            self._queue_evidence(event)

    def _queue_evidence(self, event: HubEvent) -> None:
        """The photos the event names wait to be uploaded after it (``sync/evidence.py``)."""
        named = [kept.split(" ", 1) for kept in evidence_named(event.payload)]
        if named:
            rows = [
                {"sha256": sha, "name": name, "tracking": event.tracking or "", "queued_at": event.occurred_at}
                for sha, name in named
            ]
            self.connection.execute(sqlite_insert(evidence_uploads_table).on_conflict_do_nothing(), rows)

    def last_event(self, tracking: str, event_type: str) -> HubEvent | None:
        row = self.connection.execute(
            select(_events)
            .where(_events.c.tracking == tracking, _events.c.type == event_type)
            .order_by(_events.c.seq.desc())
            .limit(1)
        ).first()
        return event_from_row(row) if row is not None else None

    def processed_elsewhere(self, tracking: str) -> dict[str, Any] | None:
        """The payload of the Return Processed another bench of the hub sent for
        ``tracking`` (from the hub feed), the latest one the service accepted."""
        feed = hub_feed_table
        found = self.connection.execute(
            select(feed.c.payload)
            .where(feed.c.tracking == tracking, feed.c.type == "ReturnProcessed", feed.c.result == "accepted")
            .order_by(feed.c.position.desc())
            .limit(1)
        ).scalar()
        return dict(found) if isinstance(found, dict) else None

    def add_print_job(self, request: PrintRequest, at: datetime) -> int:
        result = self.connection.execute(
            _INSERT_PRINT_JOB,
            {
                "created_at": at,
                "kind": request.kind,
                "reference": request.reference,
                "payload": request.payload,
                "copy": request.copy,
                "requested_by": request.requested_by,
                "reason": request.reason,
                "status": "pending",
                "attempts": 0,
            },
        )
        assert result.inserted_primary_key is not None
        job_id = int(result.inserted_primary_key[0])
        self.queued_print_jobs.append(job_id)
        return job_id

    # -- the workstation's own bookkeeping (not part of the core's Ledger) ----------
    def load_context(self) -> StationContext:
        row = self.connection.execute(_GET_CONTEXT).first()
        if row is None:
            return StationContext()
        evidence = [line for line in (row.evidence or "").split("\n") if line]
        return StationContext(
            Station(row.station),
            row.operator,
            row.parcel,
            row.reason,
            row.note,
            row.consolidation_id,
            evidence,
            row.alert,
        )

    def save_context(self, context: StationContext) -> None:
        values = {
            "station": context.station.value,
            "operator": context.operator,
            "parcel": context.parcel,
            "reason": context.reason,
            "note": context.note,
            "consolidation_id": context.consolidation_id,
            "evidence": "\n".join(context.evidence) or None,
            "alert": context.alert,
        }
        if not _UPDATE_CONTEXT.run(self.connection, values).rowcount:
            self.connection.execute(insert(_context).values(id=1, **values))

    def journal_scan(
        self,
        at: datetime,
        raw: str,
        context: StationContext,
        operator: str | None,
        result: str,
        code: str,
        tracking: str | None,
    ) -> None:
        _INSERT_SCAN.run(
            self.connection,
            {
                "scanned_at": at,
                "raw": raw,
                "station": context.station.value,
                "operator": operator,
                "result": result,
                "code": code,
                "tracking": tracking,
            },
        )
