"""What a station rule works with while it handles one scan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hubscan.core.ledger import Ledger
from hubscan.core.operators import Operator
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.policy import HubPolicy
from hubscan.core.records import EventType, HubEvent, ReturnRecord, StationContext
from hubscan.core.scan import Scan, ScanKind


@dataclass
class Work:
    ledger: Ledger
    context: StationContext
    policy: HubPolicy
    operator: Operator
    now: datetime

    def record(
        self, event_type: EventType, tracking: str | None = None, /, about: ReturnRecord | None = None, **payload: Any
    ) -> None:
        """Record an event; one about a retailer's test return says so (``test``). Given
        ``about`` (the return as the rule has it), the return is not read again."""
        if tracking is not None and "test" not in payload:
            record = about if about is not None else self.ledger.get_return(tracking)
            if record is not None and record.test:
                payload["test"] = True
        self.ledger.record_event(
            HubEvent(event_type, self.now, self.context.station, self.operator.badge, tracking, payload)
        )


def when(moment: datetime | None) -> str:
    """A time as a person at the hub reads it (local time of the workstation)."""
    if moment is None:
        return "at an unknown time"
    return moment.astimezone().strftime("on %Y-%m-%d at %H:%M")


def unrecognised(scan: Scan) -> Outcome:
    if scan.kind is ScanKind.COMMAND:
        raise AssertionError("commands are answered by the station")
    return outcome("scan.not_recognised", text=scan.value or scan.raw)


# Holds a rule makes, not a person: a supervisor decides.
RULE_HOLD_REASONS: dict[str, str] = {
    "APPROVAL_REFUSED": "the retailer refused the return",
    "APPROVAL_CANCELLED": "the return was cancelled",
}


def hold_reason_text(hold_reasons: dict[str, str], code: str | None) -> str:
    """A hold's reason in words: the hub's label, a rule's, or the code itself."""
    if code is None:
        return "no reason given"
    return hold_reasons.get(code) or RULE_HOLD_REASONS.get(code) or code


def hold_reason_label(work: Work, code: str | None) -> str:
    return hold_reason_text(work.policy.hold_reasons, code)


def hold_details(work: Work, record: ReturnRecord) -> dict[str, str]:
    """A hold as the answers word it: its reason (and note), owner's name, start."""
    reason = hold_reason_label(work, record.hold_reason)
    if record.hold_note:
        reason = f"{reason}: {record.hold_note}"
    owner = record.held_by or "?"
    found = work.ledger.find_operator(record.held_by) if record.held_by else None
    if found is not None:
        owner = found.name
    return {"reason": reason, "owner": owner, "when": when(record.held_at)}


def held(work: Work, record: ReturnRecord) -> Outcome:
    """The answer to work on a held parcel: why, by whom, since when, who may release it."""
    key = "parcel.held" if record.held_by else "parcel.held_for_supervisor"
    return outcome(key, record.tracking, record.status, **hold_details(work, record))


def stopped(work: Work, record: ReturnRecord) -> Outcome | None:
    """Why nobody may work on ``record`` now: it is held, or the central service refused
    what a bench did with it and no supervisor has resolved that yet (what the service
    said, and what it kept, are in the exception). None when it may be worked on."""
    if record.on_hold:
        return held(work, record)
    if refused(record):
        return outcome("parcel.refused", record.tracking, record.status, exception=record.exception)
    return None


def refused(record: ReturnRecord) -> bool:
    """The central service refused what a bench did with the return, unresolved (a
    misrouted parcel's note is not a refusal)."""
    return bool(record.exception) and not (record.exception or "").startswith("misrouted")


def selected(work: Work) -> ReturnRecord | Outcome:
    """The parcel the station is working on, or the outcome that says why there is none
    to use (none scanned, unknown here, on hold)."""
    if work.context.parcel is None:
        return outcome("parcel.none")
    record = work.ledger.get_return(work.context.parcel)
    if record is None:
        return outcome("parcel.unknown", work.context.parcel)
    return stopped(work, record) or record
