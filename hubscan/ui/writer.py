"""The one thread that writes: every scan runs here, in order, off the GUI thread.

Like Anki's task manager with its single-worker collection executor: the GUI thread
posts a scan and returns at once; the answer (committed outcome, printed labels, and
the snapshot to show) comes back through a queued signal. The GUI never waits on the
disk, the printer or a lock.

The workstation itself is opened on this thread too (the store, its migrations, SQLAlchemy's
import): the login screen paints meanwhile, and scans posted before it is open wait
in the queue behind the opening, in order.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from hubscan.core.readmodels import ExceptionEntry, StationSnapshot
from hubscan.ui.threads import WorkerThread, attempt

if TYPE_CHECKING:
    from hubscan.services.workstation import ScanAnswer

log = logging.getLogger("hubscan.ui")

OPEN_GATE_S = 3.0


class WorkstationCalls(Protocol):
    """What the writer thread calls (``services.workstation.Workstation``)."""

    def scan(self, raw: str) -> ScanAnswer: ...
    def login_with_pin(self, badge: str, pin: str) -> ScanAnswer: ...
    def add_photo(self, source: Path) -> ScanAnswer: ...
    def snapshot(self) -> StationSnapshot: ...
    def exceptions(self) -> list[ExceptionEntry]: ...


class _WriterWorker(QObject):
    answered = Signal(object)  # ScanAnswer
    printed = Signal(object, object)  # list[PrintResult], the StationSnapshot after them
    refreshed = Signal(object)  # StationSnapshot
    exceptions_listed = Signal(object)  # list[ExceptionEntry]
    job_done = Signal(str, object)  # tag, what the job returned
    scan_failed = Signal(str, str)  # which scan was not done, why (a bug)
    failed = Signal(str, str)  # which other work was not done, why (a bug)
    opened = Signal(object)  # the workstation, once open
    open_failed = Signal(str)  # why it could not open (what to do included)

    def __init__(self, open_workstation: Callable[[], WorkstationCalls], gate: threading.Event | None = None) -> None:
        super().__init__()
        self.open_workstation = open_workstation
        self.gate = gate
        self._workstation: WorkstationCalls | None = None

    @property
    def workstation(self) -> WorkstationCalls:
        if self._workstation is None:
            raise RuntimeError("the station's database is not open")
        return self._workstation

    @Slot()
    def open(self) -> None:
        if self.gate is not None:
            # The window paints first: building it while this thread imports SQLAlchemy
            # makes both wait on the GIL, and the first paint comes much later.
            self.gate.wait(OPEN_GATE_S)
        try:
            self._workstation = self.open_workstation()
        except Exception as exc:  # a StoreError says what to do; anything else is a bug
            log.exception("the station did not open")
            self.open_failed.emit(str(exc))
            return
        self.opened.emit(self._workstation)

    @Slot(str)
    def scan(self, raw: str) -> None:
        attempt(self.scan_failed, f"scan {raw}", lambda: self.workstation.scan(raw), self.answered.emit)

    @Slot(str, str)
    def login_with_pin(self, badge: str, pin: str) -> None:
        # ``what`` names the badge only: the PIN is never logged.
        attempt(
            self.scan_failed, f"login {badge}", lambda: self.workstation.login_with_pin(badge, pin), self.answered.emit
        )

    @Slot(str)
    def add_photo(self, source: str) -> None:
        attempt(
            self.scan_failed,
            f"scan photo {source}",
            lambda: self.workstation.add_photo(Path(source)),
            self.answered.emit,
        )

    @Slot(str, object)
    def job(self, tag: str, work: Callable[[Any], object]) -> None:
        """Other work that must be ordered with the scans (saving settings, a test print)."""
        attempt(self.failed, tag, lambda: work(self.workstation), lambda result: self.job_done.emit(tag, result))

    @Slot(object)
    def relay_printed(self, results: object) -> None:
        """Labels the printer's thread sent, passed on behind the answers of the scans
        that made them (this thread answered those first), with the snapshot after them."""
        attempt(
            self.failed, "refresh", lambda: self.workstation.snapshot(), lambda now: self.printed.emit(results, now)
        )

    @Slot()
    def refresh(self) -> None:
        attempt(self.failed, "refresh", lambda: self.workstation.snapshot(), self.refreshed.emit)

    @Slot()
    def list_exceptions(self) -> None:
        attempt(self.failed, "exceptions", lambda: self.workstation.exceptions(), self.exceptions_listed.emit)


class WriterThread(WorkerThread):
    """Owns the thread and its worker; ``submit`` and friends return immediately."""

    # Re-emitted from this object, in the GUI thread: a plain callable connected to the
    # worker's own signal would run in the writer thread.
    opened = Signal(object)
    open_failed = Signal(str)
    _open = Signal()
    _scan = Signal(str)
    _photo = Signal(str)
    _pin = Signal(str, str)
    _job = Signal(str, object)
    _refresh = Signal()
    _printed = Signal(object)
    _exceptions = Signal()

    def __init__(
        self,
        open_workstation: Callable[[], WorkstationCalls],
        gate: threading.Event | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``open_workstation`` runs on the writer thread at ``open()``, once ``gate`` is set (the
        window painted; at most ``OPEN_GATE_S`` later); every call after it waits."""
        self.worker: _WriterWorker
        super().__init__(_WriterWorker(open_workstation, gate), "hubscan-writer", parent)
        self._open.connect(self.worker.open)
        self._scan.connect(self.worker.scan)
        self._photo.connect(self.worker.add_photo)
        self._pin.connect(self.worker.login_with_pin)
        self._job.connect(self.worker.job)
        self._refresh.connect(self.worker.refresh)
        self._printed.connect(self.worker.relay_printed)
        self._exceptions.connect(self.worker.list_exceptions)
        self.answered = self.worker.answered
        self.printed = self.worker.printed
        self.refreshed = self.worker.refreshed
        self.exceptions_listed = self.worker.exceptions_listed
        self.job_done = self.worker.job_done
        self.scan_failed = self.worker.scan_failed
        self.failed = self.worker.failed
        self.worker.opened.connect(self._relay_opened)
        self.worker.open_failed.connect(self._relay_open_failed)
        self.pending = 0
        self.worker.answered.connect(self._answered)
        self.worker.scan_failed.connect(self._scan_failed)
        self.start()

    def open(self) -> None:
        """Open the workstation, first thing on the thread."""
        self._open.emit()

    @Slot(object)
    def _relay_opened(self, workstation: object) -> None:
        self.opened.emit(workstation)

    @Slot(str)
    def _relay_open_failed(self, why: str) -> None:
        self.open_failed.emit(why)

    def submit(self, raw: str) -> None:
        self.pending += 1
        self._scan.emit(raw)

    def login_with_pin(self, badge: str, pin: str) -> None:
        """A typed badge id and PIN, checked on the writer thread like a scan."""
        self.pending += 1
        self._pin.emit(badge, pin)

    def run(self, tag: str, work: Callable[[Any], object]) -> None:
        """``work(workstation)`` on the writer thread; its result comes back as ``job_done``."""
        self._job.emit(tag, work)

    def add_photo(self, source: Path) -> None:
        """Keep a photo as evidence (copy, hash: disk work, so on this thread)."""
        self.pending += 1
        self._photo.emit(str(source))

    def _answered(self, _answer: object) -> None:
        self.pending -= 1

    def _scan_failed(self, _what: str, _why: str) -> None:
        self.pending -= 1

    def refresh(self) -> None:
        self._refresh.emit()

    def labels_sent(self, results: list[Any]) -> None:
        """From the printer's thread: what it sent, to the window through this thread."""
        self._printed.emit(results)

    def list_exceptions(self) -> None:
        self._exceptions.emit()
