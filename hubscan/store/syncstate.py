"""What the sync keeps in the store (the ``sync_state`` table): the manifest and hub
feed cursors, and the outcome of the last contact with the central service."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from hubscan.core.readmodels import SyncStatus
from hubscan.store import evidence
from hubscan.store.models import sync_state_table
from hubscan.store.outbox import queue_stats
from hubscan.store.store import LocalStore

MANIFEST_CURSOR = "manifest_cursor"
FEED_CURSOR = "feed_cursor"


def get_state(store: LocalStore) -> dict[str, str | None]:
    with store.reading() as connection:
        return {row.key: row.value for row in connection.execute(select(sync_state_table))}


def cursor(store: LocalStore, key: str) -> int:
    with store.reading() as connection:
        value = connection.execute(select(sync_state_table.c.value).where(sync_state_table.c.key == key)).scalar()
    return int(value or 0)


def set_state(store: LocalStore, **values: str | None) -> None:
    with store.writing() as connection:
        write_state(connection, values)


def write_state(connection: Connection, values: dict[str, str | None]) -> None:
    """Inside the caller's transaction: a cursor moves with the rows it covers."""
    for key, value in values.items():
        stmt = insert(sync_state_table).values(key=key, value=value)
        connection.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


def sync_status(store: LocalStore, online: bool | None = None) -> SyncStatus:
    """The queue and the kept sync state. ``online`` is what the running engine saw;
    without one (the command line), the last contact's outcome decides."""
    stats, state, photos = queue_stats(store), get_state(store), evidence.queue(store)
    success, error = state.get("last_success"), state.get("last_error")
    if online is None:  # timestamps lead both values
        online = bool(success) and (not error or error.split(" ", 1)[0] < str(success))
    return SyncStatus(
        online=online,
        queue_depth=stats.depth,
        oldest_unsent=stats.oldest,
        last_success=success,
        last_error=error,
        exceptions=stats.exceptions,
        manifest_cursor=int(state.get(MANIFEST_CURSOR) or 0),
        photos_waiting=photos.waiting,
        photos_given_up=photos.given_up,
        photos_error=photos.last_error,
    )
