"""Bearer tokens: one per workstation (acts only for its hub and workstation) or portal."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
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


class KnownCallers:
    """``caller_for`` with the tokens already seen kept for ``ttl_s``: every request
    carries its token, and a database round trip for each was a sixth of a busy service's
    work. An unknown token is always looked up (one made a moment ago works at once); a
    token removed from the database is refused by each process within ``ttl_s``."""

    def __init__(self, engine: Engine, ttl_s: float = 60.0) -> None:
        self.engine = engine
        self.ttl_s = ttl_s
        self._known: dict[str, tuple[float, Caller]] = {}
        self._lock = threading.Lock()

    def known(self, token: str) -> Caller | None:
        """The caller of a token seen within ``ttl_s``, without asking the database."""
        with self._lock:
            found = self._known.get(digest(token))
        return found[1] if found is not None and time.monotonic() - found[0] < self.ttl_s else None

    def __call__(self, token: str) -> Caller | None:
        key, now = digest(token), time.monotonic()
        with self._lock:
            found = self._known.get(key)
        if found is not None and now - found[0] < self.ttl_s:
            return found[1]
        caller = caller_for(self.engine, token)
        if caller is not None:
            with self._lock:
                if len(self._known) > 100_000:
                    self._known.clear()
                self._known[key] = (now, caller)
        return caller
