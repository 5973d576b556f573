"""Scan latency while the label printer stalls: it takes the connection and never answers
its ``~HS`` status query (a Zebra with its media out, or hung), against the quiet case
of no printer at all (labels wait, unsent) and a printer that answers at once,
interleaved in one run.

    .venv/bin/python benchmarks/printer_stall.py [--parcels 100] [--rounds 2] [--mode session window]

Run it from outside the checkout (``cd /tmp``) with ``PYTHONPATH`` naming the code to
measure, to compare two versions: ``python -m hubscan`` would otherwise take the
current directory's.

A supervisor rejects parcels at the reject station (parcel, HS:REASON:DAMAGED, HS:DONE):
every third scan queues a rejection label. Each scan is timed from the moment it is
handed over to the moment its answer is out: in ``hubscan session`` (a real process,
stdin to its JSON line) and in the window (offscreen, ``submit`` to ``answer_shown``,
in a child process). Scans follow each other at once, the hardest case for a printer
that holds the scans' thread. The timed scans begin ``--settle`` seconds after the
station has started (its printer process has started by then, as it has when a person
logs in), in every case alike. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.connection
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakeprinter import LoopbackPrinter  # noqa: E402

from hubscan.core.policy import HubPolicy  # noqa: E402
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest  # noqa: E402
from hubscan.services.scanning import ScanRecorder  # noqa: E402
from hubscan.store.manifest import import_lines  # noqa: E402
from hubscan.store.operators import save_operator  # noqa: E402
from hubscan.store.store import LocalStore  # noqa: E402

POLICY = HubPolicy(hub_id="BEN", workstation_id="01", gs1_company_prefix="9528765")
PRINTERS = {"none": "no printer (quiet)", "silent": "printer never answers ~HS", "ok": "printer answers at once"}

WINDOW_CHILD = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from hubscan.app import StationParts, build_window
from hubscan.core.policy import HubPolicy
from hubscan.devices.printers import open_printer
from hubscan.services.printing import LabelPrinting
from hubscan.store.store import LocalStore

db, url, scans = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
app = QApplication([])
store = LocalStore(db, "BEN", "01")
built = build_window(app, store, HubPolicy(hub_id="BEN", workstation_id="01", gs1_company_prefix="9528765"),
                     StationParts(LabelPrinting(store, open_printer(url) if url else None), idle_logout_s=3600))
built.window.show()
loop = QEventLoop()
built.window.answer_shown.connect(lambda answer: loop.quit())

def answer(raw):
    started = time.perf_counter()
    built.window.submit(raw)
    loop.exec()
    return time.perf_counter() - started

answer("HS:LOGIN:OP2001")
answer("HS:STATION:REJECT")
time.sleep(float(sys.argv[4]))
samples = [answer(raw) for raw in scans]
print(json.dumps(samples), flush=True)
os._exit(0)  # labels still queued for a stalled printer stay in the store, unsent
"""


def _printer_process(status: str, answers: multiprocessing.connection.Connection) -> None:
    with LoopbackPrinter() as printer:
        printer.status = status
        answers.send(printer.url)
        answers.recv()  # told to stop
        answers.send(len(printer.jobs))


class PrinterOnLoopback:
    """The loopback printer in a process of its own, as a real printer is a device of its
    own: its accepts and reads then take nothing from the benchmark's timing thread."""

    def __init__(self, status: str) -> None:
        context = multiprocessing.get_context("spawn")
        self._ours, theirs = context.Pipe()
        self._process = context.Process(target=_printer_process, args=(status, theirs), daemon=True)
        self._process.start()
        self.url: str = self._ours.recv()

    def stop(self) -> int:
        """Stop it; the number of labels it printed."""
        self._ours.send("stop")
        printed: int = self._ours.recv()
        self._process.join()
        return printed


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def received_store(folder: Path, parcels: int) -> tuple[Path, list[str]]:
    """A station store whose ``parcels`` pre-advised returns are all received."""
    path = folder / "template.db"
    store = LocalStore(path, POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    records = list(demo_manifest(parcels, hub=POLICY.hub_id))
    report = import_lines(store, (json.dumps(r) for r in records))
    assert report.ok, report.errors
    desk = ScanRecorder(store, POLICY)
    trackings = [r["tracking"] for r in records]
    for raw in ["HS:LOGIN:OP1001", *trackings, "HS:LOGOUT"]:
        desk.scan(raw)
    store.close()
    return path, trackings


def reject_scans(trackings: list[str]) -> list[str]:
    return [scan for tracking in trackings for scan in (tracking, "HS:REASON:DAMAGED", "HS:DONE")]


def child_env() -> dict[str, str]:
    return os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}


def run_session(db: Path, url: str, scans: list[str], settle_s: float) -> list[float]:
    command = [sys.executable, "-m", "hubscan", "--db", str(db), "session", "--operator", "OP2001"]
    proc = subprocess.Popen(
        [*command, "--station", "reject", *(["--printer", url] if url else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        bufsize=0,
        env=child_env(),
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"HS:NOPE\n")  # start-up is not a scan
    proc.stdout.readline()
    time.sleep(settle_s)
    samples = []
    for raw in scans:
        started = time.perf_counter()
        proc.stdin.write(raw.encode() + b"\n")
        line = proc.stdout.readline()
        samples.append(time.perf_counter() - started)
        assert line, "the session ended early"
    proc.kill()  # labels still queued for a stalled printer stay in the store, unsent
    proc.wait()
    return samples


def run_window(db: Path, url: str, scans: list[str], settle_s: float) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_CHILD, str(db), url, json.dumps(scans), str(settle_s)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=3600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return list(json.loads(done.stdout.splitlines()[-1]))


def summary(samples: list[float], scans: list[str]) -> str:
    ms = [s * 1000 for s in samples]
    after_label = [ms[i] for i in range(1, len(ms)) if scans[i - 1] == "HS:DONE"]
    return (
        f"n={len(ms):>4}  p50={statistics.median(ms):7.2f} ms  p99={percentile(ms, 0.99):8.2f} ms  "
        f"max={max(ms):8.2f} ms  | the scan after each label: p50={statistics.median(after_label):7.2f} ms  "
        f"p99={percentile(after_label, 0.99):8.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mode", nargs="+", choices=["session", "window"], default=["session", "window"])
    parser.add_argument("--settle", type=float, default=2.0, help="seconds between start-up and the timed scans")
    args = parser.parse_args()
    import hubscan

    print(f"hubscan from {Path(hubscan.__file__).parent}; {args.parcels} parcels, 3 scans each, a label every third")
    folder = Path(tempfile.mkdtemp(prefix="hubscan-printer-stall-"))
    try:
        template, trackings = received_store(folder, args.parcels)
        scans = reject_scans(trackings)
        runners = {"session": run_session, "window": run_window}
        for round_ in range(1, args.rounds + 1):
            for mode in args.mode:
                for status in ("none", "silent", "ok"):  # interleaved: quiet, stalled, printing, quiet...
                    db = folder / f"{mode}-{status}-{round_}.db"
                    shutil.copy(template, db)
                    printer = PrinterOnLoopback(status)
                    try:
                        samples = runners[mode](db, "" if status == "none" else printer.url, scans, args.settle)
                    finally:
                        printed = printer.stop()
                    print(
                        f"round {round_} {mode:<7} {PRINTERS[status]:<26} {summary(samples, scans)}  printed={printed}"
                    )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
