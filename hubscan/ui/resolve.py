"""Resolving an exception from the Exceptions view: a supervisor picks a misrouted parcel
or a refusal, says how it was dealt with, and the writer records it like a scan
(``HS:RESOLVE:<tracking> <note>``); the list is read again after the answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from hubscan.ui.exceptions_view import ExceptionsView
from hubscan.ui.text import outcome_text
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # services load on the writer thread, after the first paint
    from hubscan.services.workstation import ScanAnswer

TAG, MISROUTED_TAG = "resolve", "misrouted"


class ExceptionAction(QObject):
    """What a supervisor does from the Exceptions view: the writer records it like a
    scan; its answer shows above the list and in the station's feedback, and the list
    is read again."""

    def __init__(
        self, window: QWidget, view: ExceptionsView, writer: WriterThread, feedback: Callable[[str, str], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.writer = writer
        self.feedback = feedback
        writer.job_done.connect(self._done)

    def _done(self, tag: str, result: object) -> None:
        """The writer's answer to a job of ``tag`` (every action sees every job)."""

    def answered(self, result: object) -> None:
        answer = cast("ScanAnswer", result)
        text = outcome_text(answer.outcome)
        self.view.show_answer(answer.outcome.result.value, text)
        self.feedback(answer.outcome.result.value, text)
        self.writer.list_exceptions()


class ResolveAction(ExceptionAction):
    def __init__(
        self, window: QWidget, view: ExceptionsView, writer: WriterThread, feedback: Callable[[str, str], None]
    ) -> None:
        super().__init__(window, view, writer, feedback)
        self.dialog: QInputDialog | None = None
        view.resolve_requested.connect(self.ask)

    def ask(self, tracking: str, detail: str) -> None:
        """The note, in a dialog over the window (scans keep their order meanwhile)."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Resolve the exception of {0}").format(tracking))
        dialog.setLabelText(
            self.tr("{0}\n\nHow was it resolved (sent on to its hub, kept here, checked with the office)?").format(
                detail
            )
        )
        dialog.setOkButtonText(self.tr("Resolve"))
        dialog.textValueSelected.connect(lambda note: self.resolve(tracking, note))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def resolve(self, tracking: str, note: str) -> None:
        self.writer.run(TAG, lambda workstation: workstation.resolve_exception(tracking, note))

    def _done(self, tag: str, result: object) -> None:
        if tag == TAG:
            self.answered(result)


class MisroutedAction(ExceptionAction):
    """A misrouted parcel sent on to its hub, or kept here (``HS:FORWARD``/``HS:KEEP``)."""

    def __init__(
        self, window: QWidget, view: ExceptionsView, writer: WriterThread, feedback: Callable[[str, str], None]
    ) -> None:
        super().__init__(window, view, writer, feedback)
        view.misrouted_settled.connect(self.settle)

    def settle(self, tracking: str, forward: bool) -> None:
        self.writer.run(MISROUTED_TAG, lambda workstation: workstation.settle_misrouted(tracking, forward))

    def _done(self, tag: str, result: object) -> None:
        if tag == MISROUTED_TAG:
            self.answered(result)
