"""The central service under many workstations at once, and at its stop: the real
service under uvicorn, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from central import CentralService, central_on

HUBS = ("H01", "H02", "H03")
CONNECTIONS = 2


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralService]:
    # Two database connections and two worker threads: far fewer than the requests below.
    central = central_on(request, tmp_path, serve_args=("--db-connections", str(CONNECTIONS)))
    yield central
    central.close()


def batch(hub: str, workstation: str, size: int) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    events = [
        {
            "id": str(uuid.uuid4()),
            "seq": n + 1,
            "type": "DepotScan",
            "tracking": f"LD{uuid.uuid4().hex[:20].upper()}",
            "occurred_at": now,
            "station": "receive",
            "operator": "OP1001",
            "payload": {"unexpected": True},
        }
        for n in range(size)
    ]
    return {"hub": hub, "workstation": workstation, "events": events}


def test_many_workstations_at_once_wait_their_turn_and_none_fails(service: CentralService) -> None:
    seats = [(hub, f"{n:02d}") for hub in HUBS for n in range(1, 9)]  # 24 workstations
    tokens = {seat: service.token(*seat) for seat in seats}
    feeds: dict[str, list[int]] = {}

    def follow(hub: str) -> None:
        """A bench of the hub on the long poll all along."""
        answer = requests.get(
            f"{service.url}/v1/hubs/{hub}/feed",
            params={"after": 0, "wait": 10},
            headers={"Authorization": f"Bearer {tokens[(hub, '01')]}"},
            timeout=60,
        )
        feeds[hub] = [answer.status_code, len(answer.json()["events"])]

    def post(seat: tuple[str, str]) -> tuple[int, int]:
        answers = []
        for _ in range(3):
            answer = requests.post(
                f"{service.url}/v1/events",
                json=batch(*seat, size=20),
                headers={"Authorization": f"Bearer {tokens[seat]}"},
                timeout=120,
            )
            answers.append(answer)
        accepted = sum(r["result"] == "accepted" for a in answers if a.ok for r in a.json()["results"])
        return max(a.status_code for a in answers), accepted

    followers = [threading.Thread(target=follow, args=(hub,)) for hub in HUBS]
    for follower in followers:
        follower.start()
    with ThreadPoolExecutor(max_workers=len(seats)) as pool:
        results = list(pool.map(post, seats))
    for follower in followers:
        follower.join(60)
    assert results == [(200, 60)] * len(seats)  # every batch answered, every event taken
    assert all(status == 200 and count > 0 for status, count in feeds.values()), feeds
    assert sorted(feeds) == sorted(HUBS)


def test_a_waiting_feed_request_is_answered_when_the_service_stops(service: CentralService) -> None:
    token = service.token("H01", "01")
    answers: list[Any] = []

    def wait_on_feed() -> None:
        try:
            answers.append(
                requests.get(
                    f"{service.url}/v1/hubs/H01/feed",
                    params={"after": 0, "wait": 30},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=60,
                )
            )
        except requests.RequestException as exc:
            answers.append(exc)

    waiting = threading.Thread(target=wait_on_feed)
    waiting.start()
    time.sleep(1.0)  # the request reaches the service and waits (sequencing, not a timed check)
    service.stop()
    waiting.join(60)
    assert len(answers) == 1 and isinstance(answers[0], requests.Response), answers
    assert (answers[0].status_code, answers[0].json()) == (200, {"events": [], "cursor": 0, "more": False})
