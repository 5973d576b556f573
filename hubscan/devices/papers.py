"""The dispatch papers as PDF for the office printer (A4), drawn with ReportLab.

The connote's number is on every page as a Code 128 barcode, and each container's SSCC
as GS1-128 (AI 00), so the papers are scanned like the labels they go with. Text is set
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
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from hubscan.core.gs1 import sscc_text
from hubscan.core.papers import ParcelListData

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


def parcel_list_pdf(data: ParcelListData) -> bytes:
    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", fontName=bold, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)

    def cell(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    marks = (f" - COPY {data.copy}" if data.copy else "") + (" - TEST - DO NOT SHIP" if data.test else "")
    heading = "PARCEL LIST" + marks
    sender = "\n".join(part for part in (data.sender_name, data.sender_address) if part) or f"Hub {data.hub}"
    addressee = "\n".join(part for part in (data.destination_name, data.destination_address) if part)
    story: list[Flowable] = [
        cell(heading, title),
        Spacer(1, 3 * mm),
        _barcode(data.connote, gs1=False, height=14 * mm),
        cell(f"Connote {data.connote}", head),
        Spacer(1, 3 * mm),
        _grid(
            [
                [cell("From", head), cell("Deliver to", head), cell("Consolidation", head)],
                [
                    cell(f"{sender}\nHub {data.hub}"),
                    cell(f"{addressee}\nDestination {data.destination_code}"),
                    cell(
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
    if data.containers:
        rows: list[list[Any]] = [[cell(h, head) for h in ("Container", "SSCC", "Kind", "Parcels", "Weight kg")]]
        for number, container in enumerate(data.containers, start=1):
            rows.append(
                [
                    cell(str(number)),
                    [_barcode("00" + container.sscc, gs1=True, height=9 * mm), cell(sscc_text(container.sscc))],
                    cell(container.kind),
                    cell(str(container.pieces)),
                    cell(container.weight_kg),
                ]
            )
        story += [_grid(rows, [24 * mm, 81 * mm, 25 * mm, 20 * mm, 30 * mm]), Spacer(1, 4 * mm)]
    rows = [[cell(h, head) for h in ("#", "Tracking", "Retailer", "Order", "Items", "Container")]]
    numbered = {c.sscc: f"{n} {c.kind}" for n, c in enumerate(data.containers, start=1)}
    for number, parcel in enumerate(data.parcels, start=1):
        items = "\n".join(f"{i.qty} x {i.sku} {i.description}".rstrip() for i in parcel.items)
        rows.append(
            [
                cell(str(number)),
                cell(parcel.tracking),
                cell(parcel.retailer),
                cell(parcel.order_number),
                cell(items or "-"),
                cell(numbered.get(parcel.container, parcel.container or "-")),
            ]
        )
    story.append(_grid(rows, [10 * mm, 30 * mm, 30 * mm, 26 * mm, 60 * mm, 24 * mm]))
    return _build(story, f"Parcel list {data.connote}", data.connote, regular)


def _grid(rows: Sequence[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
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
