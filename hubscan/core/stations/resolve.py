"""Resolving an exception: a supervisor says how a misrouted parcel or a refusal of the
central service was dealt with, and the exception closes at every bench of the hub.

``HS:RESOLVE:<tracking> <note>`` (the service's view is accepted) or, for a refusal,
``HS:ESCALATE:<tracking> <note>`` (it is not: the office looks into it): the window's
Exceptions view sends them, a scanner or ``hubscan session`` may too. The note is
required; the ExceptionResolved event carries it with the exception it closed, so the
hub's other benches close it too and the timeline keeps both. Holds are resolved by their release; a parcel that was not
pre-advised by giving it its return.
"""

from __future__ import annotations

from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType
from hubscan.core.stations.work import Work, refused


def resolve(work: Work, argument: str, escalate: bool = False) -> Outcome:
    """Close the parcel's exception with a note. ``escalate`` (``HS:ESCALATE``): the
    hub does not accept what the central service kept, and hands the question to the
    office with the note; the parcel is no longer stopped here either way."""
    tracking, _, note = argument.strip().partition(" ")
    tracking, note = tracking.upper(), " ".join(note.split())
    record = work.ledger.get_return(tracking)
    if record is None:
        return outcome("parcel.unknown", tracking)
    if not record.exception:
        if record.unexpected and record.status.in_hub:
            return outcome("resolve.unexpected", record.tracking, record.status)
        return outcome("resolve.nothing", record.tracking, record.status)
    if not note:
        return outcome("resolve.need_note", record.tracking, record.status)
    if escalate and not refused(record):
        return outcome("resolve.escalate_refusals", record.tracking, record.status)
    work.ledger.put_return(record.but(exception=None))
    work.record(
        EventType.EXCEPTION_RESOLVED,
        record.tracking,
        status=record.status.value,
        exception=record.exception,
        note=note,
        resolution="escalated" if escalate else "accepted",
    )
    return outcome("resolve.escalated" if escalate else "resolve.done", record.tracking, record.status, note=note)
