"""Running the real ``hubscan`` command in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ptyscale import bench_scale


def hubscan(db: Path, *args: str, stdin: str = "", config: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command, its dispatch settings (GS1 company prefix, scale) from the environment
    as a packing station may have them."""
    command = [sys.executable, "-m", "hubscan", "--db", str(db)]
    if config is not None:
        command += ["--config", str(config)]
    env = {
        **os.environ,
        "HUBSCAN_DISPATCH_GS1_COMPANY_PREFIX": "9528765",
        "HUBSCAN_SCALE_URL": bench_scale().settings.url,
    }
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False, env=env
    )


def session(db: Path, scans: list[str], *options: str, config: Path | None = None) -> list[dict[str, Any]]:
    done = hubscan(db, "session", *options, stdin="".join(s + "\n" for s in scans), config=config)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]
