"""The central service under uvicorn reads every JSON body strictly: a key given twice in
one object (anywhere in it, even with the same value), NaN or Infinity, a lone UTF-16
surrogate, a NUL character or bytes that are not UTF-8 are refused whole, 422 ``json_invalid`` like
malformed JSON, with a message naming what is wrong, and nothing of the body is kept;
the same body without the fault is taken. A number beyond the database's integer
columns (a sequence number, a cursor) is refused too, on SQLite and on PostgreSQL (whose
INTEGER is 32-bit), not a server error."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from central import CentralService, central_on
from fastapi.routing import APIRoute
from sqlalchemy import select

from hubscan.services.demo import demo_manifest
from hubscan_central.app import create_app
from hubscan_central.jsonbody import StrictJsonRoute
from hubscan_central.models import events_t, evidence_t, returns_t

HUB, BENCH = "SYD", "07"
# Returns pre-advised to the hub before the tests (the events refer to them), and
# returns loaded by the tests themselves (none of them is known to begin with).
KNOWN = list(demo_manifest(2, hub=HUB))
FRESH = list(demo_manifest(4, hub=HUB, start=20_000_000))


class Obj(list[tuple[str, Any]]):
    """A JSON object as its (key, value) pairs in order: a key may come twice."""


def text(value: Any) -> str:
    """``value`` as JSON, an ``Obj`` with its pairs as they are."""
    if isinstance(value, Obj):
        return "{" + ",".join(f"{json.dumps(key)}:{text(item)}" for key, item in value) + "}"
    if isinstance(value, dict):
        return text(Obj(value.items()))
    if isinstance(value, list):
        return "[" + ",".join(text(item) for item in value) + "]"
    return json.dumps(value)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralService]:
    central = central_on(request, tmp_path_factory.mktemp("json"))
    central.load_preadvice(KNOWN)
    yield central
    central.close()


def post(service: CentralService, path: str, body: bytes | str, caller: str) -> requests.Response:
    token = service.portal_token if caller == "portal" else service.token(HUB, BENCH)
    return requests.post(
        service.url + path,
        data=body.encode() if isinstance(body, str) else body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=30,
    )


def kept_event(service: CentralService, event_id: str) -> bool:
    with service.engine.connect() as connection:
        return connection.execute(select(events_t.c.id).where(events_t.c.id == event_id)).first() is not None


def kept_return(service: CentralService, tracking: str) -> bool:
    with service.engine.connect() as connection:
        found = connection.execute(select(returns_t.c.tracking).where(returns_t.c.tracking == tracking)).first()
    return found is not None


def kept_carrier_status(service: CentralService, tracking: str) -> bool:
    with service.engine.connect() as connection:
        query = select(events_t.c.id).where(events_t.c.type == "CarrierStatus", events_t.c.tracking == tracking)
        return connection.execute(query).first() is not None


def kept_evidence(service: CentralService, sha256: str) -> bool:
    with service.engine.connect() as connection:
        return connection.execute(select(evidence_t.c.sha256).where(evidence_t.c.sha256 == sha256)).first() is not None


def in_feed(service: CentralService, event_id: str) -> bool:
    answer = requests.get(
        f"{service.url}/v1/hubs/{HUB}/feed",
        params={"limit": 5000},
        headers={"Authorization": f"Bearer {service.portal_token}"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return event_id in {event["id"] for event in answer.json()["events"]}


def timeline_found(service: CentralService, tracking: str) -> bool:
    answer = requests.get(
        f"{service.url}/v1/returns/{tracking}/timeline",
        headers={"Authorization": f"Bearer {service.portal_token}"},
        timeout=30,
    )
    assert answer.status_code in (200, 404), answer.text
    return answer.status_code == 200


def depot_scan(event_id: str, tracking: str, *extra: tuple[str, Any], payload: Any = None) -> Obj:
    event = Obj(
        [
            ("id", event_id),
            ("seq", 1),
            ("type", "DepotScan"),
            ("tracking", tracking),
            ("occurred_at", datetime.now(UTC).isoformat()),
            ("station", "receive"),
            ("operator", "OP1001"),
            ("payload", Obj() if payload is None else payload),
        ]
    )
    return Obj([*event, *extra])


def batch(*events: Obj, extra: tuple[tuple[str, Any], ...] = ()) -> Obj:
    return Obj([("hub", HUB), ("workstation", BENCH), ("events", list(events)), *extra])


@dataclass
class Case:
    """A body given a key twice (``twice``) and the same body without it (``once``), and
    whether what the body asks for was kept."""

    path: str
    caller: str
    key: str
    twice: Obj
    once: Obj
    kept: Callable[[CentralService], bool]


def _cases() -> dict[str, Case]:
    received = str(uuid.uuid4())
    same_hub = str(uuid.uuid4())
    in_payload = str(uuid.uuid4())
    two, three, four = FRESH[1], FRESH[2], FRESH[3]
    sha = "ab" * 32
    evidence = Obj([("sha256", sha), ("size", 10), ("name", "photo.jpg"), ("tracking", KNOWN[0]["tracking"])])
    carrier = Obj(
        [("tracking", four["tracking"]), ("status", "Return In Transit"), ("at", "2026-12-01T08:00:00+00:00")]
    )
    return {
        "an event's tracking": Case(
            "/v1/events",
            "bench",
            "tracking",
            batch(depot_scan(received, KNOWN[0]["tracking"], ("tracking", KNOWN[1]["tracking"]))),
            batch(depot_scan(received, KNOWN[0]["tracking"])),
            lambda service: kept_event(service, received) or in_feed(service, received),
        ),
        "the batch's hub, both times the same": Case(
            "/v1/events",
            "bench",
            "hub",
            batch(depot_scan(same_hub, KNOWN[1]["tracking"]), extra=(("hub", HUB),)),
            batch(depot_scan(same_hub, KNOWN[1]["tracking"])),
            lambda service: kept_event(service, same_hub) or in_feed(service, same_hub),
        ),
        "a name deep in an event's payload": Case(
            "/v1/events",
            "bench",
            "name",
            batch(
                depot_scan(
                    in_payload, "RR999999995GB", payload=Obj([("photos", [Obj([("name", "a"), ("name", "b")])])])
                )
            ),
            batch(depot_scan(in_payload, "RR999999995GB", payload=Obj([("photos", [Obj([("name", "a")])])]))),
            lambda service: kept_event(service, in_payload) or in_feed(service, in_payload),
        ),
        "a pre-advised return's tracking": Case(
            "/v1/preadvice",
            "portal",
            "tracking",
            Obj([("returns", [Obj([*two.items(), ("tracking", three["tracking"])])])]),
            Obj([("returns", [two])]),
            lambda service: any(
                kept_return(service, r["tracking"]) or timeline_found(service, r["tracking"]) for r in (two, three)
            ),
        ),
        "a carrier status's status": Case(
            "/v1/carrier-status",
            "portal",
            "status",
            Obj([*carrier, ("status", "Return Delivered Back To Retailer")]),
            carrier,
            lambda service: kept_carrier_status(service, four["tracking"]) or timeline_found(service, four["tracking"]),
        ),
        "an evidence upload's size": Case(
            "/v1/evidence",
            "bench",
            "size",
            Obj([*evidence, ("size", 12)]),
            evidence,
            lambda service: kept_evidence(service, sha),
        ),
    }


CASES = _cases()


@pytest.mark.parametrize("name", CASES)
def test_a_key_given_twice_is_refused_and_nothing_is_kept(service: CentralService, name: str) -> None:
    case = CASES[name]
    refused = post(service, case.path, text(case.twice), case.caller)
    assert refused.status_code == 422, refused.text
    [error] = refused.json()["detail"]
    assert error["type"] == "json_invalid"
    assert error["msg"] == f'"{case.key}" is given twice in one object'
    assert not case.kept(service)
    # The same body with the key given once is taken: the refusal was the key's alone.
    taken = post(service, case.path, text(case.once), case.caller)
    assert taken.status_code == 200, taken.text
    assert case.kept(service)


def test_malformed_json_gets_the_same_kind_of_answer(service: CentralService) -> None:
    event_id = str(uuid.uuid4())
    whole = text(batch(depot_scan(event_id, KNOWN[0]["tracking"])))
    answer = post(service, "/v1/events", whole[:-5], "bench")
    assert answer.status_code == 422
    assert [error["type"] for error in answer.json()["detail"]] == ["json_invalid"]
    assert not kept_event(service, event_id)


FAULTS = {
    "NaN": ("NaN", "NaN is not a JSON number"),
    "Infinity": ("-Infinity", "-Infinity is not a JSON number"),
    "a number beyond a double": ("1e400", "the number 1e400 is too large to take"),
    "a lone surrogate": (
        '"scuffed \\ud800"',
        'the text "scuffed \\ud800" holds a lone UTF-16 surrogate, which is no character',
    ),
    "a NUL character": (
        '"scuffed \\u0000"',
        'the text "scuffed \\u0000" holds a NUL character (U+0000), which the service cannot keep',
    ),
}


@pytest.mark.parametrize("name", FAULTS)
def test_what_is_no_json_value_is_refused_and_nothing_is_kept(service: CentralService, name: str) -> None:
    value, message = FAULTS[name]
    event_id = str(uuid.uuid4())
    # In the event's payload, which the service keeps as it is and hands on in the feed.
    body = text(batch(depot_scan(event_id, "RR999999995GB", payload=Obj([("note", "@")]))))
    refused = post(service, "/v1/events", body.replace('"@"', value), "bench")
    assert refused.status_code == 422, refused.text
    [error] = refused.json()["detail"]
    assert (error["type"], error["msg"]) == ("json_invalid", message)
    assert not kept_event(service, event_id)
    assert not in_feed(service, event_id)


def test_bytes_that_are_not_utf8_are_refused(service: CentralService) -> None:
    event_id = str(uuid.uuid4())
    body = text(batch(depot_scan(event_id, "RR999999995GB", payload=Obj([("note", "@")])))).encode()
    at = body.index(b"@")
    refused = post(service, "/v1/events", body.replace(b"@", b"\xe9"), "bench")  # Latin-1, not UTF-8
    assert refused.status_code == 422, refused.text
    [error] = refused.json()["detail"]
    assert (error["type"], error["msg"]) == ("json_invalid", f"not UTF-8 text (byte {at + 1} of the body)")
    assert not kept_event(service, event_id)


def test_a_sequence_number_beyond_the_database_column_is_refused(service: CentralService) -> None:
    event_id = str(uuid.uuid4())
    event = Obj([(key, 2**31 if key == "seq" else value) for key, value in depot_scan(event_id, KNOWN[0]["tracking"])])
    refused = post(service, "/v1/events", text(batch(event)), "bench")
    assert refused.status_code == 422, refused.text
    assert [error["loc"] for error in refused.json()["detail"]] == [["body", "events", 0, "seq"]]
    assert not kept_event(service, event_id)


@pytest.mark.parametrize(
    "path", ["/v1/hubs/SYD/feed", "/v1/hubs/SYD/state", "/v1/hubs/SYD/manifest", "/v1/escalations"]
)
def test_a_cursor_beyond_the_database_column_is_refused(service: CentralService, path: str) -> None:
    headers = {"Authorization": f"Bearer {service.portal_token}"}
    largest = requests.get(service.url + path, params={"after": 2**31 - 1}, headers=headers, timeout=30)
    assert largest.status_code == 200, largest.text
    beyond = requests.get(service.url + path, params={"after": 2**31}, headers=headers, timeout=30)
    assert beyond.status_code == 422, beyond.text
    assert [error["loc"] for error in beyond.json()["detail"]] == [["query", "after"]]


def test_every_endpoint_taking_a_body_reads_it_strictly(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'central.db'}")
    app.state.engine.dispose()  # the routes are all this looks at
    with_body = [route for route in app.routes if isinstance(route, APIRoute) and route.body_field is not None]
    assert {route.path for route in with_body} >= {"/v1/events", "/v1/preadvice", "/v1/carrier-status", "/v1/evidence"}
    assert [route.path for route in with_body if not isinstance(route, StrictJsonRoute)] == []
