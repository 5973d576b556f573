"""Which serial ports are there, and which look like barcode scanners (by USB vendor)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from serial.tools import list_ports

SCANNER_VENDORS: dict[int, str] = {
    0x05E0: "Zebra/Symbol",
    0x0C2E: "Honeywell (Metrologic)",
    0x0536: "Honeywell (Hand Held Products)",
    0x05F9: "Datalogic",
    0x1EAB: "Newland",
}


@dataclass(frozen=True)
class FoundPort:
    device: str
    description: str
    vid: int | None
    pid: int | None
    serial_number: str | None
    vendor: str | None  # a known scanner maker, or None

    @property
    def is_scanner(self) -> bool:
        return self.vendor is not None


def discover(lister: Callable[[], Sequence[Any]] = list_ports.comports) -> list[FoundPort]:
    found = []
    for port in sorted(lister(), key=lambda p: p.device):
        vendor = SCANNER_VENDORS.get(port.vid) if port.vid is not None else None
        found.append(FoundPort(port.device, port.description or "", port.vid, port.pid, port.serial_number, vendor))
    return found
