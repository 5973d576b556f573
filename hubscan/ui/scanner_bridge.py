"""Serial scanner lines and status as Qt signals, always emitted in the GUI thread.

The scanner's reader thread calls back from its own thread. A Qt signal emitted
there reaches a QObject's slot queued, but a plain callable (a lambda, a method of a
non-Qt object, a test helper) would run in the reader thread and touch widgets from
it. So the bridge hops to its own (GUI) thread first and emits from there.

The scanner itself comes from the composition root (``hubscan.app``): the UI knows
core and the services, not the devices package.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot

from hubscan.core.notices import Notice


class Scanner(Protocol):
    """What the bridge drives: ``hubscan.devices.scanner.SerialScanner``."""

    def start(self) -> None: ...
    def stop(self) -> None: ...


# Given the bridge's two callbacks (a line read; a state and its notice), opens the scanner.
ScannerFactory = Callable[[Callable[[str], None], Callable[[Enum, Notice], None]], Scanner]


class SerialScannerBridge(QObject):
    """Owns a serial scanner; receivers of its signals always run in the GUI thread."""

    scanned = Signal(str)
    status_changed = Signal(str, object)  # state value, Notice for the operator
    _line = Signal(str)
    _state = Signal(str, object)

    def __init__(self, open_scanner: ScannerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._line.connect(self._relay_line, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._relay_state, Qt.ConnectionType.QueuedConnection)
        self.scanner = open_scanner(self._line.emit, self._status)

    def _status(self, state: Enum, notice: Notice) -> None:
        self._state.emit(state.value, notice)

    @Slot(str)
    def _relay_line(self, text: str) -> None:
        self.scanned.emit(text)

    @Slot(str, object)
    def _relay_state(self, state: str, notice: Notice) -> None:
        self.status_changed.emit(state, notice)

    def start(self) -> None:
        self.scanner.start()

    def stop(self) -> None:
        self.scanner.stop()
