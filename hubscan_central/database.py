"""The central database: SQLite (embedded default) or PostgreSQL, migrated with Alembic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, make_url
from sqlalchemy.dialects import postgresql, sqlite

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000"):
        cursor.execute(pragma)
    cursor.close()


# Database connections of one service process, and as many worker threads: a request
# waits for a thread, never for a pooled connection (every connection is taken and given
# back within one thread's call).
CONNECTIONS = 20


def make_engine(url: str, connections: int = CONNECTIONS) -> Engine:
    pool: dict[str, Any] = {}
    parsed = make_url(url)
    if not (parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")):
        pool = {"pool_size": connections, "max_overflow": 0, "pool_timeout": 300}
    if url.startswith("sqlite"):
        engine = create_engine(url, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **pool)


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


def insert_ignoring_duplicates(
    connection: Connection, table: Table, rows: list[dict[str, Any]], key: str | tuple[str, ...]
) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on PostgreSQL and SQLite alike; ``key``: the
    unique column, or the columns of a composite key."""
    if not rows:
        return
    module = postgresql if connection.dialect.name == "postgresql" else sqlite
    keys = [key] if isinstance(key, str) else list(key)
    connection.execute(module.insert(table).on_conflict_do_nothing(index_elements=keys), rows)
