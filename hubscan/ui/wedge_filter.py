"""The application-wide event filter for keyboard-wedge scanners.

Installed on the QApplication, it shows every key press to a ``WedgeDecoder`` and
swallows the keys of a scan burst; a completed burst leaves as ``scanned`` (scanner)
or ``typed`` (a person keyed it in). Typing into a text field is never taken.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from hubscan.core.wedge import WedgeDecoder, WedgeInput, WedgeSettings, WedgeSource

_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class WedgeScannerFilter(QObject):
    scanned = Signal(str)
    typed = Signal(str)

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        clock: Callable[[], float] = _monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.decoder = WedgeDecoder(settings or WedgeSettings())
        self.clock = clock  # Qt's own key timestamps are 0 for synthetic events
        self._idle = QTimer(self)
        self._idle.setInterval(50)
        self._idle.timeout.connect(self._on_idle)
        if not self.decoder.settings.terminator:
            self._idle.start()

    @staticmethod
    def _key_text(event: QKeyEvent) -> str:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return "\r"
        if event.key() == Qt.Key.Key_BracketRight and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return "\x1d"
        return event.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        # The key goes to ``watched`` (the focus widget); a text field there keeps its typing.
        in_field = isinstance(watched, _TEXT_FIELDS) or isinstance(QApplication.focusWidget(), _TEXT_FIELDS)
        verdict = self.decoder.key(self._key_text(event), self.clock(), in_field)
        if verdict.completed is not None:
            self._emit(verdict.completed)
        return verdict.consume

    def _on_idle(self) -> None:
        completed = self.decoder.idle(self.clock())
        if completed is not None:
            self._emit(completed)

    def _emit(self, completed: WedgeInput) -> None:
        if completed.source is WedgeSource.SCANNER:
            self.scanned.emit(completed.text)
        else:
            self.typed.emit(completed.text)
