"""Shared fixtures: a real SQLite store per test, demo operators, a small manifest."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from postgres import PostgresServer
from ptyscale import bench_scale

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the user's keyring; the settings tests set a file keyring of their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# Logs and crash reports of every hubscan run by the tests go here, not to the user's folder.
os.environ["HUBSCAN_LOG_DIR"] = tempfile.mkdtemp(prefix="hubscan-test-logs-")

from hubscan.core.gs1 import make_sscc
from hubscan.core.outcome import Outcome
from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, ean13, s10
from hubscan.services.scanning import ScanRecorder
from hubscan.services.weighing import weigh_if_asked
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

STAFF, SUPERVISOR, DISPATCHER, ADMIN = (op.badge for op in DEMO_OPERATORS)


# A test fails on what it did not expect: a warning or an error in the log (a test that
# provokes one names it with @pytest.mark.logs), or a thread it started left running.


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_unexpected_log(request: pytest.FixtureRequest) -> Iterator[None]:
    kept = _Kept()
    logging.getLogger().addHandler(kept)
    try:
        yield
    finally:
        logging.getLogger().removeHandler(kept)
    marker = request.node.get_closest_marker("logs")
    expected = [re.compile(pattern) for pattern in (marker.args if marker else ())]
    unexpected = [r for r in kept.records if not any(p.search(r.getMessage()) for p in expected)]
    if unexpected:
        said = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected warnings or errors in the log:\n{said}", pytrace=False)


def _new_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    return [
        thread
        for thread in threading.enumerate()
        if thread not in before and thread.is_alive() and not isinstance(thread, threading._DummyThread)
    ]


@pytest.fixture(autouse=True)
def fail_on_leaked_thread() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 10  # a thread told to stop may take a poll interval to end
    while _new_threads(before) and time.monotonic() < deadline:
        time.sleep(0.05)
    if left := _new_threads(before):
        pytest.fail(f"threads left running: {', '.join(t.name for t in left)}", pytrace=False)


POLICY = HubPolicy(hub_id="SYD", workstation_id="07", gs1_company_prefix="9528765")

# Two parcels for Paris, one for Amsterdam, one faulty, one pre-advised to another hub.
PARIS_1, PARIS_2, AMS_1, FAULTY, ELSEWHERE, NOT_RECEIVED = (s10(20_000_000 + n, "RR", "FR") for n in range(6))
SHIRT, BELT, BELL = ean13(1), ean13(2), ean13(3)


def preadvice(tracking: str, destination: str, items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "tracking": tracking,
        "retailer": "Maison Éclair",
        "destination": destination,
        "origin_country": "FR",
        "items": items,
        **extra,
    }


def small_manifest() -> list[dict[str, Any]]:
    shirt = {"sku": "SHIRT", "barcode": SHIRT, "description": "Linen shirt", "qty": 2, "reason": "Too small"}
    belt = {"sku": "BELT", "barcode": BELT, "description": "Leather belt", "qty": 1}
    bell = {"sku": "BELL", "barcode": BELL, "description": "Bike bell", "qty": 1}
    return [
        preadvice(
            PARIS_1, {"code": "FR-PAR", "name": "Maison Éclair Retours", "address": "Saint-Denis"}, [shirt, belt]
        ),
        preadvice(PARIS_2, "FR-PAR", [belt]),
        preadvice(AMS_1, {"code": "NL-AMS", "name": "Fietsfabriek"}, [bell]),
        preadvice(FAULTY, "FR-PAR", [shirt], faulty=True),
        preadvice(ELSEWHERE, "FR-PAR", [belt], hub="MEL"),
        preadvice(NOT_RECEIVED, "FR-PAR", [belt]),
    ]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the central service, shared by a module's tests."""
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hubscan.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[LocalStore]:
    local = LocalStore(db_path, POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(local, operator)
    report = import_lines(local, (json.dumps(r) for r in small_manifest()))
    assert report.ok, report.errors
    yield local
    local.close()


@pytest.fixture
def desk(store: LocalStore) -> ScanRecorder:
    return ScanRecorder(store, POLICY, clock=Clock())


def run(desk: ScanRecorder, *scans: str) -> list[Outcome]:
    """Each scan's answer, as the station gives it: HS:WEIGH weighs on the tests' scale."""
    return [weigh_if_asked(desk, bench_scale(), desk.scan(raw)) for raw in scans]


@pytest.fixture(autouse=True, scope="session")
def scale_on_a_pty() -> None:
    """The tests' balance starts before any test counts its threads."""
    bench_scale()


def sscc(serial: int, bench: str = POLICY.workstation_id) -> str:
    """The label of ``bench``'s ``serial``-th container, as a scanner reads it."""
    return f"(00){container_sscc(serial, bench)}"


def container_sscc(serial: int, bench: str = POLICY.workstation_id) -> str:
    """The SSCC of ``bench``'s ``serial``-th container: the tests' company prefix, the
    bench's number, its sequence."""
    return make_sscc("0", "9528765", int(bench) * 10**7 + serial)


def hand_over(*containers: str) -> list[str]:
    """The scans of a handover to a carrier loading ``containers`` (their labels)."""
    return ["HS:HANDOVER:DHL TRL-4711", *containers, "HS:DONE"]


def codes(outcomes: list[Outcome]) -> list[str]:
    return [o.code for o in outcomes]
