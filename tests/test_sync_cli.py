"""hubscan sync through the command line, and SIGKILL in the middle of a sync."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from central import CentralService
from faultproxy import FaultProxy
from sqlalchemy import func, select

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan_central.models import events_t

HUB, WS = "SYD", "07"
RECORDS = list(demo_manifest(1500, hub=HUB))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    central.load_preadvice(RECORDS)
    yield central
    central.close()


def station(tmp_path: Path, service: CentralService) -> tuple[Path, Path, dict[str, str]]:
    db = tmp_path / "hub.db"
    config = tmp_path / "hubscan.toml"
    config.write_text(f'hub_id = "{HUB}"\nworkstation_id = "{WS}"\n[central]\nurl = "{service.url}"\n')
    env = {**os.environ, "HUBSCAN_CENTRAL_TOKEN": service.token(HUB, WS)}
    return db, config, env


def hubscan(db: Path, config: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubscan", "--db", str(db), "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def receive_all(db: Path) -> int:
    store = LocalStore(db, HUB, WS)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    desk = ScanRecorder(store, HubPolicy(hub_id=HUB, workstation_id=WS, gs1_company_prefix="9528765"))
    desk.scan("OP1001")
    for record in RECORDS:
        assert desk.scan(record["tracking"]).code == "receive.ok"
    store.close()
    return len(RECORDS)


def central_ids(service: CentralService) -> tuple[int, int]:
    with service.engine.connect() as connection:
        total, distinct = connection.execute(select(func.count(), func.count(events_t.c.id.distinct()))).one()
    return int(total), int(distinct)


def test_sync_once_and_status_json(tmp_path: Path, service: CentralService) -> None:
    db, config, env = station(tmp_path, service)
    first = hubscan(db, config, env, "sync", "--once")
    assert first.returncode == 0, first.stderr
    assert f"pulled {len(RECORDS)} pre-advice" in first.stdout
    status = json.loads(hubscan(db, config, env, "sync", "status", "--json").stdout)
    assert status["queue_depth"] == 0 and status["online"] is True and status["manifest_cursor"] == len(RECORDS)


def test_sync_without_token_or_url_says_what_to_set(tmp_path: Path, service: CentralService) -> None:
    db, config, env = station(tmp_path, service)
    env.pop("HUBSCAN_CENTRAL_TOKEN")
    done = hubscan(db, config, env, "sync", "--once")
    assert done.returncode == 2 and "HUBSCAN_CENTRAL_TOKEN" in done.stderr


def test_unreachable_central_keeps_the_queue(tmp_path: Path, service: CentralService) -> None:
    db, config, env = station(tmp_path, service)
    assert hubscan(db, config, env, "sync").returncode == 0
    receive_all(db)
    service.stop()
    done = hubscan(db, config, env, "sync")
    assert done.returncode == 1 and "unreachable" in done.stdout and "stay queued" in done.stdout
    status = hubscan(db, config, env, "sync", "status")
    assert "offline" in status.stdout and f"{len(RECORDS)} event(s) queued" in status.stdout


def test_sigkill_during_sync_loses_and_doubles_nothing(tmp_path: Path, service: CentralService) -> None:
    db, config, env = station(tmp_path, service)
    assert hubscan(db, config, env, "sync").returncode == 0  # pull the pre-advice first
    queued = receive_all(db)
    # Through a link that holds each reply 0.4 s after the service committed: a sync of
    # three batches and a pull lasts at least 1.6 s on any machine, so the kills below
    # (0.6-1.2 s after the start) land part-way, some while a reply is held.
    proxy = FaultProxy(service.port, reply_delay_s=0.4)
    config.write_text(config.read_text().replace(service.url, proxy.url))
    rng = random.Random(7)
    killed = 0
    try:
        for _ in range(6):
            proc = subprocess.Popen(
                [sys.executable, "-m", "hubscan", "--db", str(db), "--config", str(config), "sync", "--once"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            time.sleep(rng.uniform(0.6, 1.2))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
    finally:
        proxy.close()
    config.write_text(config.read_text().replace(proxy.url, service.url))
    final = hubscan(db, config, env, "sync", "--once")
    assert final.returncode == 0, final.stdout + final.stderr
    total, distinct = central_ids(service)
    assert total == distinct == queued
    status = json.loads(hubscan(db, config, env, "sync", "status", "--json").stdout)
    assert status["queue_depth"] == 0
    assert killed >= 1  # at least one sync really died part-way
