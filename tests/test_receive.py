from conftest import ELSEWHERE, PARIS_1, SHIRT, STAFF, codes, run
from sqlalchemy import func, select

from hubscan.core.outcome import Result
from hubscan.core.status import Status
from hubscan.services.demo import s10
from hubscan.services.scanning import ScanDesk
from hubscan.store.models import events_table, outbox_table, returns_table
from hubscan.store.store import LocalStore


def count(store: LocalStore, table, *where) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def test_pre_advised_parcel_gets_a_depot_scan_event_and_an_outbox_row(desk: ScanDesk, store: LocalStore) -> None:
    login, received = run(desk, f"HS:LOGIN:{STAFF}", PARIS_1)
    assert login.ok and received.code == "receive.ok"
    assert received.status is Status.DEPOT_SCAN and received.tracking == PARIS_1
    assert count(store, events_table, events_table.c.tracking == PARIS_1, events_table.c.type == "DepotScan") == 1
    assert count(store, outbox_table) == 1


def test_unexpected_parcel_is_received_with_a_warning(desk: ScanDesk, store: LocalStore) -> None:
    stranger = s10(55_555_555, "CX", "DE")
    outcome = run(desk, STAFF, stranger)[-1]
    assert (outcome.result, outcome.code) == (Result.WARNING, "receive.unexpected")
    with store.reading() as connection:
        row = connection.execute(select(returns_table).where(returns_table.c.tracking == stranger)).one()
    assert row.unexpected and row.status == Status.DEPOT_SCAN.value


def test_repeat_scan_says_when_and_who_and_records_nothing_more(desk: ScanDesk, store: LocalStore) -> None:
    run(desk, STAFF, PARIS_1)
    repeat = desk.scan(PARIS_1)
    assert repeat.result is Result.WARNING and repeat.code == "receive.repeat"
    assert STAFF in repeat.message and "2026-11-22" in repeat.message
    assert count(store, events_table, events_table.c.type == "DepotScan") == 1


def test_parcel_pre_advised_to_another_hub_is_refused(desk: ScanDesk, store: LocalStore) -> None:
    refused = run(desk, STAFF, ELSEWHERE)[-1]
    assert refused.result is Result.ERROR and refused.code == "receive.other_hub" and "MEL" in refused.message
    assert count(store, events_table, events_table.c.type == "DepotScan") == 0


def test_item_barcode_at_receive_is_explained(desk: ScanDesk) -> None:
    assert codes(run(desk, STAFF, SHIRT)) == ["auth.login", "receive.not_parcel"]


def test_a_scan_the_database_refuses_says_so_and_leaves_nothing_half_written(desk: ScanDesk, store: LocalStore) -> None:
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
