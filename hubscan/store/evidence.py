"""The photos waiting to go to the central service (``evidence_uploads``), as the sync
sees them: which to send next, and what became of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from hubscan.store.models import evidence_uploads_table as _uploads
from hubscan.store.store import LocalStore

# A photo that failed this often (lost or changed here, refused by the service) is left
# for a person: the sync status names it.
MAX_ATTEMPTS = 10


@dataclass(frozen=True)
class Waiting:
    sha256: str
    name: str
    tracking: str


def waiting(store: LocalStore, limit: int) -> list[Waiting]:
    """Photos not yet sent whole, oldest first; those that failed before come last."""
    with store.reading() as connection:
        rows = connection.execute(
            select(_uploads.c.sha256, _uploads.c.name, _uploads.c.tracking)
            .where(_uploads.c.sent_at.is_(None), _uploads.c.attempts < MAX_ATTEMPTS)
            .order_by(_uploads.c.attempts, _uploads.c.queued_at)
            .limit(limit)
        ).all()
    return [Waiting(*row) for row in rows]


@dataclass(frozen=True)
class EvidenceQueue:
    waiting: int
    given_up: int  # failed MAX_ATTEMPTS times: look at last_error
    last_error: str | None


def queue(store: LocalStore) -> EvidenceQueue:
    with store.reading() as connection:
        left, given_up = connection.execute(
            select(
                func.count(),
                func.count().filter(_uploads.c.attempts >= MAX_ATTEMPTS),
            ).where(_uploads.c.sent_at.is_(None))
        ).one()
        error = connection.execute(
            select(_uploads.c.last_error)
            .where(_uploads.c.sent_at.is_(None), _uploads.c.last_error.is_not(None))
            .order_by(_uploads.c.attempts.desc())
            .limit(1)
        ).scalar()
    return EvidenceQueue(int(left), int(given_up), error)


def sent(store: LocalStore, sha256: str, at: datetime) -> None:
    with store.writing() as connection:
        connection.execute(update(_uploads).where(_uploads.c.sha256 == sha256).values(sent_at=at, last_error=None))


def failed(store: LocalStore, sha256: str, error: str) -> None:
    with store.writing() as connection:
        connection.execute(
            update(_uploads)
            .where(_uploads.c.sha256 == sha256)
            .values(attempts=_uploads.c.attempts + 1, last_error=error)
        )
