"""Serial barcode scanners: one reader thread per port, and reopening after an unplug.

pyserial's ``ReaderThread`` reads the port; our protocol splits the byte stream into
scans at CR or LF (or a configured terminator) and hands each to a callback. When the
port goes away the thread ends (pyserial cannot resume it), so a watcher thread reports
the loss at once and keeps trying to open the scanner again: the same path first, then
any port with the same USB vendor id and serial number (a scanner that came back as
ttyACM1 instead of ttyACM0). The Qt side turns the callbacks into signals (ui).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import serial
import serial.threaded
from serial.tools import list_ports

from hubscan.core.notices import Notice

log = logging.getLogger("hubscan.scanner")


class ScannerState(Enum):
    CONNECTED = "connected"
    LOST = "lost"
    WAITING = "waiting"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ScannerSettings:
    url: str
    baudrate: int = 9600
    terminator: bytes | None = None  # None: CR or LF, whichever the scanner sends
    retry_interval_s: float = 0.25
    max_line: int = 4096


@dataclass(frozen=True)
class PortIdentity:
    """What identifies a USB scanner across replugs (product ids change with modes)."""

    vid: int
    serial_number: str


ScanCallback = Callable[[str], None]
StatusCallback = Callable[[ScannerState, Notice], None]
PortLister = Callable[[], Sequence[Any]]


class _ScanProtocol(serial.threaded.Protocol):  # type: ignore[misc]
    def __init__(self, settings: ScannerSettings, on_scan: ScanCallback, lost: threading.Event) -> None:
        self.settings = settings
        self.on_scan = on_scan
        self.lost = lost
        self.buffer = bytearray()
        self.error: BaseException | None = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            index = self._split_index()
            if index is None:
                break
            line, self.buffer = bytes(self.buffer[:index]), self.buffer[index + self._terminator_length(index) :]
            if line:
                self.on_scan(line.decode("utf-8", errors="replace"))
        if len(self.buffer) > self.settings.max_line:
            # A stuck scanner or wrong terminator setting: pass it on so it is seen (and refused).
            line, self.buffer = bytes(self.buffer), bytearray()
            self.on_scan(line.decode("utf-8", errors="replace"))

    def _split_index(self) -> int | None:
        if self.settings.terminator:
            found = self.buffer.find(self.settings.terminator)
            return None if found < 0 else found
        positions = [p for p in (self.buffer.find(b"\r"), self.buffer.find(b"\n")) if p >= 0]
        return min(positions) if positions else None

    def _terminator_length(self, index: int) -> int:
        if self.settings.terminator:
            return len(self.settings.terminator)
        return 2 if self.buffer[index : index + 2] == b"\r\n" else 1

    def connection_lost(self, exc: BaseException | None) -> None:
        # pyserial's base class re-raises inside the thread; we report instead.
        self.error = exc
        self.lost.set()


class _ReaderThread(serial.threaded.ReaderThread):  # type: ignore[misc]
    """pyserial's reader, except that an unplug seen by ``in_waiting`` (an OSError such as
    EIO from the TIOCINQ ioctl, not a SerialException) also ends it through
    ``connection_lost`` instead of killing the thread unreported."""

    alive: bool

    def run(self) -> None:
        if not hasattr(self.serial, "cancel_read"):
            self.serial.timeout = 1
        self.protocol = self.protocol_factory()
        self.protocol.connection_made(self)
        self._connection_made.set()
        error: BaseException | None = None
        while self.alive and self.serial.is_open:
            try:
                data = self.serial.read(self.serial.in_waiting or 1)
            except (serial.SerialException, OSError) as exc:
                error = exc
                break
            if data:
                try:
                    self.protocol.data_received(data)
                except Exception as exc:  # our protocol's bug must not pass as silence
                    error = exc
                    break
        self.alive = False
        self.protocol.connection_lost(error)
        self.protocol = None


class SerialScanner:
    """A scanner on ``settings.url`` (a path, COM3, or a pyserial URL such as socket://)."""

    def __init__(
        self,
        settings: ScannerSettings,
        on_scan: ScanCallback,
        on_status: StatusCallback | None = None,
        port_lister: PortLister = list_ports.comports,
    ) -> None:
        self.settings = settings
        self.on_scan = on_scan
        self.on_status = on_status or (lambda state, message: None)
        self.port_lister = port_lister
        self.identity: PortIdentity | None = None
        self.state = ScannerState.WAITING
        self._stop = threading.Event()
        self._reader: _ReaderThread | None = None
        self._watcher = threading.Thread(target=self._watch, name="hubscan-scanner", daemon=True)

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        reader = self._reader
        if reader is not None:
            reader.close()
        self._watcher.join(timeout=5)
        self._report(ScannerState.STOPPED, Notice("scanner.closed", {"url": self.settings.url}))

    def _report(self, state: ScannerState, notice: Notice) -> None:
        self.state = state
        log.info("%s", notice)
        self.on_status(state, notice)

    def _remember_identity(self, device: str) -> None:
        for port in self.port_lister():
            if port.device == device and port.vid is not None and port.serial_number:
                self.identity = PortIdentity(port.vid, port.serial_number)

    def candidates(self) -> list[str]:
        """Where to look for the scanner: its URL, then a port with its USB identity."""
        found = [self.settings.url]
        if self.identity is not None:
            for port in self.port_lister():
                if (port.vid, port.serial_number) == (self.identity.vid, self.identity.serial_number):
                    found.append(port.device)
        return found

    def _open(self) -> serial.SerialBase | None:
        for url in self.candidates():
            try:
                return serial.serial_for_url(url, baudrate=self.settings.baudrate, timeout=1)
            except (serial.SerialException, OSError, ValueError):
                continue
        return None

    def _watch(self) -> None:
        announced_waiting = False
        while not self._stop.is_set():
            port = self._open()
            if port is None:
                if not announced_waiting:
                    self._report(ScannerState.WAITING, Notice("scanner.waiting", {"url": self.settings.url}))
                    announced_waiting = True
                self._stop.wait(self.settings.retry_interval_s)
                continue
            announced_waiting = False
            if self.identity is None and port.port:
                self._remember_identity(port.port)
            lost = threading.Event()
            protocol = _ScanProtocol(self.settings, self.on_scan, lost)
            reader = _ReaderThread(port, lambda protocol=protocol: protocol)
            self._reader = reader
            reader.start()
            self._report(ScannerState.CONNECTED, Notice("scanner.connected", {"url": port.port or self.settings.url}))
            while not lost.wait(0.1):
                if self._stop.is_set():
                    return
                if not reader.is_alive():  # ended without a word: treat it as lost
                    break
            self._reader = None
            if self._stop.is_set():
                return
            with contextlib.suppress(Exception):
                port.close()
            self._report(
                ScannerState.LOST, Notice("scanner.lost", {"url": self.settings.url, "reason": str(protocol.error)})
            )
