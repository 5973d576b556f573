import json

import pytest
from conftest import BELT, ELSEWHERE, PARIS_1, POLICY, SHIRT, STAFF, SUPERVISOR, codes, preadvice, run
from sqlalchemy import func, select

from hubscan.core.outcome import Result
from hubscan.core.scan import ScanClassifier
from hubscan.core.status import Status
from hubscan.services.demo import s10
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.models import events_table, outbox_table, returns_table
from hubscan.store.store import LocalStore


def count(store: LocalStore, table, *where) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def test_pre_advised_parcel_gets_a_depot_scan_event_and_an_outbox_row(desk: ScanRecorder, store: LocalStore) -> None:
    login, received = run(desk, f"HS:LOGIN:{STAFF}", PARIS_1)
    assert login.ok and received.code == "receive.ok"
    assert received.status is Status.DEPOT_SCAN and received.tracking == PARIS_1
    assert count(store, events_table, events_table.c.tracking == PARIS_1, events_table.c.type == "DepotScan") == 1
    assert count(store, outbox_table) == 1


def test_unexpected_parcel_is_received_with_a_warning(desk: ScanRecorder, store: LocalStore) -> None:
    stranger = s10(55_555_555, "CX", "DE")
    outcome = run(desk, STAFF, stranger)[-1]
    assert (outcome.result, outcome.code) == (Result.WARNING, "receive.unexpected")
    with store.reading() as connection:
        row = connection.execute(select(returns_table).where(returns_table.c.tracking == stranger)).one()
    assert row.unexpected and row.status == Status.DEPOT_SCAN.value


def test_repeat_scan_says_when_and_who_and_records_nothing_more(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, STAFF, PARIS_1)
    repeat = desk.scan(PARIS_1)
    assert repeat.result is Result.WARNING and repeat.code == "receive.repeat"
    assert STAFF in repeat.message and "2026-11-22" in repeat.message
    assert count(store, events_table, events_table.c.type == "DepotScan") == 1


def test_parcel_pre_advised_to_another_hub_is_refused(desk: ScanRecorder, store: LocalStore) -> None:
    refused = run(desk, STAFF, ELSEWHERE)[-1]
    assert refused.result is Result.ERROR and refused.code == "receive.other_hub" and "MEL" in refused.message
    assert count(store, events_table, events_table.c.type == "DepotScan") == 0


def test_item_barcode_at_receive_is_explained(desk: ScanRecorder) -> None:
    assert codes(run(desk, STAFF, SHIRT)) == ["auth.login", "receive.not_parcel"]


@pytest.mark.logs(r"not saved: .*disk is full")
def test_a_scan_the_database_refuses_says_so_and_leaves_nothing_half_written(
    desk: ScanRecorder, store: LocalStore
) -> None:
    run(desk, STAFF)
    with store.writing() as connection:  # the disk refuses the event row, as a full disk would
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk is full'); END"
        )
    refused = desk.scan(PARIS_1)
    assert (refused.result, refused.code) == (Result.ERROR, "scan.not_saved")
    assert "disk is full" in refused.message and "Scan again" in refused.message
    with store.reading() as connection:
        status = connection.execute(select(returns_table.c.status).where(returns_table.c.tracking == PARIS_1))
        assert status.scalar_one() == Status.CREATED.value  # the return's change went with the event
    assert count(store, outbox_table) == 0
    with store.writing() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse_events")
    assert desk.scan(PARIS_1).code == "receive.ok"  # scanned again, it is saved once
    assert count(store, events_table, events_table.c.type == "DepotScan") == 1


# Tracking numbers of shapes the configured patterns do not describe, as carriers print them.
CARRIER_SHAPES = {
    "letters, digits and a country suffix": "JVGL0612345678DE",
    "digits and a country suffix": "3SABCD0123456GB",
    "nine digits": "123456789",
    "fifteen digits": "400123456789012",
    "nineteen digits": "9261290100130735961",
    "twelve digits with a valid UPC check digit": "036000291452",
    "thirteen digits with a wrong GS1 check digit": "4006381333932",
    "UPS 1Z": "1Z999AA10123456784",
}


def import_shapes(store: LocalStore) -> None:
    belt = {"sku": "BELT", "barcode": BELT, "description": "Leather belt", "qty": 1}
    report = import_lines(store, (json.dumps(preadvice(t, "FR-PAR", [belt])) for t in CARRIER_SHAPES.values()))
    assert report.ok, report.errors


def test_every_pre_advised_tracking_number_is_that_parcel_whatever_its_shape(
    desk: ScanRecorder, store: LocalStore
) -> None:
    classifier = ScanClassifier(POLICY.scan_format)
    # Not one of them is a parcel by the configured patterns alone.
    assert not any(classifier.classify(t).kind.is_parcel for t in CARRIER_SHAPES.values())
    import_shapes(store)
    run(desk, STAFF)
    for shape, tracking in CARRIER_SHAPES.items():
        received = desk.scan(tracking)
        assert (received.code, received.tracking) == ("receive.ok", tracking), shape
    assert count(store, events_table, events_table.c.type == "DepotScan") == len(CARRIER_SHAPES)


def test_a_known_parcel_is_found_in_lower_case_and_behind_an_aim_identifier(
    desk: ScanRecorder, store: LocalStore
) -> None:
    import_shapes(store)
    run(desk, STAFF)
    # A keyboard-wedge scanner under Caps Lock types capitals as small letters.
    assert desk.scan("jvgl0612345678de").tracking == "JVGL0612345678DE"
    assert desk.scan("]C01z999aa10123456784").tracking == "1Z999AA10123456784"
    run(desk, f"HS:LOGIN:{SUPERVISOR}", "HS:STATION:PROCESS")
    started = desk.scan("jvgl0612345678de")
    assert (started.code, started.tracking) == ("process.started", "JVGL0612345678DE")


def test_an_unknown_tracking_number_of_such_a_shape_is_still_judged_by_the_patterns(
    desk: ScanRecorder, store: LocalStore
) -> None:
    import_shapes(store)
    run(desk, STAFF)
    assert desk.scan("JVGL0699999999DE").code == "scan.not_recognised"
    assert desk.scan("4006381333933").code == "scan.bad_check_digit"  # not pre-advised: the check digit still counts
    assert count(store, events_table, events_table.c.type == "DepotScan") == 0
