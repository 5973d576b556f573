"""The composition root of the workstation window: builds the store's services, the
writer thread, the scanners and the window, and wires them. The one module that
knows every layer."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hubscan.core.policy import HubPolicy
from hubscan.devices.scanner import ScannerSettings
from hubscan.services.printing import PrintDesk
from hubscan.services.workstation import Workstation
from hubscan.store.store import LocalStore
from hubscan.ui import theme
from hubscan.ui.scanner_bridge import SerialScannerBridge
from hubscan.ui.sounds import FeedbackSounds
from hubscan.ui.wedge_filter import WedgeScannerFilter
from hubscan.ui.window import MainWindow
from hubscan.ui.writer import WriterThread


@dataclass
class StationParts:
    """What the window needs beyond the store: printer, serial scanner, idle logout."""

    printing: PrintDesk
    scanner_url: str | None = None
    scanner_baudrate: int = 9600
    idle_logout_s: int = 900
    sounds_folder: Path | None = None


@dataclass
class WorkstationWindow:
    window: MainWindow
    writer: WriterThread
    wedge: WedgeScannerFilter
    serial: SerialScannerBridge | None = None
    extra: list[object] = field(default_factory=list)

    def close(self) -> None:
        """Stop input first, then let the writer finish what was posted."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
        if self.serial is not None:
            self.serial.stop()
        self.window.close()
        self.writer.stop()


def build_window(app: QApplication, store: LocalStore, policy: HubPolicy, parts: StationParts) -> WorkstationWindow:
    theme.apply(app)
    writer = WriterThread(Workstation(store, policy, parts.printing))
    sounds = FeedbackSounds(parts.sounds_folder) if parts.sounds_folder is not None else None
    window = MainWindow(writer, policy.hub_id, policy.workstation_id, sounds, parts.idle_logout_s)
    wedge = WedgeScannerFilter(parent=window)
    wedge.scanned.connect(window.submit)
    app.installEventFilter(wedge)
    printer = parts.printing.printer
    window.set_device(
        "printer",
        printer is not None,
        printer.url if printer is not None else window.tr("No label printer is set: set printer.url in the settings."),
    )
    serial = None
    if parts.scanner_url:
        serial = SerialScannerBridge(ScannerSettings(parts.scanner_url, parts.scanner_baudrate))
        serial.scanned.connect(window.submit)
        serial.status_changed.connect(
            lambda state, message: window.set_device("scanner", state == "connected", message)
        )
        serial.start()
    # Everything built so far (modules, table metadata, widgets) lives as long as the
    # window: out of the collector's sight, a full collection no longer walks it. It did
    # stall the window 58-70 ms about ten seconds into a 20-scans-a-second burst.
    gc.freeze()
    return WorkstationWindow(window, writer, wedge, serial)
