"""A station at work: the answer banner, the parcel or consolidations, the last scans,
the shift counters, and what to scan next (with the command barcodes' texts, only those
the logged-in operator's role may use)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from hubscan.core.operators import Operator, Permission
from hubscan.core.readmodels import StationSnapshot
from hubscan.core.records import Station
from hubscan.ui.banner import FeedbackBanner
from hubscan.ui.panels import ConsolidationsPanel, ParcelPanel, RecentScansPanel, ShiftPanel
from hubscan.ui.theme import FEEDBACK


class StationView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.banner = FeedbackBanner()
        # The returns platform's alert on a parcel, until someone scans HS:ACK.
        self.alert = QLabel()
        self.alert.setTextFormat(Qt.TextFormat.PlainText)  # the platform's text, never markup
        self.alert.setWordWrap(True)
        background, ink, _glyph, _word = FEEDBACK["warning"]
        self.alert.setStyleSheet(
            f"background: {background}; color: {ink}; border-radius: 8px; padding: 10px 22px;"
            " font-size: 22px; font-weight: 700;"
        )
        self.alert.hide()
        self.parcel = ParcelPanel()
        self.consolidations = ConsolidationsPanel()
        self.recent = RecentScansPanel()
        self.shift = ShiftPanel()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.main = QStackedWidget()
        self.main.addWidget(self.parcel)
        self.main.addWidget(self.consolidations)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.main, 0, 0, 2, 1)
        grid.addWidget(self.recent, 0, 1)
        grid.addWidget(self.shift, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.alert)
        layout.addLayout(grid, 1)
        layout.addWidget(self.hint)

    def hints(self, operator: Operator | None) -> dict[Station, str]:
        """What to scan at each station; HS:HOLD and HS:RELEASE for an operator who may
        hold parcels (every role may)."""
        if operator is not None and operator.may(Permission.HOLD):
            receive = self.tr(
                "RECEIVE \u00b7 Scan each inbound parcel's tracking barcode. "
                "Hold: HS:HOLD or HS:HOLD:<reason> <note> \u00b7 Release: HS:RELEASE \u00b7 Log out: HS:LOGOUT"
            )
        else:
            receive = self.tr("RECEIVE \u00b7 Scan each inbound parcel's tracking barcode. Log out: HS:LOGOUT")
        return {
            Station.RECEIVE: receive,
            Station.PROCESS: self.tr(
                "PROCESS \u00b7 Scan the parcel, then each item inside. Grade: HS:GRADE:B \u00b7 "
                "Reject an item: HS:REJECTITEM:DAMAGED, then F8 for its photo \u00b7 "
                "Finish: HS:DONE \u00b7 Start again: HS:CANCEL \u00b7 To reject the parcel: HS:REASON:DAMAGED, "
                "then a supervisor's badge"
            ),
            Station.REJECT: self.tr(
                "REJECT \u00b7 Scan the parcel, a reason (HS:REASON:DAMAGED), a note if needed "
                "(HS:NOTE:text), photos (F8 or HS:PHOTO), then HS:DONE \u00b7 Start again: HS:CANCEL"
            ),
            Station.CONSOLIDATE: self.tr(
                "CONSOLIDATE \u00b7 Scan processed parcels for one destination into a container, "
                "HS:WEIGH each container, HS:DONE to close and print the connote \u00b7 "
                "HS:HANDOVER:<carrier> <trailer> loads closed ones \u00b7 Start again: HS:CANCEL"
            ),
        }

    def show_snapshot(self, snapshot: StationSnapshot) -> None:
        consolidating = snapshot.station is Station.CONSOLIDATE
        self.main.setCurrentWidget(self.consolidations if consolidating else self.parcel)
        self.parcel.show_parcel(snapshot.parcel, snapshot.reason, snapshot.note)
        self.consolidations.show_consolidations(
            snapshot.consolidations, snapshot.current_consolidation, snapshot.dispatch
        )
        self.recent.show_recent(snapshot.recent)
        self.shift.show_counts(snapshot.counts)
        self.hint.setText(self.hints(snapshot.operator)[snapshot.station])
        if snapshot.alert is None:
            self.alert.hide()
        else:
            tracking, text = snapshot.alert
            self.alert.setText(
                self.tr("\u26a0 ALERT on {0}: {1}  \u00b7  Scan HS:ACK once done.").format(tracking, text)
            )
            self.alert.show()
