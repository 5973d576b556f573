from conftest import BELT, PARIS_1, PARIS_2, SHIRT, STAFF, SUPERVISOR, codes, run

from hubscan.core.outcome import Result
from hubscan.core.status import Status
from hubscan.services.scanning import ScanDesk


def test_supervisor_rejects_with_reason_and_note(desk: ScanDesk) -> None:
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


def test_staff_cannot_reject(desk: ScanDesk) -> None:
    refused = run(desk, STAFF, "HS:STATION:REJECT")[-1]
    assert refused.code == "auth.not_allowed" and "supervisor" in refused.message
    assert desk.context.station.value == "receive"


def test_rejection_needs_a_reason_from_the_list(desk: ScanDesk) -> None:
    outcomes = run(
        desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:REJECT", PARIS_1, "HS:DONE", "HS:REASON:UGLY"
    )
    assert codes(outcomes)[-2:] == ["reject.need_reason", "reject.unknown_reason"]
    assert "DAMAGED" in outcomes[-1].message


def test_rejected_parcel_cannot_be_received_again(desk: ScanDesk) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:REJECT", PARIS_1, "HS:REASON:EMPTY", "HS:DONE")
    again = run(desk, "HS:STATION:RECEIVE", PARIS_1)[-1]
    assert again.result is Result.ERROR and again.code == "receive.rejected" and "EMPTY" in again.message


def test_held_parcel_blocks_processing_and_rejection_until_released(desk: ScanDesk) -> None:
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


def test_staff_may_not_hold(desk: ScanDesk) -> None:
    assert codes(run(desk, STAFF, PARIS_1, "HS:HOLD")) == ["auth.login", "receive.ok", "auth.hold_not_allowed"]


def test_hold_twice_and_release_when_not_held_are_warnings(desk: ScanDesk) -> None:
    outcomes = run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:RELEASE", "HS:HOLD", "HS:HOLD")
    assert codes(outcomes)[3:] == ["hold.not_held", "hold.on", "hold.already"]
    assert outcomes[3].result is Result.WARNING


def test_processing_then_rejecting_is_allowed(desk: ScanDesk) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE")
    done = run(desk, "HS:STATION:REJECT", PARIS_1, "HS:REASON:NOT_AS_DECLARED", "HS:DONE")[-1]
    assert done.code == "reject.done"
