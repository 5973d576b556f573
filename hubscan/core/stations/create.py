"""Giving a parcel that was not pre-advised its return, at the hub.

``HS:CREATE:<destination> [retailer]`` after the parcel's scan (or, as the window's
Exceptions view sends it, ``HS:CREATE:<tracking> <destination> [retailer]``, which
leaves the station's current parcel as it was): a supervisor names
where the return goes (a destination the hub knows) and, when the destination's
retailer is not the one the pre-advice names most with it, the retailer: one the
pre-advice names with that destination (any case), or any name for a destination no
pre-advice names. The return then goes
on like any other (its items, not pre-advised, are extras: "product not specified").
The agent may add the order number, customer reference and return type
(``order=SO-1 customer=C-9 type=EXCHANGE``), shown at process like the pre-advice's.
The ReturnCreated event carries it to the central service, which keeps the return as
created at the hub and by whom, and to every bench of the hub.
"""

from __future__ import annotations

import re

from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType, ReturnFacts, ReturnRecord
from hubscan.core.scan import TRACKING_SHAPE
from hubscan.core.stations.work import Work

RETAILER_LIMIT = 200
# What the agent creating a return may add (seed 002), as ``order=SO-1 customer=C-9
# type=EXCHANGE`` anywhere after the destination: one word each, up to 80 characters.
_FIELD = re.compile(r"(?:^|\s)(order|customer|type)=(\S*)")
FIELD_LIMIT = 80


def _fields(text: str) -> tuple[str, dict[str, str]]:
    """``text`` without its ``name=value`` fields, and the fields."""
    found = {name: value for name, value in _FIELD.findall(text)}
    return " ".join(_FIELD.sub(" ", text).split()), found


def create(work: Work, argument: str) -> Outcome:
    first, _, rest = argument.strip().partition(" ")
    named = work.ledger.get_return(first.upper()) if rest and TRACKING_SHAPE.fullmatch(first.upper()) else None
    record: ReturnRecord | None = named
    if named is not None:  # HS:CREATE:<tracking> <destination> [retailer]
        argument = rest
    elif work.context.parcel:
        record = work.ledger.get_return(work.context.parcel)
    code, _, rest = argument.strip().partition(" ")
    retailer_text, fields = _fields(rest)
    code = code.upper()
    if record is None:
        return outcome("parcel.none")
    if any(not value or len(value) > FIELD_LIMIT or not value.isprintable() for value in fields.values()):
        return outcome("create.bad_field", record.tracking, record.status, limit=FIELD_LIMIT)
    if not record.unexpected:
        return outcome("create.has_return", record.tracking, record.status, retailer=record.retailer or "?")
    if not record.status.in_hub:
        return outcome("create.not_in_hub", record.tracking, record.status, state=record.status.value)
    if work.ledger.get_destination(code) is None:
        return outcome("consolidate.unknown_destination", destination=code)
    known = work.ledger.retailers_of(code)
    if retailer_text and known:  # the pre-advice's spelling; a name it never gave is a slip
        match = next((name for name in known if name.casefold() == retailer_text.casefold()), None)
        if match is None:
            shown = ", ".join(known[:5])
            return outcome(
                "create.unknown_retailer", record.tracking, record.status, retailer=retailer_text, known=shown
            )
        retailer_text = match
    retailer = retailer_text or (known[0] if known else None)
    if not retailer:
        return outcome("create.need_retailer", record.tracking, record.status, destination=code)
    if len(retailer) > RETAILER_LIMIT or not retailer.isprintable():
        return outcome("create.bad_retailer", record.tracking, record.status, limit=RETAILER_LIMIT)
    facts = ReturnFacts(fields.get("order"), fields.get("customer"), fields.get("type")) if fields else None
    work.ledger.put_return(record.but(unexpected=False, retailer=retailer, destination=code, facts=facts))
    work.record(
        EventType.RETURN_CREATED,
        record.tracking,
        about=record,
        retailer=retailer,
        destination=code,
        **(facts.as_json() if facts is not None else {}),
    )
    return outcome("create.done", record.tracking, record.status, retailer=retailer, destination=code)
