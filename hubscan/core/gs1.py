"""GS1 element strings: the raw form (FNC1 sent as GS) and the bracketed human form.

Only the application identifiers a returns hub meets are known; an unknown AI is an
error rather than a guess, because guessing an AI's length misreads every field after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubscan.core.checkdigits import gs1_valid

GS = "\x1d"


@dataclass(frozen=True)
class AiSpec:
    title: str
    fixed: int | None  # data length when fixed; None when variable (ends at GS)
    max_len: int
    numeric: bool = True
    check_digit: bool = False


def _fixed(title: str, length: int, check: bool = False, numeric: bool = True) -> AiSpec:
    return AiSpec(title, length, length, numeric, check)


def _var(title: str, max_len: int, numeric: bool = False) -> AiSpec:
    return AiSpec(title, None, max_len, numeric)


_TABLE: dict[str, AiSpec] = {
    "00": _fixed("SSCC", 18, check=True),
    "01": _fixed("GTIN", 14, check=True),
    "02": _fixed("CONTENT", 14, check=True),
    "10": _var("BATCH/LOT", 20),
    "11": _fixed("PROD DATE", 6),
    "12": _fixed("DUE DATE", 6),
    "13": _fixed("PACK DATE", 6),
    "15": _fixed("BEST BEFORE", 6),
    "16": _fixed("SELL BY", 6),
    "17": _fixed("USE BY", 6),
    "20": _fixed("VARIANT", 2),
    "21": _var("SERIAL", 20),
    "22": _var("CPV", 20),
    "240": _var("ADDITIONAL ID", 30),
    "241": _var("CUST. PART No.", 30),
    "250": _var("SECONDARY SERIAL", 30),
    "30": _var("VAR. COUNT", 8, numeric=True),
    "37": _var("COUNT", 8, numeric=True),
    "400": _var("ORDER NUMBER", 30),
    "401": _var("GINC", 30),
    "402": _fixed("GSIN", 17, check=True),
    "403": _var("ROUTE", 30),
    "410": _fixed("SHIP TO LOC", 13, check=True),
    "411": _fixed("BILL TO", 13, check=True),
    "412": _fixed("PURCHASE FROM", 13, check=True),
    "413": _fixed("SHIP FOR LOC", 13, check=True),
    "414": _fixed("LOC No.", 13, check=True),
    "415": _fixed("PAY TO", 13, check=True),
    "420": _var("SHIP TO POST", 20),
    "421": _var("SHIP TO POST", 12),
    "422": _fixed("ORIGIN", 3),
    "8004": _var("GIAI", 30),
    "8020": _var("REF No.", 25),
    "90": _var("INTERNAL", 30),
}
for _n in range(91, 100):
    _TABLE[str(_n)] = _var("INTERNAL", 90)
# Trade measures 310n-369n: the fourth digit is the decimal point position.
for _base in range(310, 370):
    for _d in range(10):
        _TABLE[f"{_base}{_d}"] = _fixed("MEASURE", 6)


class Gs1Error(ValueError):
    """A GS1 element string that cannot be read; the message says why."""


@dataclass(frozen=True)
class Gs1Element:
    ai: str
    value: str

    @property
    def title(self) -> str:
        return _TABLE[self.ai].title


def _lookup(text: str, position: int) -> str:
    for width in (2, 3, 4):
        candidate = text[position : position + width]
        if candidate in _TABLE:
            return candidate
    raise Gs1Error(f"unknown GS1 application identifier at {text[position : position + 4]!r}")


def _validate(ai: str, value: str) -> None:
    spec = _TABLE[ai]
    if not value:
        raise Gs1Error(f"AI ({ai}) {spec.title} is empty")
    if len(value) > spec.max_len:
        raise Gs1Error(f"AI ({ai}) {spec.title} is longer than {spec.max_len} characters")
    if spec.fixed is not None and len(value) != spec.fixed:
        raise Gs1Error(f"AI ({ai}) {spec.title} needs {spec.fixed} digits, got {len(value)}")
    if spec.numeric and not (value.isascii() and value.isdigit()):
        raise Gs1Error(f"AI ({ai}) {spec.title} must be digits only")
    if spec.check_digit and not gs1_valid(value):
        raise Gs1Error(f"AI ({ai}) {spec.title} {value} has a wrong check digit")


def parse_element_string(text: str) -> tuple[Gs1Element, ...]:
    """Parse a raw element string whose variable-length fields end with GS (FNC1)."""
    elements: list[Gs1Element] = []
    position = 0
    while position < len(text):
        if text[position] == GS:
            position += 1
            continue
        ai = _lookup(text, position)
        position += len(ai)
        spec = _TABLE[ai]
        if spec.fixed is not None:
            value = text[position : position + spec.fixed]
            position += spec.fixed
        else:
            end = text.find(GS, position)
            end = len(text) if end < 0 else end
            value = text[position:end]
            position = end
        _validate(ai, value)
        elements.append(Gs1Element(ai, value))
    if not elements:
        raise Gs1Error("the GS1 barcode holds no data")
    return tuple(elements)


_BRACKETED = re.compile(r"\((\d{2,4})\)([^()]*)")


def looks_bracketed(text: str) -> bool:
    return text.startswith("(") and _BRACKETED.match(text) is not None


def parse_bracketed(text: str) -> tuple[Gs1Element, ...]:
    """Parse the human-readable form ``(01)09501101020917(10)ABC``."""
    elements: list[Gs1Element] = []
    position = 0
    for match in _BRACKETED.finditer(text):
        if match.start() != position:
            raise Gs1Error(f"unexpected text {text[position : match.start()]!r} between fields")
        ai, value = match.group(1), match.group(2)
        if ai not in _TABLE:
            raise Gs1Error(f"unknown GS1 application identifier ({ai})")
        _validate(ai, value)
        elements.append(Gs1Element(ai, value))
        position = match.end()
    if position != len(text) or not elements:
        raise Gs1Error("the bracketed GS1 text is not complete")
    return tuple(elements)
