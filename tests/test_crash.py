"""SIGKILL a real ``hubscan session`` at random moments: no acknowledged scan is lost.

Each round starts the session on the same database, streams scans into it, kills it
with SIGKILL at a random moment, then checks that every outcome it printed is in the
database and that the database passes ``PRAGMA integrity_check``. The next round is
the restart on the same file.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

ROUNDS = 100
SCANS_PER_ROUND = 300


def _feed(stdin, scans: list[str], stop: threading.Event) -> None:  # type: ignore[no-untyped-def]
    try:
        for scan in scans:
            if stop.is_set():
                return
            stdin.write((scan + "\n").encode())
            stdin.flush()
    except (BrokenPipeError, OSError):
        pass


def _acknowledged(stdout_bytes: bytes) -> list[dict[str, str]]:
    lines = stdout_bytes.split(b"\n")
    return [json.loads(line) for line in lines[:-1] if line]  # the last piece may be cut short


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_scan(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    store = LocalStore(db, "HUB", "01")
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    records = list(demo_manifest(ROUNDS * SCANS_PER_ROUND))
    assert import_lines(store, (json.dumps(r) for r in records)).ok
    store.close()

    rng = random.Random(20261122)
    trackings = [r["tracking"] for r in records]
    position = 0
    printed_total = 0
    for round_number in range(ROUNDS):
        batch = trackings[position : position + SCANS_PER_ROUND]
        position += SCANS_PER_ROUND
        assert batch
        # Some repeats and bad scans too, so warnings and errors are acknowledged as well.
        scans = [t if rng.random() > 0.1 else rng.choice(["", "HS:NOPE", trackings[0]]) for t in batch]
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hubscan",
                "--db",
                str(db),
                "session",
                "--operator",
                "OP1001",
                "--station",
                "receive",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        stop = threading.Event()
        feeder = threading.Thread(target=_feed, args=(proc.stdin, scans, stop), daemon=True)
        feeder.start()
        assert proc.stdout is not None
        first = proc.stdout.read1(1)  # wait until the session is up and answering
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        stop.set()
        rest = proc.stdout.read()
        proc.wait()
        feeder.join(5)
        proc.stdout.close()
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()  # type: ignore[union-attr]
        printed = _acknowledged(first + rest)
        printed_total += len(printed)

        raw = sqlite3.connect(db)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"round {round_number}"
            journal = Counter(raw.execute("SELECT raw, code FROM scans").fetchall())
            received = {row[0] for row in raw.execute("SELECT tracking FROM events WHERE type = 'DepotScan'")}
        finally:
            raw.close()
        wanted = Counter((line["scan"], line["code"]) for line in printed)
        missing = wanted - journal
        assert not missing, f"round {round_number}: printed but not in the database: {missing}"
        for line in printed:
            if line["code"] == "receive.ok":
                assert line["tracking"] in received
    assert printed_total > ROUNDS  # the rounds really acknowledged scans before dying
    print(f"crash test: {ROUNDS} SIGKILLs, {printed_total} acknowledged scans all found, integrity ok")
