"""Screenshots of every station under Xvfb at 1366x768 and 1920x1080 (the real xcb
platform, as on a station). Saved to $HUBSCAN_SCREENSHOTS, or the test's temp folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

SCREENS = (
    "login",
    "receive",
    "process",
    "signoff-request",
    "signed-off",
    "reject",
    "consolidate",
    "print-failed",
    "label-preview",
    "exceptions",
    "sync",
    "search",
    "settings",
)
# Every station in English at both sizes; French and Dutch at the smaller screen.
RUNS = [("1366x768", "en"), ("1920x1080", "en"), ("1366x768", "fr"), ("1366x768", "nl")]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed for screenshots (Debian: apt install xvfb); .ci/run installs it"
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 20
    while not socket.exists():
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.1)
    yield f":{number}"
    server.terminate()
    server.wait(10)


@pytest.mark.parametrize(("size", "language"), RUNS)
def test_every_station_screenshot(display: str, size: str, language: str, tmp_path: Path) -> None:
    out = Path(os.environ.get("HUBSCAN_SCREENSHOTS") or tmp_path)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("shoot_stations.py")), str(out), size, language],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    width, height = (int(n) for n in size.split("x"))
    for screen in SCREENS:
        image = QImage(str(out / f"{screen}-{size}-{language}.png"))
        assert (image.width(), image.height()) == (width, height), screen
        # Not a blank window: the banner, panels and text give many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
        assert len(colours) > 20, f"{screen} looks empty"
