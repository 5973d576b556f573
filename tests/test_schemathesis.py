"""Schemathesis fuzzes the reference service against its own OpenAPI document: every
answer must be documented and match its schema, and no input may cause a server error."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from central import CentralService


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    # A feed request waits at most a second here: the fuzzer's requests must not wait out
    # the production long poll.
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}", serve_args=("--feed-max-wait", "1"))
    yield central
    central.close()


@pytest.mark.parametrize("role", ["workstation", "portal"])
def test_the_service_keeps_its_contract_under_fuzzing(service: CentralService, role: str) -> None:
    token = service.token("SYD", "07") if role == "workstation" else service.portal_token
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "run",
            f"{service.url}/openapi.json",
            "-H",
            f"Authorization: Bearer {token}",
            "--checks",
            "all",
            "--max-examples",
            "25",
            "--seed",
            "20261122",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:]
