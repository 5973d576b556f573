"""The containers a consolidation is packed into, and which parcel is in which: the
part of the core's Ledger that keeps them (``SqlLedger`` takes it in)."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hubscan.core.records import Container
from hubscan.store.models import container_parcels_table as _packed
from hubscan.store.models import containers_table as _containers
from hubscan.store.models import returns_table as _returns
from hubscan.store.rawsql import RawStatement

_FIELDS = (
    _containers.c.sscc,
    _containers.c.consolidation_id,
    _containers.c.kind,
    _containers.c.opened_at,
    _containers.c.opened_by,
    _containers.c.printed,
    _containers.c.weight_g,
    _containers.c.weight_source,
    _containers.c.weighed_by,
    _containers.c.weighed_at,
)


# A container's parcels that are still in its consolidation.
_STILL_PACKED = _packed.join(_returns, _returns.c.tracking == _packed.c.tracking).join(
    _containers,
    and_(_containers.c.sscc == _packed.c.sscc, _containers.c.consolidation_id == _returns.c.consolidation_id),
)


# The statements of a parcel's scan at the consolidate station, compiled once (rawsql).
_GET = RawStatement(select(*_FIELDS).where(_containers.c.sscc == bindparam("key")))
_CURRENT = RawStatement(
    select(*_FIELDS)
    .where(_containers.c.consolidation_id == bindparam("key"), _containers.c.weight_g.is_(None))
    .order_by(_containers.c.touched_at.desc(), _containers.c.sscc.desc())
    .limit(1)
)
_CONTAINER_OF = RawStatement(select(_packed.c.sscc).where(_packed.c.tracking == bindparam("key")))
_insert_packed = sqlite_insert(_packed)
_PACK = RawStatement(
    _insert_packed.on_conflict_do_update(index_elements=["tracking"], set_={"sscc": _insert_packed.excluded.sscc}),
    ["tracking", "sscc"],
)


def _found(found: dict[str, Any] | None) -> Container | None:
    return _container(SimpleNamespace(**found)) if found is not None else None


def _container(row: Any) -> Container:
    return Container(
        row.sscc,
        row.consolidation_id,
        row.kind,
        row.opened_at,
        row.opened_by,
        bool(row.printed),
        row.weight_g,
        row.weight_source,
        row.weighed_by,
        row.weighed_at,
    )


class ContainerLedger:
    connection: Connection

    def add_container(self, container: Container, at: datetime) -> None:
        self.connection.execute(
            insert(_containers).values(
                sscc=container.sscc,
                consolidation_id=container.consolidation_id,
                kind=container.kind,
                opened_at=container.opened_at,
                opened_by=container.opened_by,
                printed=container.printed,
                touched_at=at,
            )
        )

    def get_container(self, sscc: str) -> Container | None:
        return _found(_GET.first(self.connection, {"key": sscc}))

    def current_container(self, consolidation_id: int) -> Container | None:
        """The container the bench packs into: the latest opened or scanned not weighed."""
        return _found(_CURRENT.first(self.connection, {"key": consolidation_id}))

    def touch_container(self, sscc: str, at: datetime) -> None:
        self.connection.execute(update(_containers).where(_containers.c.sscc == sscc).values(touched_at=at))

    def containers_of(self, consolidation_id: int) -> list[Container]:
        rows = self.connection.execute(
            select(*_FIELDS).where(_containers.c.consolidation_id == consolidation_id).order_by(_containers.c.opened_at)
        )
        return [_container(row) for row in rows]

    def container_of(self, tracking: str) -> str | None:
        found = _CONTAINER_OF.first(self.connection, {"key": tracking})
        return str(found["sscc"]) if found is not None else None

    def container_pieces(self, sscc: str) -> int:
        """Parcels packed in the container that are still in its consolidation (a parcel
        put on hold left it)."""
        query = select(func.count()).select_from(_STILL_PACKED).where(_packed.c.sscc == sscc)
        return int(self.connection.execute(query).scalar_one())

    def container_members(self, sscc: str) -> list[str]:
        query = select(_packed.c.tracking).select_from(_STILL_PACKED).where(_packed.c.sscc == sscc)
        return [row.tracking for row in self.connection.execute(query.order_by(_packed.c.tracking))]

    def pack(self, tracking: str, sscc: str) -> None:
        _PACK.run(self.connection, {"tracking": tracking, "sscc": sscc})

    def set_weight(self, sscc: str, grams: int | None, source: str | None, by: str | None, at: datetime | None) -> None:
        self.connection.execute(
            update(_containers)
            .where(_containers.c.sscc == sscc)
            .values(weight_g=grams, weight_source=source, weighed_by=by, weighed_at=at)
        )

    def drop_containers(self, consolidation_id: int) -> None:
        ssccs = select(_containers.c.sscc).where(_containers.c.consolidation_id == consolidation_id)
        self.connection.execute(delete(_packed).where(_packed.c.sscc.in_(ssccs)))
        self.connection.execute(delete(_containers).where(_containers.c.consolidation_id == consolidation_id))
