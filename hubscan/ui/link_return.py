"""Linking a parcel that was not pre-advised to its pre-advised return, from the
Exceptions view: a supervisor searches the pre-advice by what the parcel shows (order
number, customer reference, an item's SKU or barcode), compares what is found with
the parcel, and links one; the writer records it like a scan
(``HS:LINK:<tracking> <pre-advised tracking>``) and the list is read again."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubscan.ui.exceptions_view import ExceptionsView
from hubscan.ui.lookup import LookupThread
from hubscan.ui.panels import make_cell, make_table
from hubscan.ui.resolve import ExceptionAction
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # services load on the writer thread, after the first paint
    from collections.abc import Callable

    from hubscan.core.readmodels import PreadviceMatch

SEARCH_TAG, TAG = "link-search", "link"


class LinkReturnDialog(QDialog):
    def __init__(self, parent: QWidget, tracking: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find the pre-advice of {0}").format(tracking))
        self.resize(900, 420)
        self.matches: list[PreadviceMatch] = []
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("order number, customer reference, SKU or barcode"))
        self.query.setMaxLength(80)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.found = QLabel()
        self.found.setObjectName("hint")
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.table = make_table(
            [
                self.tr("Tracking"),
                self.tr("Found by"),
                self.tr("Retailer"),
                self.tr("Destination"),
                self.tr("Order"),
                self.tr("Customer ref."),
                self.tr("Items"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.link_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.link_button.setText(self.tr("Link to this return"))
        self.link_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(lambda: self.link_button.setEnabled(self.chosen() is not None))
        intro = QLabel(
            self.tr(
                "{0} was received without pre-advice. Look for its return by what the parcel shows: the order "
                "number or customer reference on the packing slip, or an item's SKU or barcode. Only returns "
                "not arrived yet are found."
            ).format(tracking)
        )
        intro.setWordWrap(True)
        search = QHBoxLayout()
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def show_matches(self, matches: list[PreadviceMatch]) -> None:
        self.matches = matches
        self.found.setText(
            self.tr("{0} return(s) found.").format(len(matches)) if matches else self.tr("No return found.")
        )
        self.table.setRowCount(len(matches))
        found_by = {
            "tracking": self.tr("tracking number"),
            "order number": self.tr("order number"),
            "customer reference": self.tr("customer reference"),
            "SKU": self.tr("SKU or barcode"),
        }
        for row, match in enumerate(matches):
            shown = (
                match.tracking,
                found_by.get(match.matched, match.matched),
                match.retailer or "",
                match.destination or "",
                match.order_number or "",
                match.customer_reference or "",
                match.items,
            )
            for column, text in enumerate(shown):
                self.table.setItem(row, column, make_cell(text))
        if len(matches) == 1:
            self.table.selectRow(0)

    def chosen(self) -> PreadviceMatch | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.matches[min(rows)] if rows and min(rows) < len(self.matches) else None


class LinkReturnAction(ExceptionAction):
    def __init__(
        self,
        window: QWidget,
        view: ExceptionsView,
        writer: WriterThread,
        feedback: Callable[[str, str], None],
        lookup: LookupThread | None,
    ) -> None:
        super().__init__(window, view, writer, feedback)
        self.dialog: LinkReturnDialog | None = None
        self.lookup = lookup
        view.link_requested.connect(self.ask)
        if lookup is not None:
            lookup.matched.connect(self._matched)

    def ask(self, tracking: str) -> None:
        dialog = LinkReturnDialog(self.window, tracking)
        dialog.search_button.clicked.connect(lambda: self.search(dialog.query.text()))
        dialog.query.returnPressed.connect(lambda: self.search(dialog.query.text()))
        dialog.accepted.connect(lambda: self._link(tracking, dialog.chosen()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None  # a search answered after this is dropped

    def search(self, text: str) -> None:
        """On the lookup thread: a search reads for up to about a second on a million
        returns, and scans must not wait behind it (the writer thread without one)."""
        if not text.strip():
            return
        if self.lookup is not None:
            self.lookup.find_preadvice(text)
        else:
            self.writer.run(SEARCH_TAG, lambda workstation: workstation.find_preadvice(text))

    def _matched(self, matches: object) -> None:
        if self.dialog is not None:
            self.dialog.show_matches(cast("list[PreadviceMatch]", matches))

    def _link(self, tracking: str, match: PreadviceMatch | None) -> None:
        if match is not None:
            preadvice = match.tracking
            self.writer.run(TAG, lambda workstation: workstation.link_return(tracking, preadvice))

    def _done(self, tag: str, result: object) -> None:
        if tag == SEARCH_TAG:
            self._matched(result)
        elif tag == TAG:
            self.answered(result)
