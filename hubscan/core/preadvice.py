"""Pre-advice (the manifest): one expected return, checked field by field.

The format is JSON Lines, documented in docs/manifest.md. A bad record raises
``PreadviceError`` naming the field and what is wrong, so an import can report it by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from hubscan.core.checkdigits import gs1_valid
from hubscan.core.scan import TRACKING_SHAPE
from hubscan.core.status import Status

_COUNTRY = re.compile(r"[A-Z]{2}")
_CODE = re.compile(r"[A-Z0-9_-]{1,40}")
_CONTROL = re.compile(r"[\x00-\x1f]")


class PreadviceError(ValueError):
    pass


# Named tuples, not frozen dataclasses: a manifest pull builds a million of each, and a
# frozen dataclass is much slower to build (its __init__ calls object.__setattr__ per field).
class PreadviceLine(NamedTuple):
    sku: str
    barcode: str | None
    description: str
    qty: int
    reason: str | None


class Finished(NamedTuple):
    """The central service's word that the hubs are done with a return (the manifest
    delta's ``finished``): never from a pre-advice file."""

    status: Status
    connote: str | None = None


FINISHED_STATUSES = (Status.EXPORTED, Status.REJECTED)


class Preadvice(NamedTuple):
    tracking: str
    retailer: str
    destination: str
    origin_country: str
    hub: str | None
    faulty: bool
    items: tuple[PreadviceLine, ...]
    destination_name: str | None = None
    destination_address: str | None = None
    finished: Finished | None = None


def _text(obj: dict[str, Any], key: str, *, required: bool = True, limit: int = 200) -> str | None:
    value = obj.get(key)
    if value.__class__ is str:
        text: str = value.strip()
        # The usual case, checked in C: printable text holds no control character.
        if text and len(text) <= limit and text.isprintable():
            return text
    return _checked_text(key, value, required, limit)


def _checked_text(key: str, value: Any, required: bool, limit: int) -> str | None:
    if value is None:
        if required:
            raise PreadviceError(f'"{key}" is missing')
        return None
    if not isinstance(value, str):
        raise PreadviceError(f'"{key}" must be text, not {type(value).__name__}')
    text: str = value.strip()
    if not text:
        if required:
            raise PreadviceError(f'"{key}" is empty')
        return None
    if len(text) > limit:
        raise PreadviceError(f'"{key}" is longer than {limit} characters')
    if _CONTROL.search(text):
        raise PreadviceError(f'"{key}" holds control characters')
    return text


def _line(obj: Any, index: int) -> PreadviceLine:
    if not isinstance(obj, dict):
        raise PreadviceError(f"items[{index}] must be an object")
    try:
        return _checked_line(obj)
    except PreadviceError as exc:
        raise PreadviceError(f"items[{index}]: {exc}") from None


def _checked_line(obj: dict[str, Any]) -> PreadviceLine:
    sku = _text(obj, "sku", limit=80)
    description = _text(obj, "description", limit=300)
    barcode = _text(obj, "barcode", required=False, limit=80)
    reason = _text(obj, "reason", required=False)
    if barcode is not None and barcode.isdigit() and not (len(barcode) in (8, 12, 13, 14) and gs1_valid(barcode)):
        raise PreadviceError(f"barcode {barcode} is not a valid GTIN (length or check digit)")
    qty = obj.get("qty", 1)
    if isinstance(qty, bool) or not isinstance(qty, int) or not 1 <= qty <= 999:
        raise PreadviceError("qty must be a whole number from 1 to 999")
    assert sku is not None and description is not None
    return PreadviceLine(sku, barcode, description, qty, reason)


def parse_preadvice(obj: Any) -> Preadvice:
    """Check one decoded JSON object and return it as a ``Preadvice``."""
    if not isinstance(obj, dict):
        raise PreadviceError("each line must be a JSON object")
    tracking = (_text(obj, "tracking", limit=40) or "").upper()
    if not TRACKING_SHAPE.fullmatch(tracking):
        raise PreadviceError(f'"tracking" {tracking!r} must be 6 to 40 letters and digits')
    retailer = _text(obj, "retailer")
    destination_obj = obj.get("destination")
    name = address = None
    if isinstance(destination_obj, dict):
        destination = (_text(destination_obj, "code", limit=40) or "").upper()
        name = _text(destination_obj, "name", required=False)
        address = _text(destination_obj, "address", required=False, limit=500)
    else:
        destination = (_text(obj, "destination", limit=40) or "").upper()
    if not _CODE.fullmatch(destination):
        raise PreadviceError(f'"destination" {destination!r} must be a code of letters, digits, "-" or "_"')
    country = (_text(obj, "origin_country", limit=2) or "").upper()
    if not _COUNTRY.fullmatch(country):
        raise PreadviceError(f'"origin_country" {country!r} must be a two-letter country code like FR')
    hub = _text(obj, "hub", required=False, limit=10)
    faulty = obj.get("faulty", False)
    if not isinstance(faulty, bool):
        raise PreadviceError('"faulty" must be true or false')
    items = obj.get("items")
    if not isinstance(items, list) or not items:
        raise PreadviceError('"items" must be a list of at least one item')
    lines = tuple([_line(item, index) for index, item in enumerate(items)])
    skus = [line.sku for line in lines]
    if len(set(skus)) != len(skus):
        raise PreadviceError('"items": the same sku appears twice; give one line with its qty')
    assert retailer is not None
    return Preadvice(
        tracking, retailer, destination, country, hub.upper() if hub else None, faulty, lines, name, address
    )


def parse_finished(obj: Any) -> Finished | None:
    """The ``finished`` of a manifest delta's return (None when absent)."""
    if obj is None:
        return None
    if not isinstance(obj, dict):
        raise PreadviceError('"finished" must be an object')
    status = next((s for s in FINISHED_STATUSES if s.value == obj.get("status")), None)
    if status is None:
        raise PreadviceError(f'"finished": status {obj.get("status")!r} is not Return Exported or Return Rejected')
    return Finished(status, _text(obj, "connote", required=False, limit=40))


MAX_REPORTED = 50

# (lines done, lines in the file, "checking" or "importing")
Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    lines: int = 0
    imported: int = 0
    error_count: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add_error(self, line: int, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append((line, reason))
