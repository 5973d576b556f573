"""Closing a consolidation prints its connote: through hubscan session on a loopback TCP
printer and through a real CUPS queue, and the printed barcode reads as the connote."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from clihelp import hubscan
from cupsd import Cupsd
from fakeprinter import LoopbackPrinter
from ptyscale import bench_scale
from test_label_render import decoded, rasterise
from test_papers import pdf_text

from hubscan.services.demo import demo_manifest


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with LoopbackPrinter() as fake:
        yield fake


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, list[str]]:
    """A station database with three processed parcels for one destination."""
    db = tmp_path / "print.db"
    assert hubscan(db, "demo", "--count", "40").returncode == 0
    records = [r for r in demo_manifest(40, hub="HUB") if r["destination"]["code"] == "NL-AMS-RTN"][:3]
    scans = [r["tracking"] for r in records] + ["HS:STATION:PROCESS"]
    for record in records:
        scans += [record["tracking"]]
        scans += [item["barcode"] for item in record["items"] for _ in range(item["qty"])]
        scans += ["HS:DONE"]
    done = hubscan(db, "session", "--operator", "OP9001", stdin="\n".join(scans) + "\n")
    assert done.returncode == 0 and done.stdout.count('"process.done"') == 3, done.stdout
    return db, [r["tracking"] for r in records]


def close_consolidation(db: Path, trackings: list[str], printer_url: str) -> tuple[str, str]:
    scans = [*trackings, "HS:WEIGH", "HS:DONE"]
    done = hubscan(
        db,
        "session",
        "--operator",
        "OP3001",
        "--station",
        "consolidate",
        "--printer",
        printer_url,
        stdin="\n".join(scans) + "\n",
    )
    assert done.returncode == 0, done.stderr
    last = json.loads(done.stdout.splitlines()[-1])
    assert last["code"] == "consolidate.closed"
    connote = last["message"].split()[1].rstrip(":")
    return connote, done.stderr


def recorded_connote(db: Path) -> str:
    raw = sqlite3.connect(db)
    try:
        return str(raw.execute("SELECT connote FROM consolidations WHERE connote IS NOT NULL").fetchone()[0])
    finally:
        raw.close()


def recorded_sscc(db: Path) -> str:
    raw = sqlite3.connect(db)
    try:
        [(sscc,)] = raw.execute("SELECT sscc FROM containers").fetchall()
        return str(sscc)
    finally:
        raw.close()


def test_close_prints_a_connote_that_scans_as_the_recorded_number(
    station: tuple[Path, list[str]], printer: LoopbackPrinter, tmp_path: Path
) -> None:
    db, trackings = station
    connote, status = close_consolidation(db, trackings, printer.url)
    assert connote == recorded_connote(db)
    assert "printed on tcp://" in status
    container, job = printer.jobs  # the bag the first parcel opened, then the connote
    assert f"^FH^FD{connote}^FS".encode() in job and b"3 PCS" in job and b"1 CONTAINER  12.400 KG" in job
    [png] = rasterise(job, tmp_path, 203)
    assert sorted(decoded(png))[0] == connote
    assert sorted(decoded(png))[1].startswith(f"CONNOTE:{connote} FROM:HUB TO:NL-AMS-RTN PCS:3 CTN:1 KG:12.400 AT:")
    [png] = rasterise(container, tmp_path, 203)
    assert decoded(png) == [f"(00){recorded_sscc(db)}"]


def test_failed_print_is_kept_then_retried_and_reprinted_with_who_and_why(
    station: tuple[Path, list[str]], printer: LoopbackPrinter
) -> None:
    db, trackings = station
    printer.status = "paper_out"
    connote, status = close_consolidation(db, trackings, printer.url)
    # The container's label (job 1) and the connote (job 3) both wait; the parcel list
    # (job 2) goes to the office, not to the label printer, and is kept.
    assert "NOT printed" in status and "out of labels" in status and "hubscan print retry 3" in status
    assert f"parcel list {connote} printed on file://" in status
    assert (db.parent / "papers" / f"{connote}-parcel-list.pdf").read_bytes().startswith(b"%PDF-")
    assert printer.jobs == []
    jobs = hubscan(db, "print", "jobs").stdout
    assert "failed" in jobs and connote in jobs

    printer.status = "ok"
    retried = hubscan(db, "print", "--printer", printer.url, "retry", "3")
    assert retried.returncode == 0 and "printed" in retried.stdout
    assert len(printer.jobs) == 1 and connote.encode() in printer.jobs[0]

    refused = hubscan(db, "print", "--printer", printer.url, "reprint", "3", "--operator", "OP1001", "--reason", "torn")
    assert refused.returncode == 2 and "may not reprint" in refused.stderr
    again = hubscan(
        db, "print", "--printer", printer.url, "reprint", "3", "--operator", "OP3001", "--reason", "torn label"
    )
    assert again.returncode == 0 and "copy 1" in again.stdout
    assert b"COPY 1" in printer.jobs[-1] and connote.encode() in printer.jobs[-1]
    listing = hubscan(db, "print", "jobs").stdout
    assert "reprint by OP3001: torn label" in listing


def test_the_session_answers_the_next_scans_while_the_printer_keeps_silent(
    station: tuple[Path, list[str]], printer: LoopbackPrinter
) -> None:
    db, trackings = station
    printer.status = "silent"  # takes the connection, never answers ~HS: the station gives up after 2 s
    scans = [*trackings[:2], "HS:WEIGH", "HS:DONE", trackings[2], "HS:CANCEL"]
    options = ["--operator", "OP3001", "--station", "consolidate", "--printer", printer.url]
    done = subprocess.run(
        [sys.executable, "-m", "hubscan", "--db", str(db), "session", *options],
        env={
            **os.environ,
            "HUBSCAN_DISPATCH_GS1_COMPANY_PREFIX": "9528765",
            "HUBSCAN_SCALE_URL": bench_scale().settings.url,
        },
        input="".join(s + "\n" for s in scans),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream, in the order the session said things
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    lines = done.stdout.splitlines()
    codes = [json.loads(line)["code"] if line.startswith("{") else line for line in lines]
    closed, failed = codes.index("consolidate.closed"), next(i for i, c in enumerate(codes) if "NOT printed" in c)
    # The scans after the close were answered before the printer was given up on.
    assert codes[closed + 1 : closed + 3] == ["consolidate.opened_added", "consolidate.cancelled"]
    assert failed > closed + 2, lines
    assert "hubscan print retry 1" in codes[failed]
    jobs = hubscan(db, "print", "jobs").stdout
    assert "failed" in jobs


def test_close_prints_through_real_cups(
    station: tuple[Path, list[str]], printer: LoopbackPrinter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The labels go to the label printer's queue, the parcel list's PDF to the office
    printer's queue, each through a real cupsd to a printer on loopback."""
    db, trackings = station
    cups = Cupsd()
    with LoopbackPrinter() as office:
        try:
            cups.add_raw_queue("hub_zebra", f"socket://127.0.0.1:{printer.port}")
            cups.add_raw_queue("office_laser", f"socket://127.0.0.1:{office.port}")
            monkeypatch.setenv("CUPS_SERVER", str(cups.socket))
            monkeypatch.setenv("HUBSCAN_PAPERS_PRINTER", "spooler://office_laser")
            connote, status = close_consolidation(db, trackings, "spooler://hub_zebra")
            assert "printed on spooler://hub_zebra" in status
            assert f"parcel list {connote} printed on spooler://office_laser" in status
            deadline = time.monotonic() + 30
            # the container's label and the connote; the parcel list
            while (len(printer.jobs) < 2 or not office.jobs) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(printer.jobs) == 2, cups.log()
            assert len(office.jobs) == 1, cups.log()
        finally:
            cups.stop()
    [png] = rasterise(printer.jobs[1], tmp_path, 203)
    assert sorted(decoded(png))[0] == connote == recorded_connote(db)
    kept = (db.parent / "papers" / f"{connote}-parcel-list.pdf").read_bytes()
    assert office.jobs[0] == kept and kept.startswith(b"%PDF-")
    assert f"Connote {connote}" in pdf_text(kept)


def test_print_test_command(printer: LoopbackPrinter, tmp_path: Path) -> None:
    done = hubscan(tmp_path / "t.db", "print-test", "--printer", printer.url)
    assert done.returncode == 0 and "test label printed" in done.stdout
    assert b"HUBSCAN TEST" in printer.jobs[0]
    printer.status = "silent"
    failed = hubscan(tmp_path / "t.db", "print-test", "--printer", printer.url)
    assert failed.returncode == 1 and "no status" in failed.stdout


def test_print_sheet_command(printer: LoopbackPrinter, tmp_path: Path) -> None:
    done = hubscan(tmp_path / "s.db", "print-sheet", "process", "--printer", printer.url)
    assert done.returncode == 0 and "process command sheet printed" in done.stdout
    assert b"HS:GRADE:D" in printer.jobs[0] and b"HS:DONE" in printer.jobs[0]
