"""The Sync view: is the central service reachable, what waits to be sent, since when."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from hubscan.core.readmodels import SyncStatus
from hubscan.ui.panels import Panel


def age(seconds: float | None) -> str:
    if seconds is None:
        return "\u2014"
    minutes = int(seconds // 60)
    if minutes < 1:
        return f"{int(seconds)} s"
    if minutes < 120:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


class SyncView(QWidget):
    def __init__(self, configured: bool) -> None:
        super().__init__()
        self.panel = Panel(self.tr("Sync with the central service"))
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        rows = {
            "state": self.tr("Central service"),
            "queue": self.tr("Events waiting to be sent"),
            "oldest": self.tr("Oldest waiting event"),
            "success": self.tr("Last successful sync"),
            "error": self.tr("Last error"),
            "exceptions": self.tr("Events the central service refused"),
            "photos": self.tr("Photos waiting to be sent"),
        }
        for row, (key, caption) in enumerate(rows.items()):
            name = QLabel(caption)
            name.setObjectName("hint")
            value = QLabel("\u2014")
            value.setObjectName("big" if key in ("state", "queue") else "")
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        self.panel.body.addWidget(holder)
        self.panel.body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.panel)
        if not configured:
            self.values["state"].setText(self.tr("not set up: this station works offline (set central.url)"))

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        state = "\u25cf " + self.tr("online") if status.online else "\u2716 " + self.tr("unreachable")
        self.values["state"].setText(state)
        self.values["queue"].setText(str(status.queue_depth))
        self.values["oldest"].setText(age(status.oldest_age_s(now)))
        self.values["success"].setText(status.last_success or "\u2014")
        self.values["error"].setText(status.last_error or "\u2014")
        self.values["exceptions"].setText(str(status.exceptions))
        photos = str(status.photos_waiting)
        if status.photos_given_up:
            photos += " " + self.tr("({0} no longer tried: {1})").format(status.photos_given_up, status.photos_error)
        self.values["photos"].setText(photos)
