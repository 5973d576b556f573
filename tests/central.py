"""The real central service under uvicorn on loopback, started and stopped by the tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import IO

import pytest
import requests
from sqlalchemy import Engine

from hubscan_central.auth import create_token
from hubscan_central.database import make_engine, upgrade


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _idle_cpu_priority() -> None:
    os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))


class CentralService:
    """``tls``: (certificate, key) PEM files, to serve HTTPS as ``https://localhost``.
    ``idle_cpu``: run the service at idle CPU priority (Linux), so that it only takes
    CPU time nothing else wants: the benchmarks' stand-in for the service's own machine."""

    def __init__(
        self,
        db_url: str,
        tls: tuple[Path, Path] | None = None,
        *,
        idle_cpu: bool = False,
        serve_args: tuple[str, ...] = (),
    ) -> None:
        self.db_url = db_url
        self.serve_args = serve_args
        self.tls = tls
        self.idle_cpu = idle_cpu
        self.engine: Engine = make_engine(db_url)
        upgrade(self.engine)
        self.port = free_port()
        self.url = f"https://localhost:{self.port}" if tls else f"http://127.0.0.1:{self.port}"
        self.portal_token = create_token(self.engine, "portal")
        self.process: subprocess.Popen[bytes] | None = None
        # The service's stderr goes to a file, not a pipe: a pipe nobody reads fills up
        # with a few tracebacks (a lost database gives one per request), and the service
        # then blocks on its next write to it.
        self.stderr: IO[bytes] | None = None
        self.start()

    def start(self) -> None:
        tls = ["--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1])] if self.tls else []
        if self.stderr is None:
            self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - kept for the service's life; close() closes it
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hubscan_central",
                "--db",
                self.db_url,
                "serve",
                "--port",
                str(self.port),
                *tls,
                *self.serve_args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
            preexec_fn=_idle_cpu_priority if self.idle_cpu else None,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                verify = str(self.tls[0]) if self.tls else True
                if requests.get(f"{self.url}/v1/health", timeout=1, verify=verify).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"central service did not start: {self.errors()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(15)
            self.process = None

    def errors(self) -> str:
        """What the service wrote to its stderr so far (every run since it was made)."""
        if self.stderr is None:
            return ""
        # pread: the service shares the file's offset, which must stay at the end.
        fd = self.stderr.fileno()
        return os.pread(fd, os.fstat(fd).st_size, 0).decode(errors="replace")

    def close(self) -> None:
        self.stop()
        self.engine.dispose()
        if self.stderr is not None:
            self.stderr.close()
            self.stderr = None

    def token(self, hub: str, workstation: str) -> str:
        return create_token(self.engine, "workstation", hub, workstation)

    def load_preadvice(self, records: list[dict]) -> None:  # type: ignore[type-arg]
        for start in range(0, len(records), 2000):
            response = requests.post(
                f"{self.url}/v1/preadvice",
                json={"returns": records[start : start + 2000]},
                headers={"Authorization": f"Bearer {self.portal_token}"},
                timeout=120,
            )
            assert response.status_code == 200, response.text


def central_on(request: pytest.FixtureRequest, tmp_path: Path, serve_args: tuple[str, ...] = ()) -> CentralService:
    """The central service on its embedded SQLite or on a real PostgreSQL (the
    ``postgres`` fixture), as the parametrised ``request.param`` says."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.db'}"
    else:
        url = request.getfixturevalue("postgres").new_database(f"central_{uuid.uuid4().hex[:12]}")
    return CentralService(url, serve_args=serve_args)
