"""A worker object on a thread of its own: what the writer, lookup and long-work
threads share. Calls reach the worker through queued signals; its signals reach the
window's slots queued, in the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread


def attempt(failed: Any, what: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """``done(work())`` in a worker's slot. A failure is a bug: it goes to the installed
    exception hook (a crash report, and the window's notice), and ``failed(what, why)``
    tells the window what was not done; the thread lives on for the next call."""
    try:
        result = work()
    except Exception as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        failed.emit(what, f"{type(exc).__name__}: {exc}")
        return
    done(result)


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
