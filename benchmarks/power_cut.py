"""Power cuts at over a thousand points of a shift (the long form of tests/test_power_cut.py).

    .venv/bin/python benchmarks/power_cut.py [--parcels 160]

A shift runs on the power-cut filesystem (``tests/lazyfs.py``, FUSE: needs ``/dev/fuse``
and Debian's ``fuse3``): a migration with its backup, a manifest import, the pull from
the real central service, a session that receives, processes, rejects with a photo,
packs, weighs and closes (labels to a printer on loopback, the parcel list PDF kept),
the checkpointer running, and the push. Then the disk is cut just before every sync it
made, and each cut is checked (``tests/powercut.py``: nothing acknowledged lost, the
database whole, numbers never handed out twice, the station starts). Prints the count
of cut points, anything lost (the run stops at the first) and the repairs the restarts
made.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("HUBSCAN_LOG_DIR", tempfile.mkdtemp(prefix="hubscan-bench-logs-"))

from central import CentralService  # noqa: E402
from cutcheck import check_every_cut, syncs_by_file  # noqa: E402
from fakeprinter import LoopbackPrinter  # noqa: E402
from PIL import Image  # noqa: E402
from powercut import run_shift  # noqa: E402
from ptyscale import bench_scale  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=160)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hubscan-power-cut-") as folder:
        work = Path(folder)
        photo = work / "wet-box.jpg"
        Image.new("RGB", (1280, 960), (90, 60, 30)).save(photo, quality=85)
        central = CentralService(f"sqlite:///{work / 'central.db'}")
        started = time.perf_counter()
        try:
            with LoopbackPrinter() as printer:
                shift = run_shift(work, args.parcels, central, printer, bench_scale().settings.url, photo)
        finally:
            central.close()
        worked = time.perf_counter() - started
        started = time.perf_counter()
        cuts, repairs = check_every_cut(shift, work / "after-cut")
        checked = time.perf_counter() - started
        synced = syncs_by_file(shift)
    kinds: dict[str, int] = {}
    for ack in shift.acks:
        kinds[ack.kind] = kinds.get(ack.kind, 0) + 1
    print(f"HubScan power cuts, {datetime.now(UTC):%Y-%m-%d}, {args.parcels} parcels")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"shift on the power-cut filesystem: {len(shift.log):,} operations in {worked:.1f} s")
    print("acknowledged: " + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())))
    print("syncs (where the cuts fall): " + ", ".join(f"{name} {count}" for name, count in synced.most_common()))
    print(f"{cuts:,} cut points, each checked and the station started on it, in {checked:.1f} s: nothing lost")
    print("repairs the restarts made (cut points): " + (", ".join(f"{k}: {n}" for k, n in repairs.items()) or "none"))


if __name__ == "__main__":
    main()
