"""Long work started from the window (a manifest import): its own thread, progress
back as signals, so the window never freezes and scans go on meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from hubscan.core.preadvice import ImportReport, Progress
from hubscan.ui.threads import WorkerThread, attempt


class Importer(Protocol):
    def import_manifest(self, path: Path, progress: Progress) -> ImportReport: ...


class _ImportWorker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)  # ImportReport
    failed = Signal(str, str)

    def __init__(self, importer: Importer) -> None:
        super().__init__()
        self.importer = importer

    @Slot(str)
    def run(self, path: str) -> None:
        def work() -> ImportReport:
            return self.importer.import_manifest(Path(path), self.progressed.emit)

        attempt(self.failed, f"import {Path(path).name}", work, self.finished.emit)


class ImportThread(WorkerThread):
    _run = Signal(str)

    def __init__(self, importer: Importer, parent: QObject | None = None) -> None:
        self.worker: _ImportWorker
        super().__init__(_ImportWorker(importer), "hubscan-long-work", parent)
        self._run.connect(self.worker.run)
        self.progressed = self.worker.progressed
        self.finished = self.worker.finished
        self.failed = self.worker.failed
        self.start()

    def start_import(self, path: Path) -> None:
        self._run.emit(str(path))


class ManifestImport(QObject):
    """A manifest import as the window shows it: a progress bar (checking is its first
    half, writing the second), then one message for the banner."""

    finished = Signal(str, str)  # result (ok or error), message
    report_ready = Signal(object)  # ImportReport, for whoever waits on it
    failed = Signal(str, str)

    def __init__(self, importer: ImportThread, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.bar = bar
        importer.progressed.connect(self._progressed)
        importer.finished.connect(self._finished)
        importer.failed.connect(self.failed)

    def start(self, path: Path) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("{0}: checking %p%").format(path.name))
        self.bar.show()
        self.importer.start_import(path)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, phase: str) -> None:
        share = done / total if total else 1.0
        self.bar.setValue(int(50 * share) + (50 if phase == "importing" else 0))
        if phase == "importing":
            self.bar.setFormat(self.tr("importing %p%"))

    @Slot(object)
    def _finished(self, report: ImportReport) -> None:
        self.bar.hide()
        if report.ok:
            self.finished.emit("ok", self.tr("Manifest imported: {0} pre-advised returns.").format(report.imported))
        else:
            first = "; ".join(self.tr("line {0}: {1}").format(line, why) for line, why in report.errors[:3])
            message = self.tr("Manifest NOT imported, nothing changed: {0} bad line(s). {1}")
            self.finished.emit("error", message.format(report.error_count, first))
        self.report_ready.emit(report)
