"""Alerts for hub staff: a note the returns platform carries with a return ("free
exchange: send the replacement"), raised when the parcel is received and when its
processing starts, and kept in front of the bench until someone scans HS:ACK.

While an alert waits, the bench does nothing else with its scans: the note is read
before the next parcel, as it was meant to be. Logging in or out, changing station and
putting the parcel on hold still work.
"""

from __future__ import annotations

from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType, ReturnRecord
from hubscan.core.scan import Scan, ScanKind
from hubscan.core.stations.work import Work

# What a bench still does while an alert waits.
_ALLOWED = frozenset({"ACK", "HOLD", "RELEASE"})


def text_of(record: ReturnRecord) -> str | None:
    return record.facts.alert if record.facts is not None else None


def raise_for(work: Work, record: ReturnRecord) -> str | None:
    """The alert of ``record``, now waiting at this bench; None when it has none."""
    alert = text_of(record)
    if alert is not None:
        work.context.alert = record.tracking
    return alert


def waiting(work: Work, scan: Scan) -> Outcome | None:
    """The answer to ``scan`` while an alert waits: the acknowledgement, or the alert
    again; None when no alert waits (or the scan may go on)."""
    tracking = work.context.alert
    if tracking is None:
        return outcome("alert.none") if _is_ack(scan) else None
    record = work.ledger.get_return(tracking)
    alert = text_of(record) if record is not None else None
    if alert is None:  # its pre-advice no longer carries one
        work.context.alert = None
        return outcome("alert.none") if _is_ack(scan) else None
    if _is_ack(scan):
        work.context.alert = None
        work.record(EventType.ALERT_ACKNOWLEDGED, tracking, alert=alert)
        return outcome("alert.ack", tracking, None, name=work.operator.name)
    if scan.kind is ScanKind.COMMAND and scan.value in _ALLOWED:
        return None
    return outcome("alert.pending", tracking, None, alert=alert)


def _is_ack(scan: Scan) -> bool:
    return scan.kind is ScanKind.COMMAND and scan.value == "ACK"
