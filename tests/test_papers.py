"""The dispatch papers: a closed consolidation's parcel list, kept as PDF and CSV and
printed, read back as a person and a scanner would (pypdf for the text, pypdfium2 to draw
the pages and zxing-cpp to decode their barcodes; Python's csv module for the CSV)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pypdfium2
import pytest
import zxingcpp
from conftest import (
    AMS_1,
    BELL,
    BELT,
    DISPATCHER,
    PARIS_1,
    PARIS_2,
    SHIRT,
    SUPERVISOR,
    preadvice,
    run,
)

from hubscan.config import PrinterSettings
from hubscan.core.papers import (
    PARCEL_LIST,
    ContainerLine,
    ItemLine,
    ParcelLine,
    ParcelListData,
    parcel_list_csv,
)
from hubscan.devices.faults import PrinterFault
from hubscan.devices.office import PapersOutput
from hubscan.devices.papers import parcel_list_pdf
from hubscan.services.printing import LabelPrinting
from hubscan.services.scanning import ScanRecorder
from hubscan.store import printjobs
from hubscan.store.manifest import import_lines
from hubscan.store.store import LocalStore

WHEN = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def pdf_barcodes(pdf: bytes) -> list[str]:
    """Every barcode on every page, drawn at 300 dpi and decoded."""
    found = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            found += [result.text for result in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())]
    finally:
        document.close()
    return found


def csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: a spreadsheet reads UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def big_list(parcels: int = 500, containers: int = 5) -> ParcelListData:
    bags = tuple(
        ContainerLine(f"0952876507{n:07d}" + "0", "BAG", parcels // containers, "12.400")
        for n in range(1, containers + 1)
    )
    return ParcelListData(
        connote="CNSYD0700047113",
        hub="SYD",
        sender_name="ACME Returns Hub Sydney",
        sender_address="12 Dock Rd\nMascot NSW 2020",
        destination_code="FR-PAR",
        destination_name="Maison Éclair – Retours",
        destination_address="5 rue de l'Entrepôt\n93200 Saint-Denis",
        closed_at=WHEN,
        closed_by="OP3001",
        weight_kg="62.000",
        containers=bags,
        parcels=tuple(
            ParcelLine(
                f"RR{n:09d}AU",
                "Maison Éclair",
                f"SO-{n}",
                bags[n * containers // parcels].sscc,
                (ItemLine("DRESS", "Robe d'été", 2, "620449", "PT", "119.00", "EUR"), ItemLine("SCARF", "Écharpe", 1)),
            )
            for n in range(parcels)
        ),
    )


def test_a_500_parcel_list_reads_back_page_by_page() -> None:
    data = big_list()
    pdf = parcel_list_pdf(data)
    text = pdf_text(pdf)
    assert "PARCEL LIST" in text and "Connote CNSYD0700047113" in text
    assert "ACME Returns Hub Sydney" in text and "Mascot NSW 2020" in text
    assert "Maison Éclair – Retours" in text and "93200 Saint-Denis" in text
    assert "500 parcels, 1500 items" in text and "5 containers, 62.000 kg" in text
    for parcel in data.parcels:  # every parcel, on whatever page it fell
        assert parcel.tracking in text and f"SO-{int(parcel.tracking[2:11])}" in text
    assert "2 x DRESS Robe d'été" in text
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 10
    assert text.count("Tracking") == pages  # the table's heading on every page
    barcodes = pdf_barcodes(pdf)
    assert barcodes.count("CNSYD0700047113") == 1
    assert sorted(b for b in barcodes if b.startswith("(00)")) == [f"(00){c.sscc}" for c in data.containers]


def test_the_csv_has_a_row_per_item_and_no_formula() -> None:
    data = big_list(parcels=2, containers=1)
    hostile = ParcelLine("RR000000099AU", '=HYPERLINK("http://x")', "+SO-1", "", ())
    data = ParcelListData(**{**data.__dict__, "parcels": (*data.parcels, hostile)})
    rows = csv_rows(parcel_list_csv(data))
    assert len(rows) == 5  # two parcels of two lines, the last with none
    assert rows[0] == {
        "connote": "CNSYD0700047113",
        "destination": "FR-PAR",
        "container_sscc": data.containers[0].sscc,
        "container_kind": "BAG",
        "tracking": "RR000000000AU",
        "retailer": "Maison Éclair",
        "order_number": "SO-0",
        "sku": "DRESS",
        "description": "Robe d'été",
        "qty": "2",
        "hs_code": "620449",
        "origin_country": "PT",
        "unit_value": "119.00",
        "currency": "EUR",
    }
    assert rows[1]["sku"] == "SCARF" and rows[1]["hs_code"] == rows[1]["unit_value"] == ""
    assert rows[-1]["retailer"] == '\'=HYPERLINK("http://x")' and rows[-1]["order_number"] == "'+SO-1"
    assert rows[-1]["sku"] == "" and rows[-1]["qty"] == ""


def test_the_print_job_keeps_the_data_it_prints_again() -> None:
    data = big_list(parcels=3, containers=1)
    again = ParcelListData.from_payload(json.loads(json.dumps(data.payload())), copy=2)
    assert again == ParcelListData(**{**data.__dict__, "copy": 2})
    assert "PARCEL LIST - COPY 2" in pdf_text(parcel_list_pdf(again))


@pytest.fixture
def closed(desk: ScanRecorder, store: LocalStore) -> ScanRecorder:
    """PARIS_1 (a shirt set aside at process) in a cage, PARIS_2 (order SO-77) in a bag,
    closed under one connote by a dispatcher."""
    belt = {"sku": "BELT", "barcode": BELT, "description": "Leather belt", "qty": 1}
    report = import_lines(store, [json.dumps(preadvice(PARIS_2, "FR-PAR", [belt], order_number="SO-77"))])
    assert report.ok, report.errors
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, PARIS_2, AMS_1, "HS:STATION:PROCESS")
    run(desk, PARIS_1, SHIRT, "HS:REJECTITEM:DAMAGED", SHIRT, BELT, "HS:DONE", PARIS_2, BELT, "HS:DONE")
    run(desk, AMS_1, BELL, "HS:DONE")
    run(desk, DISPATCHER, "HS:DEST:FR-PAR", "HS:CONTAINER:CAGE", PARIS_1, "HS:WEIGH")
    run(desk, "HS:CONTAINER:BAG", PARIS_2, "HS:WEIGH")
    assert run(desk, "HS:DONE")[-1].code == "consolidate.closed"
    return desk


def parcel_list_job(store: LocalStore) -> printjobs.PrintJob:
    [job] = [job for job in printjobs.list_jobs(store) if job.kind == PARCEL_LIST]
    return job


def test_closing_keeps_the_parcel_list_with_what_left(closed: ScanRecorder, store: LocalStore) -> None:
    job = parcel_list_job(store)
    data = ParcelListData.from_payload(job.payload)
    assert job.reference == data.connote and job.requested_by == "OP3001"
    cage, bag = data.containers
    assert (cage.kind, cage.pieces, bag.kind, bag.pieces) == ("CAGE", 1, "BAG", 1)
    assert data.weight_kg == "24.800"
    first, second = data.parcels
    # The shirt set aside at process stays at the hub: one shirt leaves, with the belt.
    assert first == ParcelLine(
        PARIS_1,
        "Maison Éclair",
        "",
        cage.sscc,
        (ItemLine("SHIRT", "Linen shirt", 1), ItemLine("BELT", "Leather belt", 1)),
    )
    assert second == ParcelLine(PARIS_2, "Maison Éclair", "SO-77", bag.sscc, (ItemLine("BELT", "Leather belt", 1),))
    # The connote is the last job made: the one the window previews.
    assert printjobs.list_jobs(store, limit=1)[0].kind == "connote"


def test_papers_are_kept_printed_and_reprinted_with_who_and_why(
    closed: ScanRecorder, store: LocalStore, tmp_path: Path
) -> None:
    labels = tmp_path / "labels.zpl"
    printing = LabelPrinting.for_settings(store, PrinterSettings(f"file://{labels}", 203))
    results = printing.send_pending()
    assert all(result.ok for result in results), [r.message for r in results]
    job = parcel_list_job(store)
    connote = job.reference
    # The labels first (the shirt's rejection, the containers', the connote), the papers after them.
    sent = [printjobs.get_job(store, result.job_id) for result in results]
    assert [j.kind for j in sent if j] == ["rejection", "container", "container", "connote", PARCEL_LIST]
    kept = store.papers_folder / f"{connote}-parcel-list.pdf"
    assert f"parcel list {connote} printed on {store.papers_folder.as_uri()}" in [r.message for r in results]
    assert PARIS_1 in pdf_text(kept.read_bytes()) and connote in pdf_barcodes(kept.read_bytes())
    rows = csv_rows((store.papers_folder / f"{connote}-parcel-list.csv").read_bytes())
    assert [(row["tracking"], row["sku"], row["qty"]) for row in rows] == [
        (PARIS_1, "SHIRT", "1"),
        (PARIS_1, "BELT", "1"),
        (PARIS_2, "BELT", "1"),
    ]
    assert oct(kept.stat().st_mode & 0o777) == oct(0o600)
    assert b"%PDF" not in labels.read_bytes()  # papers never reach the label printer

    again = printing.reprint(job.id, "OP3001", "carrier lost it")
    assert again.ok, again.message
    copy = store.papers_folder / f"{connote}-parcel-list-copy1.pdf"
    assert "PARCEL LIST - COPY 1" in pdf_text(copy.read_bytes())
    reprint = printjobs.list_jobs(store, limit=1)[0]
    assert (reprint.kind, reprint.copy, reprint.requested_by, reprint.reason) == (
        PARCEL_LIST,
        1,
        "OP3001",
        "carrier lost it",
    )
    assert kept.exists()  # the first print is kept beside its copy


@pytest.mark.logs(r"print job \d+ failed: cannot keep the papers")
def test_a_papers_folder_that_cannot_be_written_keeps_the_job_to_retry(
    closed: ScanRecorder, store: LocalStore, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    papers = PapersOutput(blocked)
    printing = LabelPrinting.for_url(store, f"file://{tmp_path / 'labels.zpl'}", papers=papers)
    results = printing.send_pending()
    [failed] = [result for result in results if not result.ok]
    job = parcel_list_job(store)
    assert failed.job_id == job.id
    assert f"cannot keep the papers in {blocked}" in failed.message
    assert f"hubscan print retry {job.id}" in failed.message
    assert printjobs.get_job(store, job.id).status == "failed"  # type: ignore[union-attr]

    blocked.unlink()
    retried = printing.retry(job.id)
    assert retried.ok and (blocked / f"{job.reference}-parcel-list.pdf").exists()


def test_an_unknown_office_queue_is_named(store: LocalStore, tmp_path: Path) -> None:
    papers = PapersOutput(tmp_path / "papers", queue="no_such_queue")
    with pytest.raises(PrinterFault) as fault:
        papers.deliver("CN-test", {".pdf": parcel_list_pdf(big_list(2, 1))})
    assert "no_such_queue" in str(fault.value)
    assert (tmp_path / "papers" / "CN-test.pdf").exists()  # kept before the printer was asked


def test_a_parcel_of_500_long_items_is_split_across_pages() -> None:
    data = big_list(parcels=1, containers=1)
    many = tuple(ItemLine(f"SKU{n}", "a long description of the item " * 9, 1) for n in range(500))
    one = ParcelLine(data.parcels[0].tracking, "Maison Éclair", "SO-1", data.containers[0].sscc, many)
    text = pdf_text(parcel_list_pdf(ParcelListData(**{**data.__dict__, "parcels": (one,)})))
    assert "1 x SKU0 a long" in text and "1 x SKU499 a long" in text


def test_a_relative_papers_folder_is_taken_from_where_the_station_runs(
    closed: ScanRecorder, store: LocalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = PrinterSettings(f"file://{tmp_path / 'labels.zpl'}", 203, "office-papers")
    results = LabelPrinting.for_settings(store, settings).send_pending()
    assert all(result.ok for result in results), [r.message for r in results]
    job = parcel_list_job(store)
    assert (tmp_path / "office-papers" / f"{job.reference}-parcel-list.pdf").exists()
    assert PapersOutput(Path("relative")).url == (tmp_path / "relative").as_uri()
