#!/usr/bin/env python3
"""Bootstrap for a fresh machine with only Python 3.11+.

    python3 dev.py demo   # the application with demo data on a local demo database
    python3 dev.py test   # ruff, mypy, import contracts and the whole pytest suite

Creates ``.venv`` beside this file and installs the project into it (again only when
pyproject.toml changed). Extra arguments after ``test`` go to pytest.
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


def ensure_node_tools() -> None:
    """The label tests render ZPL with an npm package; install it when npm is here."""
    tools = ROOT / "tests" / "zplrender"
    if (tools / "node_modules").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: the label rendering tests will fail. Install Node.js and npm.", flush=True)
        return
    _run(npm, "ci", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error")


def demo() -> int:
    ensure_environment()
    _run(BIN / "hubscan", "--db", DEMO_DB, "demo")
    # Labels "print" into a file beside the demo database, so closing a consolidation works.
    printer = f"file://{DEMO_DB.parent / 'labels.zpl'}"
    return _run(BIN / "hubscan", "--db", DEMO_DB, "gui", "--printer", printer, check=False)


def test(pytest_args: list[str]) -> int:
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
