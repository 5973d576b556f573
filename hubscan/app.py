"""The composition root of the workstation window: builds the store's services, the
writer thread, the scanners and the window, and wires them. The one module that
knows every layer."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from hubscan.config import ConfigError, load_values
from hubscan.core.policy import HubPolicy
from hubscan.core.scan import ScanClassifier
from hubscan.devices.scanner import ScannerSettings
from hubscan.services.printing import PrintDesk
from hubscan.services.settings_file import EDITABLE
from hubscan.services.workstation import Workstation
from hubscan.store.store import LocalStore
from hubscan.ui import theme
from hubscan.ui.i18n import LanguageSwitch
from hubscan.ui.longwork import ImportThread
from hubscan.ui.lookup import LookupThread
from hubscan.ui.scanner_bridge import SerialScannerBridge
from hubscan.ui.sounds import FeedbackSounds
from hubscan.ui.wedge_filter import WedgeScannerFilter
from hubscan.ui.window import MainWindow
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # the sync stack (requests) loads only when a central service is set up
    from hubscan.sync.engine import SyncEngine, SyncWorker


@dataclass
class StationParts:
    """What the window needs beyond the store: printer, serial scanner, idle logout,
    language, and a folder for generated files (sounds, compiled translations)."""

    printing: PrintDesk
    scanner_url: str | None = None
    scanner_baudrate: int = 9600
    idle_logout_s: int = 900
    files: Path | None = None
    language: str = "en"
    sync: SyncEngine | None = None  # None: no central service set up; the station works offline
    sync_interval_s: float = 10.0
    sync_max_backoff_s: float = 300.0
    settings_file: Path | None = None  # the station's hubscan.toml, edited by the Settings view


class SyncStatusBridge(QObject):
    """The sync thread's status after each round, into the GUI thread."""

    status_changed = Signal(object)  # SyncStatus


class WorkstationWindow:
    def __init__(self, app: QApplication, store: LocalStore, policy: HubPolicy, parts: StationParts) -> None:
        theme.apply(app)
        self.app = app
        self.policy = policy
        self.parts = parts
        files = parts.files or store.path.parent
        self.languages = LanguageSwitch(files / "translations")
        self.languages.use(parts.language)
        # Timelines ask the central service on their own connection and thread.
        self.lookup_client = None
        if parts.sync is not None:
            from hubscan.sync.client import CentralClient

            self.lookup_client = CentralClient(parts.sync.client.settings)
        self.workstation = Workstation(store, policy, parts.printing, self.lookup_client)
        self.writer = WriterThread(self.workstation)
        self.lookup = LookupThread(self.workstation)
        self.importer = ImportThread(self.workstation)
        self.sounds = FeedbackSounds(files / "sounds") if parts.files is not None else None
        self.wedge = WedgeScannerFilter()
        app.installEventFilter(self.wedge)
        self.serial: SerialScannerBridge | None = None
        self.sync_status = SyncStatusBridge()
        self.sync: SyncWorker | None = None
        self.window = self._new_window()
        printer = parts.printing.printer
        self.window.set_device(
            "printer",
            printer is not None,
            printer.url
            if printer is not None
            else self.window.tr("No label printer is set: set printer.url in the settings."),
        )
        if parts.scanner_url:
            self.serial = SerialScannerBridge(ScannerSettings(parts.scanner_url, parts.scanner_baudrate))
            self.serial.scanned.connect(self._scanned)
            self.serial.status_changed.connect(self._scanner_status)
            self.serial.start()
        if parts.sync is not None:
            from hubscan.sync.engine import SyncWorker

            self.sync = SyncWorker(
                parts.sync, parts.sync_interval_s, parts.sync_max_backoff_s, self.sync_status.status_changed.emit
            )
            self.sync.start()
        # Everything built so far (modules, table metadata, widgets) lives as long as the
        # window: out of the collector's sight, a full collection no longer walks it. It
        # did stall the window 58-70 ms about ten seconds into a 20-scans-a-second burst.
        gc.freeze()

    def _new_window(self) -> MainWindow:
        window = MainWindow(
            self.writer,
            self.policy.hub_id,
            self.policy.workstation_id,
            self.sounds,
            self.parts.idle_logout_s,
            self.languages.language,
            self.parts.sync is not None,
            self.lookup,
            self.importer,
            self.parts.settings_file,
            self._current_settings(),
            ScanClassifier(self.policy.scan_format),
        )
        self.wedge.scanned.connect(window.submit)
        self.sync_status.status_changed.connect(window.show_sync_status)
        window.language_requested.connect(self.switch_language)
        return window

    def _current_settings(self) -> dict[str, object]:
        try:
            values = load_values(self.parts.settings_file)
        except ConfigError:
            values = {}
        return {key: values.get(key) for key in EDITABLE} | {"ui.language": self.languages.language}

    def _scanned(self, raw: str) -> None:
        self.window.submit(raw)

    def _scanner_status(self, state: str, message: str) -> None:
        self.window.set_device("scanner", state == "connected", message)

    def switch_language(self, language: str) -> None:
        """Every visible word in ``language``: the window is built again in it (what it
        shows comes back from the writer thread), at the same place and size."""
        self.languages.use(language)
        old = self.window
        self.wedge.scanned.disconnect(old.submit)
        self.sync_status.status_changed.disconnect(old.show_sync_status)
        self.window = self._new_window()
        for device, (ok, message) in old.devices.items():
            self.window.set_device(device, ok, message)
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.hide()
        old.deleteLater()

    def close(self) -> None:
        """Stop input first, then let the writer finish what was posted."""
        self.app.removeEventFilter(self.wedge)
        if self.serial is not None:
            self.serial.stop()
        if self.sync is not None:
            self.sync.stop()
        self.window.close()
        self.writer.stop()
        self.lookup.stop()
        self.importer.stop()
        if self.lookup_client is not None:
            self.lookup_client.close()


def build_window(app: QApplication, store: LocalStore, policy: HubPolicy, parts: StationParts) -> WorkstationWindow:
    return WorkstationWindow(app, store, policy, parts)
