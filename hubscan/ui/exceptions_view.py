"""Returns that need someone: held, not pre-advised, misrouted, or refused by the central
service. A supervisor picks a misrouted parcel or a refusal and resolves it with a note."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hubscan.core.readmodels import ExceptionEntry
from hubscan.ui.panels import Panel, make_cell, make_table
from hubscan.ui.theme import FEEDBACK

# The kinds a note resolves; a hold is released (HS:RELEASE), an unexpected parcel needs its return.
RESOLVABLE = frozenset({"misrouted", "refused"})


class ExceptionsView(QWidget):
    resolve_requested = Signal(str, str, bool)  # tracking, what the exception says, a refusal (may escalate)
    create_requested = Signal(str)  # the tracking of a parcel that was not pre-advised
    link_requested = Signal(str)  # the same, to find the pre-advice it belongs to
    misrouted_settled = Signal(str, bool)  # a misrouted parcel's tracking; True: send it to its hub

    def __init__(self) -> None:
        super().__init__()
        self.panel = Panel(self.tr("Exceptions"))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setTextFormat(Qt.TextFormat.PlainText)  # answers quote pre-advice text
        self.answer.setWordWrap(True)
        self.answer.hide()
        self.resolve_button = QPushButton(self.tr("Resolve\u2026"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self._resolve_selected)
        self.create_button = QPushButton(self.tr("Give it its return\u2026"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create_selected)
        self.forward_button = QPushButton(self.tr("Send to its hub"))
        self.forward_button.setEnabled(False)
        self.forward_button.clicked.connect(lambda: self._settle_selected(True))
        self.keep_button = QPushButton(self.tr("Keep here"))
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(lambda: self._settle_selected(False))
        self.link_button = QPushButton(self.tr("Find its pre-advice\u2026"))
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self._link_selected)
        self.entries: list[ExceptionEntry] = []
        self.may_resolve = False
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.forward_button)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.link_button)
        actions.addWidget(self.create_button)
        actions.addWidget(self.resolve_button)
        self.panel.body.addLayout(actions)
        self.panel.body.addWidget(self.answer)
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

    def selected(self) -> ExceptionEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.entries[min(rows)] if rows and min(rows) < len(self.entries) else None

    def select(self, tracking: str, kind: str) -> None:
        """Select the row of ``tracking``'s exception of ``kind`` (as a click does)."""
        for row, entry in enumerate(self.entries):
            if (entry.tracking, entry.kind) == (tracking, kind):
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.resolve_button.setEnabled(self.may_resolve and entry is not None and entry.kind in RESOLVABLE)
        unexpected = self.may_resolve and entry is not None and entry.kind == "unexpected"
        self.create_button.setEnabled(unexpected)
        self.link_button.setEnabled(unexpected)
        misrouted = self.may_resolve and entry is not None and entry.kind == "misrouted"
        self.forward_button.setEnabled(misrouted)
        self.keep_button.setEnabled(misrouted)

    def _create_selected(self) -> None:
        entry = self.selected()
        if entry is not None and entry.kind == "unexpected":
            self.create_requested.emit(entry.tracking)

    def _settle_selected(self, forward: bool) -> None:
        entry = self.selected()
        if entry is not None and entry.kind == "misrouted":
            self.misrouted_settled.emit(entry.tracking, forward)

    def _link_selected(self) -> None:
        entry = self.selected()
        if entry is not None and entry.kind == "unexpected":
            self.link_requested.emit(entry.tracking)

    def _resolve_selected(self) -> None:
        entry = self.selected()
        if entry is not None and entry.kind in RESOLVABLE:
            self.resolve_requested.emit(entry.tracking, entry.detail, entry.kind == "refused")

    def show_answer(self, result: str, text: str) -> None:
        """What the last resolution answered, in its feedback colour, above the list."""
        background, ink, mark, _ = FEEDBACK.get(result, FEEDBACK["ok"])
        self.answer.setStyleSheet(f"background: {background}; color: {ink}; font-weight: 600; padding: 6px;")
        self.answer.setText(f"{mark} {text}")
        self.answer.show()

    def show_entries(
        self, entries: list[ExceptionEntry], now: datetime | None = None, *, may_resolve: bool = False
    ) -> None:
        kinds = {
            "held": self.tr("\u2716 on hold"),
            "unexpected": self.tr("\u26a0 unexpected"),
            "refused": self.tr("\u2716 refused by central"),
            "misrouted": self.tr("\u26a0 misrouted"),
            "ageing": self.tr("\u231b in the hub too long"),
        }
        self.summary.setText(
            self.tr(
                "{0} return(s) need attention. A hold is released (HS:RELEASE) by whoever holds it or a "
                "supervisor. A supervisor sends a misrouted parcel to its hub or keeps it here, finds an "
                "unexpected parcel's pre-advice or gives it its return, and resolves a refusal with a note. "
                "Parcels in the hub too long come last, oldest first."
            ).format(len(entries))
            if entries
            else self.tr("Nothing needs attention.")
        )
        self.entries = list(entries)
        self.may_resolve = may_resolve
        self.resolve_button.setVisible(may_resolve)
        self.create_button.setVisible(may_resolve)
        self.link_button.setVisible(may_resolve)
        self.forward_button.setVisible(may_resolve)
        self.keep_button.setVisible(may_resolve)
        now = now or datetime.now(UTC)
        self.table.clearSelection()
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
