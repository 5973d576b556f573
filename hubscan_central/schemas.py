"""The wire format of API v1 (pydantic): what resources/openapi.json documents."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    Field,
    StrictBool,
)


class Strict(BaseModel):
    """Requests mean what their JSON says: no text taken for a number or 0 for false."""


def _no_text_or_bool(value: Any) -> Any:
    if isinstance(value, (str, bool)):
        raise ValueError("must be a JSON number")
    return value


# A JSON integer (655 or 655.0, as JSON Schema allows), never "655" or true.
JsonInt = Annotated[int, BeforeValidator(_no_text_or_bool)]


def _text_only(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("must be a date and time as text, like 2026-11-20T08:00:00+01:00")
    return value


# A JSON date and time with its UTC offset (ISO 8601 text), never a bare number.
JsonTime = Annotated[AwareDatetime, BeforeValidator(_text_only)]


# The largest number an integer column holds on every database the service runs on
# (INTEGER is 32-bit on PostgreSQL): a larger one is a bad request, not a failed insert.
MAX_INT_COLUMN = 2**31 - 1


TrackingStr = Field(min_length=6, max_length=40, pattern=r"^[A-Z0-9]+$")
# Text a person reads at the bench: no control characters (the hubs refuse them too).
NO_CONTROL = r"^[^\x00-\x1f]*$"
# The same, with something besides spaces (the hubs take a text of spaces for none).
NOT_BLANK = r"^[^\x00-\x1f]*[^\x00-\x1f\s][^\x00-\x1f]*$"
DestinationCode = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^\s*[A-Za-z0-9_-]+\s*$")]


class Problem(BaseModel):
    detail: str


class Destination(Strict):
    code: str = Field(min_length=1, max_length=40, pattern=r"^\s*[A-Za-z0-9_-]+\s*$")
    name: str | None = Field(default=None, max_length=200, pattern=NO_CONTROL)
    address: str | None = Field(default=None, max_length=500, pattern=NO_CONTROL)


# An amount: a JSON number from 0 to 1,000,000, never "12.50" (the hubs keep 4 decimals).
JsonMoney = Annotated[float, BeforeValidator(_no_text_or_bool)]


class Money(Strict):
    amount: JsonMoney = Field(ge=0, le=1_000_000)
    currency: str = Field(pattern=r"^\s*[A-Z]{3}\s*$", description="ISO 4217, like EUR.")


class Item(Strict):
    sku: str = Field(min_length=1, max_length=80)
    barcode: str | None = Field(default=None, max_length=80)
    description: str = Field(min_length=1, max_length=300)
    qty: JsonInt = Field(default=1, ge=1, le=999)
    reason: str | None = Field(default=None, max_length=200)
    # What a customs declaration of the returned goods needs (docs/manifest.md).
    hs_code: str | None = Field(
        default=None,
        pattern=r"^\s*([0-9]{6,10})?\s*$",
        description="The item's HS code: 6 to 10 digits (blank: none, as the hubs take it).",
    )
    origin_country: str | None = Field(
        default=None,
        pattern=r"^\s*([A-Z]{2})?\s*$",
        description="The item's country of origin (ISO 3166-1 alpha-2; blank: none).",
    )
    value: Money | None = Field(default=None, description="The value of one unit.")


Text200 = Annotated[str, Field(min_length=1, max_length=200, pattern=NOT_BLANK)]


class Preadvice(Strict):
    tracking: str = TrackingStr
    retailer: str = Field(min_length=1, max_length=200)
    destination: Destination
    origin_country: str = Field(pattern=r"^[A-Z]{2}$")
    hub: str | None = Field(default=None, min_length=1, max_length=10)
    faulty: StrictBool = False
    items: list[Item] = Field(min_length=1, max_length=500)
    # The returns platform's facts (docs/manifest.md): all optional, sent to the hubs as given.
    test: StrictBool | None = Field(
        default=None, description="A retailer's test return: never consolidated with real returns."
    )
    approval: Literal["approved", "pending", "refused", "cancelled"] | None = Field(
        default=None, description="The retailer's decision; a refused or cancelled return is held at receive."
    )
    faulty_destination: Destination | DestinationCode | None = Field(
        default=None,
        description="Where a faulty return is consolidated to instead of `destination`: a code, or an object.",
    )
    order_number: str | None = Field(default=None, max_length=80, pattern=NO_CONTROL)
    customer_reference: str | None = Field(default=None, max_length=80, pattern=NO_CONTROL)
    return_type: str | None = Field(default=None, max_length=80, pattern=NO_CONTROL)
    reasons: list[Text200] | None = Field(default=None, max_length=10, description="Return-level reasons.")
    dispositions: list[Annotated[str, Field(pattern=r"^[A-Z0-9_]{1,30}$")]] | None = Field(
        default=None,
        max_length=20,
        description="The retailer's own item dispositions (codes), used instead of the hub's list.",
    )
    alert: str | None = Field(
        default=None,
        max_length=500,
        pattern=NO_CONTROL,
        description="A note for hub staff, shown until acknowledged (empty: none).",
    )


PLATFORM_FIELDS = (
    "test",
    "approval",
    "faulty_destination",
    "order_number",
    "customer_reference",
    "return_type",
    "reasons",
    "alert",
    "dispositions",
)


class PreadviceBatch(Strict):
    returns: list[Preadvice] = Field(min_length=1, max_length=10_000)


class PreadviceAnswer(Strict):
    accepted: int


class Finished(Strict):
    """The hubs are done with the return: exported under a consolidated connote, or rejected."""

    status: Literal["Return Exported", "Return Rejected"]
    connote: str | None = Field(default=None, description="The consolidated connote it left under.")
    hub: str | None = Field(default=None, description="The hub that exported it.")
    workstation: str | None = None
    by: str | None = Field(default=None, description="The operator who closed the consolidation.")
    at: str | None = None


class CarrierState(Strict):
    """The furthest status a carrier reported for the return."""

    status: Literal["Return In Transit", "Transferred to Sorting Facility", "Return Delivered Back To Retailer"]
    at: str


class ManifestReturn(Preadvice):
    finished: Finished | None = Field(
        default=None,
        description="Set once the return is exported or rejected; a return the hubs are done with "
        "is sent again with it, so a bench that joins later does not take it for still to come.",
    )
    carrier: CarrierState | None = Field(
        default=None,
        description="Set once a carrier reports the return; sent again whenever it moves further along.",
    )
    arrived_as: str | None = Field(
        default=None,
        description="Set once a hub linked the parcel that arrived under another tracking number to this "
        "return: that number (the return's own label is refused from then on).",
    )


class ManifestDelta(Strict):
    returns: list[ManifestReturn]
    cursor: int = Field(description="Pass as `after` to get the next changes.")
    more: bool


class HubEvent(Strict):
    id: str = Field(min_length=1, max_length=36, description="Client-generated UUID; repeats are harmless.")
    seq: JsonInt = Field(ge=1, le=MAX_INT_COLUMN, description="Per-workstation sequence number.")
    type: str = Field(min_length=1, max_length=40)
    tracking: str | None = Field(default=None, max_length=40)
    occurred_at: str = Field(min_length=1, max_length=40)
    station: str | None = Field(default=None, max_length=20)
    operator: str | None = Field(default=None, max_length=40)
    payload: dict[str, Any] = Field(default_factory=dict)


class EventBatch(Strict):
    hub: str = Field(min_length=1, max_length=10)
    workstation: str = Field(min_length=1, max_length=10)
    events: list[HubEvent] = Field(min_length=1, max_length=5000)


class EventAnswer(Strict):
    id: str
    result: Literal["accepted", "duplicate", "refused"]
    reason: str | None = Field(
        default=None,
        description="Why it was refused, naming what won; on an accepted event, what the hub must still look at "
        "(a misrouted parcel).",
    )


class BatchAnswer(Strict):
    results: list[EventAnswer]


class FeedEvent(Strict):
    position: int = Field(description="The event's place in its hub's feed.")
    id: str
    hub: str | None
    workstation: str | None = Field(description="The bench that sent it.")
    seq: int | None
    type: str
    tracking: str | None
    occurred_at: str
    station: str | None
    operator: str | None
    payload: dict[str, Any]
    received_at: str = Field(description="When the service took it.")
    result: Literal["accepted", "refused"]
    reason: str | None = Field(description="Why it was refused (what won, and where), or a note on an accepted one.")


class HubFeed(Strict):
    events: list[FeedEvent]
    cursor: int = Field(description="Pass as `after` to get the events that follow.")
    more: bool


class HubState(Strict):
    events: list[FeedEvent] = Field(description="Events of the returns the hub still holds, in feed order.")
    cursor: int = Field(description="Pass as `after` (with the same `upto`) for the next page.")
    more: bool
    upto: int = Field(description="The feed position this state is as of: follow the feed from here.")


class CarrierStatus(Strict):
    tracking: str = TrackingStr
    status: Literal["Return In Transit", "Transferred to Sorting Facility", "Return Delivered Back To Retailer"]
    at: JsonTime = Field(description="When the carrier reported it, with its UTC offset.")


class TimelineEntry(Strict):
    status: str
    number: int | None
    at: str
    hub: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class Timeline(Strict):
    tracking: str
    statuses: list[TimelineEntry]


MAX_EVIDENCE_BYTES = 25 * 1024 * 1024  # a photo, as the benches keep it
MAX_EVIDENCE_PART = 1024 * 1024
Sha256 = Field(pattern=r"^[0-9a-f]{64}$", description="The photo's SHA-256, lowercase hex.")


class EvidenceStart(Strict):
    sha256: str = Sha256
    size: JsonInt = Field(ge=1, le=MAX_EVIDENCE_BYTES, description="The photo's length in bytes.")
    name: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9._-]+$", description="Its file name.")
    tracking: str = TrackingStr


class EvidenceUpload(Strict):
    sha256: str
    name: str
    tracking: str
    size: int
    received: int = Field(description="Bytes the service holds: send the next part from here.")
    complete: bool = Field(description="Every byte is here and they hash to `sha256`.")
    href: str = Field(description="Where the photo is read once complete.")


class Escalation(Strict):
    position: int = Field(description="Its place in the office's list.")
    tracking: str
    hub: str
    workstation: str = Field(description="The bench whose supervisor escalated it.")
    operator: str | None
    at: str = Field(description="When the supervisor escalated it.")
    exception: str | None = Field(description="What the service refused, and what it kept.")
    note: str | None = Field(description="Why the hub does not accept it.")


class Escalations(Strict):
    escalations: list[Escalation]
    cursor: int = Field(description="Pass as `after` for the next page.")
    more: bool


class Health(Strict):
    status: Literal["ok"]
    time: str
    version: str
