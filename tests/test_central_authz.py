"""The authorisation matrix of the central service: every kind of token against every
endpoint and hub, on the real service under uvicorn. A request no token may make is
401; a token of the wrong kind or for another hub or workstation is 403; the rest get
past authorisation (whatever their body then gets)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from central import CentralService

from hubscan.services.demo import demo_manifest

RECORD = next(demo_manifest(1, hub="SYD"))
TRACKING = RECORD["tracking"]
OK, NO_TOKEN, FORBIDDEN = "passes", 401, 403


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralService]:
    folder: Path = tmp_path_factory.mktemp("authz")
    central = CentralService(f"sqlite:///{folder / 'central.db'}", serve_args=("--feed-max-wait", "1"))
    central.load_preadvice([RECORD])
    yield central
    central.close()


def tokens(service: CentralService) -> dict[str, dict[str, str]]:
    """Each kind of caller, as the headers it sends."""
    bearer = {
        "portal": service.portal_token,
        "SYD/07": service.token("SYD", "07"),
        "SYD/08": service.token("SYD", "08"),
        "MEL/01": service.token("MEL", "01"),
        "unknown": "not-a-token-" + uuid.uuid4().hex,
    }
    headers = {name: {"Authorization": f"Bearer {token}"} for name, token in bearer.items()}
    return {**headers, "none": {}, "not bearer": {"Authorization": f"Basic {service.portal_token}"}}


def batch(hub: str, workstation: str) -> dict[str, Any]:
    event = {
        "id": str(uuid.uuid4()),
        "seq": 1,
        "type": "DepotScan",
        "tracking": TRACKING,
        "occurred_at": datetime.now(UTC).isoformat(),
        "station": "receive",
        "operator": "OP1001",
        "payload": {},
    }
    return {"hub": hub, "workstation": workstation, "events": [event]}


# (method, path, body) -> what each caller gets; callers not named get 401.
MATRIX: list[tuple[str, str, Any, dict[str, Any]]] = [
    ("GET", "/v1/health", None, dict.fromkeys(("none", "not bearer", "unknown"), OK)),
    ("POST", "/v1/preadvice", {"returns": [RECORD]}, {"portal": OK}),
    (
        "POST",
        "/v1/carrier-status",
        {"tracking": TRACKING, "status": "Return In Transit", "at": "2026-12-01T08:00:00+00:00"},
        {"portal": OK},
    ),
    ("GET", "/v1/escalations", None, {"portal": OK}),
    ("GET", "/v1/hubs/SYD/manifest", None, {"portal": OK, "SYD/07": OK, "SYD/08": OK}),
    ("GET", "/v1/hubs/SYD/feed", None, {"portal": OK, "SYD/07": OK, "SYD/08": OK}),
    ("GET", "/v1/hubs/SYD/state", None, {"portal": OK, "SYD/07": OK, "SYD/08": OK}),
    ("GET", "/v1/hubs/MEL/state", None, {"portal": OK, "MEL/01": OK}),
    ("POST", "/v1/events", batch("SYD", "07"), {"SYD/07": OK}),
    ("POST", "/v1/events", batch("MEL", "01"), {"MEL/01": OK}),
    ("GET", f"/v1/returns/{TRACKING}/timeline", None, {"portal": OK, "SYD/07": OK, "SYD/08": OK, "MEL/01": OK}),
    (
        "POST",
        "/v1/evidence",
        {"sha256": "0" * 64, "size": 10, "name": "a.jpg", "tracking": TRACKING},
        {"SYD/07": OK, "SYD/08": OK, "MEL/01": OK},
    ),
]
KNOWN = ("portal", "SYD/07", "SYD/08", "MEL/01")


def expected(allowed: dict[str, Any], caller: str) -> Any:
    if caller in allowed:
        return allowed[caller]
    if "none" in allowed:  # open to anyone
        return OK
    return FORBIDDEN if caller in KNOWN else NO_TOKEN


def test_every_token_against_every_endpoint(service: CentralService) -> None:
    callers = tokens(service)
    found: dict[tuple[str, str, str], Any] = {}
    wanted: dict[tuple[str, str, str], Any] = {}
    for method, path, body, allowed in MATRIX:
        for caller, headers in callers.items():
            answer = requests.request(method, service.url + path, json=body, headers=headers, timeout=30)
            status = answer.status_code
            assert status < 500, (method, path, caller, answer.text)
            key = (method, path + (f" {body['hub']}" if isinstance(body, dict) and "hub" in body else ""), caller)
            found[key] = OK if status not in (401, 403, 429) else status
            wanted[key] = expected(allowed, caller)
    assert {key: value for key, value in found.items() if value != wanted[key]} == {}
