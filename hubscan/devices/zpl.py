"""ZPL II from a label description, with every piece of data behind ``^FH`` escaping.

No field value can add, end or change a command: ``^``, ``~`` and ``_`` and every
control or non-ASCII character reach the printer only as ``_XX`` hex of their UTF-8
bytes, under ``^CI28`` (UTF-8). The output is therefore plain ASCII.
"""

from __future__ import annotations

from hubscan.core.labels import Box, Code128, Label, QRCode, Text

DPI_CHOICES = (203, 300)


def escape(text: str) -> str:
    """The ``^FH`` form of ``text``: safe characters as they are, the rest as ``_XX``."""
    out = []
    for char in text:
        if char in "^~_\\" or not (32 <= ord(char) < 127):
            out.append("".join(f"_{byte:02X}" for byte in char.encode("utf-8")))
        else:
            out.append(char)
    return "".join(out)


def _dots(mm: float, dpi: int) -> int:
    return max(1, round(mm * dpi / 25.4))


def _text(element: Text, dpi: int) -> str:
    height = _dots(element.height, dpi)
    command = f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}^A0N,{height},{height}"
    if element.width is not None:
        command += f"^FB{_dots(element.width, dpi)},{element.lines},0,{element.align}"
    return f"{command}^FH^FD{escape(element.text)}^FS"


def _code128(element: Code128, dpi: int) -> str:
    module = max(2, _dots(element.module, dpi))
    height = _dots(element.height, dpi)
    position = f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}"
    if element.gs1:
        # Start in code set C (>;) with FNC1 (>8): digits only, checked where the label is made.
        if not (element.data.isascii() and element.data.isdigit() and len(element.data) % 2 == 0):
            raise ValueError(f"{element.data!r}: GS1-128 here takes an even number of digits")
        return f"{position}^BY{module},3,{height}^BCN,{height},N,N,N,N^FD>;>8{element.data}^FS"
    return f"{position}^BY{module},3,{height}^BCN,{height},N,N,N^FH^FD{escape(element.data)}^FS"


def _qr(element: QRCode, dpi: int) -> str:
    # Model 2, error correction Q, automatic mode ("QA,"); the magnification is the
    # module's side in dots (1 to 10).
    magnification = min(10, max(1, _dots(element.module, dpi)))
    position = f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}"
    return f"{position}^BQN,2,{magnification}^FH^FDQA,{escape(element.data)}^FS"


def _box(element: Box, dpi: int) -> str:
    thickness = _dots(element.thickness, dpi)
    width = max(_dots(element.width, dpi), thickness)
    height = max(_dots(element.height, dpi), thickness)
    return f"^FO{_dots(element.x, dpi)},{_dots(element.y, dpi)}^GB{width},{height},{thickness}^FS"


def render(label: Label, dpi: int = 203) -> bytes:
    """One label as a ZPL format (``^XA`` ... ``^XZ``)."""
    if dpi not in DPI_CHOICES:
        raise ValueError(f"printer resolution {dpi} dpi is not supported; use 203 or 300")
    lines = ["^XA", "^CI28", f"^PW{_dots(label.width, dpi)}", f"^LL{_dots(label.height, dpi)}", "^LH0,0"]
    for element in label.elements:
        if isinstance(element, Text):
            lines.append(_text(element, dpi))
        elif isinstance(element, Code128):
            lines.append(_code128(element, dpi))
        elif isinstance(element, QRCode):
            lines.append(_qr(element, dpi))
        else:
            lines.append(_box(element, dpi))
    lines += [f"^PQ{label.copies},0,1,Y", "^XZ"]
    return ("\n".join(lines) + "\n").encode("ascii")


def render_all(labels: list[Label], dpi: int = 203) -> bytes:
    return b"".join(render(label, dpi) for label in labels)
