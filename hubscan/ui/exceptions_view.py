"""Returns that need someone: held, not pre-advised, or refused by the central service."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hubscan.core.readmodels import ExceptionEntry
from hubscan.ui.panels import Panel, make_cell, make_table


class ExceptionsView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.panel = Panel(self.tr("Exceptions"))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.table = make_table([self.tr("Tracking"), self.tr("Why"), self.tr("Status"), self.tr("Detail")])
        self.panel.body.addWidget(self.summary)
        self.panel.body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.panel)

    def show_entries(self, entries: list[ExceptionEntry]) -> None:
        kinds = {
            "held": self.tr("\u2716 on hold"),
            "unexpected": self.tr("\u26a0 unexpected"),
            "refused": self.tr("\u2716 refused by central"),
        }
        self.summary.setText(
            self.tr("{0} returns need attention. A supervisor releases holds with HS:RELEASE.").format(len(entries))
            if entries
            else self.tr("Nothing needs attention.")
        )
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self.table.setItem(row, 0, make_cell(entry.tracking, bold=True))
            self.table.setItem(row, 1, make_cell(kinds.get(entry.kind, entry.kind)))
            self.table.setItem(row, 2, make_cell(entry.status.value))
            self.table.setItem(row, 3, make_cell(entry.detail))
