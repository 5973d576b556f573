"""Schemathesis fuzzes the reference service against its own OpenAPI document: every
answer must be documented and match its schema, and no input may cause a server error.

Besides requests on their own, it walks the API as a client does (the stateful phase):
following the document's links, it sends the next request with what the last answer
said (the next page after its cursor, the feed of the hub a batch came from, the next
part of a photo from the offset the service holds)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from central import CentralService

HUB, BENCH = "SYD", "07"

# Schemathesis's configuration: the hub and workstation the bench token acts for, offered
# to the generator half the time wherever a hub or a workstation goes. Else every batch of
# events (for a random hub) is refused 403, and the walk never gets from a batch to its
# hub's feed and state and their next pages.
CONFIG = f"""\
[dictionaries]
hub = {{ values = ["{HUB}"] }}
workstation = {{ values = ["{BENCH}"] }}

[parameters]
"path.hub" = {{ dictionary = "hub", probability = 0.5 }}
"body.hub" = {{ dictionary = "hub", probability = 0.5 }}
"body.workstation" = {{ dictionary = "workstation", probability = 0.5 }}

# The API refuses a NUL character in any text (its description says so: no text column
# of PostgreSQL's keeps one), which a JSON schema's string cannot say for the free-form
# payloads; the refusal has its own test (test_central_json.py).
[generation]
allow-x00 = false
"""


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    # A feed request waits at most a second here: the fuzzer's requests must not wait out
    # the production long poll.
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}", serve_args=("--feed-max-wait", "1"))
    yield central
    central.close()


def links_followed(ndjson: Path) -> Counter[str]:
    """How often the stateful phase sent a request with values a link took from the
    answer before it, by link (``POST /v1/events -> [200] HubFeed -> GET ...``)."""
    followed: Counter[str] = Counter()
    for line in ndjson.read_text(encoding="utf-8").splitlines():
        finished = json.loads(line).get("ScenarioFinished")
        if not finished or finished["phase"] != "stateful":
            continue
        for case in finished["recorder"].get("cases", {}).values():
            if case.get("transition") and case["is_transition_applied"]:
                followed[case["transition"]["id"]] += 1
    return followed


@pytest.mark.parametrize("role", ["workstation", "portal"])
def test_the_service_keeps_its_contract_under_fuzzing(service: CentralService, tmp_path: Path, role: str) -> None:
    token = service.token(HUB, BENCH) if role == "workstation" else service.portal_token
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    report, events = tmp_path / "report.json", tmp_path / "events.ndjson"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config),
            "run",
            f"{service.url}/openapi.json",
            "-H",
            f"Authorization: Bearer {token}",
            "--checks",
            "all",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--max-examples",
            "25",
            "--seed",
            "20261122",
            "--report",
            "json,ndjson",
            "--report-json-path",
            str(report),
            "--report-ndjson-path",
            str(events),
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,  # its example database (.hypothesis) goes with the test's files
    )
    assert done.returncode == 0, done.stdout[-4000:]
    verdict = json.loads(report.read_text(encoding="utf-8"))
    # The walk ran (a document without links has it "not applicable") and found nothing.
    assert verdict["phases"]["stateful"] == {"status": "success", "skip_reason": None}, verdict["phases"]
    assert (verdict["failures"], verdict["errors"]) == ([], []), done.stdout[-4000:]
    assert verdict["test_cases"]["with_failures"] == 0
    assert sum(links_followed(events).values()) > 0, "the stateful phase followed no link"
