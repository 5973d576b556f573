"""Linking a parcel that was not pre-advised to the pre-advised return it is: found by
order number, customer reference, SKU or barcode; linked by a supervisor; the parcel
then goes on as that return, and the return's own label is answered with the parcel."""

from __future__ import annotations

import json

from conftest import ELSEWHERE, NOT_RECEIVED, PARIS_1, PARIS_2, STAFF, SUPERVISOR, codes, preadvice, run
from sqlalchemy import select

from hubscan.services.demo import s10
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.models import events_table, expected_lines_table
from hubscan.store.preadvice_search import find_preadvice
from hubscan.store.store import LocalStore

STRANGER = s10(88_000_001, "CX", "DE")
ORDERED = s10(88_000_002, "RR", "FR")


def with_order(store: LocalStore) -> None:
    lamp = {"sku": "LAMP-9", "barcode": "4006381333931", "description": "Desk lamp", "qty": 1}
    record = preadvice(ORDERED, "FR-PAR", [lamp], order_number="SO-55120", customer_reference="CUST-0042")
    assert import_lines(store, [json.dumps(record)]).ok


def test_the_pre_advice_is_found_by_what_the_parcel_shows(store: LocalStore, desk: ScanRecorder) -> None:
    with_order(store)
    run(desk, STAFF, PARIS_2)  # arrived: no longer a candidate
    with store.reading() as connection:
        by = {
            text: [(m.tracking, m.matched) for m in find_preadvice(connection, text)]
            for text in ("so-55120", " CUST-0042 ", "lamp-9", "4006381333931", ORDERED, "BELT", "nothing-like-it", "")
        }
    assert by["so-55120"] == [(ORDERED, "order number")]
    assert by[" CUST-0042 "] == [(ORDERED, "customer reference")]
    assert by["lamp-9"] == by["4006381333931"] == [(ORDERED, "SKU")]
    assert by[ORDERED] == [(ORDERED, "tracking")]
    # Belts are in several returns: every one not arrived is listed, none that arrived;
    # asked for this hub's, not those pre-advised to another hub.
    assert PARIS_2 not in [tracking for tracking, _ in by["BELT"]] and NOT_RECEIVED in dict(by["BELT"])
    assert ELSEWHERE in dict(by["BELT"])
    with store.reading() as connection:
        ours = [match.tracking for match in find_preadvice(connection, "BELT", "SYD")]
    assert NOT_RECEIVED in ours and ELSEWHERE not in ours
    assert by["nothing-like-it"] == by[""] == []


def test_a_supervisor_links_the_parcel_and_it_goes_on_as_that_return(store: LocalStore, desk: ScanRecorder) -> None:
    with_order(store)
    outcomes = run(desk, SUPERVISOR, STRANGER, f"HS:LINK:{ORDERED}")
    assert codes(outcomes) == ["auth.login", "receive.unexpected", "link.done"]
    assert outcomes[-1].message == (
        f"{STRANGER} is return {ORDERED}: Maison Éclair, to FR-PAR, 1 item(s) expected. It goes on like any other."
    )
    with store.reading() as connection:
        lines = connection.execute(
            select(expected_lines_table.c.sku).where(expected_lines_table.c.tracking == STRANGER)
        ).all()
        linked = connection.execute(
            select(events_table.c.payload).where(events_table.c.type == "ReturnLinked")
        ).scalar_one()
    assert [line.sku for line in lines] == ["LAMP-9"]
    assert linked == {"preadvice": ORDERED, "retailer": "Maison Éclair", "destination": "FR-PAR"}
    again = run(desk, ORDERED, "HS:STATION:PROCESS", STRANGER, "4006381333931", "HS:DONE")
    assert codes(again) == [
        "receive.arrived_as",
        "station.changed",
        "process.started",
        "process.item_ok",
        "process.done",
    ]
    assert STRANGER in again[0].message


def test_links_that_cannot_be_are_refused_and_change_nothing(store: LocalStore, desk: ScanRecorder) -> None:
    with_order(store)
    other = s10(88_000_003, "CX", "DE")
    outcomes = run(
        desk,
        STAFF,
        STRANGER,
        f"HS:LINK:{ORDERED}",  # staff may not
        SUPERVISOR,
        PARIS_1,  # received: the parcel of that return is here
        other,
        "HS:LINK:RR999999999FR",  # no such pre-advice
        f"HS:LINK:{PARIS_1}",  # it arrived under its own number
        f"HS:LINK:{STRANGER}",  # not pre-advised
        f"HS:LINK:{STRANGER} {ORDERED}",
        f"HS:LINK:{ORDERED}",  # taken by the stranger now
        f"HS:LINK:{PARIS_1} {NOT_RECEIVED}",  # PARIS_1 has its return
        other,
        f"HS:LINK:{ELSEWHERE}",  # pre-advised to hub MEL
    )
    assert codes(outcomes)[2:] == [
        "auth.resolve_not_allowed",
        "auth.login",
        "receive.ok",
        "receive.unexpected",
        "link.unknown",
        "link.arrived",
        "link.unknown",
        "link.done",
        "link.already_linked",
        "create.has_return",
        "receive.repeat",
        "link.other_hub",
    ]
    with store.reading() as connection:
        linked = connection.execute(select(events_table.c.tracking).where(events_table.c.type == "ReturnLinked"))
        assert [row.tracking for row in linked] == [STRANGER]
