"""A short week of shifts in the real window (the long form, half a million scans with
its curves plotted, is benchmarks/week_of_shifts.py): every scan answered, every round
reaching the carrier, and the process's threads, open files and memory flat."""

from __future__ import annotations

from pathlib import Path

import pytest
from central import CentralService
from fakeprinter import LoopbackPrinter
from ptyscale import bench_scale
from pytestqt.qtbot import QtBot
from weekshifts import run_week

SCANS = 6_000
EVERY = 500


@pytest.mark.slow
def test_shifts_in_the_window_keep_threads_files_and_memory_flat(qtbot: QtBot, tmp_path: Path) -> None:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        with LoopbackPrinter(keep_last=100) as printer:
            week = run_week(tmp_path, SCANS, EVERY, central, printer.url, bench_scale().settings.url)
            labels = printer.printed
    finally:
        central.close()
    codes = week.codes
    assert sum(codes.values()) == week.sent >= SCANS
    rounds = codes["handover.closed"]
    assert rounds >= 40 and codes["consolidate.closed"] == rounds and codes["reject.done"] == rounds, codes
    assert codes["container.weighed"] == rounds, codes
    assert not [code for code in codes if code.endswith(("not_saved", "unknown_command"))], codes
    assert labels >= 2 * rounds  # each round's bag label and connote reached the printer
    # After the first rounds have started every thread and opened every file, no more stay:
    # the fewest threads and files of the second half are no more than the most of the
    # first (a sample may catch a moment's thread or file, the scale's port while it
    # weighs; a leak keeps them). Over the second half memory grows by less than 4 KB a
    # scan (it settles once the caches are warm: not a leak of an answer or a widget).
    first = [s for s in week.samples[2:] if s.scans < SCANS // 2]
    half = [s for s in week.samples if s.scans >= SCANS // 2]
    assert min(s.threads for s in half) <= max(s.threads for s in first), [s.threads for s in week.samples]
    assert min(s.open_files for s in half) <= max(s.open_files for s in first), [s.open_files for s in week.samples]
    grown_kib = (half[-1].rss_mib - half[0].rss_mib) * 1024
    assert grown_kib < 4 * (half[-1].scans - half[0].scans), [round(s.rss_mib, 1) for s in week.samples]
