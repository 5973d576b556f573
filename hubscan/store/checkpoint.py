"""WAL checkpoints off the scan path.

SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, so
every thousandth scan or so paid for copying the WAL back into the database file and
an fsync of it: tens of milliseconds with a large manifest. Here the writer never
checkpoints; this thread does a PASSIVE checkpoint (it never blocks a writer) once a
second on its own connection.

A helper process that writes a lot (the manifest pull: about 20 MB a second) also
checkpoints after each of its own transactions (``StepCheckpoints``), so its data
reaches the disk in small steps that it pays for itself. Left to the once-a-second
checkpoint, it went out in bursts of tens of megabytes, and the scans' own small
fsyncs queued behind them (measured with the pull's other changes, see
``hubscan/sync/pull.py``: the slowest 1% of scans during a 1,000,000-return pull spent
4.7-6.4 ms in their commit before, 2.5-2.9 ms in two runs of three after).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger("hubscan.store")


def checkpoint_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
    connection.execute("PRAGMA busy_timeout=1000")
    connection.execute("PRAGMA synchronous=FULL")  # the checkpoint fsyncs the database file
    return connection


class WalCheckpointer:
    def __init__(self, path: Path, interval_s: float = 1.0) -> None:
        self.path = path
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hubscan-wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        connection = checkpoint_connection(self.path)
        try:
            while not self._stop.wait(self.interval_s):
                self.checkpoint(connection)
            self.checkpoint(connection)
        finally:
            connection.close()

    @staticmethod
    def checkpoint(connection: sqlite3.Connection) -> None:
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as exc:  # a busy or vanished file must not kill the thread
            log.warning("WAL checkpoint skipped: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


class StepCheckpoints:
    """A PASSIVE checkpoint on demand, in the calling thread: for a helper process,
    after each of its transactions."""

    def __init__(self, path: Path) -> None:
        self.connection = checkpoint_connection(path)

    def run(self) -> None:
        WalCheckpointer.checkpoint(self.connection)

    def close(self) -> None:
        self.connection.close()
