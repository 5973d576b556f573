"""Labels rendered by an independent ZPL renderer (npm zpl-renderer-js) and read back by
zxing-cpp: what HubScan prints scans as what it recorded."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from hubscan.core.connote import make_connote
from hubscan.core.labels import (
    CommandCard,
    CommandSheet,
    ConnoteLabelData,
    RejectionLabelData,
    command_sheet,
    connote_label,
    rejection_label,
)
from hubscan.devices.zpl import render, render_all

RENDERER = Path(__file__).with_name("zplrender")
WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def rasterise(zpl: bytes, tmp_path: Path, dpi: int) -> list[Path]:
    done = subprocess.run(
        ["node", str(RENDERER / "render.js"), str(tmp_path / "label"), "101.6", "152.4", "8" if dpi == 203 else "12"],
        input=zpl,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    return [Path(line) for line in done.stdout.decode().split()]


def decoded(png: Path) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(Image.open(png))]


@pytest.mark.parametrize("dpi", [203, 300])
def test_connote_barcodes_decode_to_the_connote_number_and_its_data(tmp_path: Path, dpi: int) -> None:
    connote = make_connote("SYD", "07", 4711)
    label = connote_label(
        ConnoteLabelData(
            connote,
            "FR-PAR",
            "Maison Éclair – Retours",
            "5 rue de l'Entrepôt\n93200 Saint-Denis",
            ("Maison Éclair", "ACME^FS~JA"),
            "SYD",
            500,
            WHEN,
            copy=1,
            containers=5,
            weight_kg="62.125",
            sender_name="ACME Returns Hub_Sydney",
            sender_address="12 Dock Rd\nMascot NSW 2020",
        )
    )
    [png] = rasterise(render(label, dpi), tmp_path, dpi)
    assert sorted(decoded(png)) == [
        connote,
        f"CONNOTE:{connote} FROM:SYD TO:FR-PAR PCS:500 CTN:5 KG:62.125 AT:20261122T0930Z",
    ]
    assert "ACME Returns Hub_Sydney, 12 Dock Rd, Mascot NSW 2020" in label.texts()


def test_a_test_connotes_qr_code_says_so(tmp_path: Path) -> None:
    connote = make_connote("SYD", "07", 12)
    data = ConnoteLabelData(connote, "NL-AMS", "Koala NL", "", ("Koala",), "SYD", 2, WHEN, test=True)
    [png] = rasterise(render(connote_label(data)), tmp_path, 203)
    assert f"CONNOTE:{connote} FROM:SYD TO:NL-AMS PCS:2 AT:20261122T0930Z TEST:1" in decoded(png)


def test_rejection_label_barcode_is_the_tracking_number(tmp_path: Path) -> None:
    label = rejection_label(RejectionLabelData("RR123456785AU", "Damaged", "wet box", "Koala", "SYD", "OP2001", WHEN))
    [png] = rasterise(render(label), tmp_path, 203)
    assert decoded(png) == ["RR123456785AU"]


def test_command_sheet_barcodes_scan_as_their_commands(tmp_path: Path) -> None:
    cards = tuple(
        CommandCard(code, code)
        for code in ("HS:DONE", "HS:CANCEL", "HS:HOLD", "HS:RELEASE", "HS:REASON:DANGEROUS_GOODS", "HS:STATION:REJECT")
    )
    labels = command_sheet(CommandSheet("Reject station", cards))
    assert len(labels) == 2
    pngs = rasterise(render_all(labels), tmp_path, 203)
    found = sorted(text for png in pngs for text in decoded(png))
    assert found == sorted(card.barcode for card in cards)


def test_every_station_sheet_scans_as_commands_the_classifier_knows(tmp_path: Path) -> None:
    from hubscan.core.command_sheets import station_sheet
    from hubscan.core.policy import HubPolicy
    from hubscan.core.records import Station
    from hubscan.core.scan import ScanClassifier, ScanKind

    policy = HubPolicy()
    classify = ScanClassifier().classify
    sheet = station_sheet(Station.REJECT, policy)
    pngs = rasterise(render_all(command_sheet(sheet)), tmp_path, 203)
    found = sorted(text for png in pngs for text in decoded(png))
    assert found == sorted(card.barcode for card in sheet.cards)
    for station in Station:
        for card in station_sheet(station, policy).cards:
            assert classify(card.barcode).kind is ScanKind.COMMAND, card.barcode
