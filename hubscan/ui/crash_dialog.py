"""The window's side of crash handling: a dialog with the recent log when HubScan hits
an unexpected error (from any thread), and Qt's own messages routed into the log."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox

qt_log = logging.getLogger("hubscan.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> None:
    qInstallMessageHandler(_qt_message)


class CrashDialogs(QObject):
    """``notify`` may be called from any thread; the dialog opens in the GUI thread."""

    crashed = Signal(str, str)  # report path ("" if none could be written), summary

    def __init__(self, recent_log: Path) -> None:
        super().__init__()
        self.log_dir = recent_log
        self.shown: list[QMessageBox] = []
        self.crashed.connect(self._show)

    def notify(self, report: Path | None, summary: str) -> None:
        self.crashed.emit(str(report or ""), summary)

    def _show(self, report: str, summary: str) -> None:
        from hubscan.logs import recent

        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("HubScan: unexpected error"), "")
        box.setText(
            self.tr(
                "HubScan hit an unexpected error: {0}\n\nScans already answered are saved. If the window stops "
                "answering, close HubScan and start it again, and tell IT."
            ).format(summary)
        )
        if report:
            box.setInformativeText(self.tr("The crash report for IT: {0}").format(report))
        box.setDetailedText(recent(self.log_dir, 60))
        box.setModal(False)
        box.show()
        self.shown.append(box)


def startup_problem(message: str) -> QMessageBox:
    """HubScan cannot start (bad settings, an unreadable database): what and what to do."""
    box = QMessageBox(QMessageBox.Icon.Critical, "HubScan", "")
    box.setText(QCoreApplication.translate("Startup", "HubScan cannot start."))
    box.setInformativeText(
        message
        + "\n\n"
        + QCoreApplication.translate(
            "Startup", "IT: 'hubscan config check' lists every bad setting; 'hubscan doctor' checks the station."
        )
    )
    return box
