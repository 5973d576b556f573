"""A real PostgreSQL server for the tests: initdb in a temporary folder, a Unix socket there.

As root (CI) the server runs as the ``postgres`` user, which Debian's package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql")
    return found[-1]


def _processes_in(folder: Path) -> list[int]:
    """The living processes whose working folder is ``folder``: every process of a
    PostgreSQL server works in its data folder (each backend leads a session of its
    own, so neither parent nor process group finds them all once the postmaster is gone).
    A zombie has no working folder any more: it has ended, holds no memory, and only its
    parent can take it away."""
    found = []
    for cwd in Path("/proc").glob("[0-9]*/cwd"):
        try:
            if cwd.readlink() == folder:
                found.append(int(cwd.parent.name))
        except OSError:  # ended meanwhile, or a zombie
            continue
    return found


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
        self.process: subprocess.Popen[bytes] | None = None
        self.start()
        self.url = self.new_database("hubscan")

    def start(self) -> None:
        """Start the server on its data folder and socket (again, after ``kill``: it then
        runs crash recovery first); returns once it takes connections."""
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

    def kill(self, lingering_s: float = 10.0) -> None:
        """SIGKILL the postmaster, as a crash would: no shutdown, no checkpoint. Its
        backends notice the postmaster is gone and end by themselves; any still there
        after ``lingering_s`` is killed too (a new server cannot start while a process of
        the old one still holds its shared memory). Returns once none is left."""
        assert self.process is not None
        data = self.data.resolve()
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(postmaster, signal.SIGKILL)
        self.process.wait(30)  # runuser ends with the postmaster (or it is the postmaster)
        deadline = time.monotonic() + lingering_s
        while left := _processes_in(data):
            if time.monotonic() > deadline:
                for pid in left:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
            if time.monotonic() > deadline + 30:
                raise RuntimeError(f"PostgreSQL processes {left} outlived SIGKILL")
            time.sleep(0.05)

    def new_database(self, name: str) -> str:
        """A fresh, empty database on this server; its SQLAlchemy URL."""
        self._run(_bin("createdb"), "-h", str(self.root), "-p", str(self.port), "-U", "postgres", name)
        return f"postgresql+psycopg://postgres@/{name}?host={self.root}&port={self.port}"

    def _run(self, *command: str) -> None:
        subprocess.run([*self.prefix, *command], check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(30)
        shutil.rmtree(self.root, ignore_errors=True)
