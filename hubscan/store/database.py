"""Opening the local SQLite database: pragmas on every connection, migrations on open."""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from hubscan.durable import sync_folder

log = logging.getLogger("hubscan.store")

BUSY_TIMEOUT_MS = 10_000
# How often a writer asks again for the write lock held by another process.
_BEGIN_POLL_S = 0.0002

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Checkpoints run in the background (checkpoint.py), never inside a scan's commit.
    "PRAGMA wal_autocheckpoint=0",
    # 32 MiB of page cache per connection: a 1,000,000-return manifest's hot pages.
    "PRAGMA cache_size=-32768",
)


class StoreError(Exception):
    """A database problem a person can act on (the message says what to do)."""


class NotSaved(Exception):
    """The database refused a unit of work (a full disk, a lock it could not get):
    nothing of it was kept. ``reason`` is the database's own words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def quick_check(db: Path) -> tuple[str, str | None]:
    """SQLite's ``quick_check`` verdict ("ok" when intact) and the schema revision of
    the database at ``db``, read without writing anything; ``StoreError`` when the
    file cannot be read as a database."""
    try:
        connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = str(connection.execute("PRAGMA quick_check").fetchone()[0])
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(str(exc)) from exc
    return verdict, str(revision[0]) if revision else None


def _pragmas(synchronous: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from pysqlite so SQLAlchemy's "begin" event decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (*PRAGMAS, f"PRAGMA synchronous={synchronous}"):
            cursor.execute(pragma)
        cursor.close()

    return on_connect


def begin_immediate(dbapi_connection: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``, asking again every 0.2 ms while another process writes.

    SQLite's own busy handler sleeps 1, 2, 5, 10... ms between tries: a scan queued
    behind one short transaction of the manifest pull would sleep longer than it took."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    dbapi_connection.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                    raise
            time.sleep(_BEGIN_POLL_S)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def make_engine(path: Path, *, immediate: bool, synchronous: str = "FULL") -> Engine:
    """An engine on ``path``. ``immediate`` takes the write lock at BEGIN, for writers:
    a read-modify-write by the scan path then cannot interleave with another writer.
    ``synchronous`` is FULL (a commit survives power loss) except for work that can be
    fetched again, which may take NORMAL (a commit may roll back, consistently)."""
    engine = create_engine(f"sqlite:///{path}", pool_pre_ping=False)
    event.listen(engine, "connect", _pragmas(synchronous))

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if immediate:
            begin_immediate(conn.connection.driver_connection)
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def backup_copy(path: Path) -> Path:
    """Copy the database (with its WAL content) next to it before a migration."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)  # its commit syncs the copy's content
        dest.close()
    finally:
        source.close()
    sync_folder(path.parent)  # and this its name: the backup is there after a power cut
    log.info("backed up %s to %s before migrating", path, target)
    return target


def ensure_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for the database {path}: {exc.strerror}") from exc
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a database file. Give another --db path.")
