"""The hub feed followed by a process of its own: a real central service (uvicorn on
SQLite), two benches' real stores; the station's process only relays what changed."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from central import CentralService
from test_hubfeed import HUB, MANIFEST, Bench

from hubscan.core.status import Status
from hubscan.store.hubfeed import feed_cursor
from hubscan.sync.client import ClientSettings
from hubscan.sync.feed_process import FeedProcess


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    central.load_preadvice(MANIFEST)
    yield central
    central.close()


@pytest.fixture
def dock(service: CentralService, tmp_path: Path) -> Iterator[Bench]:
    bench = Bench(tmp_path, service.url, service.token(HUB, "01"), "01")
    bench.scan("OP1001")
    yield bench
    bench.close()


@pytest.fixture
def packing(service: CentralService, tmp_path: Path) -> Iterator[Bench]:
    bench = Bench(tmp_path, service.url, service.token(HUB, "02"), "02")
    yield bench
    bench.close()


class Changes:
    """What the feed process reported, as the station's process received it."""

    def __init__(self) -> None:
        self.trackings: list[str] = []
        self.threads: set[str] = set()
        self._arrived = threading.Condition()

    def __call__(self, changed: tuple[str, ...]) -> None:
        with self._arrived:
            self.trackings.extend(changed)
            self.threads.add(threading.current_thread().name)
            self._arrived.notify_all()

    def wait_for(self, tracking: str, timeout_s: float = 30.0) -> bool:
        with self._arrived:
            return self._arrived.wait_for(lambda: tracking in self.trackings, timeout_s)


def follow(bench: Bench, service: CentralService, changes: Changes, token: str | None = None) -> FeedProcess:
    settings = ClientSettings(service.url, token or service.token(HUB, bench.workstation), retries=0)
    return FeedProcess(bench.store, settings, HUB, wait_s=5.0, on_change=changes)


def feed_processes() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "hubscan-feed"]


def receive(dock: Bench, tracking: str) -> None:
    assert dock.scan(tracking) == ["receive.ok"]
    dock.sync.run_once(pull=False)


def test_another_benchs_scan_is_written_by_the_feed_process_and_reported_here(
    service: CentralService, dock: Bench, packing: Bench
) -> None:
    changes = Changes()
    feed = follow(packing, service, changes)
    try:
        (process,) = feed_processes()
        assert process.pid != os.getpid()
        tracking = MANIFEST[0]["tracking"]
        receive(dock, tracking)
        assert changes.wait_for(tracking)
        assert changes.threads == {"hubscan-feed-relay"}
        record = packing.get(tracking)
        assert (record.status, record.received_by) == (Status.DEPOT_SCAN.value, "OP1001")
        assert packing.own_events() == 0  # the other bench's event is kept as the feed's, not as ours
    finally:
        feed.stop()
    assert not process.is_alive() and feed_processes() == []


@pytest.mark.logs("the hub feed process ended")
def test_a_killed_feed_process_is_started_again_and_goes_on_from_its_cursor(
    service: CentralService, dock: Bench, packing: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    changes = Changes()
    feed = follow(packing, service, changes)
    try:
        first, second = MANIFEST[0]["tracking"], MANIFEST[1]["tracking"]
        receive(dock, first)
        assert changes.wait_for(first)
        (killed,) = feed_processes()
        os.kill(killed.pid or 0, signal.SIGKILL)
        receive(dock, second)
        assert changes.wait_for(second)
        (started,) = feed_processes()
        assert started.pid != killed.pid
        assert packing.get(second).status == Status.DEPOT_SCAN.value
        assert any("the hub feed process ended" in r.getMessage() for r in caplog.records)
    finally:
        feed.stop()


@pytest.mark.logs("hub feed refused")
def test_the_feed_processs_log_records_are_written_by_the_station(
    service: CentralService, packing: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "hubscan")
    feed = follow(packing, service, Changes(), token="not-a-token-of-this-service")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any("hub feed refused" in r.getMessage() for r in caplog.records):
            time.sleep(0.05)
        (refused,) = [r for r in caplog.records if "hub feed refused" in r.getMessage()]
        assert (refused.name, refused.levelno) == ("hubscan.sync", logging.WARNING)
        assert refused.process == os.getpid()  # written here, by the station's handlers
    finally:
        feed.stop()


def test_after_stop_nothing_more_is_written(service: CentralService, dock: Bench, packing: Bench) -> None:
    changes = Changes()
    feed = follow(packing, service, changes)
    first, second = MANIFEST[0]["tracking"], MANIFEST[1]["tracking"]
    receive(dock, first)
    assert changes.wait_for(first)
    feed.stop()
    cursor = feed_cursor(packing.store)
    receive(dock, second)
    time.sleep(1.0)  # time enough for a running follower to have taken it
    assert feed_cursor(packing.store) == cursor
    assert packing.get(second).status == Status.CREATED.value
    assert second not in changes.trackings
