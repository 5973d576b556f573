"""Reprinting the last label (Ctrl+R): dispatchers and admins, with a reason that is
kept with the new job (COPY n on the label)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QWidget

from hubscan.ui.text import notice_text
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # services load on the writer thread, after the first paint
    from hubscan.services.printing import PrintResult


class ReprintAction(QObject):
    finished = Signal(bool, str)  # printed, message

    def __init__(self, window: QWidget, writer: WriterThread) -> None:
        super().__init__(window)
        self.window = window
        self.writer = writer
        QShortcut(QKeySequence("Ctrl+R"), window, self.ask)
        writer.job_done.connect(self._done)

    def ask(self) -> None:
        reason, ok = QInputDialog.getText(
            self.window, self.tr("Reprint the last label"), self.tr("Why is it reprinted (torn, smudged, lost)?")
        )
        if ok:
            self.reprint(reason)

    def reprint(self, reason: str) -> None:
        self.writer.run("reprint", lambda workstation: workstation.reprint_last(reason))

    def _done(self, tag: str, result: object) -> None:
        if tag == "reprint":  # the writer's "reprint" job answers a PrintResult
            printed = cast("PrintResult", result)
            self.finished.emit(printed.ok, notice_text(printed.notice))
