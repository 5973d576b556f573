import json
from pathlib import Path

from conftest import POLICY
from sqlalchemy import func, select

from hubscan.services.demo import demo_manifest
from hubscan.store.manifest import import_lines
from hubscan.store.models import expected_lines_table, returns_table
from hubscan.store.store import LocalStore


def counts(store: LocalStore) -> tuple[int, int]:
    with store.reading() as connection:
        returns = connection.execute(select(func.count()).select_from(returns_table)).scalar_one()
        lines = connection.execute(select(func.count()).select_from(expected_lines_table)).scalar_one()
    return int(returns), int(lines)


def fresh(tmp_path: Path) -> LocalStore:
    return LocalStore(tmp_path / "m.db", POLICY.hub_id, POLICY.workstation_id)


def test_demo_manifest_imports_whole(tmp_path: Path) -> None:
    store = fresh(tmp_path)
    report = import_lines(store, (json.dumps(r) for r in demo_manifest(5000)))
    assert report.ok and report.imported == 5000
    assert counts(store)[0] == 5000
    store.close()


def test_bad_lines_are_reported_by_number_and_nothing_stays(tmp_path: Path) -> None:
    store = fresh(tmp_path)
    good = [json.dumps(r) for r in demo_manifest(4500)]
    lines = [*good[:2500], "{not json", json.dumps({"tracking": "RR1"}), good[0], *good[2500:], b"\xff\xfe"]
    report = import_lines(store, lines)
    assert not report.ok and report.imported == 0
    reasons = dict(report.errors)
    assert set(reasons) == {2501, 2502, 2503, len(lines)}
    assert "not valid JSON" in reasons[2501]
    assert "tracking" in reasons[2502]
    assert "appears earlier" in reasons[2503]
    assert "UTF-8" in reasons[len(lines)]
    assert counts(store) == (0, 0)
    store.close()


def test_field_errors_name_the_field(tmp_path: Path) -> None:
    store = fresh(tmp_path)
    base = next(demo_manifest(1))
    bad_qty = {**base, "items": [{**base["items"][0], "qty": 0}]}
    bad_gtin = {**base, "items": [{**base["items"][0], "barcode": "4006381333932"}]}
    bad_country = {**base, "origin_country": "France"}
    report = import_lines(store, [json.dumps(bad_qty), json.dumps(bad_gtin), json.dumps(bad_country)])
    reasons = [reason for _, reason in report.errors]
    assert "items[0]: qty" in reasons[0]
    assert "check digit" in reasons[1]
    assert "origin_country" in reasons[2]
    store.close()


def test_new_pre_advice_fills_in_an_unexpected_parcel(desk, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    record = next(demo_manifest(1, start=77_000_000))
    desk.scan("OP1001")
    assert desk.scan(record["tracking"]).code == "receive.unexpected"
    assert import_lines(store, [json.dumps(record)]).ok
    with store.reading() as connection:
        row = connection.execute(select(returns_table).where(returns_table.c.tracking == record["tracking"])).one()
    assert not row.unexpected and row.status == "Depot Scan" and row.retailer == record["retailer"]


def test_a_destination_takes_the_newest_name_and_address_given(tmp_path: Path) -> None:
    store = fresh(tmp_path)
    first, second, third = demo_manifest(3, start=78_000_000)
    first["destination"] = {"code": "FR-PAR", "name": "Maison Éclair", "address": "Saint-Denis"}
    second["destination"] = {"code": "FR-PAR", "name": "Maison Éclair", "address": "Saint-Denis"}
    third["destination"] = {"code": "FR-PAR", "name": "Maison Éclair Retours", "address": "Aubervilliers"}
    assert import_lines(store, [json.dumps(first), json.dumps(second)]).ok
    assert import_lines(store, [json.dumps(third)]).ok
    with store.unit_of_work() as ledger:
        destination = ledger.get_destination("FR-PAR")
    assert destination is not None
    assert (destination.name, destination.address) == ("Maison Éclair Retours", "Aubervilliers")
    store.close()
