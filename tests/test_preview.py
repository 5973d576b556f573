"""The preview comes from the same description as the ZPL and scans the same."""

import io
from datetime import UTC, datetime

import zxingcpp
from PIL import Image

from hubscan.core.connote import make_connote
from hubscan.core.labels import ConnoteLabelData, connote_label
from hubscan.devices.preview import preview, preview_png


def test_connote_preview_barcodes_read_as_the_connote_and_its_data() -> None:
    connote = make_connote("SYD", "07", 42)
    label = connote_label(
        ConnoteLabelData(
            connote,
            "FR-PAR",
            "Maison Éclair",
            "5 rue de l'Entrepôt",
            ("Maison Éclair",),
            "SYD",
            3,
            datetime(2026, 11, 22, tzinfo=UTC),
        )
    )
    image = preview(label, 203)
    assert image.size == (812, 1218)
    assert sorted(r.text for r in zxingcpp.read_barcodes(image)) == [
        connote,
        f"CONNOTE:{connote} FROM:SYD TO:FR-PAR PCS:3 AT:20261122T0000Z",
    ]
    png = Image.open(io.BytesIO(preview_png(label, 300)))
    assert png.size == (1200, 1800)
    assert sorted(r.text for r in zxingcpp.read_barcodes(png)) == [
        connote,
        f"CONNOTE:{connote} FROM:SYD TO:FR-PAR PCS:3 AT:20261122T0000Z",
    ]
