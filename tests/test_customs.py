"""Export papers across a customs border: the items' customs data in the pre-advice (one
set of rules for the import and the central API), the close naming what is missing per
parcel, and the commercial invoice and packing list read back from the PDF."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest
from conftest import (
    BELT,
    DISPATCHER,
    PARIS_1,
    PARIS_2,
    POLICY,
    SHIRT,
    SUPERVISOR,
    Clock,
    preadvice,
    run,
)
from pydantic import ValidationError
from sqlalchemy import select
from test_papers import pdf_barcodes, pdf_text

from hubscan.core.papers import CUSTOMS_PAPERS, ParcelListData
from hubscan.core.preadvice import PreadviceError, parse_preadvice
from hubscan.services.printing import LabelPrinting
from hubscan.services.scanning import ScanRecorder
from hubscan.store import printjobs
from hubscan.store.ledger import SqlLedger
from hubscan.store.manifest import import_lines
from hubscan.store.models import events_table
from hubscan.store.store import LocalStore
from hubscan_central.schemas import Preadvice as CentralPreadvice

ACROSS = replace(POLICY, customs_territory="AU", destination_territories={"FR-PAR": "EU"})
SHIRT_LINE = {"sku": "SHIRT", "barcode": SHIRT, "description": "Linen shirt", "qty": 2}
BELT_LINE = {"sku": "BELT", "barcode": BELT, "description": "Leather belt", "qty": 1}
SHIRT_CUSTOMS = {"hs_code": "620520", "origin_country": "IN", "value": {"amount": 49.9, "currency": "EUR"}}
BELT_CUSTOMS = {"hs_code": "420330", "origin_country": "IT", "value": {"amount": 35, "currency": "EUR"}}


def both_verdicts(item: dict[str, Any]) -> tuple[bool, bool]:
    """Whether the bench's import and the central API each take a record with ``item``."""
    record = preadvice(PARIS_1, {"code": "FR-PAR"}, [{"sku": "A", "description": "Shirt", **item}])
    try:
        parse_preadvice(json.loads(json.dumps(record)))
        bench = True
    except PreadviceError:
        bench = False
    try:
        CentralPreadvice.model_validate_json(json.dumps(record))
        central = True
    except ValidationError:
        central = False
    return bench, central


@pytest.mark.parametrize(
    ("item", "taken"),
    [
        ({}, True),
        (SHIRT_CUSTOMS, True),
        ({"hs_code": "6205200010"}, True),
        ({"value": {"amount": 0, "currency": "EUR"}}, True),
        ({"value": {"amount": 1_000_000, "currency": "USD"}}, True),
        ({"hs_code": ""}, True),
        ({"hs_code": "  "}, True),
        ({"origin_country": ""}, True),
        ({"hs_code": "62052"}, False),
        ({"hs_code": "6205.20"}, False),
        ({"hs_code": 620520}, False),
        ({"origin_country": "in"}, False),
        ({"origin_country": "IND"}, False),
        ({"value": {"amount": 49.9}}, False),
        ({"value": {"currency": "EUR"}}, False),
        ({"value": 49.9}, False),
        ({"value": {"amount": "49.90", "currency": "EUR"}}, False),
        ({"value": {"amount": True, "currency": "EUR"}}, False),
        ({"value": {"amount": 12.345, "currency": "KWD"}}, True),
        ({"value": {"amount": 5.48e-290, "currency": "EUR"}}, True),
        ({"value": {"amount": -1, "currency": "EUR"}}, False),
        ({"value": {"amount": 1_000_000.01, "currency": "EUR"}}, False),
        ({"value": {"amount": 5, "currency": "eur"}}, False),
    ],
)
def test_the_import_and_the_central_api_judge_customs_data_alike(item: dict[str, Any], taken: bool) -> None:
    assert both_verdicts(item) == (taken, taken)


def test_a_refused_customs_field_is_named(store: LocalStore) -> None:
    bad = preadvice(PARIS_1, "FR-PAR", [{**SHIRT_LINE, "hs_code": "6205.20"}])
    report = import_lines(store, [json.dumps(bad)])
    assert not report.ok
    assert report.errors == [(1, "items[0]: \"hs_code\" '6205.20' must be 6 to 10 digits, like 620442")]


def test_customs_data_is_kept_with_the_expected_items(store: LocalStore) -> None:
    dinars = {"sku": "BELL", "description": "Bell", "value": {"amount": 12.34567, "currency": "KWD"}}
    given = preadvice(PARIS_1, "FR-PAR", [{**SHIRT_LINE, **SHIRT_CUSTOMS}, BELT_LINE, dinars])
    assert import_lines(store, [json.dumps(given)]).ok
    with store.unit_of_work() as ledger:
        assert isinstance(ledger, SqlLedger)
        shirt, belt, bell = ledger.expected_lines(PARIS_1)
    assert (shirt.hs_code, shirt.origin_country, shirt.value, shirt.currency) == ("620520", "IN", "49.90", "EUR")
    assert (belt.hs_code, belt.origin_country, belt.value, belt.currency) == (None, None, None, None)
    assert (bell.value, bell.currency) == ("12.3457", "KWD")  # kept to 4 decimal places


def packed_for_paris(desk: ScanRecorder) -> None:
    """PARIS_1 (a shirt set aside) and PARIS_2 processed, packed in one weighed bag."""
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, PARIS_2, "HS:STATION:PROCESS")
    run(desk, PARIS_1, SHIRT, "HS:REJECTITEM:DAMAGED", SHIRT, BELT, "HS:DONE", PARIS_2, BELT, "HS:DONE")
    run(desk, DISPATCHER, "HS:DEST:FR-PAR", "HS:CONTAINER:BAG", PARIS_1, PARIS_2, "HS:WEIGH")


def test_the_close_names_each_parcel_whose_items_lack_customs_data(store: LocalStore) -> None:
    given = preadvice(PARIS_2, "FR-PAR", [{**BELT_LINE, "hs_code": "420330"}])
    assert import_lines(store, [json.dumps(given)]).ok
    desk = ScanRecorder(store, ACROSS, clock=Clock())
    packed_for_paris(desk)
    [refused] = run(desk, "HS:DONE")
    assert refused.code == "consolidate.customs_missing"
    assert refused.message == (
        "Not closed: FR-PAR is in customs territory EU, and 2 parcel(s) lack their items' customs data: "
        f"{PARIS_1} (SHIRT: hs_code, origin_country, value; BELT: hs_code, origin_country, value), "
        f"{PARIS_2} (BELT: origin_country, value). Ask the retailer to send it in the pre-advice, or take the parcel "
        "out (HS:HOLD), then HS:DONE again."
    )
    with store.reading() as connection:
        closed = connection.execute(select(events_table).where(events_table.c.type == "ConsolidationClosed")).all()
    assert closed == []  # nothing half-closed
    # A hub whose destinations all lie in its own territory needs no customs data.
    assert run(ScanRecorder(store, POLICY, clock=Clock()), DISPATCHER, "HS:DONE")[-1].code == "consolidate.closed"


@pytest.fixture
def closed_across(store: LocalStore) -> ScanRecorder:
    lines = [
        preadvice(PARIS_1, "FR-PAR", [{**SHIRT_LINE, **SHIRT_CUSTOMS}, {**BELT_LINE, **BELT_CUSTOMS}]),
        preadvice(PARIS_2, "FR-PAR", [{**BELT_LINE, **BELT_CUSTOMS}]),
    ]
    assert import_lines(store, [json.dumps(line) for line in lines]).ok
    desk = ScanRecorder(store, ACROSS, clock=Clock())
    packed_for_paris(desk)
    assert run(desk, "HS:DONE")[-1].code == "consolidate.closed"
    return desk


def test_closing_across_the_border_prints_the_invoice_and_packing_list(
    closed_across: ScanRecorder, store: LocalStore, tmp_path: Path
) -> None:
    [job] = [job for job in printjobs.list_jobs(store) if job.kind == CUSTOMS_PAPERS]
    data = ParcelListData.from_payload(job.payload)
    assert (data.customs_from, data.customs_to) == ("AU", "EU")
    with store.reading() as connection:
        [payload] = connection.execute(
            select(events_table.c.payload).where(events_table.c.type == "ConsolidationClosed")
        ).scalars()
    # One shirt (the other set aside) at 49.90 and two belts at 35.00.
    assert payload["papers"] == {
        "parcels": 2,
        "items": 3,
        "customs": {"from": "AU", "to": "EU", "value": {"EUR": "119.90"}},
    }
    results = LabelPrinting.for_url(store, f"file://{tmp_path / 'labels.zpl'}").send_pending()
    assert all(result.ok for result in results), [r.message for r in results]
    pdf = (store.papers_folder / f"{job.reference}-customs-papers.pdf").read_bytes()
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    invoice, packing = pages[0].extract_text(), pages[1].extract_text()
    assert "COMMERCIAL INVOICE" in invoice and "leaving customs territory AU for EU" in invoice
    assert "Linen shirt\n620520\nIN\n1\n49.90 EUR\n49.90 EUR" in invoice
    assert "Leather belt\n420330\nIT\n2\n35.00 EUR\n70.00 EUR" in invoice
    assert "Total EUR\n119.90 EUR" in invoice
    assert "PACKING LIST" in packing and f"1 BAG\n{PARIS_2}\n1\nLeather belt\n420330\nIT" in packing
    found = pdf_barcodes(pdf)
    assert found.count(job.reference) == 2  # the connote on the invoice and on the packing list
    assert f"(00){data.containers[0].sscc}" in found
    assert "customs" not in pdf_text((store.papers_folder / f"{job.reference}-parcel-list.pdf").read_bytes())


def test_a_customs_territory_that_cannot_be_one_is_a_settings_problem() -> None:
    blank = replace(ACROSS, destination_territories={"FR-PAR": ""}).problems()
    assert "dispatch.destination_territories: give FR-PAR's customs territory, like EU" in blank
    spaced = replace(ACROSS, destination_territories={"FR-PAR": "E U"}).problems()
    assert "customs territory 'E U' of FR-PAR: use 2 to 10 upper-case letters, like EU" in spaced
    assert ACROSS.problems() == []
