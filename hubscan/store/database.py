"""Opening the local SQLite database: pragmas on every connection, migrations on open."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

log = logging.getLogger("hubscan.store")

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    # Checkpoints run in the background (checkpoint.py), never inside a scan's commit.
    "PRAGMA wal_autocheckpoint=0",
    # 32 MiB of page cache per connection: a 1,000,000-return manifest's hot pages.
    "PRAGMA cache_size=-32768",
)


class StoreError(Exception):
    """A database problem a person can act on (the message says what to do)."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transaction control from pysqlite so SQLAlchemy's "begin" event decides.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def make_engine(path: Path, *, immediate: bool) -> Engine:
    """An engine on ``path``. ``immediate`` takes the write lock at BEGIN, for writers:
    a read-modify-write by the scan path then cannot interleave with another writer."""
    engine = create_engine(f"sqlite:///{path}", pool_pre_ping=False)
    event.listen(engine, "connect", _on_connect)
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def backup_copy(path: Path) -> Path:
    """Copy the database (with its WAL content) next to it before a migration."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def ensure_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for the database {path}: {exc.strerror}") from exc
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a database file. Give another --db path.")
