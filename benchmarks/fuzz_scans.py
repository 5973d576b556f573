"""A million generated scans through the classifier and every station's rules on a real
store (the long form of tests/test_scan_fuzz.py).

    .venv/bin/python benchmarks/fuzz_scans.py [--scans 1000000] [--seed 1]

The scans come from ``tests/scanfuzz.py``: the hub's own barcodes and commands, runs of
them as a person makes them, and noise. Every scan must be answered with a code from
the catalogue, and a refused one must record no event; the first that is not stops the
run with the scan that broke it. Prints the count, the rate, the codes reached and the
store's integrity check at the end.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from scanfuzz import ScanStream, check  # noqa: E402
from sqlalchemy import text  # noqa: E402

from hubscan.core.outcome import CATALOG  # noqa: E402
from hubscan.core.policy import HubPolicy  # noqa: E402
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest  # noqa: E402
from hubscan.services.scanning import ScanRecorder  # noqa: E402
from hubscan.store.manifest import import_lines  # noqa: E402
from hubscan.store.operators import save_operator  # noqa: E402
from hubscan.store.store import LocalStore  # noqa: E402

POLICY = HubPolicy(hub_id="HUB", workstation_id="01", gs1_company_prefix="9528765")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--returns", type=int, default=20_000)
    args = parser.parse_args()
    manifest = list(demo_manifest(args.returns, hub=POLICY.hub_id))
    with tempfile.TemporaryDirectory(prefix="hubscan-fuzz-") as folder:
        store = LocalStore(Path(folder) / "fuzz.db", POLICY.hub_id, POLICY.workstation_id)
        for operator in DEMO_OPERATORS:
            save_operator(store, operator)
        assert import_lines(store, (json.dumps(record) for record in manifest)).ok
        recorder = ScanRecorder(store, POLICY)
        codes: collections.Counter[str] = collections.Counter()
        stream = ScanStream(manifest, args.seed)
        started = time.perf_counter()
        for number in range(1, args.scans + 1):
            codes.update(answer.code for answer in check(recorder, store, next(stream)))
            if number % 100_000 == 0:
                print(f"  {number:,} scans, {time.perf_counter() - started:,.0f} s", flush=True)
        elapsed = time.perf_counter() - started
        with store.reading() as connection:
            verdict = connection.execute(text("PRAGMA integrity_check")).scalar_one()
        store.close()
    print(f"HubScan scan fuzzing, {datetime.now(UTC):%Y-%m-%d}, seed {args.seed}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"{args.scans:,} scans in {elapsed:,.0f} s ({args.scans / elapsed:,.0f} scans/s): every one answered")
    print(f"codes reached: {len(codes)} of {len(CATALOG)} in the catalogue; integrity check: {verdict}")
    print("most frequent: " + ", ".join(f"{code} {count:,}" for code, count in codes.most_common(8)))


if __name__ == "__main__":
    main()
