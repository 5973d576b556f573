"""Three benches of one hub as real processes (``hubscan session`` with sync and the hub
feed) on the real central service: a parcel carried from bench to bench."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from central import CentralService
from conftest import hand_over, sscc
from ptyscale import bench_settings_toml

from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine

HUB = "SYD"
MANIFEST = list(demo_manifest(6, hub=HUB))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    central.load_preadvice(MANIFEST)
    yield central
    central.close()


class BenchProcess:
    """``hubscan session`` of one bench: scans in on its standard input, outcomes out."""

    def __init__(self, folder: Path, service: CentralService, workstation: str, station: str, operator: str) -> None:
        self.db = folder / f"bench-{workstation}.db"
        store = LocalStore(self.db, HUB, workstation)
        for badge in DEMO_OPERATORS:
            save_operator(store, badge)
        token = service.token(HUB, workstation)
        client = CentralClient(ClientSettings(service.url, token))
        SyncEngine(store, client, HUB, workstation, use_helper=False).pull()  # the day's pre-advice
        client.close()
        store.close()
        config = folder / f"bench-{workstation}.toml"
        config.write_text(
            f'hub_id = "{HUB}"\nworkstation_id = "{workstation}"\n[central]\nurl = "{service.url}"\n'
            + bench_settings_toml()
        )
        command = [sys.executable, "-m", "hubscan", "--db", str(self.db), "--config", str(config), "session"]
        self.process = subprocess.Popen(
            [*command, "--station", station, "--operator", operator],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "HUBSCAN_CENTRAL_TOKEN": token},
        )

    def scan(self, *raws: str) -> list[str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        codes = []
        for raw in raws:
            self.process.stdin.write(raw + "\n")
            self.process.stdin.flush()
            codes.append(json.loads(self.process.stdout.readline())["code"])
        return codes

    def status_of(self, tracking: str) -> tuple[Any, ...] | None:
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as connection:
            return connection.execute(
                "SELECT status, on_hold, consolidation_bench, exception FROM returns WHERE tracking = ?", (tracking,)
            ).fetchone()

    def sees(self, tracking: str, status: str, bench: str | None = None, deadline_s: float = 60.0) -> tuple[Any, ...]:
        """The return as this bench sees it, once it has ``status`` (and is in the open
        consolidation of ``bench``): the feed brought it."""
        end = time.monotonic() + deadline_s
        while True:
            row = self.status_of(tracking)
            if row is not None and row[0] == status and row[2] == bench:
                return row
            assert time.monotonic() < end, f"bench {self.db.stem} never saw {tracking} {status}: {row}"
            time.sleep(0.05)

    def close(self) -> str:
        assert self.process.stdin is not None and self.process.stderr is not None
        self.process.stdin.close()
        assert self.process.wait(60) == 0
        errors = self.process.stderr.read()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return errors


@pytest.fixture
def benches(service: CentralService, tmp_path: Path) -> Iterator[list[BenchProcess]]:
    made = [
        BenchProcess(tmp_path, service, "01", "receive", "OP1001"),
        BenchProcess(tmp_path, service, "02", "process", "OP1001"),
        BenchProcess(tmp_path, service, "03", "reject", "OP2001"),
    ]
    yield made
    for bench in made:
        if bench.process.poll() is None:  # the test failed part-way
            bench.process.kill()
            bench.process.communicate()


def items_of(record: dict[str, Any]) -> list[str]:
    return [item["barcode"] for item in record["items"] for _ in range(item["qty"])]


def test_a_days_flow_moves_parcels_across_three_benches(benches: list[BenchProcess]) -> None:
    dock, packing, supervisor = benches
    kept, damaged = MANIFEST[0], MANIFEST[1]
    assert dock.scan(kept["tracking"], damaged["tracking"]) == ["receive.ok", "receive.ok"]
    packing.sees(kept["tracking"], "Depot Scan")
    assert packing.scan(kept["tracking"], *items_of(kept), "HS:DONE")[-1] == "process.done"
    supervisor.sees(damaged["tracking"], "Depot Scan")
    assert supervisor.scan(damaged["tracking"], "HS:REASON:DAMAGED", "HS:DONE")[-1] == "reject.done"
    packing.sees(damaged["tracking"], "Return Rejected")
    assert packing.scan("HS:LOGOUT", "OP3001", "HS:STATION:CONSOLIDATE", kept["tracking"])[-1] == (
        "consolidate.opened_added"
    )
    supervisor.sees(kept["tracking"], "Return Processed", bench="02")  # in bench 02's open consolidation
    assert packing.scan("HS:WEIGH", "HS:DONE")[-1] == "consolidate.closed"
    assert packing.scan(*hand_over(sscc(1, "02")))[-1] == "handover.closed"
    assert dock.sees(kept["tracking"], "Return Exported")[3] is None  # no exception
    supervisor.sees(kept["tracking"], "Return Exported")  # out of bench 02's consolidation
    dock.sees(damaged["tracking"], "Return Rejected")
    for bench in benches:
        assert "Traceback" not in bench.close()
