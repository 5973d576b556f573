"""A worker object on a thread of its own: what the writer, lookup and long-work
threads share. Calls reach the worker through queued signals; its signals reach the
window's slots queued, in the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


class WorkerThread(QObject):
    def __init__(self, worker: QObject, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self.worker = worker
        worker.moveToThread(self._thread)

    def start(self) -> None:
        """Once the subclass has connected its signals to the worker."""
        self._thread.start()

    def stop(self) -> None:
        """Finish what was already posted, then end the thread."""
        self._thread.quit()
        self._thread.wait()
