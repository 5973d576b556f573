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

from biip import ParseError
from biip.checksums import gs1_standard_check_digit
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString
from biip.gs1_messages import GS1Message
from biip.upc import Upc

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


def parse_element_string(text: str) -> tuple[Gs1Element, ...]:
    """A raw element string whose variable-length fields end with GS (FNC1)."""
    if not text.strip(GS):
        raise Gs1Error("the GS1 barcode holds no data")
    try:
        return _elements(GS1Message.parse(text).element_strings)
    except ParseError as exc:
        raise _said(exc) from None


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


def _check(digits: str, key: str) -> None:
    want = gs1_standard_check_digit(digits[:-1])
    if int(digits[-1]) != want:
        raise Gs1Error(f"{key} {digits} has a wrong check digit ({digits[-1]}; it should be {want})")


def gtin14(digits: str, upc_e: bool = False) -> str:
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
    return digits.rjust(14, "0")


def sscc(digits: str) -> str:
    """An 18-digit SSCC, its check digit verified."""
    _check(digits, "SSCC")
    return digits
