"""Cross-bench visibility: how long after a scan is committed at one bench the hub's
other bench has it, through the real central service under uvicorn on loopback.

    .venv/bin/python benchmarks/cross_bench.py [--scans 200] [--pace 0.25] [--rounds 3] [--db sqlite|postgresql] [--pin]

Bench 01 receives parcels, one every ``--pace`` seconds, with its station link running
(``StationSync``: the sync worker, woken by each committed scan, and the hub feed in a
process of its own, as a station runs it);
bench 02 only follows the feed. Each figure is the time from the end of bench 01's
``ScanRecorder.scan`` (the commit) to the moment bench 02's station hears that its feed
process has written the parcel into its store (the ``on_change`` call the window's
views refresh on). Both benches run in this process, the service in its own. Then
bench 02 scans at the same pace while its feed applies another bench's scans, against
bench 02 scanning alone: the scans' latency with and without the feed at work, in
``--rounds`` interleaved pairs (the machine's own noise falls on both alike). The other
bench (03) runs in a process of its own, as a real bench runs on its own machine,
started before the rounds and idle in the quiet ones. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scan_latency import percentile

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.station import StationSync

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from central import CentralService

HUB = "BEN"


def bench(
    folder: Path, service: CentralService, workstation: str, seen: dict[str, float]
) -> tuple[LocalStore, StationSync]:
    store = LocalStore(folder / f"bench-{workstation}.db", HUB, workstation)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    client = CentralClient(ClientSettings(service.url, service.token(HUB, workstation)))
    engine = SyncEngine(store, client, HUB, workstation)  # as a station runs: the feed in its own process
    engine.pull()

    def arrived(trackings: tuple[str, ...]) -> None:
        now = time.perf_counter()
        for tracking in trackings:
            seen.setdefault(tracking, now)

    return store, StationSync(engine, on_change=arrived)


def other_bench(
    folder: Path, url: str, token: str, batches: list[list[str]], pace: float, control: Any, cpus: set[int] | None
) -> None:
    """Another bench (03) in its own process, its station link running: at each "go",
    receives the next batch at ``pace``, then answers "done"."""
    if cpus:
        os.sched_setaffinity(0, cpus)  # with the service: another machine's work
    store = LocalStore(folder / "bench-03.db", HUB, "03")
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    client = CentralClient(ClientSettings(url, token))
    engine = SyncEngine(store, client, HUB, "03")
    engine.pull()
    link = StationSync(engine)
    desk = ScanRecorder(store, HubPolicy(hub_id=HUB, workstation_id="03", gs1_company_prefix="9528765"))
    desk.scan("OP1001")
    control.send("ready")
    for raws in batches:
        control.recv()  # go
        due = time.perf_counter()
        for raw in raws:
            due += pace
            time.sleep(max(0.0, due - time.perf_counter()))
            desk.scan(raw)
            link.wake()
        control.send("done")
    time.sleep(1.0)  # its last events reach the service
    link.stop()
    store.close()


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    return (
        f"n={len(ordered):>4}  p50={statistics.median(ordered) * 1000:7.1f} ms  "
        f"p95={percentile(ordered, 0.95) * 1000:7.1f} ms  p99={percentile(ordered, 0.99) * 1000:7.1f} ms  "
        f"max={ordered[-1] * 1000:7.1f} ms"
    )


def scan_paced(recorder: ScanRecorder, raws: list[str], pace: float) -> tuple[list[float], dict[str, float]]:
    """Scan at ``pace``; each scan's latency, and when each was committed."""
    latencies, committed = [], {}
    due = time.perf_counter()
    for raw in raws:
        due += pace
        time.sleep(max(0.0, due - time.perf_counter()))
        start = time.perf_counter()
        recorder.scan(raw)
        committed[raw] = time.perf_counter()
        latencies.append(committed[raw] - start)
    return latencies, committed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--pace", type=float, default=0.25)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--rounds", type=int, default=3, help="alone and busy runs of bench 02, interleaved")
    parser.add_argument(
        "--pin",
        action="store_true",
        help="bench 02 and its feed process on the last CPU, the service, PostgreSQL and bench 03 on the others "
        "(as on a hub, where they run on other machines)",
    )
    args = parser.parse_args()
    records = list(demo_manifest(args.scans * (1 + 3 * args.rounds), hub=HUB))
    trackings = [r["tracking"] for r in records]
    everything = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    others: set[int] | None = None
    if args.pin and len(everything) >= 2:
        others = set(everything[:-1])
        os.sched_setaffinity(0, others)  # the service and PostgreSQL start from here and keep these
    with tempfile.TemporaryDirectory(prefix="hubscan-crossbench-") as tmp:
        folder = Path(tmp)
        postgres = None
        if args.db == "postgresql":
            from postgres import PostgresServer

            postgres = PostgresServer()
            url = postgres.new_database("crossbench")
        else:
            url = f"sqlite:///{folder / 'central.db'}"
        service = CentralService(url)
        try:
            service.load_preadvice(records)
            seen_at_2: dict[str, float] = {}
            if others is not None:
                os.sched_setaffinity(0, {everything[-1]})  # the benches and their feed processes
            store1, link1 = bench(folder, service, "01", {})
            store2, link2 = bench(folder, service, "02", seen_at_2)
            desk1 = ScanRecorder(store1, HubPolicy(hub_id=HUB, workstation_id="01", gs1_company_prefix="9528765"))
            desk2 = ScanRecorder(store2, HubPolicy(hub_id=HUB, workstation_id="02", gs1_company_prefix="9528765"))
            desk1.scan("OP1001")
            desk2.scan("OP1001")
            time.sleep(2.0)  # the benches' feed processes have started, as they have when a person logs in

            def scan_and_wake(raws: list[str]) -> dict[str, float]:
                committed: dict[str, float] = {}
                due = time.perf_counter()
                for raw in raws:
                    due += args.pace
                    time.sleep(max(0.0, due - time.perf_counter()))
                    desk1.scan(raw)
                    committed[raw] = time.perf_counter()
                    link1.wake()
                return committed

            first = trackings[: args.scans]
            committed = scan_and_wake(first)
            deadline = time.monotonic() + 30
            while len([t for t in first if t in seen_at_2]) < len(first) and time.monotonic() < deadline:
                time.sleep(0.05)
            lags = [seen_at_2[t] - committed[t] for t in first if t in seen_at_2]
            print(f"HubScan cross-bench visibility, central on {args.db}, one scan every {args.pace} s")
            print(
                f"scan committed at bench 01 -> in bench 02's store: {summary(lags)}  missing={len(first) - len(lags)}"
            )

            link1.stop()
            n, rounds = args.scans, args.rounds
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            theirs_batches = [trackings[(1 + 3 * r) * n : (2 + 3 * r) * n] for r in range(rounds)]
            other = context.Process(
                target=other_bench,
                args=(folder, service.url, service.token(HUB, "03"), theirs_batches, args.pace, theirs, others),
            )
            other.start()
            assert ours.recv() == "ready"
            time.sleep(2.0)  # its start-up (imports, its pull) is not a bench's steady work
            alone: list[float] = []
            busy: list[float] = []
            for r in range(rounds):
                quiet, _ = scan_paced(desk2, trackings[(2 + 3 * r) * n : (3 + 3 * r) * n], args.pace)
                ours.send("go")
                taking, _ = scan_paced(desk2, trackings[(3 + 3 * r) * n : (4 + 3 * r) * n], args.pace)
                assert ours.recv() == "done"
                print(
                    f"round {r + 1}: alone p99 {percentile(sorted(quiet), 0.99) * 1000:.1f} ms, "
                    f"feed busy p99 {percentile(sorted(taking), 0.99) * 1000:.1f} ms"
                )
                alone += quiet
                busy += taking
            other.join()
            print(f"bench 02 scans, alone:                     {summary(alone)}")
            print(f"bench 02 scans, its feed taking 03's scans: {summary(busy)}")
            link2.stop()
            store1.close()
            store2.close()
        finally:
            service.close()
            if postgres is not None:
                postgres.stop()


if __name__ == "__main__":
    main()
