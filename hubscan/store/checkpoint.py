"""WAL checkpoints off the scan path.

SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, so
every thousandth scan or so paid for copying the WAL back into the database file and
an fsync of it: tens of milliseconds with a large manifest. Here the writer never
checkpoints; this thread does a PASSIVE checkpoint (it never blocks a writer) once a
second on its own connection.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger("hubscan.store")


class WalCheckpointer:
    def __init__(self, path: Path, interval_s: float = 1.0) -> None:
        self.path = path
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hubscan-wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
        try:
            connection.execute("PRAGMA busy_timeout=1000")
            connection.execute("PRAGMA synchronous=FULL")  # the checkpoint fsyncs the database file
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
