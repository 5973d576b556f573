"""Photos kept as evidence, uploaded to the real central service under uvicorn.

A bench rejects parcels with photos (noise PNG/JPEG bytes that do not compress: 2.5 MB
each, and one at the 25 MB limit), then one sync round sends them: the time to send
them all, the throughput, and the time to resume a 25 MB photo cut after its first
half. Then scans go on while a 25 MB photo is sent, on another thread: their p50/p99
against scans with nothing sent, in the same run.

    PYTHONPATH=. python benchmarks/evidence_upload.py [--photos 20] [--postgres URL]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from scan_latency import percentile

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store.evidence import waiting
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.evidence import PART_BYTES, send_photo

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from central import CentralService

HUB, WS = "SYD", "07"
MB = 1024 * 1024


def keep(store: LocalStore, tracking: str, size: int, seed: int) -> str:
    """A photo of ``size`` bytes in the evidence folder, as ``keep_photo`` leaves one."""
    data = random.Random(seed).randbytes(size)
    digest = hashlib.sha256(data).hexdigest()
    name = f"{tracking}-bench-{digest[:8]}.jpg"
    store.evidence_folder.mkdir(parents=True, exist_ok=True)
    (store.evidence_folder / name).write_bytes(data)
    return f"{digest} {name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=20, help="2.5 MB photos, one per rejected parcel")
    parser.add_argument("--postgres", help="a PostgreSQL URL for the service (default: its SQLite)")
    parser.add_argument(
        "--service-dir",
        default="/dev/shm" if Path("/dev/shm").is_dir() else None,
        help="where the service's SQLite lives (default: memory, /dev/shm: the service's disk is not the bench's)",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hubscan-evidence-bench-"))
    # At idle CPU priority and off the bench's disk: the stand-in for the service's own machine.
    service_dir = Path(tempfile.mkdtemp(prefix="hubscan-central-", dir=args.service_dir))
    service = CentralService(args.postgres or f"sqlite:///{service_dir / 'central.db'}", idle_cpu=True)
    store = LocalStore(folder / "bench.db", HUB, WS)
    try:
        for operator in DEMO_OPERATORS:
            save_operator(store, operator)
        manifest = list(demo_manifest(args.photos + 400, hub=HUB))
        assert import_lines(store, (json.dumps(r) for r in manifest)).ok
        service.load_preadvice(manifest)
        desk = ScanRecorder(store, HubPolicy(hub_id=HUB, workstation_id=WS, gs1_company_prefix="9528765"))
        desk.scan("OP2001")
        sizes = [int(2.5 * MB)] * args.photos + [25 * MB]
        for n, size in enumerate(sizes):
            tracking = manifest[n]["tracking"]
            for raw in ("HS:STATION:RECEIVE", tracking, "HS:STATION:REJECT", tracking):
                desk.scan(raw)
            desk.scan(f"HS:EVIDENCE:{keep(store, tracking, size, n)}")
            for raw in ("HS:REASON:DAMAGED", "HS:DONE"):
                assert desk.scan(raw).code.startswith("reject."), raw
        client = CentralClient(ClientSettings(service.url, service.token(HUB, WS)))
        engine = SyncEngine(store, client, HUB, WS, use_helper=False)
        engine.push()
        started = time.perf_counter()
        sent = engine.run_once(pull=False).photos
        took = time.perf_counter() - started
        total = sum(sizes) / MB
        print(f"sent {sent} photos, {total:.1f} MB, in {took:.2f} s: {total / took:.1f} MB/s")

        # A 25 MB photo cut after half its parts, resumed.
        tracking = manifest[len(sizes)]["tracking"]
        for raw in ("HS:STATION:RECEIVE", tracking, "HS:STATION:REJECT", tracking):
            desk.scan(raw)
        kept = keep(store, tracking, 25 * MB, 999)
        desk.scan(f"HS:EVIDENCE:{kept}")
        desk.scan("HS:REASON:DAMAGED")
        desk.scan("HS:DONE")
        engine.push()
        sha, name = kept.split(" ")
        data = (store.evidence_folder / name).read_bytes()
        client.start_evidence(sha, len(data), name, tracking)
        for offset in range(0, len(data) // 2, PART_BYTES):
            client.send_evidence_part(sha, offset, data[offset : offset + PART_BYTES])
        started = time.perf_counter()
        assert engine.run_once(pull=False).photos == 1
        print(f"resume of a 25 MB photo cut at half: {time.perf_counter() - started:.2f} s")

        # Scans while a 25 MB photo goes, against scans with nothing going.
        def scans(trackings: list[str]) -> list[float]:
            desk.scan("HS:STATION:RECEIVE")
            times = []
            for tracking in trackings:
                began = time.perf_counter()
                desk.scan(tracking)
                times.append((time.perf_counter() - began) * 1000)
            return times

        rest = [r["tracking"] for r in manifest[len(sizes) + 1 :]]
        quiet = scans(rest[:150])
        tracking = rest[150]
        for raw in ("HS:STATION:RECEIVE", tracking, "HS:STATION:REJECT", tracking):
            desk.scan(raw)
        desk.scan(f"HS:EVIDENCE:{keep(store, tracking, 25 * MB, 1000)}")
        desk.scan("HS:REASON:DAMAGED")
        desk.scan("HS:DONE")
        engine.push()
        photo = waiting(store, 1)[0]
        body = (store.evidence_folder / photo.name).read_bytes()
        sender = threading.Thread(target=send_photo, args=(client, photo, body))
        sender.start()
        busy = scans(rest[151:300])
        sender.join()
        for label, times in (("scans, nothing sent", quiet), ("scans while a 25 MB photo is sent", busy)):
            print(f"{label}: n={len(times)} p50 {percentile(times, 0.5):.2f} ms, p99 {percentile(times, 0.99):.2f} ms")
        client.close()
    finally:
        store.close()
        service.close()
        shutil.rmtree(service_dir, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
