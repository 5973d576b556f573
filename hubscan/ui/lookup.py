"""The lookup thread: searches that may wait on the network (the central service's
timeline of a return) or read for long (the pre-advice of a parcel that was not
pre-advised, about a second on a million returns) run here, never on the writer
thread that scans go through."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from hubscan.core.readmodels import PreadviceMatch, ReturnTimeline
from hubscan.ui.threads import WorkerThread, attempt


class Lookup(Protocol):
    def timeline(self, tracking: str) -> ReturnTimeline: ...
    def find_preadvice(self, text: str) -> list[PreadviceMatch]: ...


class _LookupWorker(QObject):
    found = Signal(object)  # ReturnTimeline
    matched = Signal(object)  # list[PreadviceMatch]
    failed = Signal(str, str)

    def __init__(self, lookup: Lookup) -> None:
        super().__init__()
        self.lookup = lookup

    @Slot(str)
    def timeline(self, tracking: str) -> None:
        attempt(self.failed, f"search {tracking}", lambda: self.lookup.timeline(tracking), self.found.emit)

    @Slot(str)
    def find_preadvice(self, text: str) -> None:
        attempt(self.failed, f"pre-advice {text}", lambda: self.lookup.find_preadvice(text), self.matched.emit)


class LookupThread(WorkerThread):
    _timeline = Signal(str)
    _find = Signal(str)

    def __init__(self, lookup: Lookup, parent: QObject | None = None) -> None:
        self.worker: _LookupWorker
        super().__init__(_LookupWorker(lookup), "hubscan-lookup", parent)
        self._timeline.connect(self.worker.timeline)
        self._find.connect(self.worker.find_preadvice)
        self.found = self.worker.found
        self.matched = self.worker.matched
        self.failed = self.worker.failed
        self.start()

    def timeline(self, tracking: str) -> None:
        self._timeline.emit(tracking)

    def find_preadvice(self, text: str) -> None:
        self._find.emit(text)
