"""The panels of a station screen, each filled from a ``StationSnapshot``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubscan.core.readmodels import DispatchView, OpenConsolidation, ParcelView, RecentScan, ShiftCounts
from hubscan.ui.text import outcome_title
from hubscan.ui.theme import FEEDBACK


class Panel(QFrame):
    """A white card with a small capitalised title."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(title.upper())
        self.title.setObjectName("panelTitle")
        self.body.addWidget(self.title)


def nav_button(text: str, go: Callable[..., None], group: QButtonGroup, row: QHBoxLayout) -> QPushButton:
    """A checkable button of the top bar's row, one of ``group``."""
    button = QPushButton(text)
    button.setObjectName("station")
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the scanner, not the buttons
    button.clicked.connect(go)
    group.addButton(button)
    row.addWidget(button)
    return button


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def make_cell(text: str, *, bold: bool = False, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if colour:
        item.setForeground(QColor(colour))
    return item


class ParcelPanel(Panel):
    """The current parcel, and its expected lines against what was scanned."""

    def __init__(self) -> None:
        super().__init__(self.tr("Current parcel"))
        self.heading = QLabel()
        self.heading.setObjectName("big")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        # Pre-advice text (retailer, notes, the platform's facts) is shown as it is, never as markup.
        for label in (self.heading, self.details, self.facts):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.lines = make_table(
            [
                self.tr("Item"),
                self.tr("Expected"),
                self.tr("Scanned"),
                "",
                self.tr("Shopper's reason"),
                self.tr("Disposition"),
            ]
        )
        self.body.addWidget(self.heading)
        self.body.addWidget(self.details)
        self.body.addWidget(self.facts)
        self.body.addWidget(self.lines, 1)
        self.show_parcel(None)

    def show_parcel(self, parcel: ParcelView | None, reason: str | None = None, note: str | None = None) -> None:
        if parcel is None:
            self.heading.setText(self.tr("No parcel"))
            self.details.setText(self.tr("Scan a parcel's tracking barcode."))
            self.facts.hide()
            self.lines.setRowCount(0)
            return
        flags: list[str] = []
        if parcel.test:
            flags.insert(0, self.tr("TEST return: not for shipping"))
        approval = {
            "refused": self.tr("\u2716 refused by the retailer"),
            "cancelled": self.tr("\u2716 cancelled by the retailer"),
            "pending": self.tr("approval pending"),
        }.get(parcel.approval or "")
        if approval:
            flags.append(approval)
        if parcel.on_hold:
            why = ": ".join(part for part in (parcel.hold_reason, parcel.hold_note) if part)
            flags.append(
                self.tr("\u2716 ON HOLD ({0}) by {1}").format(why, parcel.held_by)
                if parcel.held_by
                else self.tr("\u2716 ON HOLD ({0}) for a supervisor").format(why)
            )
        if parcel.unexpected:
            flags.append(self.tr("\u26a0 not pre-advised"))
        if parcel.faulty:
            if parcel.faulty_destination:
                flags.append(self.tr("faulty: to {0}").format(parcel.faulty_destination))
            else:
                flags.append(self.tr("faulty-return flow"))
        test = self.tr("TEST") + "  \u00b7  " if parcel.test else ""
        self.heading.setText(f"{test}{parcel.tracking}  \u00b7  {parcel.status.value}")
        parts = [parcel.retailer or self.tr("retailer unknown"), self.tr("to {0}").format(parcel.destination or "?")]
        if reason:
            parts.append(self.tr("reason: {0}").format(reason))
        if note:
            parts.append(self.tr("note: {0}").format(note))
        if parcel.exception:
            parts.append(self.tr("central: {0}").format(parcel.exception))
        self.details.setText("   \u00b7   ".join(parts + flags))
        self._show_facts(parcel)
        rows = [
            (line.description, line.expected, line.scanned, line.reason, line.dispositions) for line in parcel.lines
        ]
        if parcel.extras:
            rows.append((self.tr("Not expected"), 0, parcel.extras, None, ""))
        self.lines.setRowCount(len(rows))
        for row, (description, expected, scanned, shopper_reason, dispositions) in enumerate(rows):
            done = scanned == expected
            if done:
                mark = "\u2714"
            elif scanned > expected:
                mark = "\u2716 " + self.tr("{0} too many").format(scanned - expected)
            else:
                mark = self.tr("{0} to go").format(expected - scanned)
            colour = "#17692f" if done else ("#b3261e" if scanned > expected else None)
            self.lines.setItem(row, 0, make_cell(description))
            self.lines.setItem(row, 1, make_cell(str(expected)))
            self.lines.setItem(row, 2, make_cell(str(scanned), bold=True, colour=colour))
            self.lines.setItem(row, 3, make_cell(mark, bold=True, colour=colour))
            self.lines.setItem(row, 4, make_cell(shopper_reason or ""))
            self.lines.setItem(row, 5, make_cell(dispositions))

    def _show_facts(self, parcel: ParcelView) -> None:
        """What the returns platform says of the return: order, customer, type, reasons."""
        facts = parcel.facts
        if facts is None:
            self.facts.hide()
            return
        shown = [
            self.tr("order {0}").format(facts.order_number) if facts.order_number else "",
            self.tr("customer ref. {0}").format(facts.customer_reference) if facts.customer_reference else "",
            self.tr("type: {0}").format(facts.return_type) if facts.return_type else "",
            self.tr("reasons: {0}").format("; ".join(facts.reasons)) if facts.reasons else "",
        ]
        text = "   \u00b7   ".join(part for part in shown if part)
        self.facts.setText(text)
        self.facts.setVisible(bool(text))


class ConsolidationsPanel(Panel):
    """Open consolidations by destination, with their piece counts."""

    def __init__(self) -> None:
        super().__init__(self.tr("Open consolidations"))
        self.table = make_table([self.tr("Destination"), self.tr("Pieces"), self.tr("Containers"), self.tr("Opened")])
        self.body.addWidget(self.table, 1)
        # What waits for the carrier: closed consolidations' containers, the handover.
        self.dispatch = QLabel()
        self.dispatch.setWordWrap(True)
        self.dispatch.hide()
        self.body.addWidget(self.dispatch)
        self.label = QLabel()  # the last connote label, as printed
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.label_hint = QLabel(self.tr("Last connote label \u00b7 Ctrl+R reprints it (with a reason)"))
        self.label_hint.setObjectName("hint")
        self.label_hint.hide()
        self.body.addWidget(self.label_hint)
        self.body.addWidget(self.label, 2)

    def show_label(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.label.setPixmap(pixmap.scaledToHeight(320, Qt.TransformationMode.SmoothTransformation))
        self.label_hint.show()

    def show_consolidations(
        self, open_ones: tuple[OpenConsolidation, ...], current: int | None, dispatch: DispatchView | None = None
    ) -> None:
        self.table.setRowCount(len(open_ones))
        for row, consolidation in enumerate(open_ones):
            here = consolidation.id == current
            name = f"{consolidation.destination_name} ({consolidation.destination})"
            self.table.setItem(row, 0, make_cell(("\u25b6 " if here else "") + name, bold=here))
            self.table.setItem(row, 1, make_cell(str(consolidation.pieces), bold=True))
            packed = self.tr("{0} ({1} weighed)").format(consolidation.containers, consolidation.weighed)
            self.table.setItem(row, 2, make_cell(packed))
            self.table.setItem(row, 3, make_cell(consolidation.opened_at.astimezone().strftime("%H:%M")))
        self._show_dispatch(dispatch)

    def _show_dispatch(self, dispatch: DispatchView | None) -> None:
        parts = []
        if dispatch is not None and dispatch.handover:
            parts.append(
                self.tr("Handover open: {0}, {1} container(s) loaded").format(dispatch.handover, dispatch.loaded)
            )
        if dispatch is not None and dispatch.waiting:
            parts.append(
                self.tr("To hand over: {0} container(s) of {1} closed consolidation(s)").format(
                    dispatch.waiting, dispatch.waiting_connotes
                )
            )
        self.dispatch.setText("   \u00b7   ".join(parts))
        self.dispatch.setVisible(bool(parts))


class RecentScansPanel(Panel):
    """The latest scans, newest first: what was scanned and, in words, what it did (the
    outcome's title; its code is the row's tooltip, for support)."""

    def __init__(self) -> None:
        super().__init__(self.tr("Last scans"))
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A long scan (a note) wraps rather than pushing its outcome out of sight.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(self.list, 1)

    def show_recent(self, recent: tuple[RecentScan, ...]) -> None:
        self.list.clear()
        for scan in recent:
            # A scan whose label did not print is not done: no green tick beside it. One
            # whose label is still on its way to the printer (or has no printer) is not
            # done either, nor failed: it is shown waiting, in plain ink.
            result = "error" if scan.unprinted else "idle" if scan.unsent else scan.result
            _, _, glyph, _ = FEEDBACK.get(result, FEEDBACK["idle"])
            colour = {"ok": "#17692f", "warning": "#8a6100", "error": "#b3261e"}.get(result, "#1d2430")
            when = scan.at.astimezone().strftime("%H:%M:%S")
            # GS1 data's separator (GS, FNC1) has no glyph in the station fonts: shown as <GS>.
            shown = scan.raw.replace("\x1d", "<GS>")
            text = f"{glyph}  {when}  {shown}  \u2014  {outcome_title(scan.code)}"
            if scan.unprinted:
                text += "  \u2014  " + self.tr("label not printed")
            elif scan.unsent:
                text += "  \u2014  " + self.tr("label waiting to print")
            item = QListWidgetItem(text)
            item.setForeground(QColor(colour))
            item.setToolTip(scan.code)
            self.list.addItem(item)


class ShiftPanel(Panel):
    """Per-shift counters: since this operator logged in."""

    def __init__(self) -> None:
        super().__init__(self.tr("This shift"))
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        names = {
            "received": self.tr("Received"),
            "processed": self.tr("Processed"),
            "rejected": self.tr("Rejected"),
            "exported": self.tr("Exported"),
            "rate": self.tr("Scans / hour"),
        }
        for index, (key, name) in enumerate(names.items()):
            value = QLabel("0")
            value.setObjectName("big")
            caption = QLabel(name)
            caption.setObjectName("hint")
            grid.addWidget(value, 0, index, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(caption, 1, index, Qt.AlignmentFlag.AlignHCenter)
            self.values[key] = value
        holder = QWidget()
        holder.setLayout(grid)
        self.body.addWidget(holder)

    def show_counts(self, counts: ShiftCounts, now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        for key in ("received", "processed", "rejected", "exported"):
            self.values[key].setText(str(getattr(counts, key)))
        self.values["rate"].setText(str(counts.scans_per_hour(now)))
