"""Giving a parcel that was not pre-advised its return, from the Exceptions view: a
supervisor picks the destination (and, if it is not the one the pre-advice names with
it, the retailer); the writer records it like a scan
(``HS:CREATE:<tracking> <destination> [retailer]``) and the list is read again."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from hubscan.ui.exceptions_view import ExceptionsView
from hubscan.ui.resolve import ExceptionAction
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # services load on the writer thread, after the first paint
    from collections.abc import Callable


LIST_TAG, TAG = "create-destinations", "create"


class CreateReturnDialog(QDialog):
    def __init__(self, parent: QWidget, tracking: str, destinations: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Give {0} its return").format(tracking))
        self.destination = QComboBox()
        for code, name in destinations:
            self.destination.addItem(f"{code} \u00b7 {name}" if name and name != code else code, code)
        self.retailer = QLineEdit()
        self.retailer.setPlaceholderText(self.tr("the one the pre-advice names with the destination"))
        self.retailer.setMaxLength(200)
        one_word = QRegularExpressionValidator(QRegularExpression(r"\S{0,80}"), self)
        self.order = QLineEdit()
        self.customer = QLineEdit()
        self.return_type = QLineEdit()
        self.return_type.setPlaceholderText(self.tr("e.g. REFUND, EXCHANGE"))
        for field in (self.order, self.customer, self.return_type):
            field.setValidator(one_word)  # one word each: order=SO-1 customer=C-9 type=EXCHANGE
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the return"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(destinations))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "{0} was received without pre-advice. Where does it go? Its items are recorded at the "
                    "process station as not specified."
                ).format(tracking)
            )
        )
        form.addRow(self.tr("Destination"), self.destination)
        form.addRow(self.tr("Retailer"), self.retailer)
        form.addRow(self.tr("Order number"), self.order)
        form.addRow(self.tr("Customer reference"), self.customer)
        form.addRow(self.tr("Return type"), self.return_type)
        form.addRow(buttons)


class CreateReturnAction(ExceptionAction):
    def __init__(
        self, window: QWidget, view: ExceptionsView, writer: WriterThread, feedback: Callable[[str, str], None]
    ) -> None:
        super().__init__(window, view, writer, feedback)
        self.dialog: CreateReturnDialog | None = None
        self.tracking: str | None = None
        view.create_requested.connect(self.ask)

    def ask(self, tracking: str) -> None:
        """Read the hub's destinations on the writer thread, then open the dialog."""
        self.tracking = tracking
        self.writer.run(LIST_TAG, lambda workstation: workstation.destinations())

    def create(self, tracking: str, destination: str, retailer: str, fields: dict[str, str]) -> None:
        self.writer.run(TAG, lambda workstation: workstation.create_return(tracking, destination, retailer, fields))

    def _open(self, destinations: list[tuple[str, str]]) -> None:
        tracking = self.tracking
        if tracking is None:
            return
        dialog = CreateReturnDialog(self.window, tracking, destinations)
        dialog.accepted.connect(
            lambda: self.create(
                tracking,
                str(dialog.destination.currentData()),
                dialog.retailer.text(),
                {
                    "order": dialog.order.text(),
                    "customer": dialog.customer.text(),
                    "type": dialog.return_type.text(),
                },
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _done(self, tag: str, result: object) -> None:
        if tag == LIST_TAG:
            self._open(cast("list[tuple[str, str]]", result))
        elif tag == TAG:
            self.answered(result)
