"""WAL checkpoints off the scan path.

SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, so
every so often a scan would pay for copying the WAL back into the database file and
an fsync of it, far more than its own commit with a large manifest. Here the writer
never checkpoints; this thread does a PASSIVE checkpoint (it never blocks a writer)
once a second on its own connection.

A helper process that writes a lot (the manifest pull) also checkpoints after each of
its own transactions (``StepCheckpoints``), so its data reaches the disk in small steps
that it pays for itself. Left to the once-a-second checkpoint, it would go out in large
bursts, and the scans' own small fsyncs would queue behind them (see
``hubscan/sync/pull.py``; measured with ``benchmarks/sync_throughput.py``).

A checkpoint that copied the whole WAL is followed by a restart of the WAL, done here
(``WalUpkeep.restart``), so the next scan's commit appends to the WAL and fsyncs once.
The first commit into a restarted WAL writes a new WAL header and fsyncs it before its
own frames (SQLite does, so that a restart is never torn); left to the next writer,
that would be the next scan: two fsyncs instead of one. A scan seconds after the last
(a person scanning) always comes after a complete checkpoint, and during a large
manifest pull every fsync queues behind the pull's, so the second fsync would cost the
most where scans are slowest (measured with ``benchmarks/sync_throughput.py``; current
figures in ``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("hubscan.store")


def checkpoint_connection(path: Path, any_thread: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=not any_thread)
    connection.execute("PRAGMA busy_timeout=1000")
    # NORMAL still fsyncs the WAL before a checkpoint, the database file after it, and
    # a restarted WAL's header; only this connection's own commit (``restart``, which
    # changes nothing) is not synced.
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection


class WalUpkeep:
    """Checkpoints and WAL restarts on a connection of their own, in one thread (or,
    ``any_thread``, in whichever thread holds a lock the caller keeps)."""

    def __init__(self, path: Path, any_thread: bool = False) -> None:
        self.connection = checkpoint_connection(path, any_thread)
        # PRAGMA data_version when this connection last restarted the WAL: unchanged,
        # nobody else has written since, and there is nothing to copy (but our own
        # frame, which a checkpoint would copy and then restart for again, each second).
        self._restarted_at: int | None = None

    def run(self, before_restart: Callable[[], None] | None = None, *, restart: bool = True) -> None:
        """Checkpoint; if that copied the whole WAL and ``restart``, restart it (after
        ``before_restart``, which may wait for a scan to finish)."""
        try:
            if self._data_version() == self._restarted_at:
                return
            busy, frames, copied = self.connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy or frames != copied or not restart:
                return
            if before_restart is not None:
                before_restart()
            self.restart()
        except sqlite3.Error as exc:  # a busy or vanished file must not kill the thread
            log.warning("WAL checkpoint skipped: %s", exc)

    def restart(self) -> None:
        """Commit a change of nothing (``user_version`` written with its own value, which
        HubScan does not otherwise use): being the first commit after a complete
        checkpoint, it restarts the WAL and pays for the new header's fsync. If another
        writer holds the lock, it is the next writer anyway; this gives up at once."""
        connection = self.connection
        connection.execute("PRAGMA busy_timeout=0")
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode == sqlite3.SQLITE_BUSY:
                return
            raise
        finally:
            connection.execute("PRAGMA busy_timeout=1000")
        try:
            (version,) = connection.execute("PRAGMA user_version").fetchone()
            connection.execute(f"PRAGMA user_version={int(version)}")
            seen = self._data_version()  # under the write lock: nobody else's commit can follow
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        self._restarted_at = seen

    def _data_version(self) -> int:
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.connection.close()


class WalCheckpointer:
    """``WalUpkeep`` once a second in a thread, and a last checkpoint when stopped.
    ``before_restart`` runs in that thread before each restart of the WAL."""

    def __init__(self, path: Path, interval_s: float = 1.0, before_restart: Callable[[], None] | None = None) -> None:
        self.path = path
        self.interval_s = interval_s
        self.before_restart = before_restart
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hubscan-wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        upkeep = WalUpkeep(self.path)
        try:
            while not self._stop.wait(self.interval_s):
                upkeep.run(self.before_restart)
            upkeep.run(restart=False)
        finally:
            upkeep.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


class StepCheckpoints:
    """``WalUpkeep`` on demand: for a helper process, after each of its transactions,
    in the thread that wrote it, one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.upkeep = WalUpkeep(path, any_thread=True)
        self._turn = threading.Lock()

    def run(self, before_restart: Callable[[], None] | None = None) -> None:
        with self._turn:
            self.upkeep.run(before_restart)

    def close(self) -> None:
        self.upkeep.close()
