"""Operators known at this workstation."""

from __future__ import annotations

from sqlalchemy import select, update
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


def set_pin_hash(store: LocalStore, badge: str, pin_hash: str | None) -> bool:
    """Give ``badge`` a PIN (its hash), or take it away (None). False: no such operator."""
    with store.writing() as connection:
        done = connection.execute(update(_operators).where(_operators.c.badge == badge).values(pin_hash=pin_hash))
        return done.rowcount == 1


def pin_hash(store: LocalStore, badge: str) -> tuple[bool, str | None]:
    """(is there such an operator, the hash of their PIN or None)."""
    with store.reading() as connection:
        row = connection.execute(select(_operators.c.pin_hash).where(_operators.c.badge == badge)).first()
    return (row is not None, row.pin_hash if row is not None else None)
