"""A supervisor resolves a misrouted parcel or a refusal with a note (HS:RESOLVE): the
exception closes, the ExceptionResolved event keeps what it said and goes to the central
service. On a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import AMS_1, PARIS_1, PARIS_2, POLICY, STAFF, SUPERVISOR, Clock, codes, run
from sqlalchemy import insert, select

from hubscan.core.hubfeed import BenchEvent, apply_bench_event
from hubscan.core.outcome import Result
from hubscan.core.records import ReturnRecord
from hubscan.core.status import Status
from hubscan.services.demo import s10
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import destinations_table, events_table, outbox_table, returns_table
from hubscan.store.readmodels import exceptions
from hubscan.store.store import LocalStore

REFUSAL = "DepotScan at bench 02 (OP1001) refused: received twice: bench 01 of hub HUB received it first"


def mark(store: LocalStore, tracking: str, exception: str) -> None:
    """The exception the sync or the hub feed puts on a return."""
    with store.unit_of_work() as ledger:
        record = ledger.get_return(tracking)
        assert record is not None
        ledger.put_return(record.but(exception=exception))


def open_kinds(store: LocalStore, tracking: str) -> list[str]:
    return [e.kind for e in exceptions(store) if e.tracking == tracking]


def resolutions(store: LocalStore) -> list[tuple[str | None, dict[str, str], bool]]:
    with store.reading() as connection:
        rows = connection.execute(
            select(events_table.c.tracking, events_table.c.payload, outbox_table.c.seq.is_not(None))
            .outerjoin(outbox_table, outbox_table.c.seq == events_table.c.seq)
            .where(events_table.c.type == "ExceptionResolved")
        ).all()
    return [(row[0], row[1], row[2]) for row in rows]


def test_a_supervisor_resolves_a_refusal_with_a_note_and_it_is_sent(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, SUPERVISOR, PARIS_1)
    mark(store, PARIS_1, REFUSAL)
    assert open_kinds(store, PARIS_1) == ["refused"]
    done = desk.scan(f"HS:RESOLVE:{PARIS_1.lower()}   Checked with  bench 01: their receipt stands")
    assert (done.code, done.result) == ("resolve.done", Result.OK)
    assert "their receipt stands" in done.message
    assert open_kinds(store, PARIS_1) == []
    # The note as typed (spaces folded), the exception it closed, and queued for the service.
    assert resolutions(store) == [
        (
            PARIS_1,
            {
                "status": "Depot Scan",
                "exception": REFUSAL,
                "note": "Checked with bench 01: their receipt stands",
                "resolution": "accepted",
            },
            True,
        )
    ]


def test_a_misrouted_parcel_is_resolved_at_any_station(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, SUPERVISOR, PARIS_2, "HS:STATION:REJECT")
    mark(store, PARIS_2, "misrouted: pre-advised to hub MEL, received at hub HUB")
    assert desk.scan(f"HS:RESOLVE:{PARIS_2} kept here, MEL agreed").code == "resolve.done"
    assert open_kinds(store, PARIS_2) == []


def test_resolving_needs_a_supervisor_a_note_and_an_open_exception(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, SUPERVISOR, PARIS_1, "HS:LOGOUT")
    mark(store, PARIS_1, REFUSAL)
    assert codes(run(desk, STAFF, f"HS:RESOLVE:{PARIS_1} looked fine")) == ["auth.login", "auth.resolve_not_allowed"]
    assert codes(run(desk, "HS:LOGOUT", SUPERVISOR, f"HS:RESOLVE:{PARIS_1}", f"HS:RESOLVE:{PARIS_1}   ")) == [
        "auth.logout",
        "auth.login",
        "resolve.need_note",
        "resolve.need_note",
    ]
    assert desk.scan(f"HS:RESOLVE:{PARIS_2} nothing wrong").code == "resolve.nothing"
    assert desk.scan("HS:RESOLVE:RR999999990FR why").code == "parcel.unknown"
    assert desk.scan("HS:RESOLVE").code == "scan.command_needs_value"
    assert open_kinds(store, PARIS_1) == ["refused"]  # still open after every refusal
    assert resolutions(store) == []
    with store.reading() as connection:
        exception = connection.execute(
            select(returns_table.c.exception).where(returns_table.c.tracking == PARIS_1)
        ).scalar_one()
    assert exception == REFUSAL


def test_an_unexpected_parcel_is_not_resolved_by_a_note(desk: ScanRecorder, store: LocalStore) -> None:
    unexpected = "RR123456785GB"
    assert codes(run(desk, SUPERVISOR, unexpected)) == ["auth.login", "receive.unexpected"]
    refused = desk.scan(f"HS:RESOLVE:{unexpected} opened it, a gift")
    assert refused.code == "resolve.unexpected" and "HS:CREATE:<destination>" in refused.message
    assert open_kinds(store, unexpected) == ["unexpected"]
    assert open_kinds(store, AMS_1) == []


def test_another_benchs_resolution_closes_the_exception_it_names_and_no_newer_one() -> None:
    at = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    record = ReturnRecord(tracking=PARIS_1, status=Status.DEPOT_SCAN, hub="HUB", exception=REFUSAL)

    def event(n: int, kind: str, hub: str = "HUB", result: str = "accepted", closes: str = REFUSAL) -> BenchEvent:
        payload = {"exception": closes} if kind == "ExceptionResolved" else {}
        return BenchEvent(
            f"e{n}", n, kind, hub, "03", at, PARIS_1, operator=SUPERVISOR, payload=payload, result=result, reason="why"
        )

    resolved = apply_bench_event(record, event(1, "ExceptionResolved"), "HUB")
    assert resolved is not None and resolved.exception is None
    assert apply_bench_event(resolved, event(2, "ExceptionResolved"), "HUB") is None  # nothing left to close
    # Another hub's resolution is that hub's own business.
    assert apply_bench_event(record, event(3, "ExceptionResolved", hub="MEL"), "HUB") is None
    again = apply_bench_event(resolved, event(4, "ReturnExported", result="refused"), "HUB")
    assert again is not None and again.exception == f"ReturnExported at bench 03 ({SUPERVISOR}) refused: why"
    # A resolution of the earlier refusal, arriving after the newer one, leaves the newer one open.
    assert apply_bench_event(again, event(5, "ExceptionResolved"), "HUB") is None


def test_a_parcel_the_service_refused_is_stopped_at_every_station_until_resolved(
    desk: ScanRecorder, store: LocalStore
) -> None:
    from conftest import BELT, DISPATCHER

    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_2)
    mark(store, PARIS_2, REFUSAL)
    stopped = run(desk, "HS:STATION:PROCESS", PARIS_2, BELT, "HS:STATION:REJECT", PARIS_2)
    assert codes(stopped) == [
        "station.changed",
        "parcel.refused",
        "parcel.refused",
        "station.changed",
        "parcel.refused",
    ]
    assert stopped[1].result is Result.ERROR and "received it first" in stopped[1].message
    assert f"HS:RESOLVE:{PARIS_2}" in stopped[1].message
    with store.reading() as connection:
        assert not connection.execute(select(events_table.c.seq).where(events_table.c.type == "ReturnProcessed")).all()
    assert desk.scan(f"HS:RESOLVE:{PARIS_2} accepted: bench 01 keeps the receipt").code == "resolve.done"
    assert codes(run(desk, "HS:STATION:PROCESS", PARIS_2, BELT, "HS:DONE")) == [
        "station.changed",
        "process.started",
        "process.item_ok",
        "process.done",
    ]
    mark(store, PARIS_2, REFUSAL)
    assert run(desk, DISPATCHER, PARIS_2)[-1].code == "parcel.refused"


def test_a_misrouted_parcel_is_not_stopped(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_2)
    mark(store, PARIS_2, "misrouted: pre-advised to hub MEL")
    assert run(desk, "HS:STATION:PROCESS", PARIS_2)[-1].code == "process.started"


def test_a_supervisor_gives_an_unexpected_parcel_its_return_and_it_goes_on(
    desk: ScanRecorder, store: LocalStore
) -> None:
    from conftest import BELT, DISPATCHER

    stranger = s10(66_000_001, "CX", "DE")
    run(desk, STAFF, stranger)
    assert desk.scan("HS:CREATE:FR-PAR").code == "auth.resolve_not_allowed"  # staff do not create returns
    assert open_kinds(store, stranger) == ["unexpected"]
    answers = run(
        desk,
        SUPERVISOR,
        "HS:STATION:RECEIVE",
        stranger,
        "HS:CREATE:XX-NOWHERE",
        "HS:CREATE:NL-AMS Maison Eclair",  # not the pre-advice's spelling
        "HS:CREATE:NL-AMS maison éclair order=",  # a field with no value
        "HS:CREATE:NL-AMS order=SO-9 maison éclair  type=EXCHANGE",
    )
    assert codes(answers)[3:] == [
        "consolidate.unknown_destination",
        "create.unknown_retailer",
        "create.bad_field",
        "create.done",
    ]
    assert answers[4].message == (
        "The pre-advice names no retailer Maison Eclair with this destination: use one of Maison Éclair. "
        "Nothing created."
    )
    assert answers[6].message == f"{stranger} now has its return: Maison Éclair, to NL-AMS. It goes on like any other."
    assert open_kinds(store, stranger) == []
    with store.reading() as connection:
        row = connection.execute(select(returns_table).where(returns_table.c.tracking == stranger)).one()
        created = connection.execute(
            select(events_table.c.payload, outbox_table.c.seq.is_not(None))
            .join(outbox_table, outbox_table.c.seq == events_table.c.seq)
            .where(events_table.c.type == "ReturnCreated")
        ).one()
    assert (row.unexpected, row.retailer, row.destination) == (False, "Maison Éclair", "NL-AMS")
    assert row.facts == {"order_number": "SO-9", "return_type": "EXCHANGE"}
    assert created == (
        {"retailer": "Maison Éclair", "destination": "NL-AMS", "order_number": "SO-9", "return_type": "EXCHANGE"},
        True,
    )
    run(desk, "HS:STATION:PROCESS", stranger, BELT, "HS:DONE")
    assert run(desk, DISPATCHER, stranger)[-1].code == "consolidate.opened_added"


def test_creating_names_the_retailer_when_the_hub_knows_none_and_never_twice(store: LocalStore) -> None:
    with store.writing() as connection:  # a destination the hub knows, that no pre-advice names
        connection.execute(insert(destinations_table).values(code="BE-BRU", name="Brasserie du Nord", address=""))
    desk = ScanRecorder(store, POLICY, clock=Clock())
    stranger = s10(66_000_002, "CX", "DE")
    need = run(desk, SUPERVISOR, "HS:STATION:RECEIVE", stranger, "HS:CREATE:BE-BRU")[-1]
    assert need.code == "create.need_retailer" and "HS:CREATE:BE-BRU <retailer>" in need.message
    answers = run(desk, "HS:CREATE:be-bru   Brasserie  du Nord ", "HS:CREATE:BE-BRU")
    assert codes(answers) == ["create.done", "create.has_return"]
    assert "Brasserie du Nord, to BE-BRU" in answers[0].message
    assert "already has its return (Brasserie du Nord)" in answers[1].message


def test_a_consolidation_is_not_closed_while_a_member_is_stopped_by_a_refusal(
    desk: ScanRecorder, store: LocalStore
) -> None:
    from conftest import BELT, DISPATCHER

    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_2, "HS:STATION:PROCESS", PARIS_2, BELT, "HS:DONE")
    assert run(desk, DISPATCHER, PARIS_2)[-1].code == "consolidate.opened_added"
    mark(store, PARIS_2, REFUSAL)  # the service's answer arrives after the parcel was added
    refused = desk.scan("HS:DONE")
    assert refused.code == "consolidate.member_refused" and "received it first" in refused.message
    with store.reading() as connection:
        assert not connection.execute(select(events_table.c.seq).where(events_table.c.type == "ReturnExported")).all()
    run(desk, SUPERVISOR, f"HS:RESOLVE:{PARIS_2} accepted", DISPATCHER)
    assert run(desk, "HS:WEIGH", "HS:DONE")[-1].code == "consolidate.closed"


def test_a_refusal_is_escalated_to_the_office_and_only_a_refusal(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, SUPERVISOR, PARIS_1, PARIS_2)
    mark(store, PARIS_1, REFUSAL)
    mark(store, PARIS_2, "misrouted: pre-advised to hub MEL, received at hub SYD")
    outcomes = run(
        desk,
        f"HS:ESCALATE:{PARIS_1}",
        f"HS:ESCALATE:{PARIS_2} not ours",
        f"HS:ESCALATE:{PARIS_1} bench 03 says it has it too",
    )
    assert codes(outcomes) == ["resolve.need_note", "resolve.escalate_refusals", "resolve.escalated"]
    with store.reading() as connection:
        payload = connection.execute(
            select(events_table.c.payload).where(events_table.c.type == "ExceptionResolved")
        ).scalar_one()
        left = connection.execute(
            select(returns_table.c.tracking, returns_table.c.exception).order_by(returns_table.c.tracking)
        ).all()
    assert payload["resolution"] == "escalated" and payload["note"] == "bench 03 says it has it too"
    assert dict(left)[PARIS_1] is None and dict(left)[PARIS_2] is not None
