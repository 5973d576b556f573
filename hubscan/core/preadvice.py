"""Pre-advice (the manifest): one expected return, checked field by field.

The format is JSON Lines, documented in docs/manifest.md. A bad record raises
``PreadviceError`` naming the field and what is wrong, so an import can report it by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from hubscan.core.checkdigits import gs1_valid
from hubscan.core.papers import money_text
from hubscan.core.policy import DISPOSITION_CODE
from hubscan.core.records import Approval, ReturnFacts
from hubscan.core.scan import TRACKING_SHAPE
from hubscan.core.status import Status

_COUNTRY = re.compile(r"[A-Z]{2}")
_HS_CODE = re.compile(r"[0-9]{6,10}")
_CURRENCY = re.compile(r"[A-Z]{3}")
CUSTOMS_KEYS = frozenset({"hs_code", "origin_country", "value"})
MAX_VALUE = Decimal(1_000_000)
MAX_ITEMS = 500  # lines of one return, as the central service takes them
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
    # What a customs declaration of the returned goods needs, when the retailer gives it.
    customs: Customs | None = None


class Customs(NamedTuple):
    """An item's customs data: its HS code, country of origin and the value of one unit."""

    hs_code: str | None = None
    origin_country: str | None = None
    value: str | None = None  # a decimal kept to 4 places at most, "12.50"
    currency: str | None = None  # ISO 4217, "EUR"


class Finished(NamedTuple):
    """The central service's word that the hubs are done with a return (the manifest
    delta's ``finished``): never from a pre-advice file."""

    status: Status
    connote: str | None = None


FINISHED_STATUSES = (Status.EXPORTED, Status.REJECTED)


class CarrierReport(NamedTuple):
    """The furthest status a carrier reported (the manifest delta's ``carrier``): never
    from a pre-advice file."""

    status: Status
    at: datetime


CARRIER_STATUSES = (Status.IN_TRANSIT, Status.TRANSFERRED, Status.DELIVERED)


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
    test: bool = False
    approval: Approval | None = None
    faulty_destination: Destination | None = None
    facts: ReturnFacts | None = None
    carrier: CarrierReport | None = None
    # The parcel a bench of the hub linked this return to (the delta's ``arrived_as``).
    arrived_as: str | None = None


class Destination(NamedTuple):
    code: str
    name: str | None = None
    address: str | None = None


MAX_REASONS = 10
_APPROVALS = {approval.value: approval for approval in Approval}
# The optional fields a pre-advice carries from the returns platform; one look at the
# keys tells whether a record has any (most have none, and a pull reads a million).
_PLATFORM_KEYS = frozenset(
    {
        "test",
        "approval",
        "faulty_destination",
        "order_number",
        "customer_reference",
        "return_type",
        "reasons",
        "alert",
        "dispositions",
    }
)
MAX_DISPOSITIONS = 20


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
    if CUSTOMS_KEYS.isdisjoint(obj):
        return PreadviceLine(sku, barcode, description, qty, reason)
    return PreadviceLine(sku, barcode, description, qty, reason, parse_customs(obj))


def parse_customs(obj: dict[str, Any]) -> Customs | None:
    """An item's customs fields, checked: ``hs_code`` (6 to 10 digits),
    ``origin_country`` (two upper-case letters) and ``value``, the value of one unit:
    ``{"amount": 49.9, "currency": "EUR"}`` (a JSON number, 0 to 1,000,000, kept to 4
    decimal places; three upper-case letters, ISO 4217)."""
    hs_code = _text(obj, "hs_code", required=False, limit=10)
    if hs_code is not None and not _HS_CODE.fullmatch(hs_code):
        raise PreadviceError(f'"hs_code" {hs_code!r} must be 6 to 10 digits, like 620442')
    origin = _text(obj, "origin_country", required=False, limit=2)
    if origin is not None and not _COUNTRY.fullmatch(origin):
        raise PreadviceError(f'"origin_country" {origin!r} must be a two-letter country code like CN')
    value = currency = None
    given = obj.get("value")
    if given is not None:
        if not isinstance(given, dict):
            raise PreadviceError('"value" must be an object like {"amount": 49.9, "currency": "EUR"}')
        value = _value(given.get("amount"))
        currency = _text(given, "currency", limit=3)
        if currency is None or not _CURRENCY.fullmatch(currency):
            raise PreadviceError(f'"value": "currency" {currency!r} must be a three-letter currency code like EUR')
    found = Customs(hs_code, origin, value, currency)
    return found if any(found) else None


def _value(raw: Any) -> str:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise PreadviceError('"value": "amount" must be a JSON number, like 49.90')
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        raise PreadviceError('"value": "amount" must be a JSON number, like 49.90') from None
    if not amount.is_finite() or not 0 <= amount <= MAX_VALUE:
        raise PreadviceError(f'"value": "amount" {raw} must be from 0 to {MAX_VALUE}')
    return money_text(amount)


def parse_preadvice(obj: Any) -> Preadvice:
    """Check one decoded JSON object and return it as a ``Preadvice``."""
    if not isinstance(obj, dict):
        raise PreadviceError("each line must be a JSON object")
    tracking = (_text(obj, "tracking", limit=40) or "").upper()
    if not TRACKING_SHAPE.fullmatch(tracking):
        raise PreadviceError(f'"tracking" {tracking!r} must be 6 to 40 letters and digits')
    retailer = _text(obj, "retailer")
    destination, name, address = _destination(obj, "destination")
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
    if len(items) > MAX_ITEMS:
        raise PreadviceError(f'"items" has {len(items):,} lines; a return may have {MAX_ITEMS}')
    lines = tuple([_line(item, index) for index, item in enumerate(items)])
    skus = [line.sku for line in lines]
    if len(set(skus)) != len(skus):
        raise PreadviceError('"items": the same sku appears twice; give one line with its qty')
    assert retailer is not None
    preadvice = Preadvice(
        tracking, retailer, destination, country, hub.upper() if hub else None, faulty, lines, name, address
    )
    if _PLATFORM_KEYS.isdisjoint(obj):
        return preadvice
    return _with_platform_fields(preadvice, obj)


def _destination(obj: dict[str, Any], key: str) -> Destination:
    """A destination given as a code, or as an object that also names it for the label."""
    value = obj.get(key)
    name = address = None
    if isinstance(value, dict):
        try:
            code = (_text(value, "code", limit=40) or "").upper()
            name = _text(value, "name", required=False)
            address = _text(value, "address", required=False, limit=500)
        except PreadviceError as exc:
            raise PreadviceError(f'"{key}": {exc}') from None
    else:
        code = (_text(obj, key, limit=40) or "").upper()
    if not _CODE.fullmatch(code):
        raise PreadviceError(f'"{key}" {code!r} must be a code of letters, digits, "-" or "_"')
    return Destination(code, name, address)


def _with_platform_fields(preadvice: Preadvice, obj: dict[str, Any]) -> Preadvice:
    """``preadvice`` with the returns platform's optional fields, each checked."""
    test = obj.get("test")
    if test is None:  # as the central service takes it: not said, not a test
        test = False
    if not isinstance(test, bool):
        raise PreadviceError('"test" must be true or false')
    approval = None
    if obj.get("approval") is not None:
        approval = _APPROVALS.get(obj["approval"]) if isinstance(obj["approval"], str) else None
        if approval is None:
            raise PreadviceError(f'"approval" {obj["approval"]!r} must be one of {", ".join(_APPROVALS)}')
    faulty_destination = _destination(obj, "faulty_destination") if obj.get("faulty_destination") is not None else None
    reasons = obj.get("reasons")
    if reasons is None:
        reasons = []
    if not isinstance(reasons, list) or len(reasons) > MAX_REASONS:
        raise PreadviceError(f'"reasons" must be a list of at most {MAX_REASONS} texts')
    checked = tuple(
        _text({f"reasons[{index}]": reason}, f"reasons[{index}]") or "" for index, reason in enumerate(reasons)
    )
    facts = ReturnFacts(
        _text(obj, "order_number", required=False, limit=80),
        _text(obj, "customer_reference", required=False, limit=80),
        _text(obj, "return_type", required=False, limit=80),
        checked,
        _text(obj, "alert", required=False, limit=500),
        _dispositions(obj.get("dispositions")),
    )
    return preadvice._replace(
        test=test, approval=approval, faulty_destination=faulty_destination, facts=facts if any(facts) else None
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


def _dispositions(value: Any) -> tuple[str, ...]:
    """The retailer's own dispositions: codes of upper-case letters, digits and "_"."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_DISPOSITIONS:
        raise PreadviceError(f'"dispositions" must be a list of at most {MAX_DISPOSITIONS} codes')
    for index, code in enumerate(value):
        if not isinstance(code, str) or not DISPOSITION_CODE.fullmatch(code):
            raise PreadviceError(
                f'"dispositions[{index}]" {code!r} must be a code of upper-case letters, digits and "_", like RESTOCK'
            )
    return tuple(dict.fromkeys(value))  # a code named twice is the same code


def parse_arrived_as(value: Any) -> str | None:
    """The ``arrived_as`` of a manifest delta's return: the tracking number of the parcel
    it was linked to (None when absent)."""
    if value is None:
        return None
    if not isinstance(value, str) or not TRACKING_SHAPE.fullmatch(value):
        raise PreadviceError(f'"arrived_as": {value!r} is not a tracking number')
    return value


def parse_carrier(obj: Any) -> CarrierReport | None:
    """The ``carrier`` of a manifest delta's return (None when absent)."""
    if obj is None:
        return None
    if not isinstance(obj, dict):
        raise PreadviceError('"carrier" must be an object')
    status = next((s for s in CARRIER_STATUSES if s.value == obj.get("status")), None)
    if status is None:
        raise PreadviceError(f'"carrier": status {obj.get("status")!r} is not a carrier status')
    try:
        at = datetime.fromisoformat(str(obj.get("at")))
    except ValueError:
        raise PreadviceError(f'"carrier": "at" {obj.get("at")!r} is not a date and time') from None
    return CarrierReport(status, at if at.tzinfo else at.replace(tzinfo=UTC))


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
