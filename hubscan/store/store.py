"""The local store as the application sees it: open, migrate, one transaction per unit of work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from hubscan.store.checkpoint import WalCheckpointer
from hubscan.store.database import StoreError, ensure_parent, make_engine
from hubscan.store.ledger import SqlLedger
from hubscan.store.migrate import upgrade


class LocalStore:
    """One workstation's SQLite database. Writers get ``BEGIN IMMEDIATE`` transactions."""

    def __init__(self, path: Path, hub_id: str, workstation_id: str) -> None:
        self.path = path
        self.hub_id = hub_id
        self.workstation_id = workstation_id
        ensure_parent(path)
        self.writer: Engine = make_engine(path, immediate=True)
        self.reader: Engine = make_engine(path, immediate=False)
        self.checkpointer: WalCheckpointer | None = None
        self._write_lock = threading.Lock()
        self._foreground = 0
        self._foreground_lock = threading.Lock()
        self._no_foreground = threading.Event()
        self._no_foreground.set()
        try:
            upgrade(self.writer, path)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            self.close()
            reason = exc.orig if isinstance(exc, DBAPIError) else exc
            raise StoreError(
                f"cannot open the database {path} ({reason}). Give another --db, or restore the newest "
                f"{path.name}.*.bak copy beside it."
            ) from exc
        self.checkpointer = WalCheckpointer(path)

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction. Writers in this process take turns on a lock first, so a
        scan waits at most for one short transaction of the sync thread, never in
        SQLite's busy handler (which sleeps in steps of up to 100 ms)."""
        with self._write_lock, self.writer.begin() as connection:
            yield connection

    @contextmanager
    def foreground(self) -> Iterator[None]:
        """Mark work a person waits for (a scan): background work pauses meanwhile, so it
        takes neither the write lock nor the interpreter from the scan."""
        with self._foreground_lock:
            self._foreground += 1
            self._no_foreground.clear()
        try:
            yield
        finally:
            with self._foreground_lock:
                self._foreground -= 1
                if self._foreground == 0:
                    self._no_foreground.set()

    def pause_for_foreground(self, timeout_s: float = 5.0) -> None:
        """Called by background work between small steps: wait while a scan is running."""
        self._no_foreground.wait(timeout_s)

    @contextmanager
    def unit_of_work(self) -> Iterator[SqlLedger]:
        """A ledger whose writes commit together when the block ends, or not at all."""
        with self.writing() as connection:
            yield SqlLedger(connection, self.hub_id, self.workstation_id)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.reader.connect() as connection:
            yield connection

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.writer.dispose()
        self.reader.dispose()
