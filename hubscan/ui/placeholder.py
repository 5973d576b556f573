"""A stand-in window until the workstation UI lands: shows the store is open and ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from hubscan.core.policy import HubPolicy


class PlaceholderWindow(QMainWindow):
    def __init__(self, db_path: Path, policy: HubPolicy) -> None:
        super().__init__()
        self.setWindowTitle(f"HubScan — hub {policy.hub_id}, workstation {policy.workstation_id}")
        label = QLabel(
            "<h1>HubScan</h1>"
            f"<p>Database: {db_path}</p>"
            "<p>The station screens arrive with the workstation UI. Meanwhile every station works "
            "headless: <code>hubscan session --operator OP1001</code>, one scan a line.</p>"
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setMargin(32)
        self.setCentralWidget(label)
        self.resize(900, 500)
