"""The local store as the application sees it: open, migrate, one transaction per unit of work."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from hubscan.store.checkpoint import StepCheckpoints, WalCheckpointer
from hubscan.store.database import NotSaved, StoreError, ensure_parent, make_engine
from hubscan.store.ledger import SqlLedger
from hubscan.store.migrate import upgrade


def foreground_flag() -> Any:
    """A count in shared memory of foreground work under way, which a helper process
    (the manifest pull) can read: ``multiprocessing`` passes it to a spawned child."""
    return multiprocessing.get_context("spawn").RawValue("i", 0)


class LocalStore:
    """One workstation's SQLite database. Writers get ``BEGIN IMMEDIATE`` transactions.

    A helper process working on the same file opens it with ``LocalStore.helper``: no
    migration, no checkpoint thread of its own but a checkpoint after each of its
    transactions, and the foreground flag of the workstation's store, so it pauses
    while a scan runs."""

    def __init__(
        self,
        path: Path,
        hub_id: str,
        workstation_id: str,
        *,
        synchronous: str = "FULL",
        shared_foreground: Any = None,
        own_upkeep: bool = True,
        step_checkpoints: bool = False,
    ) -> None:
        self.path = path
        self.hub_id = hub_id
        self.workstation_id = workstation_id
        ensure_parent(path)
        if not path.exists() and os.name == "posix":
            # PIN hashes and the hub's day are this user's alone; SQLite gives the -wal
            # and -shm files the database's mode. An empty file is an empty database.
            path.touch(mode=0o600)
        self.writer: Engine = make_engine(path, immediate=True, synchronous=synchronous)
        self.reader: Engine = make_engine(path, immediate=False, synchronous=synchronous)
        self.checkpointer: WalCheckpointer | None = None
        self.step_checkpoints = StepCheckpoints(path) if step_checkpoints else None
        self._write_lock = threading.Lock()
        self._foreground_lock = threading.Lock()
        self.foreground_flag = shared_foreground if shared_foreground is not None else foreground_flag()
        if not own_upkeep:
            return
        try:
            upgrade(self.writer, path)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            self.close()
            reason = exc.orig if isinstance(exc, DBAPIError) else exc
            raise StoreError(
                f"cannot open the database {path} ({reason}). Give another --db, or restore the newest "
                f"{path.name}.*.bak copy beside it."
            ) from exc
        self.checkpointer = WalCheckpointer(path, before_restart=self.pause_for_foreground)

    @property
    def evidence_folder(self) -> Path:
        """Where the bench keeps photos kept as evidence: beside its database."""
        return self.path.parent / "evidence"

    @property
    def papers_folder(self) -> Path:
        """Where the bench keeps the dispatch papers it printed, unless set elsewhere."""
        return self.path.parent / "papers"

    @classmethod
    def helper(cls, path: Path, hub_id: str, workstation_id: str, shared_foreground: Any) -> LocalStore:
        """The store as a helper process sees it. Its commits are NORMAL, not FULL: a
        helper only writes what it can fetch again (power loss may roll back its last
        commits, the manifest cursor with them)."""
        return cls(
            path,
            hub_id,
            workstation_id,
            synchronous="NORMAL",
            shared_foreground=shared_foreground,
            own_upkeep=False,
            step_checkpoints=True,
        )

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction. Writers in this process take turns on a lock first, so a
        scan waits at most for one short transaction of the sync thread, never in
        SQLite's busy handler (which sleeps in steps of up to 100 ms). A helper's
        transaction is followed by its checkpoint, once no scan is running."""
        with self._write_lock, self.writer.begin() as connection:
            yield connection
        if self.step_checkpoints is not None:
            self.pause_for_foreground()
            self.step_checkpoints.run(self.pause_for_foreground)

    @contextmanager
    def foreground(self) -> Iterator[None]:
        """Mark work a person waits for (a scan): background work, in this process or a
        helper process, pauses meanwhile, so it takes neither the write lock nor the
        interpreter from the scan."""
        with self._foreground_lock:
            self.foreground_flag.value += 1
        try:
            yield
        finally:
            with self._foreground_lock:
                self.foreground_flag.value -= 1

    def pause_for_foreground(self, timeout_s: float = 5.0) -> None:
        """Called by background work between small steps: wait while a scan is running."""
        if self.foreground_flag.value <= 0:
            return
        deadline = time.monotonic() + timeout_s
        while self.foreground_flag.value > 0 and time.monotonic() < deadline:
            time.sleep(0.0002)

    @contextmanager
    def unit_of_work(self) -> Iterator[SqlLedger]:
        """A ledger whose writes commit together when the block ends, or not at all
        (``NotSaved`` when the database refuses them)."""
        try:
            with self.writing() as connection:
                yield SqlLedger(connection, self.hub_id, self.workstation_id)
        except SQLAlchemyError as exc:
            raise NotSaved(str(getattr(exc, "orig", None) or exc) or type(exc).__name__) from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.reader.connect() as connection:
            yield connection

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        if self.step_checkpoints is not None:
            self.step_checkpoints.close()
            self.step_checkpoints = None
        self.writer.dispose()
        self.reader.dispose()
