"""Search by tracking number: the return as this station knows it, its local events,
and what the central service reports from every hub."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from hubscan.core.readmodels import ReturnTimeline, TimelineStep
from hubscan.ui.panels import Panel, make_cell, make_table


def _when(at: datetime | str) -> str:
    if isinstance(at, datetime):
        return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class SearchView(QWidget):
    search_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Scan or type a tracking number, then Enter"))
        self.field.returnPressed.connect(self._typed)
        self.heading = QLabel()
        self.heading.setObjectName("big")
        self.details = QLabel()
        self.details.setWordWrap(True)
        for label in (self.heading, self.details):  # pre-advice text, shown as it is
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.local_panel = Panel(self.tr("At this workstation"))
        self.local = make_table(
            [self.tr("When"), self.tr("What"), self.tr("Station"), self.tr("Who"), self.tr("Detail")]
        )
        self.local_panel.body.addWidget(self.local, 1)
        self.central_panel = Panel(self.tr("Central service (every hub)"))
        self.central_note = QLabel()
        self.central_note.setObjectName("hint")
        self.central = make_table([self.tr("When"), self.tr("Status"), self.tr("Hub"), "", self.tr("Detail")])
        self.central_panel.body.addWidget(self.central_note)
        self.central_panel.body.addWidget(self.central, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.local_panel, 3)
        layout.addWidget(self.central_panel, 2)

    def _typed(self) -> None:
        text = self.field.text().strip().upper()
        if text:
            self.search_requested.emit(text)

    def show_timeline(self, found: ReturnTimeline) -> None:
        self.field.setText(found.tracking)
        parcel = found.parcel
        if parcel is None:
            self.heading.setText(found.tracking)
            self.details.setText(self.tr("Not known at this workstation."))
        else:
            self.heading.setText(f"{parcel.tracking}  \u00b7  {parcel.status.value}")
            parts = [parcel.retailer or "", parcel.destination or ""]
            if parcel.on_hold:
                parts.append(self.tr("\u2716 ON HOLD"))
            self.details.setText("   \u00b7   ".join(p for p in parts if p))
        self._fill(self.local, found.local)
        self._fill(self.central, found.central)
        self.central_note.setText(found.central_note or "")
        self.central_note.setVisible(bool(found.central_note))

    @staticmethod
    def _fill(table: object, steps: tuple[TimelineStep, ...]) -> None:
        from PySide6.QtWidgets import QTableWidget

        assert isinstance(table, QTableWidget)
        table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for column, text in enumerate((_when(step.at), step.what, step.where, step.who, step.detail)):
                table.setItem(row, column, make_cell(text, bold=column == 1))
