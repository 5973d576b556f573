from typing import Any

from conftest import BELT, DISPATCHER, PARIS_1, PARIS_2, SHIRT, STAFF, SUPERVISOR, codes, run
from sqlalchemy import select

from hubscan.core.outcome import Result
from hubscan.core.status import Status
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table
from hubscan.store.store import LocalStore


def test_supervisor_rejects_with_reason_and_note(desk: ScanRecorder) -> None:
    outcomes = run(
        desk,
        SUPERVISOR,
        "HS:STATION:RECEIVE",
        PARIS_1,
        "HS:STATION:REJECT",
        PARIS_1,
        "HS:REASON:DAMAGED",
        "HS:NOTE:Crushed corner, wet",
        "HS:DONE",
    )
    assert codes(outcomes)[4:] == ["reject.parcel", "reject.reason", "reject.note", "reject.done"]
    assert outcomes[-1].status is Status.REJECTED and "Damaged" in outcomes[-1].message


def test_staff_cannot_reject(desk: ScanRecorder) -> None:
    refused = run(desk, STAFF, "HS:STATION:REJECT")[-1]
    assert refused.code == "auth.not_allowed" and "supervisor" in refused.message
    assert desk.context.station.value == "receive"


def test_rejection_needs_a_reason_from_the_list(desk: ScanRecorder) -> None:
    outcomes = run(
        desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:REJECT", PARIS_1, "HS:DONE", "HS:REASON:UGLY"
    )
    assert codes(outcomes)[-2:] == ["reject.need_reason", "reject.unknown_reason"]
    assert "DAMAGED" in outcomes[-1].message


def test_rejected_parcel_cannot_be_received_again(desk: ScanRecorder) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:REJECT", PARIS_1, "HS:REASON:EMPTY", "HS:DONE")
    again = run(desk, "HS:STATION:RECEIVE", PARIS_1)[-1]
    assert again.result is Result.ERROR and again.code == "receive.rejected" and "EMPTY" in again.message


def test_held_parcel_blocks_processing_and_rejection_until_released(desk: ScanRecorder) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_2, "HS:HOLD")
    assert codes(run(desk, "HS:STATION:PROCESS", PARIS_2, BELT, "HS:DONE")) == [
        "station.changed",
        "parcel.held",
        "parcel.held",
        "parcel.held",
    ]
    assert codes(run(desk, "HS:STATION:REJECT", PARIS_2, "HS:REASON:DAMAGED", "HS:DONE")) == [
        "station.changed",
        "parcel.held",
        "reject.reason",
        "parcel.held",
    ]
    assert codes(run(desk, "HS:RELEASE", "HS:DONE")) == ["hold.off", "reject.done"]


def test_staff_hold_a_parcel_they_are_on(desk: ScanRecorder) -> None:
    assert codes(run(desk, STAFF, PARIS_1, "HS:HOLD", "HS:RELEASE")) == [
        "auth.login",
        "receive.ok",
        "hold.on",
        "hold.off",
    ]


def test_hold_twice_and_release_when_not_held_are_warnings(desk: ScanRecorder) -> None:
    outcomes = run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:RELEASE", "HS:HOLD", "HS:HOLD")
    assert codes(outcomes)[3:] == ["hold.not_held", "hold.on", "hold.already"]
    assert outcomes[3].result is Result.WARNING


def test_processing_then_rejecting_is_allowed(desk: ScanRecorder) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE")
    done = run(desk, "HS:STATION:REJECT", PARIS_1, "HS:REASON:NOT_AS_DECLARED", "HS:DONE")[-1]
    assert done.code == "reject.done"


def rejection_event(store: LocalStore, tracking: str) -> Any:
    with store.reading() as connection:
        return connection.execute(
            select(events_table).where(events_table.c.tracking == tracking, events_table.c.type == "ReturnRejected")
        ).one()


def test_a_supervisor_signs_off_a_rejection_at_a_staff_station(desk: ScanRecorder, store: LocalStore) -> None:
    outcomes = run(
        desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, "HS:REASON:DAMAGED", "HS:NOTE:wet box", SUPERVISOR
    )
    assert codes(outcomes)[4:] == ["reject.needs_signoff", "reject.note", "reject.signed_off"]
    assert outcomes[4].result is Result.WARNING
    assert outcomes[-1].status is Status.REJECTED and SUPERVISOR in outcomes[-1].message
    event = rejection_event(store, PARIS_1)
    assert event.operator == STAFF and event.payload["authorised_by"] == SUPERVISOR
    assert event.payload["note"] == "wet box"
    # The staff operator is still the one logged in, at the process station.
    assert desk.context.operator == STAFF and desk.context.station.value == "process"
    assert desk.context.reason is None and desk.context.parcel is None


def test_only_a_badge_that_may_reject_signs_off(desk: ScanRecorder) -> None:
    outcomes = run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, "HS:REASON:DAMAGED", DISPATCHER)
    assert outcomes[-1].code == "auth.login"  # a dispatcher logs in; nothing is rejected
    assert desk.context.operator == DISPATCHER


def test_a_sign_off_request_does_not_follow_to_another_parcel(desk: ScanRecorder) -> None:
    outcomes = run(
        desk, STAFF, PARIS_1, PARIS_2, "HS:STATION:PROCESS", PARIS_1, "HS:REASON:DAMAGED", PARIS_2, SUPERVISOR
    )
    assert outcomes[-1].code == "auth.login"  # no rejection of PARIS_2 signed by accident
    assert desk.context.reason is None


def test_a_sign_off_request_needs_a_parcel_in_the_hub_and_a_known_reason(desk: ScanRecorder) -> None:
    outcomes = run(desk, STAFF, "HS:STATION:PROCESS", "HS:REASON:DAMAGED", PARIS_1, "HS:REASON:BORED")
    assert codes(outcomes)[2:] == ["parcel.none", "process.not_received", "reject.unknown_reason"]
