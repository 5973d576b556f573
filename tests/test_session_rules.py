from conftest import ADMIN, DISPATCHER, PARIS_1, POLICY, STAFF, Clock, codes, run
from sqlalchemy import func, select

from hubscan.core.outcome import Result
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table, scans_table
from hubscan.store.store import LocalStore


def total(store: LocalStore, table) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def test_without_login_a_scan_is_refused_and_nothing_recorded(desk: ScanRecorder, store: LocalStore) -> None:
    refused = desk.scan(PARIS_1)
    assert refused.result is Result.ERROR and refused.code == "auth.not_logged_in"
    assert total(store, events_table) == 0 and total(store, scans_table) == 0


def test_unknown_badge_is_refused(desk: ScanRecorder) -> None:
    assert desk.scan("HS:LOGIN:OP4444").code == "auth.unknown_badge"


def test_wrong_role_is_refused_and_nothing_recorded(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, DISPATCHER)
    events_before, scans_before = total(store, events_table), total(store, scans_table)
    refused = desk.scan("HS:STATION:PROCESS")
    assert refused.code == "auth.not_allowed"
    assert (total(store, events_table), total(store, scans_table)) == (events_before, scans_before)


def test_each_role_lands_on_a_station_it_may_use(desk: ScanRecorder) -> None:
    run(desk, ADMIN, "HS:STATION:PROCESS")
    assert desk.scan(DISPATCHER).message.endswith("Consolidate station.")
    assert desk.scan(STAFF).message.endswith("Receive station.")


def test_logout_then_scans_are_refused(desk: ScanRecorder) -> None:
    assert codes(run(desk, STAFF, "HS:LOGOUT", PARIS_1)) == ["auth.login", "auth.logout", "auth.not_logged_in"]


def test_context_survives_a_restart(store: LocalStore) -> None:
    first = ScanRecorder(store, POLICY, clock=Clock())
    run(first, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1)
    second = ScanRecorder(store, POLICY, clock=Clock())
    assert second.context.operator == STAFF and second.context.parcel == PARIS_1
    assert second.scan("HS:STATION:PROCESS").ok


def test_every_scan_of_a_logged_in_operator_is_journaled(desk: ScanRecorder, store: LocalStore) -> None:
    run(desk, STAFF, PARIS_1, "garbage\x07", PARIS_1)
    with store.reading() as connection:
        journal = connection.execute(select(scans_table.c.raw, scans_table.c.code).order_by(scans_table.c.id)).all()
    assert [tuple(row) for row in journal] == [
        (STAFF, "auth.login"),
        (PARIS_1, "receive.ok"),
        ("garbage\x07", "scan.control_chars"),
        (PARIS_1, "receive.repeat"),
    ]
