"""Serial scanner lines and status as Qt signals (queued into the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hubscan.devices.scanner import ScannerSettings, ScannerState, SerialScanner


class SerialScannerBridge(QObject):
    """Owns a ``SerialScanner``; its reader thread emits, receivers run in their own thread."""

    scanned = Signal(str)
    status_changed = Signal(str, str)  # state value, message for the operator

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scanner = SerialScanner(settings, self.scanned.emit, self._status)

    def _status(self, state: ScannerState, message: str) -> None:
        self.status_changed.emit(state.value, message)

    def start(self) -> None:
        self.scanner.start()

    def stop(self) -> None:
        self.scanner.stop()
