"""Workstation window figures, offscreen Qt on a copy of the 1M-return store.

    .venv/bin/python benchmarks/gui_figures.py [--returns 1000000] [--scans 3600] [--rate 20] [--burners N]

1. Cold start of the real ``hubscan gui`` (settings, logs, crash hooks, window) in a new
   process: until the login screen is painted (scans from then on are kept, in order,
   and answered once the store is open), and until the station is ready (the store open
   on the writer thread, its first snapshot shown). Target at most 1.5 s.
2. A burst of ``--rate`` scans a second (receives, as from a wedge) for ``--scans``
   scans: the longest stall of the GUI event loop (gap between 1 ms timer ticks, less
   the 1 ms), and the resident memory afterwards. Target stall at most 50 ms. With
   ``--burners N``, N CPU-bound processes run beside the burst, as on a shared machine
   (N=2 keeps both cores of this machine busy).
Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from scan_latency import POLICY, spread_sample, working_copy

CHILD = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and not hasattr(self, "at"):
            self.at = time.perf_counter() - t0
        return False

paint = FirstPaint()
app.installEventFilter(paint)

def ready():  # the store open on the writer thread: the first scan can be answered
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and getattr(w, "snapshot", None)]
    if not windows or not hasattr(paint, "at"):
        QTimer.singleShot(20, ready)  # coarse: a busy poll would slow the writer thread (GIL)
        return
    print(f"{paint.at:.4f} {time.perf_counter() - t0:.4f}", flush=True)
    app.quit()

QTimer.singleShot(0, ready)
from hubscan.cli.main import main  # the real 'hubscan gui': settings, logs, crash hooks, window
main(["--db", sys.argv[1], "gui"])
"""


def cold_start(db: Path, runs: int = 5) -> list[tuple[float, float]]:
    """(login screen painted, station ready) in seconds from the process's start."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        env = {**os.environ, "HUBSCAN_LOG_DIR": str(db.parent / "gui-logs")}
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        painted, ready = (float(x) for x in child.stdout.readline().split())
        # The interpreter's own start comes before the child's clock starts: add it.
        spawn = time.perf_counter() - started - ready
        times.append((painted + spawn, ready + spawn))
        child.wait()
    return times


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


BURNER = "while True: pass"


def burst(db: Path, returns: int, scans: int, rate: float, burners: int = 0) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from hubscan.app import StationParts, build_window
    from hubscan.services.demo import DEMO_OPERATORS
    from hubscan.services.printing import LabelPrinting
    from hubscan.store.operators import save_operator
    from hubscan.store.store import LocalStore

    app = QApplication.instance() or QApplication([])
    store = LocalStore(db, POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    built = build_window(app, store, POLICY, StationParts(LabelPrinting(store, None)))  # type: ignore[arg-type]
    built.window.resize(1366, 768)
    built.window.show()
    parcels = [r["tracking"] for r in spread_sample(returns, scans)]
    queue = ["OP1001", *parcels]
    answered: list[str] = []
    built.window.answer_shown.connect(lambda answer: answered.append(answer.outcome.code))
    clock = QElapsedTimer()
    clock.start()
    gaps = {"max": 0.0, "last": 0.0}
    stalls: list[tuple[float, float]] = []  # (stall ms, at s)

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if gaps["last"]:
            stall = now - gaps["last"] - 1.0
            gaps["max"] = max(gaps["max"], stall)
            if stall > 20:
                stalls.append((stall, now / 1000))
        gaps["last"] = now

    collections: list[tuple[float, int, float]] = []  # (ms, generation, at s): the collector's pauses
    collecting = {"since": 0.0}

    def on_gc(phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            collecting["since"] = now
        else:
            collections.append(((now - collecting["since"]) * 1000, info["generation"], clock.elapsed() / 1000))

    gc.callbacks.append(on_gc)
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    feeder = QTimer()
    feeder.setInterval(int(1000 / rate))
    rss_before = rss_mib()

    def feed() -> None:
        if queue:
            built.window.submit(queue.pop(0))
        elif len(answered) == scans + 1:
            feeder.stop()
            ticker.stop()
            app.quit()

    feeder.timeout.connect(feed)
    load = [subprocess.Popen([sys.executable, "-c", BURNER]) for _ in range(burners)]
    started = time.perf_counter()
    ticker.start()
    feeder.start()
    try:
        app.exec()
    finally:
        for burner in load:
            burner.kill()
            burner.wait()
    elapsed = time.perf_counter() - started
    ok = sum(code == "receive.ok" for code in answered)
    print(
        f"burst: {scans:,} scans at {rate:g}/s in {elapsed:.0f} s, {burners} CPU burner(s) beside it, "
        f"{ok:,} receive.ok; longest GUI stall "
        f"{gaps['max']:.1f} ms; resident memory {rss_before:.0f} MiB before, {rss_mib():.0f} MiB after"
    )
    worst = ", ".join(f"{ms:.0f} ms at {at:.1f} s" for ms, at in sorted(stalls, reverse=True)[:5])
    print(f"stalls over 20 ms: {len(stalls)} ({worst})")
    gc.callbacks.remove(on_gc)
    longest = sorted(collections, reverse=True)[:3]
    print("longest garbage collections: " + ", ".join(f"{ms:.1f} ms (gen {g}) at {at:.1f} s" for ms, g, at in longest))
    built.close()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--returns", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=3600)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--skip-cold-start", action="store_true")
    parser.add_argument("--burners", type=int, default=0, help="CPU-bound processes beside the burst")
    args = parser.parse_args()
    db = working_copy(args.returns, "gui.db")
    from hubscan.store.store import LocalStore

    LocalStore(db, POLICY.hub_id, POLICY.workstation_id).close()  # migrate once, outside the timing
    if not args.skip_cold_start:
        times = cold_start(db, 10)
        painted = sorted(t[0] for t in times)
        ready = sorted(t[1] for t in times)
        mid = len(times) // 2
        print(
            f"cold start ('hubscan gui'), {len(times)} runs: login screen painted median {painted[mid]:.2f} s "
            f"(range {painted[0]:.2f}-{painted[-1]:.2f}); station ready (store open, first scan answerable) median "
            f"{ready[mid]:.2f} s (range {ready[0]:.2f}-{ready[-1]:.2f})"
        )
    burst(db, args.returns, args.scans, args.rate, args.burners)


if __name__ == "__main__":
    main()
