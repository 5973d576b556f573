"""Closed consolidations' containers (every bench's) and the handovers that load them
onto the linehaul carrier: the part of the core's Ledger that keeps them (``SqlLedger``
takes it in)."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hubscan.core.records import ClosedContainer, Handover
from hubscan.store.models import closed_containers_table as _closed
from hubscan.store.models import handovers_table as _handovers
from hubscan.store.rawsql import RawStatement

_OPEN = RawStatement(
    select(_handovers).where(_handovers.c.closed_at.is_(None)).order_by(_handovers.c.id.desc()).limit(1)
)


def _closed_container(row: Any) -> ClosedContainer:
    return ClosedContainer(
        row.sscc,
        row.connote,
        row.destination,
        row.bench,
        row.kind,
        tuple(line for line in row.members.split("\n") if line),
        row.weight_kg,
        row.handover_id,
        row.handed_over_at,
        row.loaded_by,
    )


def _handover(row: Any) -> Handover:
    return Handover(row.id, row.carrier, row.trailer, row.opened_at, row.opened_by, row.warned)


class HandoverLedger:
    connection: Connection

    def add_closed_container(self, container: ClosedContainer, closed_at: datetime) -> None:
        """Kept once: the feed may bring a bench's own close back."""
        statement = sqlite_insert(_closed).values(
            sscc=container.sscc,
            connote=container.connote,
            destination=container.destination,
            bench=container.bench,
            kind=container.kind,
            members="\n".join(container.members),
            weight_kg=container.weight_kg,
            closed_at=closed_at,
        )
        self.connection.execute(statement.on_conflict_do_nothing(index_elements=["sscc"]))

    def get_closed_container(self, sscc: str) -> ClosedContainer | None:
        row = self.connection.execute(select(_closed).where(_closed.c.sscc == sscc)).first()
        return _closed_container(row) if row is not None else None

    def closed_containers_of(self, connote: str) -> list[ClosedContainer]:
        rows = self.connection.execute(select(_closed).where(_closed.c.connote == connote).order_by(_closed.c.sscc))
        return [_closed_container(row) for row in rows]

    def open_handover(self) -> Handover | None:
        """Asked at every scan of the consolidate station: compiled once."""
        found = _OPEN.first(self.connection, {})
        return _handover(SimpleNamespace(**found)) if found is not None else None

    def create_handover(self, carrier: str, trailer: str, operator: str, at: datetime) -> Handover:
        result = self.connection.execute(
            insert(_handovers).values(carrier=carrier, trailer=trailer, opened_at=at, opened_by=operator)
        )
        assert result.inserted_primary_key is not None
        return Handover(result.inserted_primary_key[0], carrier, trailer, at, operator)

    def load_container(self, sscc: str, handover_id: int | None) -> None:
        self.connection.execute(update(_closed).where(_closed.c.sscc == sscc).values(handover_id=handover_id))

    def handover_loads(self, handover_id: int) -> list[ClosedContainer]:
        rows = self.connection.execute(
            select(_closed).where(_closed.c.handover_id == handover_id).order_by(_closed.c.connote, _closed.c.sscc)
        )
        return [_closed_container(row) for row in rows]

    def warn_handover(self, handover_id: int, left: str | None) -> None:
        self.connection.execute(update(_handovers).where(_handovers.c.id == handover_id).values(warned=left))

    def close_handover(self, handover_id: int, at: datetime) -> None:
        self.connection.execute(update(_handovers).where(_handovers.c.id == handover_id).values(closed_at=at))

    def delete_handover(self, handover_id: int) -> None:
        self.connection.execute(update(_closed).where(_closed.c.handover_id == handover_id).values(handover_id=None))
        self.connection.execute(delete(_handovers).where(_handovers.c.id == handover_id))

    def mark_handed_over(self, ssccs: list[str], at: datetime) -> None:
        self.connection.execute(
            update(_closed)
            .where(_closed.c.sscc.in_(ssccs), _closed.c.handed_over_at.is_(None))
            .values(handed_over_at=at)
        )

    def loaded_elsewhere(self, sscc: str, bench: str | None) -> None:
        self.connection.execute(update(_closed).where(_closed.c.sscc == sscc).values(loaded_by=bench))

    def drop_closed_containers(self, connote: str) -> None:
        self.connection.execute(delete(_closed).where(_closed.c.connote == connote))
