"""Sync figures, against the real central service under uvicorn on loopback.

    .venv/bin/python benchmarks/sync_throughput.py [--events 100000] [--returns 1000000]

1. Draining a queue of ``--events`` events in batches of 1,000, against the rate of one
   request per event measured in the same run.
2. Pulling a ``--returns`` manifest delta into the local store while a scan is made every
   20 ms on the same store: the pull's duration and the scans' latency meanwhile, and
   where the slowest 1% of those scans spent their time: waiting for the write lock
   (the pull's transaction), in the commit (WAL write and fdatasync), waiting for a CPU
   (run queue, from /proc/thread-self/schedstat) and on a CPU. To time the first two the
   benchmark wraps ``begin_immediate`` and the SQLite dialect's ``do_commit``.
   In the field the central service runs on its own machine; here it shares the two
   cores with the workstation, so by default it runs at idle CPU priority and takes
   only what the workstation leaves (``--service-cpu normal`` to compete instead).
Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from scan_latency import DATA, percentile
from sqlalchemy import insert
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

import hubscan.store.database as store_database
from hubscan.core.outcome import Outcome
from hubscan.core.policy import HubPolicy
from hubscan.core.records import EventType, HubEvent, Station
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan_central.models import counters_t, returns_t

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from central import CentralService

HUB, WS = "BEN", "01"


def fresh(name: str) -> Path:
    for leftover in DATA.glob(name + "*"):
        leftover.unlink()
    return DATA / name


def queue_events(store: LocalStore, count: int) -> None:
    now = datetime.now(UTC)
    for start in range(0, count, 10_000):
        with store.unit_of_work() as ledger:
            for _ in range(start, min(count, start + 10_000)):
                ledger.record_event(
                    HubEvent(
                        EventType.DEPOT_SCAN,
                        now,
                        Station.RECEIVE,
                        "OP1001",
                        f"BX{uuid.uuid4().hex[:16].upper()}",
                        {"hub": HUB},
                    )
                )


class ScanParts:
    """Where one scan's time went: the write-lock wait and the commit, timed by wrapping
    the two calls; the run-queue wait and CPU time of the scanning thread from its
    schedstat (Linux)."""

    FIELDS = ("total", "lock", "commit", "runq", "cpu")

    def __init__(self) -> None:
        self.lock = self.commit = 0.0
        self.rows: list[tuple[float, ...]] = []
        begin, commit = store_database.begin_immediate, SQLiteDialect_pysqlite.do_commit

        def timed_begin(connection: object) -> None:
            started = time.perf_counter()
            begin(connection)  # type: ignore[arg-type]
            self.lock += time.perf_counter() - started

        def timed_commit(dialect: SQLiteDialect_pysqlite, connection: object) -> None:
            started = time.perf_counter()
            commit(dialect, connection)
            self.commit += time.perf_counter() - started

        store_database.begin_immediate = timed_begin  # type: ignore[assignment]
        SQLiteDialect_pysqlite.do_commit = timed_commit  # type: ignore[method-assign]

    @staticmethod
    def _schedstat() -> tuple[float, float]:
        """(on a CPU, waiting for one) of this thread so far, in seconds."""
        with open("/proc/thread-self/schedstat") as stat:
            on_cpu, waiting, _ = stat.read().split()
        return int(on_cpu) / 1e9, int(waiting) / 1e9

    def time(self, scan: Callable[[], Outcome]) -> tuple[float, Outcome]:
        """Run ``scan``, keep its parts; its latency in ms and what it answered."""
        self.lock = self.commit = 0.0
        cpu0, runq0 = self._schedstat()
        started = time.perf_counter()
        outcome = scan()
        total = time.perf_counter() - started
        cpu1, runq1 = self._schedstat()
        self.rows.append(tuple(x * 1000 for x in (total, self.lock, self.commit, runq1 - runq0, cpu1 - cpu0)))
        return total * 1000, outcome

    def slowest(self, start: int, end: int, fraction: float = 0.01) -> str:
        """The mean parts of the slowest ``fraction`` of scans ``start:end``."""
        rows = sorted(self.rows[start:end], reverse=True)
        worst = rows[: max(1, int(len(rows) * fraction))]
        means = [statistics.mean(row[i] for row in worst) for i in range(len(self.FIELDS))]
        return ", ".join(f"{name} {value:.2f} ms" for name, value in zip(self.FIELDS, means, strict=True))


def drain(args: argparse.Namespace) -> None:
    service = CentralService(f"sqlite:///{fresh('sync-central.db')}")
    store = LocalStore(fresh("sync-hub.db"), HUB, WS)
    try:
        token = service.token(HUB, WS)
        queue_events(store, args.events)
        engine = SyncEngine(store, CentralClient(ClientSettings(service.url, token)), HUB, WS, batch_size=1000)
        started = time.perf_counter()
        sent, _ = engine.push()
        batched = sent / (time.perf_counter() - started)
        queue_events(store, 2000)
        engine.batch_size = 1
        started = time.perf_counter()
        single_sent, _ = engine.push()
        single = single_sent / (time.perf_counter() - started)
        print(
            f"drain {sent:,} events in batches of 1,000: {batched:,.0f} events/s; one request per event "
            f"({single_sent:,} events): {single:,.0f} events/s; ratio {batched / single:.1f}x"
        )
    finally:
        store.close()
        service.close()


def central_manifest(returns: int, idle_cpu: bool) -> CentralService:
    path = DATA / f"sync-central-{returns}.db"
    ready = path.with_suffix(".ready")
    if not ready.exists():
        for leftover in DATA.glob(path.name + "*"):
            leftover.unlink()
        service = CentralService(f"sqlite:///{path}")
        service.stop()
        now = datetime.now(UTC).isoformat()
        rows = []
        with service.engine.begin() as connection:
            for n, record in enumerate(demo_manifest(returns, hub=HUB, start=30_000_000), start=1):
                rows.append({**record, "created_at": now, "change_seq": n, "rejected": False})
                if len(rows) == 10_000:
                    connection.execute(insert(returns_t), rows)
                    rows = []
            if rows:
                connection.execute(insert(returns_t), rows)
            connection.execute(insert(counters_t).values(name="manifest_changes", value=returns))
        service.close()
        ready.write_text(now)
    return CentralService(f"sqlite:///{path}", idle_cpu=idle_cpu)


def pull_while_scanning(args: argparse.Namespace) -> None:
    service = central_manifest(args.returns, idle_cpu=args.service_cpu == "idle")
    store = LocalStore(fresh("sync-pull-hub.db"), HUB, WS)
    try:
        for operator in DEMO_OPERATORS:
            save_operator(store, operator)
        local = list(demo_manifest(8000, hub=HUB, start=90_000_000))
        assert import_lines(store, (json.dumps(r) for r in local)).ok
        desk = ScanRecorder(store, HubPolicy(hub_id=HUB, workstation_id=WS, gs1_company_prefix="9528765"))
        desk.scan("OP1001")
        client = CentralClient(ClientSettings(service.url, service.token(HUB, WS), read_timeout_s=120))
        engine = SyncEngine(store, client, HUB, WS)
        result: dict[str, float] = {}

        def pull() -> None:
            started = time.perf_counter()
            result["pulled"] = engine.pull()
            result["seconds"] = time.perf_counter() - started

        parts = ScanParts()

        def paced(records: list[dict[str, object]], keep_going: Callable[[], bool]) -> list[float]:
            latencies = []
            for record in records:
                if not keep_going():
                    break
                latency, outcome = parts.time(partial(desk.scan, str(record["tracking"])))
                latencies.append(latency)
                assert outcome.code == "receive.ok", outcome
                time.sleep(0.02)
            return latencies

        quiet = paced(local[:500], lambda: True)
        during = len(parts.rows)
        thread = threading.Thread(target=pull)
        thread.start()
        latencies = paced(local[500:], thread.is_alive)
        thread.join()
        print(
            f"pull {int(result['pulled']):,}-return manifest delta (service at {args.service_cpu} CPU priority): "
            f"{result['seconds']:.1f} s "
            f"({result['pulled'] / result['seconds']:,.0f} returns/s)"
        )
        for label, figures in (("before the pull, same pace", quiet), ("during the pull", latencies)):
            print(
                f"scans {label} (one every 20 ms): n={len(figures)}  p50={statistics.median(figures):.2f} ms  "
                f"p99={percentile(figures, 0.99):.2f} ms  max={max(figures):.2f} ms"
            )
        print(f"slowest 1% of the scans before the pull: {parts.slowest(0, during)}")
        print(f"slowest 1% of the scans during the pull: {parts.slowest(during, len(parts.rows))}")
    finally:
        store.close()
        service.close()


def main() -> None:
    # The manifest pull starts a helper process (spawn), which imports this module
    # again as __mp_main__: hence the guard below.
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--returns", type=int, default=1_000_000)
    parser.add_argument("--skip-drain", action="store_true")
    parser.add_argument(
        "--service-cpu",
        choices=("idle", "normal"),
        default="idle",
        help="CPU priority of the central service during the pull; idle stands in for its own machine",
    )
    parser.add_argument("--switch-interval-ms", type=float, default=None, help="sys.setswitchinterval, in ms")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    if args.switch_interval_ms:
        sys.setswitchinterval(args.switch_interval_ms / 1000)
    print(f"HubScan sync, {datetime.now(UTC):%Y-%m-%d}")
    if not args.skip_drain:
        drain(args)
    pull_while_scanning(args)


if __name__ == "__main__":
    main()
