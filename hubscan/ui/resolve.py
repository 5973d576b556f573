"""Resolving an exception from the Exceptions view: a supervisor picks a misrouted parcel
or a refusal, says how it was dealt with, and the writer records it like a scan
(``HS:RESOLVE:<tracking> <note>``); the list is read again after the answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

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


class ResolveDialog(QDialog):
    """The note on how an exception was dealt with; for a refusal, whether the hub
    accepts what the central service kept or escalates it to the office."""

    def __init__(self, parent: QWidget, tracking: str, detail: str, refusal: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the exception of {0}").format(tracking))
        self.escalate = False
        self.detail = QLabel(detail)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        ask = QLabel(
            self.tr("Accept what the central service kept, or escalate it to the office? Say why in a note.")
            if refusal
            else self.tr("How was it resolved (sent on to its hub, kept here, checked with the office)?")
        )
        ask.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = buttons.addButton(
            self.tr("Accept the service's view") if refusal else self.tr("Resolve"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.escalate_button = buttons.addButton(
            self.tr("Escalate to the office"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.escalate_button.setVisible(refusal)
        for button in (self.accept_button, self.escalate_button):
            button.setEnabled(False)
        self.note.textChanged.connect(self._noted)
        self.escalate_button.clicked.connect(self._escalate)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.detail, ask, self.note, buttons):
            layout.addWidget(widget)

    def _noted(self, text: str) -> None:
        for button in (self.accept_button, self.escalate_button):
            button.setEnabled(bool(text.strip()))

    def _escalate(self) -> None:
        self.escalate = True
        self.accept()


class ResolveAction(ExceptionAction):
    def __init__(
        self, window: QWidget, view: ExceptionsView, writer: WriterThread, feedback: Callable[[str, str], None]
    ) -> None:
        super().__init__(window, view, writer, feedback)
        self.dialog: ResolveDialog | None = None
        view.resolve_requested.connect(self.ask)

    def ask(self, tracking: str, detail: str, refusal: bool) -> None:
        """The note, in a dialog over the window (scans keep their order meanwhile)."""
        dialog = ResolveDialog(self.window, tracking, detail, refusal)
        dialog.accepted.connect(lambda: self.resolve(tracking, dialog.note.text(), dialog.escalate))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def resolve(self, tracking: str, note: str, escalate: bool = False) -> None:
        self.writer.run(TAG, lambda workstation: workstation.resolve_exception(tracking, note, escalate))

    def _done(self, tag: str, result: object) -> None:
        if tag == TAG:
            self.answered(result)


class MisroutedAction(ExceptionAction):
    """A misrouted parcel sent on to its hub, or kept here (``HS:FORWARD``/``HS:KEEP``)."""

    def __init__(
        self, window: QWidget, view: ExceptionsView, writer: WriterThread, feedback: Callable[[str, str], None]
    ) -> None:
        super().__init__(window, view, writer, feedback)
        self.question: QMessageBox | None = None
        view.misrouted_settled.connect(self.ask)

    def ask(self, tracking: str, forward: bool) -> None:
        """Once more, in words: neither can be taken back from the bench."""
        text = (
            self.tr("Send {0} on to the hub it was pre-advised to? It goes unopened, in a consolidation to that hub.")
            if forward
            else self.tr("Keep {0} here and work it as this hub's? Its hub takes it off its lists.")
        ).format(tracking)
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Misrouted parcel"), text, parent=self.window)
        go = question.addButton(
            self.tr("Send to its hub") if forward else self.tr("Keep here"), QMessageBox.ButtonRole.AcceptRole
        )
        question.addButton(QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.buttonClicked.connect(lambda button: self.settle(tracking, forward) if button is go else None)
        question.finished.connect(question.deleteLater)
        self.question = question
        question.open()

    def settle(self, tracking: str, forward: bool) -> None:
        self.writer.run(MISROUTED_TAG, lambda workstation: workstation.settle_misrouted(tracking, forward))

    def _done(self, tag: str, result: object) -> None:
        if tag == MISROUTED_TAG:
            self.answered(result)
