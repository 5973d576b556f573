"""The station look: calm, high contrast, large type for what matters.

Colour never carries meaning alone: every state also has an icon glyph and words.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

INK = "#1d2430"
PAPER = "#f4f6f8"
PANEL = "#ffffff"
LINE = "#c9d1da"
MUTED = "#4f5b6a"
ACCENT = "#1f4e8c"

# result -> (background, text colour, glyph, word)
FEEDBACK = {
    "ok": ("#17692f", "#ffffff", "\u2714", "OK"),
    "warning": ("#f2b705", "#1d2430", "\u26a0", "CHECK"),
    "error": ("#b3261e", "#ffffff", "\u2716", "STOP"),
    "idle": ("#dfe5ec", "#1d2430", "\u25b6", ""),
}

STYLE = f"""
QWidget {{ background: {PAPER}; color: {INK}; font-size: 15px; }}
QFrame#panel {{ background: {PANEL}; border: 1px solid {LINE}; border-radius: 6px; }}
QLabel#panelTitle {{ font-size: 13px; font-weight: 600; color: {MUTED}; letter-spacing: 1px; background: transparent; }}
QLabel#big {{ font-size: 26px; font-weight: 700; background: transparent; }}
QLabel#hint {{ font-size: 16px; color: {MUTED}; background: transparent; }}
QLabel {{ background: transparent; }}
QWidget#topBar {{ background: {INK}; }}
QPushButton#station {{
    color: {INK}; background: {PANEL}; border: 2px solid {LINE}; border-radius: 6px;
    padding: 8px 9px; font-size: 15px; font-weight: 600; min-height: 30px;
}}
QPushButton#station:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#station:disabled {{ color: #9aa5b1; background: {INK}; border-color: #4f5b6a; border-style: dashed; }}
QTableWidget, QListWidget {{ background: {PANEL}; border: none; font-size: 16px; gridline-color: {LINE}; }}
QHeaderView::section {{ background: {PAPER}; border: none; border-bottom: 1px solid {LINE};
    padding: 4px; font-weight: 600; color: {MUTED}; }}
QLineEdit {{ background: white; border: 2px solid {LINE}; border-radius: 6px; padding: 6px; font-size: 20px; }}
QLabel#trouble {{ background: #fff4d6; color: {INK}; border: 2px solid #f2b705; border-radius: 6px;
    padding: 6px 10px; font-size: 16px; font-weight: 600; }}
QLabel#deviceOk {{ color: #17692f; font-weight: 600; }}
QLabel#deviceBad {{ color: #b3261e; font-weight: 700; }}
"""


def app_icon() -> QIcon:
    """A parcel with a tick, drawn rather than shipped as a file."""
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 64
        painter.setBrush(QColor(ACCENT))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(4 * s, 10 * s, 56 * s, 46 * s), 6 * s, 6 * s)
        painter.setBrush(QColor("#f2b705"))
        painter.drawRect(QRectF(28 * s, 10 * s, 8 * s, 46 * s))
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(QColor("white"))
        pen.setWidthF(6 * s)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(14 * s, 34 * s), QPointF(24 * s, 44 * s), QPointF(48 * s, 20 * s)])
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def apply(app: QApplication) -> None:
    font = QFont()
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(app_icon())
