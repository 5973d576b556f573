"""GS1 data in a scan, read by biip: element strings (FNC1 sent as GS), their bracketed
human-readable form, GS1 Digital Link URIs, GTINs of every length (UPC-E too) and SSCCs.

biip holds the whole GS1 application identifier table (lengths, character sets, check
digits, dates), so a product's GS1-128 or DataMatrix with AIs for weights, dates or
serials is read, not refused. An AI biip does not know is still an error rather than a
guess: guessing an AI's length misreads every field after it. biip is pure Python with
no I/O, so the core uses it directly (``docs/design.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from biip import ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString
from biip.gs1_messages import GS1Message
from biip.upc import Upc

from hubscan.core.checkdigits import gs1_check_digit, gs1_valid

GS = "\x1d"


class Gs1Error(ValueError):
    """GS1 data that cannot be read; the message says why."""


@dataclass(frozen=True)
class Gs1Element:
    ai: str
    value: str
    title: str = ""


_MISMATCH = re.compile(r"Failed to match '(?P<data>.*)' with GS1 AI \((?P<ai>\d+)\) pattern", re.DOTALL)
_PART = re.compile(r"([NX])(\.\.)?(\d+)")


def _shape(ai: GS1ApplicationIdentifier) -> str:
    """An AI's data format in words: ``N2+X..20`` is "up to 20 characters"."""
    words = []
    for kind, upto, size in _PART.findall(ai.format.split("+", 1)[-1]):
        unit = "digits" if kind == "N" else "characters"
        words.append(f"{'up to ' if upto else ''}{size} {unit}")
    return " then ".join(words) or ai.format


_CHECK = re.compile(r"Invalid (?P<key>\w+) check digit for '(?P<code>\d+)': Expected (?P<want>\d), got (?P<got>\d)")
_UNKNOWN = re.compile(r"Failed to get GS1 Application Identifier from '(?P<rest>.*)'", re.DOTALL)


def _words(reason: str) -> str:
    """biip's reason in a person's words: a field that does not fit its AI names the AI,
    what was scanned and what it must be (not the pattern biip matched it with)."""
    reason = reason.rstrip(".")
    if (found := _MISMATCH.match(reason)) is not None:
        ai = GS1ApplicationIdentifier.extract(found["ai"])
        return f"AI ({ai.ai}) {ai.data_title}: {found['data'][len(ai.ai) :]!r} is not {_shape(ai)}"
    if (found := _CHECK.match(reason)) is not None:
        return f"{found['key']} {found['code']} has a wrong check digit ({found['got']}; it should be {found['want']})"
    if (found := _UNKNOWN.match(reason)) is not None:
        return f"unknown GS1 application identifier at {found['rest'][:4]!r}"
    return reason


def _said(exc: ParseError) -> Gs1Error:
    return Gs1Error(_words(str(exc)))


def _elements(strings: Iterable[GS1ElementString]) -> tuple[Gs1Element, ...]:
    elements = []
    for element in strings:
        error = element.gtin_error or element.sscc_error or element.gln_error
        if error:
            raise Gs1Error(f"AI ({element.ai.ai}) {element.ai.data_title}: {_words(error)}")
        elements.append(Gs1Element(element.ai.ai, element.value, element.ai.data_title))
    if not elements:
        raise Gs1Error("the GS1 barcode holds no data")
    return tuple(elements)


def _check(digits: str, key: str) -> None:
    """Raise ``Gs1Error`` naming ``key``, ``digits`` and the right check digit if it is wrong."""
    if not gs1_valid(digits):
        want = gs1_check_digit(digits[:-1])
        raise Gs1Error(f"{key} {digits} has a wrong check digit ({digits[-1]}; it should be {want})")


# Keys whose last digit checks: SSCC, GTIN, content GTIN, and the GLNs of AIs 410-417.
_CHECKED = frozenset({"00", "01", "02", "03", *(f"41{n}" for n in range(8))})


@lru_cache(maxsize=512)
def _ai_at(prefix: str) -> GS1ApplicationIdentifier:
    """The AI a field starts with (``prefix``: its first four characters)."""
    try:
        return GS1ApplicationIdentifier.extract(prefix)
    except ParseError:
        raise Gs1Error(f"unknown GS1 application identifier at {prefix!r}") from None


@lru_cache(maxsize=512)
def _pattern(ai: GS1ApplicationIdentifier) -> re.Pattern[str]:
    return re.compile(ai.pattern.removesuffix("$"))


def parse_element_string(text: str) -> tuple[Gs1Element, ...]:
    """A raw element string whose variable-length fields end with GS (FNC1).

    Each field is read by its AI's entry in biip's GS1 table (length, characters,
    date ranges) and key check digits are verified, as biip's ``GS1Message.parse``
    does; the loop is ours because biip's also looks up GS1 prefixes, parses dates
    and decimals and searches its table linearly for every field: five times as long,
    on every GS1 scan (``benchmarks/classify_latency.py``)."""
    elements: list[Gs1Element] = []
    position = 0
    while position < len(text):
        if text[position] == GS:
            position += 1
            continue
        ai = _ai_at(text[position : position + 4])
        end = text.find(GS, position)
        field = text[position:] if end < 0 else text[position:end]
        found = _pattern(ai).match(field)
        if found is None:
            raise Gs1Error(f"AI ({ai.ai}) {ai.data_title}: {field[len(ai.ai) :]!r} is not {_shape(ai)}")
        value = "".join(group for group in found.groups() if group is not None)
        if ai.ai in _CHECKED:
            _check(value, f"AI ({ai.ai}) {ai.data_title}:")
        elements.append(Gs1Element(ai.ai, value, ai.data_title))
        position += len(ai.ai) + len(value)
    if not elements:
        raise Gs1Error("the GS1 barcode holds no data")
    return tuple(elements)


_BRACKETED = re.compile(r"\((\d{2,4})\)")


def looks_bracketed(text: str) -> bool:
    return text.startswith("(") and _BRACKETED.match(text) is not None


def parse_bracketed(text: str) -> tuple[Gs1Element, ...]:
    """The human-readable form ``(01)09501101020917(10)ABC``."""
    try:
        return _elements(GS1Message.parse_hri(text).element_strings)
    except ParseError as exc:
        raise _said(exc) from None


_WEB = re.compile(r"https?://", re.IGNORECASE)


def looks_like_link(text: str) -> bool:
    """A web address: in a QR code or a DataMatrix, a GS1 Digital Link if anything."""
    return _WEB.match(text) is not None


def parse_digital_link(text: str) -> tuple[Gs1Element, ...]:
    """A GS1 Digital Link URI on any domain (``https://id.gs1.org/01/…/10/…?17=…``).
    A scanner under Caps Lock sends the scheme in capitals: it is read in any case."""
    scheme = _WEB.match(text)
    if scheme is not None:
        text = scheme.group().lower() + text[scheme.end() :]
    try:
        link = GS1DigitalLinkURI.parse(text)
    except ParseError as exc:
        if "primary identifier" in str(exc):
            raise Gs1Error(
                "a web address without a GS1 key such as /01/ (GTIN) or /00/ (SSCC) in its path;"
                " a compressed GS1 Digital Link cannot be read here: scan the item's other barcode"
            ) from None
        raise _said(exc) from None
    return _elements(link.element_strings)


def gtin14(code: str) -> str:
    """A GTIN of any length as the GTIN-14 items are compared by."""
    return code.rjust(14, "0")


def read_gtin(digits: str, upc_e: bool = False) -> str:
    """The GTIN-14 of an EAN-8, UPC-A, EAN-13 or GTIN-14 (``upc_e``: an 8-digit UPC-E,
    expanded to its UPC-A); raises ``Gs1Error`` naming a wrong check digit. (biip's
    ``Gtin.parse`` also looks up the GS1 prefix, which a scan does not need: a tenth of
    a millisecond of every item scan.)"""
    if upc_e:
        try:
            return Upc.parse(digits).as_gtin_14()
        except ParseError as exc:
            raise _said(exc) from None
    _check(digits, "GTIN")
    return gtin14(digits)


def sscc(digits: str) -> str:
    """An 18-digit SSCC, its check digit verified."""
    _check(digits, "SSCC")
    return digits


def make_sscc(extension: str, company_prefix: str, serial: int) -> str:
    """The 18-digit SSCC numbered ``serial`` under the company's prefix: extension digit,
    prefix, serial reference (prefix and serial take 16 digits), check digit."""
    room = 16 - len(company_prefix)
    if serial >= 10**room:
        raise Gs1Error(f"the {10**room - 1} SSCC serial numbers of company prefix {company_prefix} are used up")
    body = f"{extension}{company_prefix}{serial:0{room}d}"
    return body + str(gs1_check_digit(body))


def sscc_text(code: str) -> str:
    """An SSCC as people read it on a label: "(00) 0 9528765 432101234 6"."""
    return f"(00) {code[0]} {code[1:8]} {code[8:17]} {code[17]}"
