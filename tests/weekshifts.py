"""Shifts after shifts in the real station window: the four stations' work in turn, with
the labels printed on a printer on loopback, the papers kept, the containers weighed
on the pty balance and the sync to the real central service running, while the
process's resident memory, threads, open files and the longest stall of the GUI event
loop are sampled. Used by test_week_of_shifts.py (a short run) and
benchmarks/week_of_shifts.py (half a million scans, plotted).

The work comes in rounds of one destination's parcels: received by staff; processed
item by item; one rejected by a supervisor; the rest packed by a dispatcher in one bag,
weighed, closed (the connote and the parcel list) and handed over to the carrier. Each
scan is submitted when the one before it is on screen, or, with ``in_flight`` above 1, that
many are sent ahead of their answers, in order, as a scanner's burst.
"""

from __future__ import annotations

import gc
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubscan.core.gs1 import make_sscc
from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest

HUB, WS, PREFIX = "SYD", "07", "9528765"

STAFF, SUPERVISOR, DISPATCHER = (op.badge for op in DEMO_OPERATORS[:3])
ROUND = 8  # parcels of one destination a round


def rounds(records: list[dict[str, Any]], prefix: str, bench: str) -> Iterator[list[str]]:
    """The scans of each round, in order; the bag of round n is the bench's n-th SSCC."""
    by_destination: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_destination[record["destination"]["code"]].append(record)
    groups = [
        group[start : start + ROUND] for group in by_destination.values() for start in range(0, len(group), ROUND)
    ]
    groups = [group for group in groups if len(group) == ROUND]
    for number, group in enumerate(groups, start=1):
        sscc = make_sscc("0", prefix, int(bench) * 10**7 + number)
        trackings = [r["tracking"] for r in group]
        scans = [f"HS:LOGIN:{STAFF}", "HS:STATION:RECEIVE", *trackings, "HS:STATION:PROCESS"]
        for record in group:
            scans += [record["tracking"], *(i["barcode"] for i in record["items"] for _ in range(i["qty"])), "HS:DONE"]
        scans += [f"HS:LOGIN:{SUPERVISOR}", "HS:STATION:REJECT", trackings[0], "HS:REASON:DAMAGED", "HS:DONE"]
        scans += [f"HS:LOGIN:{DISPATCHER}", "HS:STATION:CONSOLIDATE", "HS:CONTAINER", *trackings[1:]]
        scans += ["HS:WEIGH", "HS:DONE", f"HS:HANDOVER:DHL TRL-{number}", f"(00){sscc}", "HS:DONE"]
        yield scans


@dataclass
class Sample:
    scans: int
    seconds: float
    rss_mib: float
    threads: int
    open_files: int
    longest_stall_ms: float  # since the sample before


def _status() -> dict[str, str]:
    """The process's /proc status, read once: field -> its first value."""
    fields = (line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return {name: value.split()[0] for name, value in fields if value.split()}


def sample(scans: int, seconds: float, stall_ms: float) -> Sample:
    status = _status()
    return Sample(
        scans,
        seconds,
        int(status["VmRSS"]) / 1024,
        int(status["Threads"]),
        len(os.listdir("/proc/self/fd")),
        stall_ms,
    )


class Week:
    """Feeds ``scans`` scans (to the end of a round) of ``stream`` into ``window`` (a built
    StationApp's window), sampling every ``every`` answers; ``run`` keeps the samples and
    counts the answers' codes."""

    def __init__(
        self,
        window: Any,
        stream: Iterator[list[str]],
        scans: int,
        every: int,
        on_sample: Callable[[Sample], None] | None = None,
        in_flight: int = 1,
    ) -> None:
        from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

        self.window, self.every, self.total, self.on_sample = window, every, scans, on_sample
        # A loop of its own: quitting the application's would leave it closing down for
        # every window after (a later test's would no longer stop its threads).
        self.loop = QEventLoop()
        self.finished = False
        self.in_flight = in_flight
        self.stop_after_ms: int | None = None
        self.rounds = stream
        self.round: list[str] = []
        self.codes: Counter[str] = Counter()
        self.samples: list[Sample] = []
        self.sent = 0
        self.answered = 0
        self.clock = QElapsedTimer()
        self.last_tick = 0.0
        self.stall = 0.0
        self.ticker = QTimer()
        self.ticker.setInterval(1)
        self.ticker.timeout.connect(self._tick)
        window.answer_shown.connect(self._answered)

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        if self.last_tick:
            self.stall = max(self.stall, now - self.last_tick - 1.0)
        self.last_tick = now

    def _next(self) -> None:
        """The next scan of the round under way; a new round only while fewer than the
        scans asked for were sent (so the run ends with a whole round)."""
        if self.finished:
            return
        if self.stop_after_ms is not None and self.clock.elapsed() > self.stop_after_ms:
            self.total = min(self.total, self.sent)  # time is up: this round is the last
        if not self.round and self.sent < self.total:
            self.round = list(next(self.rounds, []))
        if self.round:
            self.sent += 1
            self.window.submit(self.round.pop(0))
            if self.sent - self.answered < self.in_flight:
                self._next()
        elif self.answered == self.sent:
            self.samples.append(sample(self.answered, self.clock.elapsed() / 1000, self.stall))
            self.ticker.stop()
            self.finished = True
            self.loop.quit()

    def _answered(self, answer: Any) -> None:
        if self.finished:
            return
        self.answered += 1
        self.codes[answer.outcome.code] += 1
        if self.answered % self.every == 0:
            gc.collect(0)
            self.samples.append(sample(self.answered, self.clock.elapsed() / 1000, self.stall))
            self.stall = 0.0
            if self.on_sample is not None:
                self.on_sample(self.samples[-1])
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._next)

    def run(self, deadline_s: float = 3600.0) -> None:
        """Until every scan is answered, or ``deadline_s`` passed (then it fails, naming
        how far it got, rather than wait for an answer that never comes)."""
        from PySide6.QtCore import QTimer

        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(self.loop.quit)
        watchdog.start(int(deadline_s * 1000))
        self.clock.start()
        self.samples.append(sample(0, 0.0, 0.0))
        self.ticker.start()
        self._next()
        started = time.monotonic()
        self.loop.exec()
        self.finished = True  # an answer still on its way changes nothing now
        self.ticker.stop()
        self.window.answer_shown.disconnect(self._answered)
        took = time.monotonic() - started
        watchdog.stop()
        assert self.answered == self.sent >= self.total, f"{self.answered} of {self.sent} answered in {took:.0f} s"


def run_week(
    folder: Path,
    scans: int,
    every: int,
    central: Any,
    printer_url: str,
    scale_url: str,
    sync_every_s: float = 1.0,
    on_sample: Callable[[Sample], None] | None = None,
    in_flight: int = 1,
    deadline_s: float = 3600.0,
    stop_after_s: float | None = None,
) -> Week:
    """``scans`` scans of rounds in a new window on a new store in ``folder`` (pre-advice
    enough for them), syncing with ``central`` every ``sync_every_s``; the finished Week."""
    from PySide6.QtWidgets import QApplication

    from hubscan.app import StationParts, build_window
    from hubscan.devices.printers import open_printer
    from hubscan.services.printing import LabelPrinting
    from hubscan.store.manifest import import_lines
    from hubscan.store.operators import save_operator
    from hubscan.store.store import LocalStore
    from hubscan.sync.client import CentralClient, ClientSettings
    from hubscan.sync.engine import SyncEngine

    app = QApplication.instance() or QApplication([])
    store = LocalStore(folder / "station.db", HUB, WS)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    records = list(demo_manifest(scans // 6 + 200, hub=HUB))
    import json

    assert import_lines(store, (json.dumps(r) for r in records)).ok
    client = CentralClient(ClientSettings(central.url, central.token(HUB, WS)))
    engine = SyncEngine(store, client, HUB, WS)
    parts = StationParts(
        LabelPrinting(store, open_printer(printer_url)), scale_url=scale_url, sync=engine, sync_interval_s=sync_every_s
    )
    built = build_window(app, store, HubPolicy(hub_id=HUB, workstation_id=WS, gs1_company_prefix=PREFIX), parts)
    built.window.resize(1366, 768)
    built.window.show()
    week = Week(built.window, rounds(records, PREFIX, WS), scans, every, on_sample, in_flight)
    week.stop_after_ms = None if stop_after_s is None else int(stop_after_s * 1000)
    try:
        week.run(deadline_s)
    finally:
        built.close()
        client.close()
        store.close()
    return week
