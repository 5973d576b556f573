"""An on-screen preview of a label, drawn from the same description as its ZPL.

Barcodes come from python-barcode (Code 128) and segno (QR), text and boxes from Pillow, so what the
operator sees before printing is built from exactly the fields the printer gets.
"""

from __future__ import annotations

import io

import segno
from barcode import Code128 as Code128Symbol
from barcode import Gs1_128
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

from hubscan.core.labels import Box, Code128, Label, QRCode, Text


def _px(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans where the system has it (accents, Dutch, French); Pillow's own font otherwise."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        try:
            return ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", size)
        except OSError:
            return ImageFont.load_default(size=size)


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int, lines: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return out[:lines]


def _barcode(element: Code128, dpi: int) -> Image.Image:
    writer_options = {
        "module_width": element.module,
        "module_height": element.height,
        "quiet_zone": 0.0,
        "write_text": False,
        "dpi": dpi,
    }
    symbol = (
        Gs1_128(element.data, writer=ImageWriter())
        if element.gs1
        else Code128Symbol(element.data, writer=ImageWriter())
    )
    image: Image.Image = symbol.render(writer_options)
    return image


def _qr(element: QRCode, dpi: int) -> Image.Image:
    """The QR code as the printer draws it: error correction Q, no quiet zone of its own."""
    symbol = segno.make_qr(element.data, error="q", boost_error=False)
    scale = max(1, _px(element.module, dpi))
    buffer = io.BytesIO()
    symbol.save(buffer, kind="png", scale=scale, border=0)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def preview(label: Label, dpi: int = 203) -> Image.Image:
    image = Image.new("L", (_px(label.width, dpi), _px(label.height, dpi)), 255)
    draw = ImageDraw.Draw(image)
    for element in label.elements:
        x, y = _px(element.x, dpi), _px(element.y, dpi)
        if isinstance(element, Box):
            thickness = max(1, _px(element.thickness, dpi))
            right = x + max(_px(element.width, dpi), thickness) - 1
            bottom = y + max(_px(element.height, dpi), thickness) - 1
            draw.rectangle((x, y, right, bottom), outline=0, width=thickness)
        elif isinstance(element, Text):
            size = _px(element.height, dpi)
            font = _font(size)
            width = _px(element.width, dpi) if element.width is not None else image.width - x
            for row, line in enumerate(_wrap(element.text, font, width, element.lines)):
                offset = 0
                if element.align == "C":
                    offset = max(0, (width - int(font.getlength(line))) // 2)
                elif element.align == "R":
                    offset = max(0, width - int(font.getlength(line)))
                draw.text((x + offset, y + row * size), line, fill=0, font=font)
        elif isinstance(element, QRCode):
            image.paste(_qr(element, dpi), (x, y))
        else:
            symbol = _barcode(element, dpi).convert("L")
            image.paste(symbol, (x, y))
    return image


def preview_png(label: Label, dpi: int = 203) -> bytes:
    buffer = io.BytesIO()
    preview(label, dpi).save(buffer, format="PNG")
    return buffer.getvalue()
