"""hubscan session --scanner on a real pty: scans reach the session, survive an unplug."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from ptyport import PtyScanner

from hubscan.services.demo import demo_manifest


def pump(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))


def wait_for(lines: queue.Queue[str], needle: str) -> str:
    while True:
        line = lines.get(timeout=15)
        if needle in line:
            return line


def test_session_reads_a_serial_scanner_across_an_unplug(tmp_path: Path) -> None:
    db = tmp_path / "serial.db"
    assert (
        subprocess.run(
            [sys.executable, "-m", "hubscan", "--db", str(db), "demo", "--count", "30"],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    trackings = [r["tracking"] for r in demo_manifest(30)]
    device = PtyScanner(tmp_path / "scanner")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubscan",
            "--db",
            str(db),
            "session",
            "--operator",
            "OP1001",
            "--scanner",
            str(device.link),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out: queue.Queue[str] = queue.Queue()
    err: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None and proc.stderr is not None
    pumps = [
        threading.Thread(target=pump, args=(stream, into), daemon=True)
        for stream, into in ((proc.stdout, out), (proc.stderr, err))
    ]
    for thread in pumps:
        thread.start()
    try:
        wait_for(err, "connected")
        device.scan(trackings[0])
        assert json.loads(out.get(timeout=15))["code"] == "receive.ok"
        device.unplug()
        assert "unplugged" in wait_for(err, "scanner")
        device.plug()
        wait_for(err, "connected")
        for tracking in trackings[1:11]:
            device.scan(tracking)
        answers = [json.loads(out.get(timeout=15)) for _ in range(10)]
        assert [a["scan"] for a in answers] == trackings[1:11]
        assert {a["code"] for a in answers} == {"receive.ok"}
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
        for thread in pumps:
            thread.join(5)
        proc.stdout.close()
        proc.stderr.close()
        device.unplug()
