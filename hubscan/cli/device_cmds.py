"""``hubscan devices``: the serial ports, with known scanner makers marked."""

from __future__ import annotations

import argparse

from hubscan.devices.discovery import discover


def run_devices(args: argparse.Namespace) -> int:
    ports = discover()
    if not ports:
        print("no serial ports found. A keyboard-wedge scanner types into the window and needs no port.")
        return 0
    for port in ports:
        ids = f"{port.vid:04x}:{port.pid:04x}" if port.vid is not None and port.pid is not None else "-"
        mark = f"SCANNER ({port.vendor})" if port.is_scanner else ""
        serial = port.serial_number or "-"
        print(f"{port.device:<20} {ids:<10} serial {serial:<16} {port.description}  {mark}".rstrip())
    return 0
