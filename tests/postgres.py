"""A real PostgreSQL server for the tests: initdb in a temporary folder, a Unix socket there.

As root (CI) the server runs as the ``postgres`` user, which Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql")
    return found[-1]


class PostgresServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="hubscan-pg-"))
        self.data = self.root / "data"
        self.port = 54329
        as_root = os.geteuid() == 0
        self.prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
        if as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self.root.chmod(0o755)
        self._run(_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.process = subprocess.Popen(
            [
                *self.prefix,
                _bin("postgres"),
                "-D",
                str(self.data),
                "-k",
                str(self.root),
                "-c",
                "listen_addresses=",
                "-p",
                str(self.port),
                "-c",
                "fsync=on",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while (
            subprocess.run(
                [_bin("pg_isready"), "-h", str(self.root), "-p", str(self.port)], capture_output=True, check=False
            ).returncode
            != 0
        ):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("PostgreSQL did not start")
            time.sleep(0.2)
        self.url = self.new_database("hubscan")

    def new_database(self, name: str) -> str:
        """A fresh, empty database on this server; its SQLAlchemy URL."""
        self._run(_bin("createdb"), "-h", str(self.root), "-p", str(self.port), "-U", "postgres", name)
        return f"postgresql+psycopg://postgres@/{name}?host={self.root}&port={self.port}"

    def _run(self, *command: str) -> None:
        subprocess.run([*self.prefix, *command], check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        shutil.rmtree(self.root, ignore_errors=True)
