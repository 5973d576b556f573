"""A week of shifts in the real station window under Xvfb, its curves plotted (the long
form of tests/test_week_of_shifts.py).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/week_of_shifts.py [--scans 500000]

Rounds of the four stations' work (``tests/weekshifts.py``: receive, process item by
item, reject, pack, weigh on the pty balance, close, hand over) go into the window as
a scanner's burst (``--in-flight`` scans sent ahead of their answers, in order), with the labels printed on a printer on
loopback, the papers kept and the sync to the real central service running (every 10
s, as a station does). Every ``--every`` answers it samples the station process's
resident memory, threads, open files and the longest stall of the GUI event loop since
the sample before; it prints the samples and a summary and plots them in
``benchmarks/week_of_shifts.png``.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("HUBSCAN_LOG_DIR", tempfile.mkdtemp(prefix="hubscan-bench-logs-"))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from central import CentralService  # noqa: E402
from fakeprinter import LoopbackPrinter  # noqa: E402
from ptyscale import bench_scale  # noqa: E402
from weekshifts import Sample, run_week  # noqa: E402

PLOT = ROOT / "benchmarks" / "week_of_shifts.png"


def plot(samples: list[Sample], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scans = [s.scans / 1000 for s in samples]
    # No rate before the first sample: NaN, which is not drawn.
    pairs = itertools.pairwise(samples)
    rates = [math.nan] + [(b.scans - a.scans) / max(b.seconds - a.seconds, 1e-9) for a, b in pairs]
    curves = (
        ("scans answered a second", rates),
        ("resident memory (MiB)", [s.rss_mib for s in samples]),
        ("threads", [s.threads for s in samples]),
        ("open files", [s.open_files for s in samples]),
        ("longest GUI stall since the sample before (ms)", [s.longest_stall_ms for s in samples]),
    )
    figure, axes = plt.subplots(len(curves), 1, figsize=(10, 12), sharex=True)
    for axis, (label, values) in zip(axes, curves, strict=True):
        axis.plot(scans, values, linewidth=1.2)
        axis.set_ylabel(label, fontsize=8)
        axis.set_ylim(bottom=0, top=max(v for v in values if not math.isnan(v)) * 1.25 + 1)
        axis.grid(alpha=0.3)
    axes[-1].set_xlabel("scans answered (thousands)")
    figure.suptitle(title, fontsize=10)
    figure.tight_layout()
    figure.savefig(PLOT, dpi=90)


def progress(sample: Sample) -> None:
    print(
        f"  {sample.scans:,} scans, {sample.seconds:.1f} s: RSS {sample.rss_mib:.1f} MiB, "
        f"{sample.threads} threads, {sample.open_files} files, stall {sample.longest_stall_ms:.0f} ms",
        file=sys.stderr,
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=500_000)
    parser.add_argument("--every", type=int, default=5_000, help="answers between samples")
    parser.add_argument("--minutes", type=float, help="stop after the round under way at this time")
    parser.add_argument("--in-flight", type=int, default=4, help="scans sent ahead of their answers, as a burst")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hubscan-week-") as folder:
        central = CentralService(f"sqlite:///{Path(folder) / 'central.db'}", idle_cpu=True)
        try:
            with LoopbackPrinter(keep_last=100) as printer:
                scale = bench_scale().settings.url
                week = run_week(
                    Path(folder),
                    args.scans,
                    args.every,
                    central,
                    printer.url,
                    scale,
                    10.0,
                    progress,
                    args.in_flight,
                    deadline_s=12 * 3600,
                    stop_after_s=args.minutes * 60 if args.minutes else None,
                )
                labels = printer.printed
        finally:
            central.close()
    elapsed = time.perf_counter() - started
    samples = week.samples
    screen = "Xvfb" if os.environ.get("DISPLAY") else "offscreen"
    print(f"HubScan week of shifts, {datetime.now(UTC):%Y-%m-%d}, {screen}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    rate = week.answered / elapsed
    if week.answered < args.scans:
        print(f"stopped at {args.minutes:g} min, before the {args.scans:,} scans asked for")
    print(f"{week.answered:,} scans answered in {elapsed / 60:.0f} min ({rate:.0f}/s); {labels:,} labels printed")
    print(f"rounds handed over: {week.codes['handover.closed']:,}; answers: {dict(week.codes.most_common(6))}")
    print("    scans    RSS MiB  threads  files  stall ms")
    for s in samples[:: max(1, len(samples) // 20)] + samples[-1:]:
        print(f"{s.scans:>9,} {s.rss_mib:>10.1f} {s.threads:>8} {s.open_files:>6} {s.longest_stall_ms:>9.1f}")
    quarter = samples[len(samples) // 4]
    stalls = sorted(s.longest_stall_ms for s in samples[1:])
    print(
        f"from {quarter.scans:,} scans to the end: RSS {quarter.rss_mib:.1f} -> {samples[-1].rss_mib:.1f} MiB, "
        f"threads {min(s.threads for s in samples[1:])}-{max(s.threads for s in samples[1:])}, "
        f"open files {min(s.open_files for s in samples[1:])}-{max(s.open_files for s in samples[1:])}; "
        f"longest stall per {args.every:,} scans: median {stalls[len(stalls) // 2]:.0f} ms, max {stalls[-1]:.0f} ms"
    )
    plot(samples, f"HubScan: {week.answered:,} scans in the window ({screen}), {datetime.now(UTC):%Y-%m-%d}")
    print(f"plotted in {PLOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
