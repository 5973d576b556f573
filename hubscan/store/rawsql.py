"""The scan path's statements, run on the driver's connection.

A scan runs about seven statements. Through SQLAlchemy's execution layer each one
costs Python work before SQLite sees it, a large share of a scan's CPU time, and CPU
time is what a scan runs short of while the manifest pull shares the cores.
Here each statement is still written as SQLAlchemy Core against the models, compiled
once to SQLite's SQL, and its values are converted by the column types' own bind and
result processors; only the execution layer is skipped. The statement runs inside the
transaction SQLAlchemy opened (``BEGIN IMMEDIATE``) and commits with it, and a
database error is raised as SQLAlchemy's, as callers expect.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.expression import Executable

_DIALECT = SQLiteDialect_pysqlite()
Processor = Callable[[Any], Any] | None
T = TypeVar("T")


class RawStatement:
    """``statement`` compiled once; ``keys``: the columns an INSERT sets, and must be
    given each time (a value for another column is refused, not silently dropped)."""

    def __init__(self, statement: Executable, keys: list[str] | None = None) -> None:
        compiled = statement.compile(dialect=_DIALECT, column_keys=keys)  # type: ignore[attr-defined]
        self.sql = str(compiled)
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        self._keys = frozenset(keys) if keys is not None else None
        self._binds: list[Processor] = [compiled.binds[name].type.bind_processor(_DIALECT) for name in self.names]
        # Values written into the statement itself (``id == 1``) travel as parameters too.
        self._fixed = {name: compiled.binds[name].value for name in self.names if not compiled.binds[name].required}
        columns = getattr(statement, "selected_columns", ())
        self.columns: tuple[str, ...] = tuple(column.name for column in columns)
        self._results: list[Processor] = [column.type.result_processor(_DIALECT, None) for column in columns]

    def run(self, connection: Connection, values: Mapping[str, Any]) -> sqlite3.Cursor:
        if self._keys is not None and values.keys() != self._keys:
            raise ValueError(f"{self.sql} was given {sorted(values)}, not its columns {sorted(self._keys)}")
        params = [
            value if process is None or value is None else process(value)
            for value, process in zip(
                (values[name] if name in values else self._fixed[name] for name in self.names), self._binds, strict=True
            )
        ]
        return _on_driver(connection, self.sql, params, lambda driver: driver.execute(self.sql, params))

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The selected rows, each value as the column's type gives it."""
        return [self._row(row) for row in self.run(connection, values).fetchall()]

    def first(self, connection: Connection, values: Mapping[str, Any]) -> dict[str, Any] | None:
        """The first row by column name, or None."""
        row = self.run(connection, values).fetchone()
        return None if row is None else dict(zip(self.columns, self._row(row), strict=True))

    def _row(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            value if process is None or value is None else process(value)
            for value, process in zip(row, self._results, strict=True)
        )


def run_many(connection: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """Plain SQL with the driver's ``executemany``, inside the open transaction: for the
    manifest's bulk writes (a million returns), whose values need no conversion."""
    _on_driver(connection, sql, rows, lambda driver: driver.executemany(sql, rows))


def _on_driver(connection: Connection, sql: str, params: Any, call: Callable[[sqlite3.Connection], T]) -> T:
    """``call`` on the driver's connection under ``connection``'s transaction, with a
    database error raised as SQLAlchemy's, as callers of the execution layer expect."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    try:
        return call(driver)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc
