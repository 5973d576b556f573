"""The dispatch papers as PDF for the office printer (A4), drawn with ReportLab: the
parcel list, and the commercial invoice and packing list of a consolidation crossing a
customs border.

The connote's number heads each paper as a Code 128 barcode (and is in every page's
footer), and each container's SSCC is there as GS1-128 (AI 00), so the papers are
scanned like the labels they go with. A row longer than a page (a parcel of hundreds of
items) is split across pages. Text is set
in DejaVu Sans where the system has it (any retailer's accents), else in Helvetica.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from hubscan.core.gs1 import sscc_text
from hubscan.core.papers import ParcelListData, invoice_lines, invoice_totals

_DEJAVU = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@cache
def _fonts() -> tuple[str, str]:
    """(regular, bold) font names: DejaVu Sans registered once, or the PDF's own Helvetica."""
    try:
        pdfmetrics.registerFont(TTFont("DejaVuSans", _DEJAVU[0]))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", _DEJAVU[1]))
    except (TTFError, OSError):
        return "Helvetica", "Helvetica-Bold"
    return "DejaVuSans", "DejaVuSans-Bold"


class PaperError(ValueError):
    """The papers cannot be laid out (a cell far longer than any page)."""


class _Styles:
    def __init__(self) -> None:
        self.font, bold = _fonts()
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=8.5, leading=10.5)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.body)

    def heads(self, *names: str) -> list[Any]:
        return [self.cell(name, self.head) for name in names]


def parcel_list_pdf(data: ParcelListData) -> bytes:
    look = _Styles()
    story = _heading(data, "PARCEL LIST", look)
    story += _containers(data, look)
    rows = [look.heads("#", "Tracking", "Retailer", "Order", "Items", "Container")]
    numbered = {c.sscc: f"{n} {c.kind}" for n, c in enumerate(data.containers, start=1)}
    for number, parcel in enumerate(data.parcels, start=1):
        items = "\n".join(f"{i.qty} x {i.sku} {i.description}".rstrip() for i in parcel.items)
        rows.append(
            [
                look.cell(str(number)),
                look.cell(parcel.tracking),
                look.cell(parcel.retailer),
                look.cell(parcel.order_number),
                look.cell(items or "-"),
                look.cell(numbered.get(parcel.container, parcel.container or "-")),
            ]
        )
    story.append(_grid(rows, [10 * mm, 30 * mm, 30 * mm, 26 * mm, 60 * mm, 24 * mm]))
    return _build(story, f"Parcel list {data.connote}", data.connote, look.font)


def customs_papers_pdf(data: ParcelListData) -> bytes:
    """The commercial invoice of the returned goods (one line per kind of goods, with its
    HS code, origin, quantity and value; totals by currency), then the packing list
    (each container's parcels and their items)."""
    look = _Styles()
    lines = invoice_lines(data)
    story = _heading(data, "COMMERCIAL INVOICE", look)
    story += [
        look.cell(
            f"Returned goods: customer returns leaving customs territory {data.customs_from} for "
            f"{data.customs_to}. Invoice number {data.connote}, "
            f"{data.closed_at.strftime('%Y-%m-%d')}. Values are those the retailer declared."
        ),
        Spacer(1, 3 * mm),
    ]
    rows = [look.heads("#", "Description", "HS code", "Origin", "Qty", "Unit value", "Total")]
    for number, line in enumerate(lines, start=1):
        rows.append(
            [
                look.cell(str(number)),
                look.cell(line.description),
                look.cell(line.hs_code),
                look.cell(line.origin_country),
                look.cell(str(line.qty)),
                look.cell(f"{line.value} {line.currency}"),
                look.cell(f"{line.total} {line.currency}"),
            ]
        )
    for currency, amount in invoice_totals(lines).items():
        rows.append([look.cell(""), look.cell(f"Total {currency}", look.head), *[look.cell("")] * 4])
        rows[-1].append(look.cell(f"{amount} {currency}", look.head))
    story.append(_grid(rows, [10 * mm, 62 * mm, 22 * mm, 16 * mm, 14 * mm, 28 * mm, 28 * mm]))
    story += [
        Spacer(1, 4 * mm),
        look.cell(
            f"{len(data.parcels)} parcels, {data.items} items, {len(data.containers)} containers, "
            f"gross weight {data.weight_kg or '-'} kg. I declare that the information on this invoice is "
            f"true and correct. Closed by {data.closed_by}."
        ),
        PageBreak(),
    ]
    story += _heading(data, "PACKING LIST", look)
    story += _containers(data, look)
    numbered = {c.sscc: f"{n} {c.kind}" for n, c in enumerate(data.containers, start=1)}
    rows = [look.heads("Container", "Tracking", "Qty", "Description", "HS code", "Origin")]
    for parcel in data.parcels:
        for item in parcel.items:
            rows.append(
                [
                    look.cell(numbered.get(parcel.container, parcel.container or "-")),
                    look.cell(parcel.tracking),
                    look.cell(str(item.qty)),
                    look.cell(item.description or item.sku),
                    look.cell(item.hs_code),
                    look.cell(item.origin_country),
                ]
            )
    story.append(_grid(rows, [22 * mm, 32 * mm, 12 * mm, 74 * mm, 22 * mm, 18 * mm]))
    return _build(story, f"Customs papers {data.connote}", data.connote, look.font)


def _heading(data: ParcelListData, name: str, look: _Styles) -> list[Flowable]:
    """The paper's name, the connote (barcode and text), sender, addressee and totals."""
    marks = (f" - COPY {data.copy}" if data.copy else "") + (" - TEST - DO NOT SHIP" if data.test else "")
    sender = "\n".join(part for part in (data.sender_name, data.sender_address) if part) or f"Hub {data.hub}"
    addressee = "\n".join(part for part in (data.destination_name, data.destination_address) if part)
    return [
        look.cell(name + marks, look.title),
        Spacer(1, 3 * mm),
        _barcode(data.connote, gs1=False, height=14 * mm),
        look.cell(f"Connote {data.connote}", look.head),
        Spacer(1, 3 * mm),
        _grid(
            [
                look.heads("From", "Deliver to", "Consolidation"),
                [
                    look.cell(f"{sender}\nHub {data.hub}"),
                    look.cell(f"{addressee}\nDestination {data.destination_code}"),
                    look.cell(
                        f"Closed {data.closed_at.strftime('%Y-%m-%d %H:%M UTC')} by {data.closed_by}\n"
                        f"{len(data.parcels)} parcels, {data.items} items\n"
                        f"{len(data.containers)} containers, {data.weight_kg or '-'} kg"
                    ),
                ],
            ],
            [60 * mm, 60 * mm, 60 * mm],
        ),
        Spacer(1, 4 * mm),
    ]


def _containers(data: ParcelListData, look: _Styles) -> list[Flowable]:
    """Each container: its number, SSCC (GS1-128 and "(00) ..."), kind, parcels, weight."""
    if not data.containers:
        return []
    rows = [look.heads("Container", "SSCC", "Kind", "Parcels", "Weight kg")]
    for number, container in enumerate(data.containers, start=1):
        rows.append(
            [
                look.cell(str(number)),
                [_barcode("00" + container.sscc, gs1=True, height=9 * mm), look.cell(sscc_text(container.sscc))],
                look.cell(container.kind),
                look.cell(str(container.pieces)),
                look.cell(container.weight_kg),
            ]
        )
    return [_grid(rows, [24 * mm, 81 * mm, 25 * mm, 20 * mm, 30 * mm]), Spacer(1, 4 * mm)]


def _grid(rows: Sequence[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _barcode(data: str, gs1: bool, height: float) -> Flowable:
    """Code 128 (GS1-128 with FNC1 first for ``gs1``), bars 0.33 mm wide, its text below."""
    value = "\xf1" + data if gs1 else data  # ReportLab's FNC1
    symbol: Flowable = code128.Code128(value, barWidth=0.33 * mm, barHeight=height, humanReadable=False, quiet=True)
    return symbol


def _build(story: list[Flowable], title: str, connote: str, font: str) -> bytes:
    buffer = io.BytesIO()

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(15 * mm, 10 * mm, f"{title}  -  page {document.page}")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, connote)
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="HubScan",
        invariant=True,
    )
    try:
        document.build(story, onFirstPage=footer, onLaterPages=footer)
    except LayoutError as exc:
        raise PaperError(f"{title} cannot be laid out on A4: {exc}") from exc
    return buffer.getvalue()
