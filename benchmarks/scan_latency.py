"""Scan-to-durable-outcome latency with a 1,000,000-return manifest.

    .venv/bin/python benchmarks/scan_latency.py [--returns 1000000] [--scans 3000]

Builds (once, cached under benchmarks/.data/) a store holding the manifest, imported
through the real ``hubscan manifest import`` path, then times ``ScanRecorder.scan`` — the
call that returns only after the scan's transaction is committed with
synchronous=FULL — for receive scans, process scans (parcel, items, HS:DONE) and the
close of a 500-parcel consolidation, then receive scans at a person's pace (one every
1.5 s). Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.models import closed_containers_table
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

DATA = Path(__file__).with_name(".data")
POLICY = HubPolicy(hub_id="BEN", workstation_id="01", gs1_company_prefix="9528765")
PERSON_PACE_S = 1.5


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(name: str, samples_s: list[float]) -> None:
    ms = [s * 1000 for s in samples_s]
    print(
        f"{name:<34} n={len(ms):>5}  p50={statistics.median(ms):6.2f} ms  "
        f"p99={percentile(ms, 0.99):6.2f} ms  max={max(ms):7.2f} ms"
    )


def build(path: Path, returns: int) -> None:
    ready = path.with_suffix(".ready")
    if ready.exists():
        return
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    store = LocalStore(path, POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    started = time.perf_counter()
    result = import_lines(store, (json.dumps(r) for r in demo_manifest(returns, hub=POLICY.hub_id)))
    elapsed = time.perf_counter() - started
    assert result.ok, result.errors
    store.close()
    print(f"manifest import: {returns:,} returns in {elapsed:.1f} s ({returns / elapsed:,.0f} returns/s)")
    ready.write_text(datetime.now(UTC).isoformat())


def working_copy(returns: int, name: str) -> Path:
    """A fresh copy of the built manifest store, so every run starts from the same state."""
    source = DATA / f"manifest-{returns}.db"
    if not source.with_suffix(".ready").exists():
        sys.exit(f"{source} is missing: run benchmarks/scan_latency.py --returns {returns} first")
    work = DATA / name
    for leftover in DATA.glob(name + "*"):
        leftover.unlink()
    raw = sqlite3.connect(source)
    raw.execute(f"VACUUM INTO '{work}'")
    raw.close()
    return work


def spread_sample(returns: int, scans: int) -> list[dict[str, Any]]:
    """``scans`` pre-advised returns spread evenly across the manifest."""
    step = max(1, returns // scans)
    return [r for i, r in enumerate(demo_manifest(returns, hub=POLICY.hub_id)) if i % step == 0][:scans]


def timed(desk: ScanRecorder, raw: str, samples: list[float]) -> str:
    started = time.perf_counter()
    outcome = desk.scan(raw)
    samples.append(time.perf_counter() - started)
    return outcome.code


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--returns", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=3000)
    parser.add_argument(
        "--paced", type=int, default=40, help="receive scans at a person's pace (1.5 s apart) after the others"
    )
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    path = DATA / f"manifest-{args.returns}.db"
    build(path, args.returns)
    store = LocalStore(working_copy(args.returns, "run.db"), POLICY.hub_id, POLICY.workstation_id)
    desk = ScanRecorder(store, POLICY)
    records = spread_sample(args.returns, args.scans)
    desk.scan("OP9001")

    paced_records = records[args.scans - args.paced :] if args.paced else []
    records = records[: args.scans - args.paced]
    receive: list[float] = []
    for record in records:
        assert timed(desk, record["tracking"], receive) == "receive.ok"

    process: list[float] = []
    destination = records[0]["destination"]["code"]
    same_destination = [r for r in records if r["destination"]["code"] == destination][:500]
    desk.scan("HS:STATION:PROCESS")
    for record in same_destination:
        timed(desk, record["tracking"], process)
        for item in record["items"]:
            for _ in range(item["qty"]):
                timed(desk, item["barcode"], process)
        assert timed(desk, "HS:DONE", process) == "process.done"

    consolidate: list[float] = []
    desk.scan("HS:STATION:CONSOLIDATE")
    containers = 5  # 100 parcels a container, each weighed when packed
    for index, record in enumerate(same_destination):
        timed(desk, record["tracking"], consolidate)
        if (index + 1) % (len(same_destination) // containers) == 0 or index + 1 == len(same_destination):
            asked = desk.scan("HS:WEIGH").effects.weigh  # the scale's reading, as the station keeps it
            assert asked is not None
            assert desk.weighed(asked, 18_250, "18.25 kg").code == "container.weighed"
            desk.scan("HS:CONTAINER")
    closing: list[float] = []
    assert timed(desk, "HS:DONE", closing) == "consolidate.closed"
    # The carrier takes the five containers: the handover exports the 500 parcels.
    with store.reading() as connection:
        loads = [row.sscc for row in connection.execute(select(closed_containers_table.c.sscc))]
    assert desk.scan("HS:HANDOVER:BEN TRL-1").code == "handover.opened"
    for sscc in loads:
        assert desk.scan(f"(00){sscc}").code == "handover.loaded"
    handing: list[float] = []
    assert timed(desk, "HS:DONE", handing) == "handover.closed"

    # A person scans every second or two: each scan comes after the once-a-second
    # checkpoint has copied the WAL (hubscan/store/checkpoint.py).
    desk.scan("HS:STATION:RECEIVE")
    paced: list[float] = []
    for record in paced_records:
        time.sleep(PERSON_PACE_S)
        assert timed(desk, record["tracking"], paced) == "receive.ok"
    store.close()

    print(f"HubScan scan latency, {args.returns:,}-return manifest, {datetime.now(UTC):%Y-%m-%d}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )
    report("receive (Depot Scan)", receive)
    report("process (parcel, items, HS:DONE)", process)
    report("consolidate (add parcel)", consolidate)
    all_scans = receive + process + consolidate
    report("all scans", all_scans)
    print(
        f"close a {len(same_destination)}-parcel consolidation in {containers} containers (HS:DONE): "
        f"{closing[0] * 1000:.1f} ms"
    )
    print(f"hand its {len(loads)} containers over (HS:DONE, Return Exported each): {handing[0] * 1000:.1f} ms")
    if paced:
        report(f"receive, one every {PERSON_PACE_S} s", paced)


if __name__ == "__main__":
    main()
