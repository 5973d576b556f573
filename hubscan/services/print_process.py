"""The printer's own process: labels are rendered, sent and recorded away from the
interpreter that answers scans.

Each label costs a few milliseconds of Python (reading the jobs, rendering ZPL, the
printer's answer or fault, recording the attempt): about 3 ms a label measured with a
printer that never answers. On the scans' interpreter that work holds the lock a scan
needs to run, so a scan arriving meanwhile waits for it. In a process of its own it
runs beside the scans instead.

The process opens the same database file with its own connections. Its commits (a
print attempt's result) are NORMAL, not FULL: a power cut may roll back the last of
them, never an application crash, and the next scan's FULL commit makes them durable
anyway. A rolled-back attempt leaves the job unsent, so it is sent again: at worst one
label printed twice after a power cut, never a label lost.

Its log records come back with each answer and are written by the station's own
handlers, so one process writes the log file.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from hubscan import logs
from hubscan.devices.office import PapersOutput
from hubscan.devices.printers import Printer
from hubscan.processes import spawn
from hubscan.services.printing import LabelPrinting, PrintResult
from hubscan.store.store import LocalStore

log = logging.getLogger("hubscan.printer")

PENDING = "pending"
WAITING = "waiting"
_STOP = "stop"


class PrinterProcessFailed(Exception):
    """The printer's process could not answer (it ended, or a bug in it)."""


class PrinterProcess:
    """``send_pending`` and ``send_waiting`` of a ``LabelPrinting``, run in a spawned
    process; one caller at a time (the print queue's thread)."""

    def __init__(self, printing: LabelPrinting) -> None:
        if printing.printer is None:
            raise ValueError("a station without a printer has no printer process")
        store = printing.store
        self._args: tuple[Any, ...] = (
            store.path,
            store.hub_id,
            store.workstation_id,
            store.foreground_flag,
            printing.printer,
            printing.dpi,
            printing.papers,
        )
        self._process: Any = None
        self._connection: Connection | None = None
        self._stopped = False
        self._start()

    def _start(self) -> None:
        self._process, self._connection = spawn(_serve, self._args, "hubscan-printer")

    def send_pending(self) -> list[PrintResult]:
        return self._ask(PENDING)

    def send_waiting(self) -> list[PrintResult]:
        return self._ask(WAITING)

    def _ask(self, command: str) -> list[PrintResult]:
        """The process's answer; a process that has ended is started again once. Once
        stopped, nothing is sent: the labels stay unsent in the store."""
        for attempt in (1, 2):
            if self._stopped:
                return []
            if self._connection is None:  # ended at an earlier call: start it again
                self._start()
            assert self._connection is not None
            try:
                self._connection.send(command)
                kind, value, records = self._connection.recv()
            except (EOFError, OSError):
                if self._stopped:
                    return []
                code = self._end()
                if attempt == 2:
                    raise PrinterProcessFailed(f"the printer process ended (exit code {code})") from None
                log.warning("the printer process ended (exit code %s); starting it again", code)
                self._start()
                continue
            logs.relay(records)
            if kind == "error":
                # The whole traceback to the log; a person is shown its last line.
                log.error("the printer process failed:\n%s", value)
                raise PrinterProcessFailed(f"the printer process failed: {value.strip().splitlines()[-1]}")
            return list(value)
        raise AssertionError("unreachable")

    def _end(self) -> int | None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        return self._process.exitcode  # type: ignore[no-any-return]

    def close(self, timeout_s: float = 5.0) -> None:
        """Stop the process once it is idle (no caller waiting on it), bounded by ``timeout_s``."""
        self._stopped = True
        if self._connection is None:
            return
        with contextlib.suppress(OSError):  # the process has ended already
            self._connection.send(_STOP)
        self._process.join(timeout_s)
        self._end()

    def kill(self) -> None:
        """Stop the process at once, in the middle of a label: for a caller still waiting
        on a stalled printer at exit (its wait ends, with nothing sent)."""
        self._stopped = True
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join()


def _taken(records: list[logs.Forwarded]) -> list[logs.Forwarded]:
    taken = records[:]
    del records[: len(taken)]
    return taken


def _serve(
    path: Path,
    hub_id: str,
    workstation_id: str,
    flag: Any,
    printer: Printer,
    dpi: int,
    papers: PapersOutput,
    connection: Connection,
) -> None:
    """The process's loop: a command in, the results and log records out, until told to
    stop or the station's process is gone (its end of the pipe closes)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the station's to handle
    records: list[logs.Forwarded] = []
    logs.forward_to(records.append)
    store = LocalStore(path, hub_id, workstation_id, synchronous="NORMAL", shared_foreground=flag, own_upkeep=False)
    printing = LabelPrinting(store, printer, dpi, papers=papers)
    try:
        while True:
            try:
                command = connection.recv()
            except (EOFError, OSError):
                return
            if command == _STOP:
                return
            try:
                results = printing.send_waiting() if command == WAITING else printing.send_pending()
            except Exception:
                connection.send(("error", traceback.format_exc(), _taken(records)))
                continue
            connection.send(("ok", results, _taken(records)))
    finally:
        store.close()
