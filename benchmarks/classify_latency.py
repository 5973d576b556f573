"""Classification alone: how long ``ScanClassifier.classify`` takes per kind of scan, this
checkout against another revision, in interleaved rounds (one process per round and
version, so each imports its own ``hubscan``).

    .venv/bin/python benchmarks/classify_latency.py [--against HEAD~1] [--rounds 4] [--n 20000]

The other revision is checked out with ``git worktree`` into a temporary folder. Each
round classifies every sample ``--n`` times, timing each call; prints p50/p99 in µs
per sample and version. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from hubscan.core.scan_examples import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = EXAMPLES  # one of each recognised form (docs/scan-grammar.md)

CHILD = """
import json, sys, time
from hubscan.core.scan import ScanClassifier
samples, n = json.loads(sys.argv[1]), int(sys.argv[2])
classify = ScanClassifier().classify
clock = time.perf_counter_ns
result = {}
for name, raw in samples.items():
    for _ in range(200):
        classify(raw)
    times = []
    for _ in range(n):
        start = clock()
        classify(raw)
        times.append(clock() - start)
    times.sort()
    result[name] = [times[len(times) // 2] / 1000, times[int(len(times) * 0.99)] / 1000, classify(raw).kind.name]
print(json.dumps(result))
"""


def run(tree: Path, n: int) -> dict[str, list[float | str]]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(SAMPLES), str(n)],
        cwd=tempfile.gettempdir(),
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default="HEAD~1")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hubscan-classify-") as tmp:
        other = Path(tmp) / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.against], check=True)
        try:
            figures: dict[str, dict[str, list[list[float | str]]]] = {"before": {}, "now": {}}
            for _ in range(args.rounds):
                for label, tree in (("before", other), ("now", ROOT)):
                    for name, values in run(tree, args.n).items():
                        figures[label].setdefault(name, []).append(values)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=True)
    print(f"classification alone, µs, median of {args.rounds} interleaved rounds ({args.against} vs this checkout)")
    print(f"{'sample':38} {'before p50':>10} {'p99':>8} {'now p50':>9} {'p99':>8}  kind before -> now")
    for name in SAMPLES:
        row = []
        for label in ("before", "now"):
            rounds = figures[label][name]
            row += [statistics.median(float(r[0]) for r in rounds), statistics.median(float(r[1]) for r in rounds)]
        kinds = f"{figures['before'][name][0][2]} -> {figures['now'][name][0][2]}"
        print(f"{name:38} {row[0]:10.1f} {row[1]:8.1f} {row[2]:9.1f} {row[3]:8.1f}  {kinds}")


if __name__ == "__main__":
    main()
