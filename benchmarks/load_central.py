"""The central service under a hub network's load, with Locust: simulated workstations
of ``--hubs`` hubs post DepotScan events in batches and follow their hub's feed
(``benchmarks/load/locustfile.py``), against ``hubscan-central serve`` on PostgreSQL.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/load_central.py [--users 10 50 200] [--hubs 20] [--seconds 60]
        [--batch 10] [--pace 2] [--workers 1]

For each number of workstations: a new database, the service started on it, one token
per workstation, then Locust headless for ``--seconds``. Prints accepted events/s, the
batches' p50/p99 latency and failures, and the feed lag's p50/p99 (from the service
taking an event to its bench's feed reading it back). PostgreSQL runs here (the test
suite's server); the service, PostgreSQL and Locust share this machine's cores.
Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from central import free_port  # noqa: E402
from postgres import PostgresServer  # noqa: E402

from hubscan_central.auth import create_token  # noqa: E402
from hubscan_central.database import make_engine, upgrade  # noqa: E402


def serve(db_url: str, port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "hubscan_central", "--db", db_url, "serve", "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except requests.RequestException:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.2)
    raise RuntimeError(f"the service did not start: {log.read_text()[-2000:]}")


def seats(db_url: str, users: int, hubs: int, folder: Path) -> Path:
    engine = make_engine(db_url)
    upgrade(engine)
    tokens = []
    for n in range(users):
        hub, workstation = f"H{n % hubs:02d}", f"{n // hubs + 1:02d}"
        tokens.append(
            {"hub": hub, "workstation": workstation, "token": create_token(engine, "workstation", hub, workstation)}
        )
    engine.dispose()
    path = folder / f"tokens-{users}.json"
    path.write_text(json.dumps(tokens))
    return path


def stats(prefix: Path) -> dict[str, dict[str, str]]:
    with (prefix.parent / f"{prefix.name}_stats.csv").open() as handle:
        return {row["Name"]: row for row in csv.DictReader(handle)}


def run(args: argparse.Namespace, postgres: PostgresServer, users: int, folder: Path) -> str:
    db_url = postgres.new_database(f"load{users}_{int(time.time())}")
    tokens = seats(db_url, users, args.hubs, folder)
    port = free_port()
    service = serve(db_url, port, args.workers, folder / f"service-{users}.log")
    prefix = folder / f"locust-{users}"
    try:
        env = os.environ | {
            "HUBSCAN_LOAD_TOKENS": str(tokens),
            "HUBSCAN_LOAD_BATCH": str(args.batch),
            "HUBSCAN_LOAD_PACE": str(args.pace),
        }
        subprocess.run(
            [
                str(Path(sys.executable).with_name("locust")),
                "-f",
                str(ROOT / "benchmarks" / "load" / "locustfile.py"),
                "--headless",
                "--users",
                str(users),
                "--spawn-rate",
                str(max(1, users // 5)),
                "--run-time",
                f"{args.seconds}s",
                "--host",
                f"http://127.0.0.1:{port}",
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "ERROR",
            ],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=(folder / f"locust-{users}.log").open("wb"),
        )
    finally:
        service.terminate()
        service.wait(30)
    found = stats(prefix)
    batches, lag = found["events batch"], found.get("feed lag", {})
    done = int(batches["Request Count"]) - int(batches["Failure Count"])
    return (
        f"{users:>5} workstations: {done * args.batch / args.seconds:8.0f} accepted events/s  "
        f"batches p50 {batches['50%']:>6} ms p99 {batches['99%']:>6} ms, {batches['Failure Count']} of "
        f"{batches['Request Count']} failed  |  feed lag p50 {lag.get('50%', '-'):>6} ms "
        f"p99 {lag.get('99%', '-'):>6} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[10, 50, 200])
    parser.add_argument("--hubs", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--pace", type=float, default=2.0, help="seconds between a workstation's batches")
    parser.add_argument("--workers", type=int, default=1, help="service processes")
    args = parser.parse_args()
    if shutil.which("locust", path=str(Path(sys.executable).parent)) is None:
        sys.exit("Locust is not installed: .venv/bin/pip install -e '.[bench]'")
    folder = Path(tempfile.mkdtemp(prefix="hubscan-load-"))
    postgres = PostgresServer()
    try:
        print(
            f"{args.hubs} hubs; each workstation posts {args.batch} events every {args.pace:g} s and follows its "
            f"hub's feed; {args.seconds} s a size; service processes: {args.workers}"
        )
        for users in args.users:
            print(run(args, postgres, users, folder), flush=True)
    finally:
        postgres.stop()
        print(f"logs in {folder}")


if __name__ == "__main__":
    main()
