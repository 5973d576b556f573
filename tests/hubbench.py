"""Benches of one hub against the real central service (uvicorn, on SQLite and on
PostgreSQL): the fixtures the hub-feed tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from central import CentralService, central_on
from ptyscale import bench_scale
from sqlalchemy import func, select

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.services.weighing import weigh_if_asked
from hubscan.store.models import events_table, returns_table
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.feed import FeedFollower

HUB = "SYD"
MANIFEST = list(demo_manifest(12, hub=HUB))


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralService]:
    central = central_on(request, tmp_path)
    central.load_preadvice(MANIFEST)
    yield central
    central.close()


class Bench:
    """A workstation of a hub: its own store, scans, sync and feed."""

    def __init__(self, folder: Path, url: str, token: str, workstation: str, hub: str = HUB) -> None:
        self.workstation = workstation
        self.store = LocalStore(folder / f"bench-{hub}-{workstation}.db", hub, workstation)
        for operator in DEMO_OPERATORS:
            save_operator(self.store, operator)
        self.recorder = ScanRecorder(
            self.store, HubPolicy(hub_id=hub, workstation_id=workstation, gs1_company_prefix="9528765")
        )
        self.client = CentralClient(ClientSettings(url, token, retries=2, backoff_s=0.01))
        self.sync = SyncEngine(self.store, self.client, hub, workstation, use_helper=False)
        self.feed = FeedFollower(self.store, self.client, hub)
        self.sync.pull()

    def scan(self, *raws: str) -> list[str]:
        """Each scan's answer code; HS:WEIGH weighs on the tests' scale."""
        return [weigh_if_asked(self.recorder, bench_scale(), self.recorder.scan(raw)).code for raw in raws]

    def exchange(self) -> None:
        """Send this bench's events, then take in the others' (one sync round)."""
        self.sync.run_once()
        self.feed.catch_up()

    def get(self, tracking: str) -> Any:
        with self.store.reading() as connection:
            return connection.execute(select(returns_table).where(returns_table.c.tracking == tracking)).one()

    def own_events(self) -> int:
        with self.store.reading() as connection:
            return int(connection.execute(select(func.count()).select_from(events_table)).scalar_one())

    def close(self) -> None:
        self.feed.stop()
        self.client.close()
        self.store.close()


@pytest.fixture
def benches(service: CentralService, tmp_path: Path) -> Iterator[list[Bench]]:
    made = [Bench(tmp_path, service.url, service.token(HUB, ws), ws) for ws in ("01", "02", "03")]
    yield made
    for bench in made:
        bench.close()


def items_of(record: dict[str, Any]) -> list[str]:
    return [item["barcode"] for item in record["items"] for _ in range(item["qty"])]
