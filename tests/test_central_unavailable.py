"""Which database errors the central service answers 503 (try again) and which stay a
500: real errors from a real SQLite, as SQLAlchemy hands them to the handler. (The
PostgreSQL side, a server killed mid-batch, is test_central_db_kill.py.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from hubscan_central.unavailable import _unavailable


def _error(engine_url: str, sql: str) -> OperationalError:
    engine = create_engine(engine_url, connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as connection:
            connection.execute(text(sql))
        return raised.value
    finally:
        engine.dispose()


def test_a_mistake_in_the_sql_stays_a_server_error(tmp_path: Path) -> None:
    assert not _unavailable(_error(f"sqlite:///{tmp_path / 'c.db'}", "SELECT * FROM no_such_table"))


def test_a_busy_database_is_unavailable_for_the_moment(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert _unavailable(_error(f"sqlite:///{path}", "INSERT INTO t VALUES (1)"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_database_that_cannot_be_opened_is_unavailable(tmp_path: Path) -> None:
    assert _unavailable(_error(f"sqlite:///{tmp_path / 'gone' / 'c.db'}", "SELECT 1"))
