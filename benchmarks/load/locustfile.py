"""Simulated workstations for ``load_central.py`` (Locust): each posts DepotScan events
of its hub in batches at a busy bench's pace and follows its hub's feed with the long
poll, as a bench's sync does. Each event's feed lag (from the service taking it to the
feed bringing it back to its bench, as it brings it to the hub's others) is reported as
a request named ``feed lag``.

Set by the runner: ``HUBSCAN_LOAD_TOKENS`` (a JSON file of hub, workstation, token),
``HUBSCAN_LOAD_BATCH`` (events a batch), ``HUBSCAN_LOAD_PACE`` (seconds between batches).
"""

from __future__ import annotations

import itertools
import json
import os
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import gevent
from locust import HttpUser, constant_pacing, events, task

TOKENS: list[dict[str, str]] = json.loads(Path(os.environ["HUBSCAN_LOAD_TOKENS"]).read_text())
BATCH = int(os.environ.get("HUBSCAN_LOAD_BATCH", "10"))
PACE = float(os.environ.get("HUBSCAN_LOAD_PACE", "1.0"))
_seats = itertools.count()


class Workstation(HttpUser):
    wait_time = constant_pacing(PACE)

    def on_start(self) -> None:
        seat = TOKENS[next(_seats) % len(TOKENS)]
        self.hub, self.workstation = seat["hub"], seat["workstation"]
        self.headers = {"Authorization": f"Bearer {seat['token']}"}
        self.seq = 0
        self.follower = gevent.spawn(self.follow)

    def on_stop(self) -> None:
        self.follower.kill(block=False)

    @task
    def push(self) -> None:
        now = datetime.now(UTC).isoformat()
        batch: list[dict[str, Any]] = []
        for _ in range(BATCH):
            self.seq += 1
            batch.append(
                {
                    "id": str(uuid.uuid4()),
                    "seq": self.seq,
                    "type": "DepotScan",
                    "tracking": f"LD{uuid.uuid4().hex[:24].upper()}",
                    "occurred_at": now,
                    "station": "receive",
                    "operator": "OP1001",
                    "payload": {"unexpected": True},
                }
            )
        body = {"hub": self.hub, "workstation": self.workstation, "events": batch}
        with self.client.post(
            "/v1/events", json=body, headers=self.headers, name="events batch", catch_response=True
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"HTTP {answer.status_code}: {answer.text[:200]}")
                return
            accepted = sum(1 for result in answer.json()["results"] if result["result"] == "accepted")
            if accepted != BATCH:
                answer.failure(f"{BATCH - accepted} of {BATCH} events not accepted")

    def follow(self) -> None:
        after = 0
        while True:
            try:
                answer = self.client.get(
                    f"/v1/hubs/{self.hub}/feed",
                    params={"after": after, "limit": 500, "wait": 20},
                    headers=self.headers,
                    name="feed long poll",
                    timeout=60,
                )
                page = answer.json()
            except Exception:  # counted by Locust as the request's failure; ask again
                gevent.sleep(1)
                continue
            read = time.time()
            for event in page["events"]:
                if event["workstation"] != self.workstation:
                    continue  # each bench times its own events: the same lag, 1/n the work here
                lag_ms = (read - datetime.fromisoformat(event["received_at"]).timestamp()) * 1000
                events.request.fire(
                    request_type="FEED",
                    name="feed lag",
                    response_time=lag_ms,
                    response_length=0,
                    exception=None,
                    context={},
                )
            after = int(page["cursor"])
