"""The first screen: scan your badge (or type your badge id and press Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from hubscan.ui.banner import FeedbackBanner


class LoginView(QWidget):
    login_requested = Signal(str)  # a scan-stream line, e.g. HS:LOGIN:OP1001

    def __init__(self, hub: str, workstation: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.setSpacing(18)
        title = QLabel(self.tr("HubScan \u00b7 hub {0} \u00b7 workstation {1}").format(hub, workstation))
        title.setObjectName("hint")
        prompt = QLabel(self.tr("Scan your badge"))
        prompt.setStyleSheet("font-size: 56px; font-weight: 800;")
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = FeedbackBanner()
        self.banner.show_feedback("idle", self.tr("Hold your badge under the scanner."))
        manual = QLabel(self.tr("No badge to hand? Type your badge id and press Enter:"))
        manual.setObjectName("hint")
        self.badge = QLineEdit()
        self.badge.setPlaceholderText(self.tr("badge id, e.g. OP1001"))
        self.badge.setMaximumWidth(420)
        self.badge.returnPressed.connect(self._typed)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(prompt)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(manual)
        layout.addWidget(self.badge)
        self.notice = QLabel()
        self.notice.setObjectName("trouble")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

    def show_crash_notice(self, when: str, report: str) -> None:
        """The last run ended in an unexpected error: said once, for IT, work goes on."""
        self.notice.setText(
            "\u26a0 "
            + self.tr("HubScan stopped unexpectedly last time ({0}). Work on as normal; tell IT. Report: {1}").format(
                when, report
            )
        )
        self.notice.show()

    def _typed(self) -> None:
        badge = self.badge.text().strip().upper()
        self.badge.clear()
        if badge:
            self.login_requested.emit(f"HS:LOGIN:{badge}")
