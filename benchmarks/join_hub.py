"""Joining a hub that has run for a while: a new bench's manifest pull, then its join
(the hub's state: the events of the returns it still holds), against the real central
service under uvicorn on loopback.

    .venv/bin/python benchmarks/join_hub.py [--open 20000] [--finished 100000]

The service is given ``--open + --finished`` pre-advised returns of one hub; another
bench's events are posted straight to it, in batches of 1,000: for each open return a
Depot Scan and a Return Processed, for each finished one a Depot Scan, a Return
Processed, a Parcel Consolidated and a Return Exported. Then a new bench pulls the
manifest and joins: the duration of each, the events the state sent, and the rate the
bench applied them at. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from hubscan.services.demo import demo_manifest
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.feed import FeedFollower

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from central import CentralService

HUB = "BEN"
WORKED = ("DepotScan", "ReturnProcessed")
FINISHED = ("DepotScan", "ReturnProcessed", "ParcelConsolidated", "ReturnExported")


def history(trackings: list[str], finished: int) -> list[dict[str, Any]]:
    """The other bench's events: the first ``finished`` returns exported, the rest worked on."""
    at = datetime.now(UTC).isoformat()
    events: list[dict[str, Any]] = []
    for n, tracking in enumerate(trackings):
        for kind in FINISHED if n < finished else WORKED:
            payload = {"connote": f"CN{n:08d}"} if kind == "ReturnExported" else {}
            events.append(
                {
                    "id": str(uuid.uuid4()),
                    "seq": len(events) + 1,
                    "type": kind,
                    "tracking": tracking,
                    "occurred_at": at,
                    "station": "receive",
                    "operator": "OP1001",
                    "payload": payload,
                }
            )
    return events


def post(service: CentralService, events: list[dict[str, Any]]) -> None:
    token = service.token(HUB, "01")
    with requests.Session() as session:
        for start in range(0, len(events), 1000):
            answer = session.post(
                f"{service.url}/v1/events",
                json={"hub": HUB, "workstation": "01", "events": events[start : start + 1000]},
                headers={"Authorization": f"Bearer {token}"},
                timeout=300,
            )
            answer.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--open", type=int, default=20_000)
    parser.add_argument("--finished", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hubscan-join-"))
    service = CentralService(f"sqlite:///{folder / 'central.db'}")
    try:
        records = list(demo_manifest(args.open + args.finished, hub=HUB))
        started = time.perf_counter()
        service.load_preadvice(records)
        events = history([r["tracking"] for r in records], args.finished)
        post(service, events)
        print(
            f"{args.open:,} returns in the hub, {args.finished:,} finished; {len(events):,} events in the hub's feed "
            f"(set up in {time.perf_counter() - started:.0f} s)"
        )
        store = LocalStore(folder / "new-bench.db", HUB, "09")
        client = CentralClient(ClientSettings(service.url, service.token(HUB, "09")))
        try:
            started = time.perf_counter()
            pulled = SyncEngine(store, client, HUB, "09", use_helper=False).pull()
            pull_s = time.perf_counter() - started
            started = time.perf_counter()
            kept = FeedFollower(store, client, HUB).join()
            join_s = time.perf_counter() - started
        finally:
            client.close()
            store.close()
        print(f"manifest pull: {pulled:,} returns in {pull_s:.1f} s")
        rate = kept / join_s
        print(f"join: {kept:,} events in {join_s:.1f} s ({rate:,.0f} events/s); pull + join {pull_s + join_s:.1f} s")
    finally:
        service.close()


if __name__ == "__main__":
    main()
