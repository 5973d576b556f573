"""End to end through a real ``hubscan session`` process, with a 1,000,000-return manifest.

    .venv/bin/python benchmarks/session_latency.py [--returns 1000000] [--scans 2000]

Uses the store built by scan_latency.py (run that first). Writes one scan to the
session's standard input, waits for its JSON line (printed only after the commit), then
sends the next: the time a person waits between pulling the trigger and the answer,
less the scanner itself. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from scan_latency import DATA, POLICY, percentile, spread_sample, working_copy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--returns", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=2000)
    args = parser.parse_args()
    work = working_copy(args.returns, "session.db")
    config = DATA / "bench.toml"
    config.write_text(f'hub_id = "{POLICY.hub_id}"\nworkstation_id = "{POLICY.workstation_id}"\n')

    trackings = [r["tracking"] for r in spread_sample(args.returns, args.scans)]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubscan",
            "--db",
            str(work),
            "--config",
            str(config),
            "session",
            "--operator",
            "OP1001",
            "--station",
            "receive",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        bufsize=0,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"HS:NOPE\n")  # wait until the process is up; start-up is not a scan
    proc.stdout.readline()
    samples = []
    for tracking in trackings:
        started = time.perf_counter()
        proc.stdin.write(tracking.encode() + b"\n")
        line = proc.stdout.readline()
        samples.append((time.perf_counter() - started) * 1000)
        assert b'"receive.ok"' in line, line
    proc.stdin.close()
    proc.wait()
    print(
        f"hubscan session, receive, {args.returns:,}-return manifest: n={len(samples)}  "
        f"p50={statistics.median(samples):.2f} ms  p99={percentile(samples, 0.99):.2f} ms  max={max(samples):.2f} ms"
    )
    Path(config).unlink()


if __name__ == "__main__":
    main()
