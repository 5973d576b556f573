"""Shared fixtures: a real SQLite store per test, demo operators, a small manifest."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the user's keyring; the settings tests set a file keyring of their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# Logs and crash reports of every hubscan run by the tests go here, not to the user's folder.
os.environ["HUBSCAN_LOG_DIR"] = tempfile.mkdtemp(prefix="hubscan-test-logs-")

from hubscan.core.outcome import Outcome
from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, ean13, s10
from hubscan.services.scanning import ScanDesk
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

STAFF, SUPERVISOR, DISPATCHER, ADMIN = (op.badge for op in DEMO_OPERATORS)
POLICY = HubPolicy(hub_id="SYD", workstation_id="07")

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
def desk(store: LocalStore) -> ScanDesk:
    return ScanDesk(store, POLICY, clock=Clock())


def run(desk: ScanDesk, *scans: str) -> list[Outcome]:
    return [desk.scan(raw) for raw in scans]


def codes(outcomes: list[Outcome]) -> list[str]:
    return [o.code for o in outcomes]
