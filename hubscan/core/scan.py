"""What a scanned string is: a command, a badge, a parcel, an item, or bad input.

Classification never raises: every input, however hostile, becomes a ``Scan`` whose
kind says what it is, and bad input carries the outcome code and message to show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from hubscan.core.checkdigits import s10_valid
from hubscan.core.gs1 import (
    GS,
    Gs1Element,
    Gs1Error,
    looks_bracketed,
    looks_like_link,
    parse_bracketed,
    parse_digital_link,
    parse_element_string,
    read_gtin,
    sscc,
)

COMMAND_PREFIX = "HS:"

# Commands and whether they need an argument (``HS:NAME:ARG``): True, they need one;
# False, they take none; None, it may be given.
COMMANDS: dict[str, bool | None] = {
    "LOGIN": True,
    "LOGOUT": False,
    "STATION": True,
    "CANCEL": False,
    "DONE": False,
    "HOLD": None,
    "ACK": False,
    "RELEASE": False,
    "RETRY": False,
    "RESOLVE": True,
    "ESCALATE": True,
    "CREATE": True,
    "LINK": True,
    "FORWARD": None,
    "KEEP": None,
    "REASON": True,
    "NOTE": True,
    "EVIDENCE": True,
    "PHOTO": False,
    "DEST": True,
    "GRADE": True,
    "DISPOSITION": True,
    "REJECTITEM": True,
    "CONTAINER": None,
    "WEIGH": False,
    "WEIGHT": True,
    "HANDOVER": True,
    "REOPEN": True,
}

# Commands whose value is text as written (a note, a file name, a retailer's name).
_CASE_KEPT = frozenset({"NOTE", "EVIDENCE", "RESOLVE", "ESCALATE", "HOLD", "CREATE"})

# What a tracking number may be in a manifest: the shape a known parcel is looked up by.
TRACKING_SHAPE = re.compile(r"[A-Z0-9]{6,40}")

# AIM symbology identifiers whose data is a GS1 element string.
GS1_SYMBOLOGIES = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


class ScanKind(Enum):
    COMMAND = "command"
    BADGE = "badge"
    TRACKING = "tracking"
    SSCC = "sscc"
    ITEM = "item"
    TEXT = "text"
    INVALID = "invalid"

    @property
    def is_parcel(self) -> bool:
        return self in (ScanKind.TRACKING, ScanKind.SSCC)


@dataclass(frozen=True)
class ScanFormat:
    """The hub's barcode conventions (from the configuration)."""

    tracking_patterns: tuple[str, ...] = (r"[A-Z]{2,6}[0-9]{8,24}",)
    badge_pattern: str = r"OP[0-9]{4,6}"
    max_length: int = 200

    def compiled(self) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
        return (
            tuple(re.compile(p) for p in self.tracking_patterns),
            re.compile(self.badge_pattern),
        )


@dataclass(frozen=True)
class Scan:
    """One classified scan. ``value`` is the normalised key the stations use."""

    raw: str
    kind: ScanKind
    value: str
    symbology: str | None = None
    text: str = ""  # the data as printed under the barcode (AIM identifier removed)
    argument: str | None = None
    gs1: tuple[Gs1Element, ...] = field(default=())
    error_code: str | None = None
    error_params: dict[str, str] = field(default_factory=dict)


def _invalid(raw: str, error_code: str, symbology: str | None = None, **params: str) -> Scan:
    return Scan(raw, ScanKind.INVALID, "", symbology, error_code=error_code, error_params=params)


# Control characters but GS (the FNC1 separator of GS1 data), in one regular expression:
# a character-by-character test was a tenth of a long scan's classification.
_CONTROL = re.compile("[\x00-\x1c\x1e\x1f\x7f]")


def _has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def tracking_key(raw: str) -> str | None:
    """The tracking number a scan would be if it named a known return: the data without
    its AIM identifier, in capitals (a wedge scanner under Caps Lock sends lower case).
    None when it cannot be one. Used before the configured patterns, which decide only
    for parcels the station does not know yet."""
    text = raw.strip(" \r\n\t")
    if _AIM.match(text):
        text = text[3:]
    key = text.upper()
    return key if TRACKING_SHAPE.fullmatch(key) else None


def lookup_key(scan: Scan) -> str | None:
    """What a scan looks up on a search page: any parcel, also one of a shape the
    station's patterns do not know; None for a command or a badge, which still act."""
    if scan.kind in (ScanKind.COMMAND, ScanKind.BADGE):
        return None
    return scan.value if scan.kind.is_parcel else tracking_key(scan.raw)


def as_known_parcel(scan: Scan, key: str) -> Scan:
    """``scan`` read as the parcel of a known return whose tracking number is ``key``."""
    return Scan(scan.raw, ScanKind.TRACKING, key, scan.symbology, text=scan.text or key)


class ScanClassifier:
    """Turns scanner text into a ``Scan`` according to a ``ScanFormat``."""

    def __init__(self, fmt: ScanFormat | None = None) -> None:
        self.format = fmt or ScanFormat()
        self._tracking, self._badge = self.format.compiled()

    def classify(self, raw: str) -> Scan:
        scan = self._classify(raw)
        if scan.kind is ScanKind.INVALID or scan.text:
            return scan
        data = raw.strip(" \r\n\t")
        return replace(scan, text=data[3:] if scan.symbology else data)

    def _classify(self, raw: str) -> Scan:
        text = raw.strip(" \r\n\t")
        if not text:
            return _invalid(raw, "scan.empty")
        if len(text) > self.format.max_length:
            return _invalid(raw, "scan.too_long", length=str(len(text)), limit=str(self.format.max_length))
        symbology = None
        if _AIM.match(text):
            symbology, text = text[:3], text[3:]
            if not text:
                return _invalid(raw, "scan.empty", symbology)
        if "\ufffd" in text:
            return _invalid(raw, "scan.bad_encoding", symbology)
        if _has_control(text):
            return _invalid(raw, "scan.control_chars", symbology)
        if looks_like_link(text):  # a QR code or DataMatrix: a GS1 Digital Link, any AIM identifier
            return self._gs1(raw, symbology, lambda: parse_digital_link(text))
        if symbology in GS1_SYMBOLOGIES or GS in text:
            return self._gs1(raw, symbology, lambda: parse_element_string(text))
        if text.upper().startswith(COMMAND_PREFIX):
            return self._command(raw, text, symbology)
        if looks_bracketed(text):
            return self._gs1(raw, symbology, lambda: parse_bracketed(text))
        return self._plain(raw, text, symbology)

    def _command(self, raw: str, text: str, symbology: str | None) -> Scan:
        body = text[len(COMMAND_PREFIX) :]
        name, _, argument = body.partition(":")
        name = name.upper()
        if name not in COMMANDS:
            return _invalid(raw, "scan.unknown_command", symbology, command=name or "(none)")
        if COMMANDS[name] is True and not argument.strip():
            return _invalid(raw, "scan.command_needs_value", symbology, command=name)
        if COMMANDS[name] is False and argument:
            return _invalid(raw, "scan.command_takes_no_value", symbology, command=name)
        value = argument.strip() if name in _CASE_KEPT else argument.strip().upper()
        return Scan(raw, ScanKind.COMMAND, name, symbology, argument=value or None)

    def _gs1(self, raw: str, symbology: str | None, parse: Callable[[], tuple[Gs1Element, ...]]) -> Scan:
        try:
            elements = parse()
        except Gs1Error as exc:
            return _invalid(raw, "scan.bad_gs1", symbology, reason=str(exc))
        found = {e.ai: e.value for e in elements}
        if "00" in found:
            return Scan(raw, ScanKind.SSCC, found["00"], symbology, gs1=elements)
        if "01" in found:
            return Scan(raw, ScanKind.ITEM, found["01"], symbology, gs1=elements)
        return _invalid(raw, "scan.gs1_without_key", symbology)

    def _plain(self, raw: str, text: str, symbology: str | None) -> Scan:
        upper = text.upper()
        if self._badge.fullmatch(upper):
            return Scan(raw, ScanKind.BADGE, upper, symbology)
        if len(upper) == 13 and upper[:2].isalpha() and upper[-2:].isalpha() and upper[2:11].isdigit():
            if s10_valid(upper):
                return Scan(raw, ScanKind.TRACKING, upper, symbology)
            return _invalid(raw, "scan.bad_check_digit", symbology, code=upper)
        if any(p.fullmatch(upper) for p in self._tracking):
            return Scan(raw, ScanKind.TRACKING, upper, symbology)
        if text.isascii() and text.isdigit():
            return self._digits(raw, text, symbology)
        return Scan(raw, ScanKind.TEXT, text, symbology)

    def _digits(self, raw: str, text: str, symbology: str | None) -> Scan:
        if len(text) == 20 and text.startswith("00"):
            text = text[2:]
        try:
            if len(text) == 18:
                return Scan(raw, ScanKind.SSCC, sscc(text), symbology)
            if len(text) in (8, 12, 13, 14):
                # Eight digits are an EAN-8, or a UPC-E when the scanner says EAN/UPC (]E0;
                # an EAN-8 is ]E4): the UPC-E is matched as the UPC-A it stands for.
                upc_e = len(text) == 8 and symbology == "]E0"
                return Scan(raw, ScanKind.ITEM, read_gtin(text, upc_e), symbology)
        except Gs1Error:
            return _invalid(raw, "scan.bad_check_digit", symbology, code=text)
        return Scan(raw, ScanKind.TEXT, text, symbology)
