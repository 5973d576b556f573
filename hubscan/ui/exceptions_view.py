"""Returns that need someone: held, not pre-advised, misrouted, or refused by the central service."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hubscan.core.readmodels import ExceptionEntry
from hubscan.ui.panels import Panel, make_cell, make_table


class ExceptionsView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.panel = Panel(self.tr("Exceptions"))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.table = make_table(
            [
                self.tr("Tracking"),
                self.tr("Why"),
                self.tr("Status"),
                self.tr("Age"),
                self.tr("Bench"),
                self.tr("By"),
                self.tr("Detail"),
            ]
        )
        self.panel.body.addWidget(self.summary)
        self.panel.body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.panel)

    def age(self, since: datetime | None, now: datetime) -> str:
        """How long the return has needed someone, in the largest two units."""
        if since is None:
            return ""
        minutes = max(0, int((now - since).total_seconds() // 60))
        hours, days = minutes // 60, minutes // 1440
        if days:
            return self.tr("{0} d {1} h").format(days, hours % 24)
        if hours:
            return self.tr("{0} h {1} min").format(hours, minutes % 60)
        return self.tr("{0} min").format(minutes)

    def show_entries(self, entries: list[ExceptionEntry], now: datetime | None = None) -> None:
        kinds = {
            "held": self.tr("\u2716 on hold"),
            "unexpected": self.tr("\u26a0 unexpected"),
            "refused": self.tr("\u2716 refused by central"),
            "misrouted": self.tr("\u26a0 misrouted"),
        }
        self.summary.setText(
            self.tr("{0} returns need attention. A supervisor releases holds with HS:RELEASE.").format(len(entries))
            if entries
            else self.tr("Nothing needs attention.")
        )
        now = now or datetime.now(UTC)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                entry.tracking,
                kinds.get(entry.kind, entry.kind),
                entry.status.value,
                self.age(entry.since, now),
                entry.bench or "",
                entry.operator or "",
                entry.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, make_cell(text, bold=column == 0))
