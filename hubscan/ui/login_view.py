"""The first screen: scan your badge, or type your badge id and your PIN.

A keyboard-wedge scanner types the badge into the focused id field too; its keys come
7-16 ms apart, a person's 80 ms or more. The field's keys go through a ``WedgeDecoder``
(the one the window's wedge filter uses): a scanned badge logs in at once (the badge is
the proof), a typed id asks for the PIN.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hubscan.core.wedge import WedgeDecoder, WedgeSource
from hubscan.ui.banner import FeedbackBanner


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class LoginView(QWidget):
    login_requested = Signal(str)  # a scan-stream line, e.g. HS:LOGIN:OP1001
    pin_login_requested = Signal(str, str)  # badge id, PIN

    def __init__(self, hub: str, workstation: str, clock: Callable[[], float] = _monotonic_ms) -> None:
        super().__init__()
        self.clock = clock
        self._decoder = WedgeDecoder()
        self._source = WedgeSource.TYPED
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
        manual = QLabel(self.tr("No badge to hand? Type your badge id, Enter, then your PIN, Enter:"))
        manual.setObjectName("hint")
        self.badge = QLineEdit()
        self.badge.setPlaceholderText(self.tr("badge id, e.g. OP1001"))
        self.badge.setMinimumWidth(320)
        self.badge.setMaximumWidth(420)
        self.badge.installEventFilter(self)
        self.badge.returnPressed.connect(self._badge_entered)
        self.pin = QLineEdit()
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setMaximumWidth(200)
        self.pin.returnPressed.connect(self._pin_entered)
        fields = QHBoxLayout()
        fields.addWidget(self.badge)
        fields.addWidget(self.pin)
        fields.addStretch(1)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(prompt)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(manual)
        layout.addLayout(fields)
        self.notice = QLabel()
        self.notice.setObjectName("trouble")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Times the id field's keys (never takes them): scanner or person?"""
        if watched is self.badge and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            verdict = self._decoder.key("\r" if enter else event.text(), self.clock(), False)
            if verdict.completed is not None:
                self._source = verdict.completed.source
        return False

    def _badge_entered(self) -> None:
        badge = self.badge.text().strip().upper()
        scanned, self._source = self._source is WedgeSource.SCANNER, WedgeSource.TYPED
        if not badge:
            return
        if scanned:
            self.badge.clear()
            self.login_requested.emit(f"HS:LOGIN:{badge}")
            return
        self.pin.clear()
        self.pin.setFocus()
        self.banner.show_feedback("idle", self.tr("Now type your PIN and press Enter."))

    def _pin_entered(self) -> None:
        badge, pin = self.badge.text().strip().upper(), self.pin.text()
        self.pin.clear()
        if not badge:
            self.badge.setFocus()
            return
        self.badge.clear()
        self.badge.setFocus()
        self.pin_login_requested.emit(badge, pin)

    def show_crash_notice(self, when: str, report: str) -> None:
        """The last run ended in an unexpected error: said once, for IT, work goes on."""
        self.notice.setText(
            "\u26a0 "
            + self.tr("HubScan stopped unexpectedly last time ({0}). Work on as normal; tell IT. Report: {1}").format(
                when, report
            )
        )
        self.notice.show()
