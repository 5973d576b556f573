"""Devices in the loop (serial scanner, network label printer), with a 1,000,000-return manifest.

    .venv/bin/python benchmarks/device_latency.py [--returns 1000000] [--scans 2000]

1. Scan latency from the moment a scan's bytes are written into a pty (the serial
   scanner) until ScanRecorder.scan returned, i.e. the outcome is committed.
2. From HS:DONE on a 500-parcel consolidation to the last byte of its connote label
   accepted by a loopback TCP printer (the same stand-in the tests use).
Uses the store built by scan_latency.py. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import queue
import statistics
import sys
import time
from pathlib import Path

from scan_latency import DATA, POLICY, percentile, spread_sample, working_copy

from hubscan.devices.printers import TcpPrinter
from hubscan.devices.scanner import ScannerSettings, ScannerState, SerialScanner
from hubscan.services.printing import LabelPrinting
from hubscan.services.scanning import ScanRecorder
from hubscan.store.store import LocalStore

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from fakeprinter import LoopbackPrinter
from ptyport import PtyScanner


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--returns", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=2000)
    args = parser.parse_args()
    store = LocalStore(working_copy(args.returns, "devices.db"), POLICY.hub_id, POLICY.workstation_id)
    desk = ScanRecorder(store, POLICY)
    desk.scan("OP9001")
    records = spread_sample(args.returns, args.scans)

    device = PtyScanner(DATA / "bench-scanner")
    lines: queue.Queue[str] = queue.Queue()
    states: queue.Queue[ScannerState] = queue.Queue()
    scanner = SerialScanner(ScannerSettings(str(device.link)), lines.put, lambda s, m: states.put(s))
    scanner.start()
    assert states.get(timeout=10) is ScannerState.CONNECTED
    samples = []
    for record in records:
        started = time.perf_counter()
        device.scan(record["tracking"])
        outcome = desk.scan(lines.get(timeout=10))
        samples.append((time.perf_counter() - started) * 1000)
        assert outcome.code == "receive.ok", outcome
    scanner.stop()
    device.unplug()
    print(
        f"pty bytes written -> outcome committed, receive, {args.returns:,}-return manifest: n={len(samples)}  "
        f"p50={statistics.median(samples):.2f} ms  p99={percentile(samples, 0.99):.2f} ms  max={max(samples):.2f} ms"
    )

    destination = records[0]["destination"]["code"]
    parcels = [r for r in records if r["destination"]["code"] == destination][:500]
    desk.scan("HS:STATION:PROCESS")
    for record in parcels:
        desk.scan(record["tracking"])
        for item in record["items"]:
            for _ in range(item["qty"]):
                desk.scan(item["barcode"])
        assert desk.scan("HS:DONE").code == "process.done"
    desk.scan("HS:STATION:CONSOLIDATE")
    for record in parcels:
        desk.scan(record["tracking"])
    with LoopbackPrinter() as printer:
        printing = LabelPrinting(store, TcpPrinter("127.0.0.1", printer.port))
        started = time.perf_counter()
        closed = desk.scan("HS:DONE")
        [result] = printing.send_pending()
        printer.all_received.wait(10)
        elapsed = (time.perf_counter() - started) * 1000
        assert closed.code == "consolidate.closed" and result.ok, (closed, result)
    print(f"HS:DONE on a {len(parcels)}-parcel consolidation -> last label byte at the TCP printer: {elapsed:.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
