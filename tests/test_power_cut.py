"""Power cuts: a shift on a filesystem that loses what was not made durable (``lazyfs.py``),
cut before every sync it made, and once for real, live, then remounted.

The long form (more parcels, over a thousand cut points) is ``benchmarks/power_cut.py``.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from central import CentralService
from cutcheck import CONNOTE, SSCC, check_cut, check_every_cut
from fakeprinter import LoopbackPrinter
from lazyfs import Disk
from PIL import Image
from powercut import (
    HUB,
    STAFF,
    Ack,
    LazyMount,
    Session,
    Shift,
    Station,
    make_seed,
    run_shift,
    station_config,
)
from ptyscale import bench_scale

from hubscan.services.demo import demo_manifest

PARCELS = 40


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "wet-box.jpg"
    Image.new("RGB", (640, 480), (90, 60, 30)).save(path, quality=80)
    return path


@pytest.mark.slow
def test_every_cut_of_a_shift_keeps_what_was_acknowledged(tmp_path: Path, photo: Path) -> None:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        with LoopbackPrinter() as printer:
            shift = run_shift(tmp_path, PARCELS, central, printer, bench_scale().settings.url, photo)
    finally:
        central.close()
    cuts, repairs = check_every_cut(shift, tmp_path / "after-cut")
    acknowledged = [ack for ack in shift.acks if ack.kind == "scan"]
    assert cuts > 200  # the shift really made the syncs the cuts come before
    assert len(acknowledged) > 100
    # What the checks look for was there to be checked: numbers on the labels, the
    # parcel list on the disk the last cut left.
    labels = b"".join(label for _, label in shift.labels)
    assert CONNOTE.search(labels) and SSCC.search(labels)
    assert list((tmp_path / "after-cut" / "papers").glob("CN*-parcel-list.pdf"))
    print(
        f"power cuts: {cuts} cut points over {len(shift.log)} operations, {len(acknowledged)} scans; "
        f"repairs: {dict(repairs)}"
    )


def test_a_live_cut_then_the_station_starts_on_the_remounted_disk(tmp_path: Path) -> None:
    """The filesystem freezes at a cut mid-session, as the power goes: the session is
    killed, the disk unmounted and mounted again with what the cut kept, and the
    station starts on it and goes on receiving."""
    seed = tmp_path / "seed"
    make_seed(seed)
    records = list(demo_manifest(30, hub=HUB))
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in records))
    with LoopbackPrinter() as printer:
        config = station_config(tmp_path, "", printer.url, bench_scale().settings.url)
        disk = LazyMount(seed, tmp_path / "mnt", tmp_path / "first")
        station = Station(disk, config, dict(os.environ), printer)
        answers: list[dict[str, Any]] = []
        after_cut: list[dict[str, Any]] = []
        try:
            station.command("manifest", "import", str(manifest))
            station.acks.append(Ack(disk.count, "import"))
            session = Session(station)
            try:
                answers += [session.scan(f"HS:LOGIN:{STAFF}"), session.scan("HS:STATION:RECEIVE")]
                for number, record in enumerate(records):
                    if number == 10:
                        disk.control.cut_at(disk.count + 5)  # the power goes within the next scans
                    if disk.control.read()[2]:
                        after_cut.append(session.scan(record["tracking"]))
                        if len(after_cut) == 3:
                            break
                    else:
                        answers.append(session.scan(record["tracking"]))
            finally:
                session.end(kill=True)
        finally:
            log = disk.unmount()
        # Every scan after the cut was answered as not saved, never as received.
        assert [a["code"] for a in after_cut] == ["scan.not_saved"] * 3, after_cut
        received = [a["tracking"] for a in answers if a["code"] == "receive.ok"]
        assert len(received) >= 10

        cut = Disk(seed)
        for op in log:
            cut.apply(op)
        kept = tmp_path / "kept"
        cut.write_durable(kept)
        shutil.copytree(kept, tmp_path / "checked")
        shift = Shift(seed, log, station.acks, station.labels, [r["tracking"] for r in records], [])
        check_cut(tmp_path / "checked", len(log), shift)

        again = LazyMount(kept, tmp_path / "mnt2", tmp_path / "second")
        try:
            station = Station(again, config, dict(os.environ), printer)
            session = Session(station)
            session.scan(f"HS:LOGIN:{STAFF}")
            session.scan("HS:STATION:RECEIVE")
            try:
                after = [session.scan(after_cut[0]["scan"]), session.scan(received[0])]
            finally:
                session.end()
        finally:
            again.unmount()
    # The parcel the cut caught is received now; one acknowledged before it is known.
    assert [a["code"] for a in after] == ["receive.ok", "receive.repeat"], after
