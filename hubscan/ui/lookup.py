"""The lookup thread: searches that may wait on the network (the central service's
timeline of a return) run here, never on the writer thread that scans go through."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from hubscan.core.readmodels import ReturnTimeline
from hubscan.ui.threads import WorkerThread, attempt


class Lookup(Protocol):
    def timeline(self, tracking: str) -> ReturnTimeline: ...


class _LookupWorker(QObject):
    found = Signal(object)  # ReturnTimeline
    failed = Signal(str, str)

    def __init__(self, lookup: Lookup) -> None:
        super().__init__()
        self.lookup = lookup

    @Slot(str)
    def timeline(self, tracking: str) -> None:
        attempt(self.failed, f"search {tracking}", lambda: self.lookup.timeline(tracking), self.found.emit)


class LookupThread(WorkerThread):
    _timeline = Signal(str)

    def __init__(self, lookup: Lookup, parent: QObject | None = None) -> None:
        self.worker: _LookupWorker
        super().__init__(_LookupWorker(lookup), "hubscan-lookup", parent)
        self._timeline.connect(self.worker.timeline)
        self.found = self.worker.found
        self.failed = self.worker.failed
        self.start()

    def timeline(self, tracking: str) -> None:
        self._timeline.emit(tracking)
