"""Bearer tokens: one per workstation (acts only for its hub and workstation) or portal."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select

from hubscan_central.models import tokens_t


@dataclass(frozen=True)
class Caller:
    role: str
    hub: str | None
    workstation: str | None


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(engine: Engine, role: str, hub: str | None = None, workstation: str | None = None) -> str:
    token = secrets.token_urlsafe(32)
    with engine.begin() as connection:
        connection.execute(
            insert(tokens_t).values(token_hash=digest(token), role=role, hub=hub, workstation=workstation)
        )
    return token


def caller_for(engine: Engine, token: str) -> Caller | None:
    with engine.connect() as connection:
        row = connection.execute(select(tokens_t).where(tokens_t.c.token_hash == digest(token))).first()
    return Caller(row.role, row.hub, row.workstation) if row is not None else None
