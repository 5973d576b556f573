"""The returns platform's facts at the bench: test returns, the retailer's approval, an
alert for hub staff, a faulty return's destination, order and customer references and
the shoppers' reasons. One schema for the JSON Lines import and the central API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest
import requests
from central import CentralService, central_on
from conftest import BELT, DISPATCHER, POLICY, SHIRT, STAFF, SUPERVISOR, Clock, codes, preadvice, run
from sqlalchemy import select

from hubscan.core.outcome import Result
from hubscan.core.papers import PAPER_KINDS, ParcelListData
from hubscan.core.preadvice import PreadviceError, parse_preadvice
from hubscan.core.printjobs import label_for
from hubscan.core.records import Approval, ReturnFacts
from hubscan.core.status import Status
from hubscan.devices.zpl import render
from hubscan.services.demo import DEMO_OPERATORS, s10
from hubscan.services.scanning import ScanRecorder
from hubscan.store.ledger import SqlLedger
from hubscan.store.manifest import import_lines
from hubscan.store.models import events_table, print_jobs_table, returns_table
from hubscan.store.operators import save_operator
from hubscan.store.printjobs import get_job
from hubscan.store.readmodels import ShiftMark, station_snapshot
from hubscan.store.store import LocalStore
from hubscan_central.schemas import Preadvice as CentralPreadvice

TEST_1, TEST_2, REFUSED, CANCELLED, PENDING, ALERTED, FAULTY_TO, REAL = (
    s10(30_000_000 + n, "RR", "FR") for n in range(8)
)
_SHIRT = {"sku": "SHIRT", "barcode": SHIRT, "description": "Linen shirt", "qty": 1, "reason": "Too small"}
_BELT = {"sku": "BELT", "barcode": BELT, "description": "Leather belt", "qty": 1}
FACTS = {
    "order_number": "ME-100234",
    "customer_reference": "C-77",
    "return_type": "Exchange",
    "reasons": ["Arrived late", "Changed my mind"],
}


def platform_manifest() -> list[dict[str, Any]]:
    return [
        preadvice(TEST_1, "FR-PAR", [_SHIRT], test=True),
        preadvice(TEST_2, "FR-PAR", [_BELT], test=True),
        preadvice(REFUSED, "FR-PAR", [_BELT], approval="refused"),
        preadvice(CANCELLED, "FR-PAR", [_BELT], approval="cancelled"),
        preadvice(PENDING, "FR-PAR", [_BELT], approval="pending"),
        preadvice(ALERTED, "FR-PAR", [_SHIRT, _BELT], alert="Free exchange: send the replacement.", **FACTS),
        preadvice(
            FAULTY_TO,
            "FR-PAR",
            [_BELT],
            faulty=True,
            faulty_destination={"code": "FR-PAR-FAULTY", "name": "Maison Éclair SAV", "address": "Lyon"},
        ),
        preadvice(REAL, "FR-PAR", [_BELT]),
    ]


@pytest.fixture
def hub(store: LocalStore) -> LocalStore:
    report = import_lines(store, (json.dumps(record) for record in platform_manifest()))
    assert report.ok, report.errors
    return store


@pytest.fixture
def bench(hub: LocalStore) -> ScanRecorder:
    return ScanRecorder(hub, POLICY, clock=Clock())


def record_of(store: LocalStore, tracking: str):  # type: ignore[no-untyped-def]
    with store.writing() as connection:
        return SqlLedger(connection, POLICY.hub_id, POLICY.workstation_id).get_return(tracking)


def events(store: LocalStore, tracking: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    query = select(events_table.c.type, events_table.c.payload).order_by(events_table.c.seq)
    if tracking is not None:
        query = query.where(events_table.c.tracking == tracking)
    with store.reading() as connection:
        return [(row.type, row.payload) for row in connection.execute(query)]


# -- the schema ------------------------------------------------------------------------

BASE = preadvice("RR123456785FR", {"code": "FR-PAR"}, [{"sku": "A", "description": "A thing"}])
GOOD = [
    {"test": True},
    {"test": False},
    {"approval": "approved"},
    {"approval": "cancelled"},
    {"faulty": True, "faulty_destination": {"code": "FR-SAV", "name": "SAV"}},
    {"order_number": "ME-1", "customer_reference": "C-1", "return_type": "Refund"},
    {"reasons": ["Too small", "Too big"]},
    {"reasons": []},
    {"alert": "Send the replacement."},
    {"alert": "", "customer_reference": " "},  # empty text is no text, as for every optional field
    {"dispositions": ["RESTOCK", "RETURN_TO_RETAILER"]},
    {"faulty": True, "faulty_destination": "fr-sav"},
    {"test": None},
]
BAD = [
    ({"test": "yes"}, "test"),
    ({"test": 1}, "test"),
    ({"approval": "maybe"}, "approval"),
    ({"approval": True}, "approval"),
    ({"faulty_destination": {"name": "no code"}}, "faulty_destination"),
    ({"order_number": 12345}, "order_number"),
    ({"order_number": "x" * 81}, "order_number"),
    ({"customer_reference": "\u0007bell"}, "customer_reference"),
    ({"return_type": ["Refund"]}, "return_type"),
    ({"reasons": "Too small"}, "reasons"),
    ({"reasons": ["ok", 7]}, "reasons[1]"),
    ({"reasons": ["r"] * 11}, "reasons"),
    ({"alert": "x" * 501}, "alert"),
    ({"dispositions": "RESTOCK"}, "dispositions"),
    ({"dispositions": ["restock"]}, "dispositions[0]"),
    ({"dispositions": ["OK", 1]}, "dispositions[1]"),
    ({"reasons": ["Too small", "  "]}, "reasons[1]"),
    ({"faulty_destination": {"code": "FR-SAV", "name": "S\u0007AV"}}, "faulty_destination"),
]


@pytest.mark.parametrize("fields", GOOD, ids=lambda fields: ",".join(fields))
def test_the_import_and_the_central_api_accept_the_same_platform_fields(fields: dict[str, Any]) -> None:
    document = {**BASE, **fields}
    parsed = parse_preadvice(document)
    CentralPreadvice.model_validate(document)
    assert parsed.test is bool(fields.get("test", False))
    if "approval" in fields:
        assert parsed.approval is Approval(fields["approval"])
    if "faulty_destination" in fields:
        assert parsed.faulty_destination is not None and parsed.faulty_destination.code == "FR-SAV"
    if "test" in fields and fields["test"] is None:
        assert parsed.test is False
    if fields.get("reasons"):
        assert parsed.facts is not None and parsed.facts.reasons == tuple(fields["reasons"])


@pytest.mark.parametrize(("fields", "named"), BAD, ids=lambda value: str(value)[:40])
def test_a_wrong_platform_field_is_refused_by_both_naming_it(fields: dict[str, Any], named: str) -> None:
    document = {**BASE, **fields}
    with pytest.raises(PreadviceError) as refused:
        parse_preadvice(document)
    assert str(refused.value).startswith(f'"{named}"')
    with pytest.raises(pydantic.ValidationError):
        CentralPreadvice.model_validate(document)


def test_a_bad_field_in_a_file_is_named_by_line_and_nothing_is_kept(store: LocalStore) -> None:
    lines = [json.dumps(platform_manifest()[0]), json.dumps({**platform_manifest()[7], "approval": "perhaps"})]
    report = import_lines(store, lines)
    assert not report.ok and report.imported == 0
    assert report.errors == [(2, "\"approval\" 'perhaps' must be one of approved, pending, refused, cancelled")]
    assert record_of(store, TEST_1) is None


def test_importing_again_without_the_facts_clears_them(hub: LocalStore) -> None:
    alerted = record_of(hub, ALERTED)
    assert alerted.facts == ReturnFacts(
        "ME-100234", "C-77", "Exchange", ("Arrived late", "Changed my mind"), "Free exchange: send the replacement."
    )
    plain = {key: value for key, value in platform_manifest()[5].items() if key not in {*FACTS, "alert"}}
    assert import_lines(hub, [json.dumps(plain), json.dumps(platform_manifest()[0] | {"test": False})]).ok
    assert record_of(hub, ALERTED).facts is None
    assert record_of(hub, TEST_1).test is False


# -- receive and process --------------------------------------------------------------


def test_a_refused_or_cancelled_return_is_received_and_held_for_a_supervisor(
    bench: ScanRecorder, hub: LocalStore
) -> None:
    received = run(bench, STAFF, REFUSED, CANCELLED)
    assert codes(received) == ["auth.login", "receive.held_refused", "receive.held_cancelled"]
    assert received[1].result is Result.WARNING and "refused" in received[1].message
    assert "cancelled" in received[2].message
    record = record_of(hub, REFUSED)
    assert record.status is Status.DEPOT_SCAN and record.on_hold
    assert [kind for kind, _ in events(hub, REFUSED)] == ["DepotScan", "ParcelHeld"]
    assert events(hub, REFUSED)[1][1]["reason"] == "APPROVAL_REFUSED"
    assert codes(run(bench, "HS:STATION:PROCESS", REFUSED)) == ["station.changed", "parcel.held_for_supervisor"]


def test_a_pending_approval_is_received_with_a_warning_and_not_held(bench: ScanRecorder, hub: LocalStore) -> None:
    answer = run(bench, STAFF, PENDING)[-1]
    assert (answer.code, answer.result) == ("receive.pending_approval", Result.WARNING)
    assert not record_of(hub, PENDING).on_hold


def test_an_alert_stops_the_bench_until_it_is_acknowledged(bench: ScanRecorder, hub: LocalStore) -> None:
    answers = run(bench, STAFF, ALERTED, REAL, "HS:CANCEL")
    assert codes(answers) == ["auth.login", "receive.alert", "alert.pending", "alert.pending"]
    assert answers[1].result is Result.WARNING and "Free exchange: send the replacement." in answers[1].message
    assert answers[2].result is Result.ERROR and "HS:ACK" in answers[2].message
    assert record_of(hub, REAL).status is Status.CREATED  # the refused scan changed nothing
    assert station_snapshot(hub, bench.context, ShiftMark()).alert == (ALERTED, "Free exchange: send the replacement.")

    # The alert waits through a restart of the station, as the parcel waits on the bench.
    again = ScanRecorder(hub, POLICY, clock=Clock())
    assert again.scan(REAL).code == "alert.pending"
    acknowledged = again.scan("HS:ACK")
    assert (acknowledged.code, acknowledged.message) == ("alert.ack", f"Alert on {ALERTED} acknowledged by Sam Staff.")
    assert events(hub, ALERTED)[-1] == ("AlertAcknowledged", {"alert": "Free exchange: send the replacement."})
    assert station_snapshot(hub, again.context, ShiftMark()).alert is None
    assert codes(run(again, REAL, "HS:ACK")) == ["receive.ok", "alert.none"]


def test_processing_shows_the_alert_the_order_and_each_items_reason(bench: ScanRecorder, hub: LocalStore) -> None:
    run(bench, STAFF, ALERTED, "HS:ACK", "HS:STATION:PROCESS")
    started = bench.scan(ALERTED)
    assert started.code == "process.started_alert" and "send the replacement" in started.message
    assert bench.scan(SHIRT).code == "alert.pending"
    assert codes(run(bench, "HS:ACK", SHIRT)) == ["alert.ack", "process.item_ok"]
    parcel = station_snapshot(hub, bench.context, ShiftMark()).parcel
    assert parcel is not None and parcel.facts is not None
    assert (parcel.facts.order_number, parcel.facts.customer_reference, parcel.facts.return_type) == (
        "ME-100234",
        "C-77",
        "Exchange",
    )
    assert parcel.facts.reasons == ("Arrived late", "Changed my mind")
    assert [(line.sku, line.reason) for line in parcel.lines] == [("SHIRT", "Too small"), ("BELT", None)]


def test_a_faulty_return_goes_to_the_retailers_faulty_destination(bench: ScanRecorder, hub: LocalStore) -> None:
    run(bench, SUPERVISOR, "HS:STATION:RECEIVE", FAULTY_TO, REAL, "HS:STATION:PROCESS")
    done = run(bench, FAULTY_TO, BELT, "HS:DONE")[-1]
    assert done.code == "process.done" and "FR-PAR-FAULTY" in done.message
    run(bench, REAL, BELT, "HS:DONE")
    answers = run(bench, DISPATCHER, REAL, FAULTY_TO)
    assert codes(answers) == ["auth.login", "consolidate.opened_added", "consolidate.other_destination"]
    assert "goes to FR-PAR-FAULTY, not FR-PAR" in answers[2].message
    answers = run(bench, "HS:WEIGH", "HS:DONE", FAULTY_TO, "HS:WEIGH", "HS:DONE")
    assert answers[2].code == "consolidate.opened_added" and answers[2].params["destination"] == "FR-PAR-FAULTY"
    assert answers[4].code == "consolidate.closed" and answers[4].params["destination"] == "FR-PAR-FAULTY"


# -- test returns ------------------------------------------------------------------------


def test_a_test_return_says_test_everywhere_and_is_never_consolidated_with_real_ones(
    bench: ScanRecorder, hub: LocalStore
) -> None:
    received = run(bench, SUPERVISOR, "HS:STATION:RECEIVE", TEST_1, TEST_2, REAL)
    assert [answer.test for answer in received[2:]] == [True, True, False]
    assert received[2].message.startswith("TEST: ") and not received[4].message.startswith("TEST")
    assert events(hub, TEST_1)[0] == ("DepotScan", {"hub": "SYD", "unexpected": False, "test": True})
    assert "test" not in events(hub, REAL)[0][1]
    run(bench, "HS:STATION:PROCESS", TEST_1, SHIRT, "HS:DONE", TEST_2, BELT, "HS:DONE", REAL, BELT, "HS:DONE")
    assert events(hub, TEST_1)[-1][0] == "ReturnProcessed" and events(hub, TEST_1)[-1][1]["test"] is True

    answers = run(bench, DISPATCHER, REAL, TEST_1)
    assert codes(answers[1:]) == ["consolidate.opened_added", "consolidate.test_apart"]
    assert answers[2].test and answers[2].result is Result.ERROR
    closed_real = run(bench, "HS:WEIGH", "HS:DONE")[-1]
    assert closed_real.code == "consolidate.closed" and not closed_real.test

    answers = run(bench, TEST_1, REAL, TEST_2, "HS:WEIGH", "HS:DONE")
    assert codes(answers) == [
        "consolidate.opened_added",
        "consolidate.to_hand_over",  # the real one's consolidation is closed, waiting for its truck
        "consolidate.added",
        "container.weighed",
        "consolidate.closed_test",
    ]
    closed = answers[-1]
    assert closed.test and closed.message.startswith("TEST: ") and closed.params["count"] == "2"
    kinds = [(kind, payload.get("test")) for kind, payload in events(hub) if kind.startswith("Consolidation")]
    assert kinds == [
        ("ConsolidationOpened", None),
        ("ConsolidationClosed", None),
        ("ConsolidationOpened", True),
        ("ConsolidationClosed", True),
    ]
    with hub.reading() as connection:
        jobs = connection.execute(select(print_jobs_table.c.id, print_jobs_table.c.kind).order_by("id")).all()
    labels = {}
    papers = []
    for job_id, kind in jobs:
        job = get_job(hub, job_id)
        assert job is not None
        if kind in PAPER_KINDS:  # for the office printer, not a label
            papers.append(ParcelListData.from_payload(job.payload).test)
        else:
            labels.setdefault(kind, []).append(render(label_for(job)).decode())
    # The real consolidation's container and connote, then the TEST one's.
    assert ["TEST - DO NOT SHIP" in zpl for zpl in labels["container"]] == [False, True]
    assert ["TEST - DO NOT SHIP" in zpl for zpl in labels["connote"]] == [False, True]
    assert papers == [False, True]  # the parcel lists, the TEST one marked


def test_a_real_return_is_refused_by_an_open_test_consolidation(bench: ScanRecorder) -> None:
    run(bench, SUPERVISOR, "HS:STATION:RECEIVE", TEST_1, REAL, "HS:STATION:PROCESS")
    run(bench, TEST_1, SHIRT, "HS:DONE", REAL, BELT, "HS:DONE")
    answers = run(bench, DISPATCHER, TEST_1, REAL)
    assert codes(answers[1:]) == ["consolidate.opened_added", "consolidate.real_apart"]
    assert not answers[2].test and "TEST returns only" in answers[2].message


# -- through the central service -----------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralService]:
    central = central_on(request, tmp_path)
    yield central
    central.close()


def test_the_platform_facts_travel_from_the_portal_to_the_bench(service: CentralService, tmp_path: Path) -> None:
    from test_sync import engine_for

    hub = LocalStore(tmp_path / "bench.db", POLICY.hub_id, POLICY.workstation_id)
    records = [{**record, "hub": "SYD"} for record in platform_manifest()]
    for record in records:
        if isinstance(record["destination"], str):
            record["destination"] = {"code": record["destination"]}
    service.load_preadvice(records)
    engine = engine_for(hub, service.url, service.token("SYD", "07"))
    assert engine.run_once().pulled == len(records)
    assert record_of(hub, TEST_1).test and not record_of(hub, REAL).test
    assert record_of(hub, CANCELLED).approval is Approval.CANCELLED
    assert record_of(hub, ALERTED).facts.reasons == ("Arrived late", "Changed my mind")
    assert record_of(hub, FAULTY_TO).export_destination == "FR-PAR-FAULTY"
    with hub.reading() as connection:
        assert connection.execute(
            select(returns_table.c.facts).where(returns_table.c.tracking == ALERTED)
        ).scalar_one() == {**FACTS, "alert": "Free exchange: send the replacement."}
    hub.close()


def _carrier(service: CentralService, tracking: str, status: str, at: str) -> None:
    answer = requests.post(
        f"{service.url}/v1/carrier-status",
        json={"tracking": tracking, "status": status, "at": at},
        headers={"Authorization": f"Bearer {service.portal_token}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


def test_carrier_statuses_reach_the_bench_and_a_parcel_delivered_back_is_refused_saying_when(
    service: CentralService, tmp_path: Path
) -> None:
    from test_sync import engine_for

    hub = LocalStore(tmp_path / "bench.db", POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(hub, operator)
    records = [{**record, "hub": "SYD"} for record in platform_manifest()]
    for record in records:
        if isinstance(record["destination"], str):
            record["destination"] = {"code": record["destination"]}
    service.load_preadvice(records)
    _carrier(service, REAL, "Return In Transit", "2026-11-20T08:00:00+00:00")
    _carrier(service, PENDING, "Return In Transit", "2026-11-20T08:00:00+00:00")
    _carrier(service, PENDING, "Return Delivered Back To Retailer", "2026-11-21T15:30:00+01:00")
    _carrier(service, PENDING, "Transferred to Sorting Facility", "2026-11-21T18:00:00+00:00")  # late: ignored
    engine = engine_for(hub, service.url, service.token("SYD", "07"))
    engine.run_once()
    assert record_of(hub, REAL).status is Status.IN_TRANSIT
    delivered = record_of(hub, PENDING)
    assert delivered.status is Status.DELIVERED
    assert delivered.carrier_at is not None and delivered.carrier_at.isoformat() == "2026-11-21T14:30:00+00:00"

    bench = ScanRecorder(hub, POLICY, clock=Clock())
    answers = run(bench, STAFF, REAL, PENDING)
    assert answers[1].code == "receive.ok" and record_of(hub, REAL).status is Status.DEPOT_SCAN
    assert answers[2].code == "receive.delivered" and answers[2].result is Result.ERROR
    local = delivered.carrier_at.astimezone().strftime("%Y-%m-%d at %H:%M")
    assert local in answers[2].message and record_of(hub, PENDING).status is Status.DELIVERED

    # The hub has the parcel now: a carrier's late word does not move it back.
    _carrier(service, REAL, "Transferred to Sorting Facility", "2026-11-21T09:00:00+00:00")
    engine.run_once()
    assert record_of(hub, REAL).status is Status.DEPOT_SCAN
    hub.close()


def test_a_carrier_status_without_a_time_zone_is_refused_by_the_service(service: CentralService) -> None:
    answer = requests.post(
        f"{service.url}/v1/carrier-status",
        json={"tracking": REAL, "status": "Return In Transit", "at": "yesterday"},
        headers={"Authorization": f"Bearer {service.portal_token}"},
        timeout=10,
    )
    assert answer.status_code == 422 and "at" in answer.text


# -- dispositions -------------------------------------------------------------------------


def test_each_item_gets_a_disposition_carried_in_return_processed_and_shown_at_consolidation(
    store: LocalStore,
) -> None:
    own = s10(30_000_100, "RR", "FR")
    hub_list = s10(30_000_101, "RR", "FR")
    lines = [
        preadvice(own, "FR-PAR", [{**_SHIRT, "qty": 2}, _BELT], dispositions=["RESELL", "DONATE", "RESELL"]),
        preadvice(hub_list, "FR-PAR", [_BELT]),
    ]
    assert import_lines(store, (json.dumps(line) for line in lines)).ok
    bench = ScanRecorder(store, POLICY, clock=Clock())
    run(bench, STAFF, own, hub_list, "HS:STATION:PROCESS", own)
    answers = run(
        bench,
        "HS:DISPOSITION:RESTOCK",  # not this retailer's
        "HS:DISPOSITION:RESELL",  # no item scanned yet
        SHIRT,
        "HS:DISPOSITION:RESELL",
        SHIRT,
        "HS:DISPOSITION:DONATE",
        BELT,
    )
    assert codes(answers) == [
        "process.bad_disposition",
        "process.nothing_to_dispose",
        "process.item_ok",
        "process.disposed",
        "process.item_ok",
        "process.disposed",
        "process.item_ok",
    ]
    assert "Use one of RESELL, DONATE" in answers[0].message
    assert answers[3].message == "Linen shirt: Resell."
    parcel = station_snapshot(store, bench.context, ShiftMark()).parcel
    assert parcel is not None and [line.dispositions for line in parcel.lines] == ["RESELL 1, DONATE 1", ""]
    assert bench.scan("HS:DONE").code == "process.done"
    processed = next(payload for kind, payload in events(store, own) if kind == "ReturnProcessed")
    assert processed["items"][0]["dispositions"] == ["RESELL", "DONATE"]
    assert "dispositions" not in processed["items"][1]

    run(bench, hub_list, BELT, "HS:DISPOSITION:RESTOCK", "HS:DONE")
    added = run(bench, DISPATCHER, own, hub_list)
    assert added[1].message.endswith("Items: RESELL 1, DONATE 1.")
    assert added[2].code == "consolidate.added" and added[2].message.endswith("Items: RESTOCK 1.")


def test_the_bench_and_the_service_name_the_same_platform_fields() -> None:
    """The bench reads a record's platform fields only when one of these keys is there,
    and the service sends only these: the two lists must be one."""
    from hubscan.core.preadvice import _PLATFORM_KEYS
    from hubscan_central.schemas import PLATFORM_FIELDS

    assert set(PLATFORM_FIELDS) == _PLATFORM_KEYS
