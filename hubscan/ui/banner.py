"""The full-width answer to the last scan: colour, glyph, a word and large text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from hubscan.ui.theme import FEEDBACK


class FeedbackBanner(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setMinimumHeight(118)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 12, 22, 12)
        layout.setSpacing(20)
        self.glyph = QLabel()
        self.glyph.setFixedWidth(84)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.word = QLabel()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # answers quote pre-advice text: never markup
        self.message.setWordWrap(True)
        words.addWidget(self.word)
        words.addWidget(self.message, 1)
        layout.addWidget(self.glyph)
        layout.addLayout(words, 1)
        # Sizes once; colours with the result. Restyling is a re-polish of the banner:
        # done only when the result changes, not for every scan of a run of OKs.
        self.glyph.setStyleSheet("background: transparent; font-size: 64px; font-weight: 700;")
        self.word.setStyleSheet("background: transparent; font-size: 18px; font-weight: 800;")
        self.message.setStyleSheet("background: transparent; font-size: 30px; font-weight: 700;")
        self.result = ""
        self.show_feedback("idle", self.tr("Ready. Scan a barcode."))

    def show_feedback(self, result: str, message: str) -> None:
        """``result`` is ok, warning, error or idle."""
        background, ink, glyph, word = FEEDBACK[result]
        if result != self.result:
            self.setStyleSheet(
                f"QFrame#banner {{ background: {background}; border-radius: 8px; }} "
                f"QFrame#banner QLabel {{ color: {ink}; }}"
            )
            self.glyph.setText(glyph)
            self.word.setText(self._word(result, word))
        self.result = result
        self.message.setText(message)

    def _word(self, result: str, english: str) -> str:
        words = {"ok": self.tr("OK"), "warning": self.tr("CHECK"), "error": self.tr("STOP")}
        return words.get(result, english)
