"""Rejecting one item at process, not the whole parcel: the item is set aside with a
reason and its photos, the rest of the parcel goes on; Return Processed carries it, a
rejection label names its parcel, and its photos wait to go to the central service."""

from __future__ import annotations

from conftest import BELT, DISPATCHER, PARIS_1, SHIRT, STAFF, codes, run
from sqlalchemy import select

from hubscan.services.scanning import ScanRecorder
from hubscan.store import evidence
from hubscan.store.models import events_table, print_jobs_table, scanned_items_table
from hubscan.store.readmodels import parcel_view
from hubscan.store.store import LocalStore

PHOTO = "c" * 64 + f" {PARIS_1}-20261122T090000Z-cccccccc.jpg"
PARCEL_PHOTO = "d" * 64 + f" {PARIS_1}-20261122T090001Z-dddddddd.jpg"


def processed_payload(store: LocalStore) -> dict:  # type: ignore[type-arg]
    with store.reading() as connection:
        return dict(
            connection.execute(
                select(events_table.c.payload).where(events_table.c.type == "ReturnProcessed")
            ).scalar_one()
        )


def test_one_item_is_set_aside_with_its_reason_and_photo(desk: ScanRecorder, store: LocalStore) -> None:
    outcomes = run(
        desk,
        STAFF,
        PARIS_1,
        "HS:STATION:PROCESS",
        PARIS_1,
        SHIRT,
        "HS:REJECTITEM:DAMAGED",
        f"HS:EVIDENCE:{PHOTO}",
        SHIRT,
        BELT,
    )
    assert codes(outcomes)[5:] == [
        "process.item_rejected",
        "process.item_evidence",
        "process.item_ok",
        "process.item_ok",
    ]
    assert outcomes[5].message.startswith("Linen shirt rejected: Damaged. Set it aside;")
    with store.reading() as connection:
        view = parcel_view(connection, PARIS_1)
    assert view is not None and view.lines[0].dispositions == "REJECTED DAMAGED 1"

    done = desk.scan("HS:DONE")
    assert done.code == "process.done"  # the rejected shirt arrived: nothing is short
    assert "1 item(s) rejected: set them aside with their rejection labels." in done.message
    payload = processed_payload(store)
    assert payload["rejected_items"] == [
        {
            "item": SHIRT.rjust(14, "0"),
            "sku": "SHIRT",
            "description": "Linen shirt",
            "reason": "DAMAGED",
            "reason_label": "Damaged",
            "evidence": [PHOTO],
        }
    ]
    assert [line["scanned"] for line in payload["items"]] == [2, 1]
    with store.reading() as connection:
        labels = connection.execute(
            select(print_jobs_table.c.kind, print_jobs_table.c.payload).where(print_jobs_table.c.reference == PARIS_1)
        ).all()
    assert [(kind, body["note"], body["reason"]) for kind, body in labels] == [
        ("rejection", "Item: Linen shirt", "Damaged")
    ]
    assert [(w.sha256, w.name) for w in evidence.waiting(store, 10)] == [tuple(PHOTO.split(" "))]

    added = run(desk, DISPATCHER, "HS:STATION:CONSOLIDATE", PARIS_1)[-1]
    assert added.message.endswith("Items: REJECTED 1.")


def test_a_photo_is_the_rejected_items_only_while_it_is_the_last_scanned(desk: ScanRecorder, store: LocalStore) -> None:
    outcomes = run(
        desk,
        STAFF,
        PARIS_1,
        "HS:STATION:PROCESS",
        PARIS_1,
        SHIRT,
        "HS:REJECTITEM:DAMAGED",
        BELT,
        f"HS:EVIDENCE:{PARCEL_PHOTO}",
    )
    assert codes(outcomes)[-1] == "reject.evidence"  # for a rejection of the parcel a supervisor signs off
    with store.reading() as connection:
        photos = connection.execute(select(scanned_items_table.c.evidence)).scalars().all()
    assert photos == [None, None]
    assert desk.context.evidence == [PARCEL_PHOTO]


def test_bad_item_rejections_change_nothing(desk: ScanRecorder, store: LocalStore) -> None:
    outcomes = run(
        desk,
        STAFF,
        PARIS_1,
        "HS:STATION:PROCESS",
        PARIS_1,
        "HS:REJECTITEM:DAMAGED",
        SHIRT,
        "HS:REJECTITEM:SCRATCHED",
        "HS:REJECTITEM",
        "HS:EVIDENCE:../../etc/passwd",
    )
    assert codes(outcomes)[4:] == [
        "process.nothing_to_reject",
        "process.item_ok",
        "reject.unknown_reason",
        "scan.command_needs_value",
        "reject.bad_evidence",
    ]
    assert "DAMAGED" in outcomes[6].message  # names the reasons there are
    with store.reading() as connection:
        rows = connection.execute(select(scanned_items_table.c.rejected, scanned_items_table.c.evidence)).all()
    assert [tuple(row) for row in rows] == [(None, None)]
