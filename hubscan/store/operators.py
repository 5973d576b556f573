"""Operators known at this workstation."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from hubscan.core.operators import Operator, Role
from hubscan.store.models import operators_table
from hubscan.store.store import LocalStore

_operators = operators_table


def save_operator(store: LocalStore, operator: Operator) -> None:
    stmt = insert(_operators).values(
        badge=operator.badge, name=operator.name, role=operator.role.value, active=operator.active
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[_operators.c.badge],
        set_={"name": stmt.excluded.name, "role": stmt.excluded.role, "active": stmt.excluded.active},
    )
    with store.writing() as connection:
        connection.execute(stmt)


def list_operators(store: LocalStore) -> list[Operator]:
    with store.reading() as connection:
        rows = connection.execute(select(_operators).order_by(_operators.c.badge))
        return [Operator(r.badge, r.name, Role(r.role), r.active) for r in rows]
