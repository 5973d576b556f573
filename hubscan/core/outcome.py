"""What the hub answers to a scan: a result, a stable code and a message a person reads.

Every code lives in ``CATALOG`` with its result, a short English title and its English
message template, so the documentation (docs/scan-grammar.md) and the translations come
from one list.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from hubscan.core.codes import _ERR, _OK, _WARN, CodeInfo, Result
from hubscan.core.effects import NO_EFFECTS, Effects
from hubscan.core.outcome_dispatch import DISPATCH
from hubscan.core.outcome_resolving import RESOLVING
from hubscan.core.status import Status

CATALOG: dict[str, CodeInfo] = {
    # Bad input
    "scan.empty": CodeInfo(_ERR, "Empty scan", "Empty scan. Scan the barcode again."),
    "scan.too_long": CodeInfo(
        _ERR, "Scan too long", "Scan is {length} characters, more than {limit}. Scan one barcode at a time."
    ),
    "scan.bad_encoding": CodeInfo(
        _ERR, "Unreadable text", "Scan is not readable text. Check the scanner's encoding (UTF-8) or keyboard layout."
    ),
    "scan.control_chars": CodeInfo(
        _ERR, "Control characters", "Scan holds control characters. Check the scanner's settings, then scan again."
    ),
    "scan.bad_check_digit": CodeInfo(
        _ERR, "Wrong check digit", "{code}: the check digit is wrong. Scan again or check the label."
    ),
    "scan.bad_gs1": CodeInfo(_ERR, "Unreadable GS1", "GS1 barcode not readable: {reason}."),
    "scan.gs1_without_key": CodeInfo(
        _ERR, "GS1 without GTIN or SSCC", "GS1 barcode has no GTIN (01) or SSCC (00). Scan the item barcode."
    ),
    "scan.unknown_command": CodeInfo(
        _ERR, "Unknown command", "Unknown command HS:{command}. Use the station's command sheet."
    ),
    "scan.command_needs_value": CodeInfo(_ERR, "Value missing", "HS:{command} needs a value, like HS:{command}:VALUE."),
    "scan.command_takes_no_value": CodeInfo(
        _ERR, "Takes no value", "HS:{command} takes no value. Scan the plain HS:{command}."
    ),
    "scan.not_saved": CodeInfo(_ERR, "NOT SAVED", "NOT SAVED: {reason}. Scan again; if it keeps failing, call IT."),
    "scan.not_recognised": CodeInfo(
        _ERR, "Not recognised", "{text}: not a parcel, item, badge or command for this station."
    ),
    # Operators and stations
    "auth.login": CodeInfo(_OK, "Logged in", "Welcome {name} ({role}). {station} station."),
    "auth.logout": CodeInfo(_OK, "Logged out", "{name} logged out."),
    "auth.unknown_badge": CodeInfo(
        _ERR, "Unknown badge", "Badge {badge} is not known here. Ask a supervisor to add it."
    ),
    "auth.inactive_badge": CodeInfo(_ERR, "Badge disabled", "Badge {badge} is disabled. Ask a supervisor."),
    "auth.pin_wrong": CodeInfo(_ERR, "Wrong PIN", "Wrong PIN for {badge}. Type it again, or scan your badge."),
    "auth.pin_locked": CodeInfo(
        _ERR,
        "PIN locked",
        "Too many wrong PINs for {badge}: typed logins wait {minutes} min. Scan your badge, or ask a supervisor.",
    ),
    "auth.no_pin": CodeInfo(
        _ERR,
        "No PIN",
        "{badge} has no PIN. Scan your badge, or ask an admin to set one (hubscan operators pin {badge}).",
    ),
    "auth.not_logged_in": CodeInfo(_ERR, "Not logged in", "Nobody is logged in. Scan your badge first."),
    "auth.not_allowed": CodeInfo(
        _ERR, "Station not allowed", "{name} ({role}) may not use the {station} station. Ask a {needed}."
    ),
    "auth.hold_not_allowed": CodeInfo(
        _ERR, "Hold not allowed", "{name} ({role}) may not hold or release parcels. Ask a supervisor."
    ),
    "auth.resolve_not_allowed": CodeInfo(
        _ERR, "Resolving not allowed", "{name} ({role}) may not resolve exceptions. Ask a supervisor."
    ),
    "station.changed": CodeInfo(_OK, "Station changed", "{station} station."),
    "station.unknown": CodeInfo(
        _ERR, "Unknown station", "No station called {station}. Use RECEIVE, PROCESS, REJECT or CONSOLIDATE."
    ),
    "cancel.done": CodeInfo(_OK, "Cancelled", "Cancelled: {what}."),
    "cancel.nothing": CodeInfo(_WARN, "Nothing to cancel", "Nothing to cancel."),
    "print.retry": CodeInfo(_OK, "Labels sent again", "Sending the labels that did not print again."),
    "photo.window_only": CodeInfo(
        _ERR, "Photo: window only", "HS:PHOTO takes a photo in the station window; it does nothing here."
    ),
    "command.not_here": CodeInfo(_ERR, "Not at this station", "HS:{command} does nothing at the {station} station."),
    "parcel.unknown": CodeInfo(_ERR, "Unknown parcel", "{tracking} is not known at this hub. Receive it first."),
    "parcel.none": CodeInfo(_ERR, "No parcel selected", "No parcel selected. Scan the parcel first."),
    "parcel.held": CodeInfo(
        _ERR,
        "Parcel on hold",
        "{tracking} is ON HOLD ({reason}), held by {owner} {when}. They or a supervisor release it (HS:RELEASE).",
    ),
    "parcel.held_for_supervisor": CodeInfo(
        _ERR,
        "On hold for a supervisor",
        "{tracking} is ON HOLD ({reason}; held {when}). A supervisor must release it (HS:RELEASE) first.",
    ),
    "parcel.refused": CodeInfo(
        _ERR,
        "Stopped by the central service",
        "{tracking} is stopped: {exception}. A supervisor accepts the service's view or escalates it, with a note "
        "(HS:RESOLVE:{tracking} <note>), first.",
    ),
    # An alert for hub staff from the returns platform, read and acknowledged (HS:ACK)
    "alert.pending": CodeInfo(
        _ERR, "Alert not acknowledged", "First read the alert on {tracking}: {alert} Then scan HS:ACK."
    ),
    "alert.ack": CodeInfo(_OK, "Alert acknowledged", "Alert on {tracking} acknowledged by {name}."),
    "alert.none": CodeInfo(_WARN, "No alert", "No alert is waiting to be acknowledged."),
    # Hold
    "hold.on": CodeInfo(_OK, "Put on hold", "{tracking} is now on hold: {reason}."),
    "hold.on_removed": CodeInfo(
        _WARN,
        "On hold, out of consolidation",
        "{tracking} is now on hold ({reason}) and was taken out of the consolidation for {destination}.",
    ),
    "hold.already": CodeInfo(
        _WARN, "Already on hold", "{tracking} was already on hold ({reason}), held by {owner} {when}."
    ),
    "hold.unknown_reason": CodeInfo(_ERR, "Unknown hold reason", "No hold reason {reason}. Use one of: {reasons}."),
    "hold.not_owner": CodeInfo(
        _ERR,
        "Someone else's hold",
        "{tracking} is held by {owner} ({reason}): only they or a supervisor may release it.",
    ),
    "hold.for_supervisor": CodeInfo(
        _ERR, "Hold for a supervisor", "{tracking} is on hold ({reason}): only a supervisor may release it."
    ),
    "hold.off": CodeInfo(_OK, "Released", "{tracking} released from hold."),
    "hold.not_held": CodeInfo(_WARN, "Not on hold", "{tracking} is not on hold."),
    "hold.not_in_hub": CodeInfo(_ERR, "Not in the hub", "{tracking} is {state}: only parcels in the hub can be held."),
    **RESOLVING,
    **DISPATCH,
    # Receive
    "receive.ok": CodeInfo(_OK, "Received", "{tracking} received for {retailer}."),
    "receive.alert": CodeInfo(
        _WARN, "Received: alert", "{tracking} received for {retailer}. ALERT: {alert} Scan HS:ACK once done."
    ),
    "receive.held_refused": CodeInfo(
        _WARN,
        "Received, held: refused",
        "{tracking} received and put ON HOLD: the retailer refused this return. Set it aside for a supervisor.",
    ),
    "receive.held_cancelled": CodeInfo(
        _WARN,
        "Received, held: cancelled",
        "{tracking} received and put ON HOLD: the return was cancelled. Set it aside for a supervisor.",
    ),
    "receive.pending_approval": CodeInfo(
        _WARN,
        "Received, approval pending",
        "{tracking} received for {retailer}; the retailer has not approved this return yet.",
    ),
    "receive.unexpected": CodeInfo(
        _WARN,
        "Received, not pre-advised",
        "{tracking} received, but it was NOT pre-advised. Put it on the unexpected shelf.",
    ),
    "receive.repeat": CodeInfo(
        _WARN, "Already received", "{tracking} was already received {when} by {who}. Nothing recorded again."
    ),
    "receive.exported": CodeInfo(
        _ERR, "Already exported", "{tracking} was already exported ({connote}). Do not receive it: call a supervisor."
    ),
    "receive.rejected": CodeInfo(
        _ERR, "Already rejected", "{tracking} was already rejected ({reason}). Do not receive it: call a supervisor."
    ),
    "receive.delivered": CodeInfo(
        _ERR,
        "Already delivered",
        "{tracking} was already delivered back to the retailer {when}. Do not receive it: call a supervisor.",
    ),
    "receive.other_hub": CodeInfo(
        _ERR, "For another hub", "{tracking} is pre-advised to hub {hub}, not this one. Set it aside for a supervisor."
    ),
    "receive.not_parcel": CodeInfo(
        _ERR, "Item, not a parcel", "That is an item, not a parcel. Scan the return label on the parcel."
    ),
    # Process
    "process.started": CodeInfo(_OK, "Processing started", "{tracking}: scan the {expected} expected item(s)."),
    "process.started_alert": CodeInfo(
        _WARN,
        "Processing started: alert",
        "{tracking}: ALERT: {alert} Scan HS:ACK, then the {expected} expected item(s).",
    ),
    "process.started_unexpected": CodeInfo(
        _WARN, "Started, not pre-advised", "{tracking} had no pre-advice: every item will be recorded as an extra."
    ),
    "process.resumed": CodeInfo(_OK, "Processing resumed", "{tracking} resumed: {scanned} item(s) scanned so far."),
    "process.switched": CodeInfo(
        _WARN,
        "Parcel switched",
        "{tracking} started; {previous} left unfinished with {count} item(s). Scan it again to resume.",
    ),
    "process.not_received": CodeInfo(
        _ERR, "Not received yet", "{tracking} has not been received ({state}). Receive it first."
    ),
    "process.already_processed": CodeInfo(
        _ERR, "Already processed", "{tracking} was already processed {when} by {who}."
    ),
    "process.closed": CodeInfo(_ERR, "Cannot be processed", "{tracking} is {state}: it cannot be processed."),
    "process.item_ok": CodeInfo(_OK, "Item scanned", "{description}: {scanned} of {expected}."),
    "process.item_over": CodeInfo(
        _WARN, "More than expected", "{description}: {scanned} scanned but only {expected} expected."
    ),
    "process.item_extra": CodeInfo(_WARN, "Extra item", "{item} is not on the pre-advice: recorded as an extra."),
    "process.graded": CodeInfo(_OK, "Graded", "{description} graded {grade}."),
    "process.bad_grade": CodeInfo(_ERR, "Grade not used here", "Grade {grade} is not used here. Use one of {grades}."),
    "process.nothing_to_grade": CodeInfo(_ERR, "Nothing to grade", "Scan an item before its grade."),
    "process.disposed": CodeInfo(_OK, "Disposition given", "{description}: {disposition}."),
    "process.bad_disposition": CodeInfo(
        _ERR,
        "Disposition not used here",
        "Disposition {disposition} is not used for this return. Use one of {dispositions}.",
    ),
    "process.nothing_to_dispose": CodeInfo(_ERR, "Nothing to dispose of", "Scan an item before its disposition."),
    "process.no_items": CodeInfo(
        _ERR, "No items scanned", "No items scanned for {tracking}. Scan the items, or have it rejected as empty."
    ),
    "process.item_rejected": CodeInfo(
        _WARN,
        "Item rejected",
        "{description} rejected: {reason}. Set it aside; a photo of it now goes with the rejection (F8).",
    ),
    "process.nothing_to_reject": CodeInfo(_ERR, "Nothing to reject", "Scan the item before rejecting it."),
    "process.item_evidence": CodeInfo(_OK, "Photo kept", "Photo {count} kept as evidence for {description}."),
    "process.done": CodeInfo(_OK, "Processed", "{tracking} processed: all {count} item(s) as expected.{notes}"),
    "process.done_discrepancy": CodeInfo(
        _WARN, "Processed with differences", "{tracking} processed with differences: {summary}.{notes}"
    ),
    # Reject
    "reject.parcel": CodeInfo(_OK, "Parcel selected", "{tracking} selected. Scan the reason."),
    "reject.reason": CodeInfo(_OK, "Reason chosen", "Reason: {reason}. Scan HS:DONE to reject{parcel_hint}."),
    "reject.unknown_reason": CodeInfo(_ERR, "Unknown reason", "No reason {reason}. Use one of: {reasons}."),
    "reject.note": CodeInfo(_OK, "Note added", "Note added."),
    "reject.evidence": CodeInfo(_OK, "Photo kept", "Photo {count} kept as evidence for {tracking}."),
    "reject.bad_evidence": CodeInfo(
        _ERR, "Unknown photo", "That is not a kept photo. Take the photo with F8 (or scan HS:PHOTO)."
    ),
    "reject.too_much_evidence": CodeInfo(
        _ERR, "Too many photos", "{tracking} already has {limit} photos: that is the most kept."
    ),
    "reject.photo_unusable": CodeInfo(
        _ERR, "Photo not kept", "Photo not kept: {reason}. Take it again or choose another file."
    ),
    "reject.need_reason": CodeInfo(_ERR, "Reason missing", "Scan a reason (HS:REASON:...) before HS:DONE."),
    "reject.done": CodeInfo(_OK, "Rejected", "{tracking} REJECTED: {reason}."),
    "reject.needs_signoff": CodeInfo(
        _WARN,
        "Sign-off needed",
        "{tracking} to be rejected ({reason}): a supervisor scans their badge to sign it off. HS:CANCEL stops.",
    ),
    "reject.signed_off": CodeInfo(
        _OK, "Rejected, signed off", "{tracking} REJECTED: {reason}, signed off by {supervisor}."
    ),
    "reject.not_in_hub": CodeInfo(_ERR, "Cannot be rejected", "{tracking} is {state}: it cannot be rejected here."),
    # Consolidate
    "consolidate.opened": CodeInfo(
        _OK, "Consolidation opened", "Consolidation for {destination} open. Scan processed parcels."
    ),
    "consolidate.resumed": CodeInfo(
        _OK, "Consolidation resumed", "Consolidation for {destination}: {count} parcel(s) in it."
    ),
    "consolidate.added": CodeInfo(
        _OK, "Parcel added", "{tracking} added: {count} parcel(s) for {destination}.{packed}{dispositions}"
    ),
    "consolidate.opened_added": CodeInfo(
        _OK,
        "Added, consolidation opened",
        "Consolidation for {destination} opened with {tracking}.{packed}{dispositions}",
    ),
    "consolidate.already_in": CodeInfo(
        _WARN, "Already added", "{tracking} is already in this consolidation ({count} parcel(s))."
    ),
    "consolidate.in_other": CodeInfo(
        _ERR, "In another consolidation", "{tracking} is already in the consolidation for {destination}."
    ),
    "consolidate.at_other_bench": CodeInfo(
        _ERR,
        "At another bench",
        "{tracking} is in bench {bench}'s open consolidation. Leave it there, or have bench {bench} cancel it.",
    ),
    "consolidate.rejected": CodeInfo(
        _ERR, "Rejected: not for export", "{tracking} was REJECTED: it must not be exported."
    ),
    "consolidate.exported": CodeInfo(_ERR, "Already exported", "{tracking} was already exported ({connote})."),
    "consolidate.unprocessed": CodeInfo(
        _ERR, "Not processed", "{tracking} is {state}, not processed. Process it first."
    ),
    "consolidate.other_destination": CodeInfo(
        _ERR,
        "Other destination",
        "{tracking} goes to {parcel_destination}, not {destination}. Put it with {parcel_destination}.",
    ),
    "consolidate.test_apart": CodeInfo(
        _ERR,
        "Test return: kept apart",
        "{tracking} is a TEST return: it never goes with real returns. Close this consolidation, "
        "then scan it to open a TEST one.",
    ),
    "consolidate.real_apart": CodeInfo(
        _ERR,
        "Real return: not in a test",
        "{tracking} is a real return: this consolidation is for TEST returns only. Close it first.",
    ),
    "consolidate.no_destination": CodeInfo(
        _ERR, "No destination", "{tracking} has no destination (no pre-advice). Call a supervisor."
    ),
    "consolidate.unknown_destination": CodeInfo(_ERR, "Unknown destination", "No destination called {destination}."),
    "consolidate.none_open": CodeInfo(
        _ERR, "No consolidation open", "No consolidation is open. Scan a processed parcel or HS:DEST:<code>."
    ),
    "consolidate.empty": CodeInfo(
        _ERR, "Consolidation empty", "The consolidation for {destination} is empty: nothing to close."
    ),
    "consolidate.closed": CodeInfo(
        _OK,
        "Closed: to hand over",
        "Connote {connote}: {count} parcel(s) for {destination} in {containers} container(s), {kg} kg. "
        "They are exported when loaded at the handover (HS:HANDOVER).",
    ),
    "consolidate.closed_test": CodeInfo(
        _OK, "Closed and exported", "Connote {connote}: {count} parcel(s) exported to {destination}."
    ),
    "consolidate.member_refused": CodeInfo(
        _ERR,
        "A parcel is stopped",
        "Not closed: {tracking} is stopped ({exception}). A supervisor resolves it (HS:RESOLVE:{tracking} <note>) "
        "or it is taken out (hold it), then close again.",
    ),
    "consolidate.cancelled": CodeInfo(
        _OK, "Consolidation cancelled", "Consolidation for {destination} cancelled; {count} parcel(s) freed."
    ),
}


@dataclass(frozen=True)
class Outcome:
    """The answer to one scan. ``message`` is English; ``code`` and ``params`` translate."""

    result: Result
    code: str
    message: str
    tracking: str | None = None
    status: Status | None = None
    params: dict[str, str] = field(default_factory=dict)
    effects: Effects = NO_EFFECTS
    # The parcel is a retailer's test return: every answer about it says TEST.
    test: bool = False

    @property
    def ok(self) -> bool:
        return self.result is Result.OK

    def with_effects(self, effects: Effects) -> Outcome:
        return replace(self, effects=self.effects | effects)

    def as_test(self) -> Outcome:
        """This answer about a retailer's test return, saying so."""
        return replace(self, test=True, message=f"{TEST_MARK}: {self.message}")


TEST_MARK = "TEST"


def outcome(code: str, tracking: str | None = None, status: Status | None = None, /, **params: object) -> Outcome:
    """Build the outcome for ``code`` from the catalog; parameters fill its message.

    The first three are positional-only so that a template may use any name."""
    info = CATALOG[code]
    text_params = {k: "" if v is None else str(v) for k, v in params.items()}
    if tracking is not None:
        text_params.setdefault("tracking", tracking)
    return Outcome(info.result, code, info.template.format(**text_params), tracking, status, text_params)


# Scans refused before any station rule ran: nobody (allowed) was logged in. Such scans
# leave no trace in the store at all.
REFUSALS = frozenset(
    {
        "auth.not_logged_in",
        "auth.not_allowed",
        "auth.hold_not_allowed",
        "auth.resolve_not_allowed",
        "auth.unknown_badge",
        "auth.inactive_badge",
        "auth.pin_wrong",
        "auth.pin_locked",
        "auth.no_pin",
    }
)
