import json

from conftest import AMS_1, BELL, BELT, FAULTY, NOT_RECEIVED, PARIS_1, SHIRT, STAFF, codes, run
from sqlalchemy import select

from hubscan.core.outcome import Result
from hubscan.core.status import Status
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table
from hubscan.store.store import LocalStore


def processed_payload(store: LocalStore, tracking: str) -> dict:  # type: ignore[type-arg]
    with store.reading() as connection:
        row = connection.execute(
            select(events_table.c.payload).where(
                events_table.c.tracking == tracking, events_table.c.type == "ReturnProcessed"
            )
        ).one()
    return dict(row.payload)


def test_exact_match_processes_cleanly_with_grades(desk: ScanRecorder, store: LocalStore) -> None:
    outcomes = run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, "HS:GRADE:B", SHIRT, BELT, "HS:DONE")
    assert codes(outcomes)[3:] == [
        "process.started",
        "process.item_ok",
        "process.graded",
        "process.item_ok",
        "process.item_ok",
        "process.done",
    ]
    assert outcomes[-1].status is Status.PROCESSED
    payload = processed_payload(store, PARIS_1)
    assert payload["complete"] is True
    shirt = next(line for line in payload["items"] if line["sku"] == "SHIRT")
    assert shirt["grades"] == ["B", "A"] and shirt["result"] == "ok"


def test_missing_extra_and_over_quantity_are_reported(desk: ScanRecorder, store: LocalStore) -> None:
    outcomes = run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, SHIRT, SHIRT, BELL, "HS:DONE")
    assert [o.code for o in outcomes[4:]] == [
        "process.item_ok",
        "process.item_ok",
        "process.item_over",
        "process.item_extra",
        "process.done_discrepancy",
    ]
    assert outcomes[-1].result is Result.WARNING
    assert "BELT missing" in outcomes[-1].message and "1 extra" in outcomes[-1].message
    payload = processed_payload(store, PARIS_1)
    assert {line["sku"]: line["result"] for line in payload["items"]} == {"SHIRT": "over", "BELT": "missing"}
    assert payload["extras"] == [{"item": "0" + BELL, "grade": "A"}]


def test_faulty_flag_is_carried_into_the_result(desk: ScanRecorder, store: LocalStore) -> None:
    done = run(desk, STAFF, FAULTY, "HS:STATION:PROCESS", FAULTY, SHIRT, SHIRT, "HS:DONE")[-1]
    assert done.code == "process.done" and "FAULTY" in done.message
    assert processed_payload(store, FAULTY)["faulty"] is True


def test_parcel_must_be_received_before_processing(desk: ScanRecorder) -> None:
    refused = run(desk, STAFF, "HS:STATION:PROCESS", NOT_RECEIVED)[-1]
    assert refused.result is Result.ERROR and refused.code == "process.not_received"


def test_done_without_items_and_item_without_parcel_are_refused(desk: ScanRecorder) -> None:
    assert codes(run(desk, STAFF, "HS:STATION:PROCESS", SHIRT, "HS:DONE")) == [
        "auth.login",
        "station.changed",
        "parcel.none",
        "parcel.none",
    ]
    assert codes(run(desk, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:PROCESS", PARIS_1, "HS:DONE"))[-1] == (
        "process.no_items"
    )


def test_switching_parcels_keeps_the_unfinished_one_resumable(desk: ScanRecorder) -> None:
    run(desk, STAFF, PARIS_1, AMS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT)
    switched = desk.scan(AMS_1)
    assert switched.code == "process.switched" and PARIS_1 in switched.message
    assert desk.scan(PARIS_1).code == "process.resumed"
    assert codes(run(desk, SHIRT, BELT, "HS:DONE"))[-1] == "process.done"


def test_cancel_discards_the_scanned_items(desk: ScanRecorder) -> None:
    run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT)
    assert desk.scan("HS:CANCEL").code == "cancel.done"
    assert desk.scan(PARIS_1).code == "process.started"


def test_processed_parcel_cannot_be_processed_again(desk: ScanRecorder) -> None:
    run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE")
    again = desk.scan(PARIS_1)
    assert again.code == "process.already_processed" and STAFF in again.message


def test_unknown_grade_is_refused_with_the_allowed_ones(desk: ScanRecorder) -> None:
    bad = run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, "HS:GRADE:Z")[-1]
    assert bad.code == "process.bad_grade" and "A, B, C, D" in bad.message
    assert json.dumps(bad.params)  # params stay plain text for translation


def test_items_are_matched_by_gtin_whatever_barcode_carries_it(desk: ScanRecorder, store: LocalStore) -> None:
    """A returned product's GS1 DataMatrix (with lot and serial) and a QR holding a GS1
    Digital Link, on the brand's own domain, match the pre-advised GTIN: not extras."""
    shirt = SHIRT.rjust(14, "0")
    datamatrix = f"]d201{shirt}10LOT7\x1d21SER9"
    link = f"]Q3https://shop.example/01/{shirt}/21/SN42?17=271231"
    outcomes = run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, datamatrix, link, BELT, "HS:DONE")
    assert codes(outcomes)[4:] == ["process.item_ok", "process.item_ok", "process.item_ok", "process.done"]
    assert "(BATCH/LOT LOT7, SERIAL SER9): 1 of 2" in outcomes[4].message  # shown at the bench
    assert "(SERIAL SN42): 2 of 2" in outcomes[5].message
    payload = processed_payload(store, PARIS_1)
    assert {line["sku"]: line["result"] for line in payload["items"]} == {"SHIRT": "ok", "BELT": "ok"}
    shirt = next(line for line in payload["items"] if line["sku"] == "SHIRT")
    assert shirt["marks"] == [{"lot": "LOT7", "serial": "SER9"}, {"serial": "SN42"}]  # kept and sent
    assert "marks" not in next(line for line in payload["items"] if line["sku"] == "BELT")
    assert payload["extras"] == []


def test_an_extra_items_lot_and_serial_are_kept_and_shown(desk: ScanRecorder, store: LocalStore) -> None:
    stranger = "]C10109521234543213" + "10B12\x1d21X1"
    outcomes = run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, stranger, SHIRT, SHIRT, BELT, "HS:DONE")
    assert outcomes[4].code == "process.item_extra"
    assert "09521234543213 (BATCH/LOT B12, SERIAL X1)" in outcomes[4].message
    assert processed_payload(store, PARIS_1)["extras"] == [
        {"item": "09521234543213", "grade": "A", "lot": "B12", "serial": "X1"}
    ]
