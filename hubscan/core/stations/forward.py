"""A misrouted parcel: received here, pre-advised to another hub. A supervisor either
sends it on to that hub or keeps it here.

``HS:FORWARD`` (after the parcel's scan, or ``HS:FORWARD:<tracking>``): the parcel is
consolidated to its hub as a destination (``HUB-<hub>``) without being opened, and
exported to it under a connote; that hub receives it like its own. ``HS:KEEP`` (or
``HS:KEEP:<tracking>``): it stays and is worked here; the central service moves its
pre-advice to this hub, so it comes with the next manifest pull and the parcel goes on
like any other. Either closes the misrouted exception at every bench of both hubs
(ParcelForwarded, ParcelKept).
"""

from __future__ import annotations

import re

from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType, ReturnRecord, hub_destination
from hubscan.core.stations.work import Work

# The central service's note on a misrouted parcel's Depot Scan (``hubscan_central.rules``).
_MISROUTED = re.compile(r"misrouted: pre-advised to hub (?P<hub>[A-Za-z0-9_-]+),")


def _misrouted(work: Work, argument: str) -> tuple[ReturnRecord, str] | Outcome:
    """The parcel named (or the current one) and the hub it was pre-advised to."""
    tracking = argument.strip().upper() or work.context.parcel
    record = work.ledger.get_return(tracking) if tracking else None
    if record is None:
        return outcome("parcel.none") if not tracking else outcome("parcel.unknown", tracking)
    found = _MISROUTED.match(record.exception or "")
    if found is None or not record.status.in_hub:
        return outcome("forward.not_misrouted", record.tracking, record.status)
    return record, found["hub"]


def forward(work: Work, argument: str) -> Outcome:
    found = _misrouted(work, argument)
    if isinstance(found, Outcome):
        return found
    record, hub = found
    destination = hub_destination(hub)
    work.ledger.ensure_destination(destination, f"Hub {hub}")
    forwarded = record.but(forwarded_to=hub, unexpected=False, exception=None)
    work.ledger.put_return(forwarded)
    work.record(
        EventType.PARCEL_FORWARDED,
        record.tracking,
        about=record,
        hub=hub,
        destination=destination,
        exception=record.exception,
    )
    return outcome("forward.done", record.tracking, record.status, hub=hub, destination=destination)


def keep(work: Work, argument: str) -> Outcome:
    found = _misrouted(work, argument)
    if isinstance(found, Outcome):
        return found
    record, hub = found
    work.ledger.put_return(record.but(exception=None))
    work.record(EventType.PARCEL_KEPT, record.tracking, about=record, from_hub=hub, exception=record.exception)
    return outcome("forward.kept", record.tracking, record.status, hub=hub)
