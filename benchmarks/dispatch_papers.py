"""Closing a 500-parcel consolidation in 5 weighed containers across a customs border,
with everything it prints: the connote label, the parcel list (PDF and CSV) and the
commercial invoice and packing list (PDF).

    .venv/bin/python benchmarks/dispatch_papers.py [--parcels 500] [--rounds 2]

Each round builds a fresh station store (a 5,000-return demo manifest), receives,
processes and packs the parcels, then times:

- the answer: ``HS:DONE`` handed to the recorder until its committed answer;
- the printed bytes: from the same moment until the station's printer process (the one
  the window and ``hubscan session`` use) has written the connote to the label printer
  (``file://``; seen between two timed scans, so to within a scan) and until it has
  written the papers to their folder too;
- the bench's own receive scans while the printer process renders the PDFs, against the
  same scans with nothing printing, in the same round (the ratio is what to read: the
  PDFs are drawn in the printer's process, not in the one answering scans).

Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hubscan.config import PrinterSettings
from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.print_queue import PrintQueue
from hubscan.services.printing import LabelPrinting
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

RETURNS = 5_000
CONTAINERS = 5


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def figures(samples_s: list[float]) -> str:
    ms = [s * 1000 for s in samples_s]
    return f"n={len(ms):>4}  p50={statistics.median(ms):6.2f} ms  p99={percentile(ms, 0.99):6.2f} ms"


def station(folder: Path, records: list[dict[str, Any]], destination: str) -> tuple[LocalStore, ScanRecorder]:
    policy = HubPolicy(
        hub_id="BEN",
        workstation_id="01",
        gs1_company_prefix="9528765",
        sender_name="Benchmark Returns Hub",
        sender_address="1 Dock Rd\nMascot NSW 2020\nAustralia",
        customs_territory="AU",
        destination_territories={destination: "EU"},
    )
    store = LocalStore(folder / "station.db", policy.hub_id, policy.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    assert import_lines(store, (json.dumps(r) for r in records)).ok
    return store, ScanRecorder(store, policy)


def one_round(parcels: int, folder: Path) -> dict[str, Any]:
    records = list(demo_manifest(RETURNS, hub="BEN"))
    destination = records[0]["destination"]["code"]
    leaving = [r for r in records if r["destination"]["code"] == destination][:parcels]
    others = [r for r in records if r["destination"]["code"] != destination]
    store, desk = station(folder, records, destination)
    printing = LabelPrinting.for_settings(store, PrinterSettings(f"file://{folder / 'labels.zpl'}", 203))
    printed: list[float] = []
    queue = PrintQueue(printing, lambda results: printed.append(time.perf_counter()))
    try:
        desk.scan("OP9001")
        for record in leaving:
            desk.scan(record["tracking"])
        desk.scan("HS:STATION:PROCESS")
        for record in leaving:
            desk.scan(record["tracking"])
            for item in record["items"]:
                for _ in range(item["qty"]):
                    desk.scan(item["barcode"])
            assert desk.scan("HS:DONE").code == "process.done"
        desk.scan("HS:STATION:CONSOLIDATE")
        for index, record in enumerate(leaving):
            answer = desk.scan(record["tracking"])
            queue.after_commit(answer.effects)  # the container labels, as the station prints them
            if (index + 1) % (parcels // CONTAINERS) == 0 or index + 1 == parcels:
                asked = desk.scan("HS:WEIGH").effects.weigh
                assert asked is not None
                assert desk.weighed(asked, 18_250, "18.25 kg").code == "container.weighed"
                queue.after_commit(desk.scan("HS:CONTAINER").effects)
        assert queue.wait_idle(60)
        desk.scan("HS:STATION:RECEIVE")
        quiet: list[float] = []
        for record in others[:100]:
            started = time.perf_counter()
            assert desk.scan(record["tracking"]).code == "receive.ok"
            quiet.append(time.perf_counter() - started)
        desk.scan("HS:STATION:CONSOLIDATE")

        printed.clear()
        labels_before = (folder / "labels.zpl").stat().st_size
        started = time.perf_counter()
        closed = desk.scan("HS:DONE")
        answered = time.perf_counter()
        assert closed.code == "consolidate.closed", closed.message
        queue.after_commit(closed.effects)
        desk.scan("HS:STATION:RECEIVE")
        busy: list[float] = []
        label_at = None
        for record in others[100:]:
            if printed:
                break
            if label_at is None and (folder / "labels.zpl").stat().st_size > labels_before:
                label_at = time.perf_counter()
            began = time.perf_counter()
            assert desk.scan(record["tracking"]).code == "receive.ok"
            busy.append(time.perf_counter() - began)
        assert queue.wait_idle(120)
    finally:
        queue.close()
        store.close()
    papers = sorted((folder / "papers").iterdir())
    return {
        "answer_s": answered - started,
        "label_s": (label_at or printed[0]) - started,
        "printed_s": printed[0] - started,
        "connote_bytes": (folder / "labels.zpl").stat().st_size - labels_before,
        "papers": {path.name.split("-", 1)[1]: path.stat().st_size for path in papers},
        "quiet": quiet,
        "busy": busy,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(f"HubScan dispatch close with its papers, {datetime.now(UTC):%Y-%m-%d}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )
    for number in range(1, args.rounds + 1):
        with tempfile.TemporaryDirectory(prefix="hubscan-dispatch-") as folder:
            found = one_round(args.parcels, Path(folder))
        print(f"round {number}: close {args.parcels} parcels in {CONTAINERS} containers across a customs border")
        print(f"  answer (HS:DONE committed):         {found['answer_s'] * 1000:8.1f} ms")
        print(f"  connote label at the printer:       {found['label_s'] * 1000:8.1f} ms (seen between scans)")
        print(f"  everything printed (papers too):    {found['printed_s'] * 1000:8.1f} ms")
        sizes = ", ".join(f"{name} {size:,} B" for name, size in found["papers"].items())
        print(f"  printed bytes: connote {found['connote_bytes']:,} B, {sizes}")
        print(f"  receive scans, nothing printing:    {figures(found['quiet'])}")
        print(f"  receive scans, while papers render: {figures(found['busy'])}")
        ratio = statistics.median(found["busy"]) / statistics.median(found["quiet"])
        print(f"  p50 ratio busy / quiet: {ratio:.2f}")


if __name__ == "__main__":
    main()
