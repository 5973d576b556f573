"""Labels described once, in millimetres, and rendered twice: ZPL for the printer and a
preview image for the screen (``hubscan.devices.zpl`` and ``hubscan.devices.preview``).

Only what a label needs: text (optionally wrapped in a block), Code 128 barcodes, QR
codes and boxes. The descriptions hold the raw text; escaping is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from hubscan.core.gs1 import sscc_text

LABEL_4X6_MM = (101.6, 152.4)


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    height: float
    text: str
    width: float | None = None  # when set, wrap within this width
    lines: int = 1
    align: str = "L"  # L, C or R within the width


@dataclass(frozen=True)
class Code128:
    x: float
    y: float
    height: float
    data: str
    module: float = 0.375  # narrow bar width in mm (3 dots at 203 dpi)
    # GS1-128: ``data`` is AI digits ("00" + SSCC), sent in code set C after FNC1.
    gs1: bool = False


@dataclass(frozen=True)
class QRCode:
    """A QR code, error correction level Q (a quarter of it may be torn or smudged)."""

    x: float
    y: float
    data: str
    module: float = 0.5  # one module's side in mm (4 dots at 203 dpi, 6 at 300)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    thickness: float = 0.5


Element = Text | Code128 | QRCode | Box


@dataclass(frozen=True)
class Label:
    name: str
    width: float
    height: float
    elements: tuple[Element, ...]
    copies: int = 1

    def texts(self) -> list[str]:
        return [e.text for e in self.elements if isinstance(e, Text)]

    def barcodes(self) -> list[str]:
        return [e.data for e in self.elements if isinstance(e, Code128 | QRCode)]


def check_barcode_data(data: str) -> str:
    """Code 128 data the hub prints must be printable ASCII without ZPL's ``>`` codes."""
    if not data or any(not (32 <= ord(c) < 127) or c == ">" for c in data):
        raise ValueError(f"{data!r} cannot be printed as a Code 128 barcode")
    return data


@dataclass(frozen=True)
class ConnoteLabelData:
    connote: str
    destination_code: str
    destination_name: str
    destination_address: str
    retailers: tuple[str, ...]
    hub: str
    pieces: int
    closed_at: datetime
    copy: int = 0  # 0 for the original, N for the Nth reprint
    test: bool = False  # a consolidation of retailers' test returns: not to be shipped
    containers: int = 0
    weight_kg: str = ""  # the containers' weights together, "123.45"
    sender_name: str = ""  # the hub's name and address as the carrier returns to it
    sender_address: str = ""


def connote_qr_data(data: ConnoteLabelData) -> str:
    """What the connote's QR code carries: the connote's data as fields of upper-case
    letters, digits and ``-.:``, one space between them, so it encodes in QR's compact
    alphanumeric mode: ``CONNOTE:CNSYD0700047113 FROM:SYD TO:FR-PAR PCS:500 CTN:5
    KG:62.000 AT:20261204T1030Z`` (``CTN`` and ``KG`` only when it was packed into
    containers, ``TEST:1`` for a retailer's test consolidation)."""
    fields = [f"CONNOTE:{data.connote}", f"FROM:{data.hub}", f"TO:{data.destination_code}", f"PCS:{data.pieces}"]
    if data.containers:
        fields.append(f"CTN:{data.containers}")
    if data.weight_kg:
        fields.append(f"KG:{data.weight_kg}")
    fields.append(f"AT:{data.closed_at.strftime('%Y%m%dT%H%MZ')}")
    if data.test:
        fields.append("TEST:1")
    return " ".join(fields)


def connote_label(data: ConnoteLabelData) -> Label:
    """The consolidated connote label, 4x6 in."""
    width, height = LABEL_4X6_MM
    margin = 4.0
    inner = width - 2 * margin
    retailers = ", ".join(data.retailers) or "-"
    sender = ", ".join(part for part in (data.sender_name, _one_line(data.sender_address)) if part)
    elements: list[Element] = [
        Box(margin, margin, inner, height - 2 * margin, 0.6),
        Text(margin + 3, 8, 4.5, "CONSOLIDATED CONNOTE"),
        Text(margin + 3, 15, 3.2, f"FROM HUB {data.hub}"),
        Text(margin + 3, 19.5, 3.0, sender, width=inner - 6, lines=2),
        Text(margin + 3, 27.5, 3.2, "DELIVER TO"),
        Text(margin + 3, 32, 6.0, data.destination_name, width=inner - 6, lines=2),
        Text(margin + 3, 45, 4.0, data.destination_address, width=inner - 6, lines=3),
        Text(margin + 3, 59, 3.5, f"DEST {data.destination_code}"),
        Text(margin + 3, 65, 3.5, f"RETAILER {retailers}", width=inner - 6, lines=2),
        Box(margin, 75, inner, 0.1, 0.6),
        Text(margin + 3, 79, 7.0, f"{data.pieces} PCS"),
        Text(margin + 3, 94, 3.5, data.closed_at.strftime("%Y-%m-%d %H:%M UTC")),
        Text(margin + 3, 99, 3.5, _packed(data)),
        QRCode(margin + 64, 78, connote_qr_data(data)),
        Code128(margin + 3, 105, 18.0, check_barcode_data(data.connote)),
        Text(margin + 3, 125, 7.0, data.connote, width=inner - 6, align="C"),
    ]
    if data.copy:
        elements.append(Text(margin + 3, 87, 5.0, f"COPY {data.copy}"))
    if data.test:
        # Boxed across the foot and beside the pieces, so nobody takes it for a real one.
        elements.append(Text(margin + 35, 87, 5.0, "TEST"))
        elements.append(Box(margin + 2, 135, inner - 4, 10, 1.0))
        elements.append(Text(margin + 3, 137, 6.0, "TEST - DO NOT SHIP", width=inner - 6, align="C"))
    return Label(f"connote {data.connote}", width, height, tuple(elements))


def _one_line(address: str) -> str:
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())


def _packed(data: ConnoteLabelData) -> str:
    """ "3 CONTAINERS  123.45 KG" (nothing for a consolidation packed without any)."""
    if not data.containers:
        return ""
    noun = "CONTAINER" if data.containers == 1 else "CONTAINERS"
    return f"{data.containers} {noun}  {data.weight_kg} KG" if data.weight_kg else f"{data.containers} {noun}"


@dataclass(frozen=True)
class ContainerLabelData:
    sscc: str
    kind: str
    number: int  # the consolidation's first, second... container
    destination_code: str
    destination_name: str
    hub: str
    opened_at: datetime
    test: bool = False
    copy: int = 0


def container_label(data: ContainerLabelData) -> Label:
    """A container's label, 4x6 in: its SSCC as GS1-128 (AI 00) with the human-readable
    "(00) …" below, what it is and where it goes."""
    width, height = LABEL_4X6_MM
    margin = 4.0
    inner = width - 2 * margin
    if not (len(data.sscc) == 18 and data.sscc.isascii() and data.sscc.isdigit()):
        raise ValueError(f"{data.sscc!r} is not an 18-digit SSCC")
    readable = sscc_text(data.sscc)
    elements: list[Element] = [
        Box(margin, margin, inner, height - 2 * margin, 0.6),
        Text(margin + 3, 8, 4.5, f"{data.kind} {data.number}"),
        Text(margin + 3, 16, 3.5, f"FROM HUB {data.hub}"),
        Text(margin + 3, 24, 3.2, "DESTINATION"),
        Text(margin + 3, 29, 6.0, data.destination_name, width=inner - 6, lines=2),
        Text(margin + 3, 43, 4.0, f"DEST {data.destination_code}"),
        Text(margin + 3, 50, 3.5, data.opened_at.strftime("%Y-%m-%d %H:%M UTC")),
        Box(margin, 58, inner, 0.1, 0.6),
        Text(margin + 3, 62, 3.2, "SSCC"),
        Code128(margin + 3, 68, 32.0, "00" + data.sscc, module=0.375, gs1=True),
        Text(margin + 3, 104, 5.0, readable, width=inner - 6, align="C"),
    ]
    if data.copy:
        elements.append(Text(margin + 55, 8, 4.5, f"COPY {data.copy}"))
    if data.test:
        elements.append(Box(margin + 2, 135, inner - 4, 10, 1.0))
        elements.append(Text(margin + 3, 137, 6.0, "TEST - DO NOT SHIP", width=inner - 6, align="C"))
    return Label(f"container {data.sscc}", width, height, tuple(elements))


@dataclass(frozen=True)
class RejectionLabelData:
    tracking: str
    reason: str
    note: str | None
    retailer: str | None
    hub: str
    operator: str
    rejected_at: datetime


def rejection_label(data: RejectionLabelData) -> Label:
    width, height = LABEL_4X6_MM
    margin = 4.0
    inner = width - 2 * margin
    elements: list[Element] = [
        Box(margin, margin, inner, height - 2 * margin, 0.6),
        Text(margin + 3, 9, 12.0, "REJECTED"),
        Text(margin + 3, 26, 5.0, data.reason, width=inner - 6, lines=2),
        Text(margin + 3, 40, 3.5, data.note or "", width=inner - 6, lines=4),
        Text(margin + 3, 62, 3.5, f"RETAILER {data.retailer or 'unknown'}", width=inner - 6),
        Text(margin + 3, 69, 3.5, f"HUB {data.hub}  BY {data.operator}"),
        Text(margin + 3, 76, 3.5, data.rejected_at.strftime("%Y-%m-%d %H:%M UTC")),
        Code128(margin + 3, 90, 22.0, check_barcode_data(data.tracking)),
        Text(margin + 3, 116, 6.0, data.tracking, width=inner - 6, align="C"),
    ]
    return Label(f"rejection {data.tracking}", width, height, tuple(elements))


@dataclass(frozen=True)
class CommandCard:
    barcode: str
    caption: str


@dataclass(frozen=True)
class CommandSheet:
    title: str
    cards: tuple[CommandCard, ...] = field(default=())


PER_LABEL = 5


def command_sheet(sheet: CommandSheet) -> list[Label]:
    """The command barcodes a station needs, five to a 4x6 label."""
    width, height = LABEL_4X6_MM
    labels = []
    pages = [sheet.cards[i : i + PER_LABEL] for i in range(0, len(sheet.cards), PER_LABEL)] or [()]
    for number, cards in enumerate(pages, start=1):
        elements: list[Element] = [Text(4, 4, 4.0, f"{sheet.title} ({number}/{len(pages)})")]
        for index, card in enumerate(cards):
            top = 13 + index * 27.5
            elements.append(Code128(6, top, 14.0, check_barcode_data(card.barcode), module=0.25))
            elements.append(Text(6, top + 16, 3.2, f"{card.caption}  [{card.barcode}]", width=width - 12))
        labels.append(Label(f"{sheet.title} {number}", width, height, tuple(elements)))
    return labels


def printer_test_label(printer: str, printed_at: datetime) -> Label:
    width, height = LABEL_4X6_MM
    return Label(
        "test",
        width,
        height,
        (
            Box(4, 4, width - 8, height - 8, 0.6),
            Text(8, 10, 8.0, "HUBSCAN TEST"),
            Text(8, 24, 3.5, printer, width=width - 16, lines=2),
            Text(8, 36, 3.5, printed_at.strftime("%Y-%m-%d %H:%M:%S UTC")),
            Code128(8, 50, 20.0, "HUBSCAN-TEST"),
            Text(8, 75, 3.5, "Umlaut ÄÖÜ, accents éèà, caret ^ tilde ~ underscore _"),
        ),
    )
