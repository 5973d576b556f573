#!/usr/bin/env python3
"""Bootstrap for a fresh machine with only Python 3.11+.

    python3 dev.py demo   # the application with demo data on a local demo database
    python3 dev.py test   # ruff, mypy, import contracts and the whole pytest suite

Creates ``.venv`` beside this file and installs the project into it (again only when
pyproject.toml changed). Extra arguments after ``test`` go to pytest.

On Debian and Ubuntu both commands first bring the system packages they need: the
libraries Qt loads (``demo`` and ``test``), and the parts the tests run for real (CUPS,
PostgreSQL, Xvfb, NSIS, Node.js, FUSE 3; ``test`` only). The power-cut tests mount a
FUSE filesystem, so the machine needs ``/dev/fuse`` (in a container: ``--device
/dev/fuse --cap-add SYS_ADMIN``). As root they are installed with
apt-get; otherwise the one command to install them is printed and nothing runs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
DEMO_DB = ROOT / ".demo" / "hubscan.db"
ZPLRENDER = ROOT / "tests" / "zplrender"

# The libraries the window's Qt loads on Linux (xcb platform, EGL/GL, fonts, D-Bus,
# audio). The .deb depends on the same list (installers/build.py).
STATION_PACKAGES = (
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3", "libpulse0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1",
)  # fmt: skip
# The real parts the suite starts: a CUPS daemon, PostgreSQL, a virtual screen for
# screenshots, the Windows installer compiler, the label fonts, the ZPL renderer and
# FUSE (the power-cut tests' filesystem).
TEST_PACKAGES = (
    "cups", "cups-daemon", "cups-client", "cups-bsd", "fonts-dejavu-core", "postgresql", "nsis", "xvfb", "fuse3",
)  # fmt: skip
NODE_PACKAGES = ("nodejs", "npm")


def _run(*command: str | Path, check: bool = True) -> int:
    print("+", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], cwd=ROOT, check=check).returncode


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit(f"HubScan needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = BIN / "python"
    if not python.exists() and not (BIN / "python.exe").exists():
        print(f"creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    stamp = VENV / ".hubscan-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        _run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        _run(python, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
        stamp.write_text(wanted)


def missing_packages(packages: tuple[str, ...]) -> list[str]:
    """The Debian packages of ``packages`` not installed here."""
    listed = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${Package} ${db:Status-Status}\\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    installed = {line.split()[0] for line in listed.splitlines() if line.endswith(" installed")}
    return [package for package in packages if package not in installed]


def ensure_system_packages(packages: tuple[str, ...]) -> None:
    """Install what is missing of ``packages`` (as root), or say how and stop."""
    if sys.platform != "linux" or shutil.which("dpkg-query") is None:
        print(f"not Debian: make sure these (or your system's equivalents) are installed: {' '.join(packages)}")
        return
    missing = missing_packages(packages)
    if not missing:
        return
    command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        sys.exit(
            "HubScan needs these Debian packages first. Install them with:\n\n"
            f"    sudo apt-get update && sudo {' '.join(command)}\n\nthen run this command again."
        )
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    print(f"installing Debian packages: {' '.join(missing)}", flush=True)
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def ensure_node_tools() -> None:
    """The label tests check printed labels with an independent ZPL renderer (npm)."""
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm not found after installing the test packages: install Node.js 18+ and npm.")
    stamp = ZPLRENDER / "node_modules" / ".hubscan-installed"
    wanted = hashlib.sha256((ZPLRENDER / "package-lock.json").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    _run(npm, "ci", "--prefix", ZPLRENDER, "--no-audit", "--no-fund", "--loglevel=error")
    stamp.write_text(wanted)


def demo() -> int:
    ensure_system_packages(STATION_PACKAGES)
    ensure_environment()
    _run(BIN / "hubscan", "--db", DEMO_DB, "demo")
    # Labels "print" into a file beside the demo database, so closing a consolidation works.
    printer = f"file://{DEMO_DB.parent / 'labels.zpl'}"
    # Container SSCCs under a GS1 company prefix of the 952 range, which GS1 keeps for
    # examples and demonstrations. The demo has no scale: a supervisor types weights.
    os.environ.setdefault("HUBSCAN_DISPATCH_GS1_COMPANY_PREFIX", "9528765")
    os.environ.setdefault("HUBSCAN_DISPATCH_SENDER_NAME", "HubScan Demo Returns Hub")
    os.environ.setdefault("HUBSCAN_DISPATCH_SENDER_ADDRESS", "1 Demo Dock\nMascot NSW 2020\nAustralia")
    return _run(BIN / "hubscan", "--db", DEMO_DB, "gui", "--printer", printer, check=False)


def test(pytest_args: list[str]) -> int:
    node = () if shutil.which("npm") and shutil.which("node") else NODE_PACKAGES
    ensure_system_packages(STATION_PACKAGES + TEST_PACKAGES + node)
    ensure_environment()
    ensure_node_tools()
    steps = [
        [BIN / "ruff", "check", "."],
        [BIN / "ruff", "format", "--check", "."],
        [BIN / "mypy"],
        [BIN / "lint-imports"],
    ]
    for step in steps:
        if _run(*step, check=False):
            return 1
    return _run(BIN / "python", "-m", "pytest", *pytest_args, check=False)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        print(__doc__)
        return 2
    return demo() if sys.argv[1] == "demo" else test(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
