"""Reject station: a supervisor stops a return with a reason and a note."""

from __future__ import annotations

import re

from hubscan.core.labels import RejectionLabelData
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.printjobs import rejection_request
from hubscan.core.records import EventType, ReturnRecord
from hubscan.core.scan import Scan, ScanKind
from hubscan.core.stations import containers
from hubscan.core.stations.work import Work, selected, stopped, unrecognised
from hubscan.core.status import Status


def handle(work: Work, scan: Scan) -> Outcome:
    if scan.kind.is_parcel:
        return _select(work, scan.value)
    if scan.kind is not ScanKind.COMMAND:
        return unrecognised(scan)
    if scan.value == "REASON":
        return _reason(work, scan.argument or "")
    if scan.value == "NOTE":
        work.context.note = scan.argument
        return outcome("reject.note", work.context.parcel)
    if scan.value == "DONE":
        return _reject(work)
    if scan.value == "EVIDENCE":
        return evidence(work, scan.argument or "")
    return outcome("command.not_here", command=scan.value, station="reject")


def cancel(work: Work) -> Outcome:
    if work.context.parcel is None and work.context.reason is None:
        return outcome("cancel.nothing")
    what = f"rejection of {work.context.parcel or 'no parcel'}"
    work.context.clear_work()
    return outcome("cancel.done", what=what)


def _select(work: Work, tracking: str) -> Outcome:
    record = work.ledger.get_return(tracking)
    if record is None:
        return outcome("parcel.unknown", tracking)
    work.context.parcel = tracking
    stop = stopped(work, record)
    if stop is not None:
        return stop
    if not record.status.in_hub:
        return outcome("reject.not_in_hub", tracking, record.status, state=record.status.value)
    if work.context.reason:
        return outcome(
            "reject.reason", tracking, record.status, reason=_label(work, work.context.reason), parcel_hint=""
        )
    return outcome("reject.parcel", tracking, record.status)


def _label(work: Work, code: str) -> str:
    return work.policy.reject_reasons.get(code, code)


def _reason(work: Work, code: str) -> Outcome:
    if code not in work.policy.reject_reasons:
        return outcome("reject.unknown_reason", reason=code, reasons=", ".join(work.policy.reject_reasons))
    work.context.reason = code
    hint = "" if work.context.parcel else " (scan the parcel first)"
    return outcome("reject.reason", work.context.parcel, reason=_label(work, code), parcel_hint=hint)


EVIDENCE_FORM = re.compile(r"[0-9a-f]{64} [A-Za-z0-9._-]{1,120}")
MAX_EVIDENCE = 10


def evidence(work: Work, kept: str) -> Outcome:
    """A photo already kept in the evidence folder ("sha256 file-name"), for the
    rejection under way; it goes into the Return Rejected event."""
    if work.context.parcel is None:
        return outcome("parcel.none")
    if not EVIDENCE_FORM.fullmatch(kept):
        return outcome("reject.bad_evidence")
    if len(work.context.evidence) >= MAX_EVIDENCE:
        return outcome("reject.too_much_evidence", work.context.parcel, limit=MAX_EVIDENCE)
    work.context.evidence.append(kept)
    return outcome("reject.evidence", work.context.parcel, count=len(work.context.evidence))


def _rejectable(work: Work) -> ReturnRecord | Outcome:
    record = selected(work)
    if isinstance(record, Outcome) or record.status.in_hub:
        return record
    return outcome("reject.not_in_hub", record.tracking, record.status, state=record.status.value)


def request(work: Work, code: str) -> Outcome:
    """At a station whose operator may not reject (process): the reason is kept and a
    supervisor's badge scan signs the rejection off (``ScanSession.login``)."""
    if code not in work.policy.reject_reasons:
        return outcome("reject.unknown_reason", reason=code, reasons=", ".join(work.policy.reject_reasons))
    record = _rejectable(work)
    if isinstance(record, Outcome):
        return record
    work.context.reason = code
    return outcome("reject.needs_signoff", record.tracking, record.status, reason=_label(work, code))


def sign_off(work: Work, supervisor: str) -> Outcome:
    """The rejection requested at this station, signed off by ``supervisor`` (a badge)."""
    return _reject(work, authorised_by=supervisor)


def _reject(work: Work, authorised_by: str | None = None) -> Outcome:
    if work.context.parcel is None:
        return outcome("parcel.none")
    if work.context.reason is None:
        return outcome("reject.need_reason", work.context.parcel)
    record = _rejectable(work)
    if isinstance(record, Outcome):
        return record
    reason = work.context.reason
    containers.taken_out(work, record)
    rejected = record.but(status=Status.REJECTED, reject_reason=reason, consolidation_id=None)
    work.ledger.put_return(rejected)
    work.record(
        EventType.RETURN_REJECTED,
        record.tracking,
        about=record,
        reason=reason,
        reason_label=_label(work, reason),
        note=work.context.note,
        previous_status=record.status.value,
        **({"authorised_by": authorised_by} if authorised_by else {}),
        **({"evidence": list(work.context.evidence)} if work.context.evidence else {}),
    )
    label = RejectionLabelData(
        tracking=record.tracking,
        reason=_label(work, reason),
        note=work.context.note,
        retailer=record.retailer,
        hub=work.policy.hub_id,
        operator=work.operator.badge,
        rejected_at=work.now,
    )
    work.ledger.add_print_job(rejection_request(label, work.operator.badge), work.now)
    work.context.clear_work()
    if authorised_by:
        return outcome(
            "reject.signed_off", record.tracking, rejected.status, reason=_label(work, reason), supervisor=authorised_by
        )
    return outcome("reject.done", record.tracking, rejected.status, reason=_label(work, reason))
