"""Process station: open a received parcel, check its items against the pre-advice."""

from __future__ import annotations

from hubscan.core.gs1 import Gs1Element, gtin14
from hubscan.core.labels import RejectionLabelData
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.printjobs import rejection_request
from hubscan.core.records import EventType, ExpectedLine, ReturnRecord, ScannedItem
from hubscan.core.scan import Scan, ScanKind
from hubscan.core.stations import alert, reject
from hubscan.core.stations.reconcile import reconcile
from hubscan.core.stations.work import Work, selected, stopped, unrecognised, when
from hubscan.core.status import Status

FAULTY_NOTE = " FAULTY return: follow the retailer's faulty-return flow."
FAULTY_TO = " FAULTY return: it goes to {destination}, the retailer's faulty-return destination."
REJECTED_NOTE = " {count} item(s) rejected: set them aside with their rejection labels."


def handle(work: Work, scan: Scan) -> Outcome:
    if scan.kind.is_parcel:
        return _select(work, scan.value)
    if scan.kind is ScanKind.COMMAND:
        if scan.value == "DONE":
            return _finish(work)
        if scan.value == "GRADE":
            return _grade(work, scan.argument or "")
        if scan.value == "DISPOSITION":
            return _dispose(work, scan.argument or "")
        if scan.value == "REASON":
            return reject.request(work, scan.argument or "")
        if scan.value == "NOTE":
            work.context.note = scan.argument
            return outcome("reject.note", work.context.parcel)
        if scan.value == "REJECTITEM":
            return _reject_item(work, scan.argument or "")
        if scan.value == "EVIDENCE":
            return _evidence(work, scan.argument or "")
        return outcome("command.not_here", command=scan.value, station="process")
    if scan.kind in (ScanKind.ITEM, ScanKind.TEXT):
        return _item(work, scan)
    return unrecognised(scan)


def cancel(work: Work) -> Outcome:
    tracking = work.context.parcel
    if tracking is None:
        return outcome("cancel.nothing")
    count = len(work.ledger.scanned_items(tracking))
    work.ledger.clear_scanned_items(tracking)
    work.context.clear_work()
    return outcome("cancel.done", tracking, what=f"processing of {tracking}, {count} item(s) discarded")


def _current(work: Work) -> ReturnRecord | Outcome:
    """The parcel being processed, or the outcome that says why there is none to use."""
    record = selected(work)
    if isinstance(record, Outcome):
        return record
    if record.status is not Status.DEPOT_SCAN:
        return outcome("process.closed", record.tracking, record.status, state=record.status.value)
    return record


def _select(work: Work, tracking: str) -> Outcome:
    record = work.ledger.get_return(tracking)
    if record is None:
        return outcome("parcel.unknown", tracking)
    previous = work.context.parcel
    if previous != tracking:
        work.context.reason = work.context.note = None  # a sign-off request was for the other parcel
    work.context.parcel = tracking
    stop = stopped(work, record)
    if stop is not None:
        return stop
    if record.status is Status.PROCESSED:
        who = record.processed_by or "?"
        return outcome("process.already_processed", tracking, record.status, when=when(record.processed_at), who=who)
    if record.status is not Status.DEPOT_SCAN:
        key = "process.not_received" if record.status.number and record.status.number < 4 else "process.closed"
        return outcome(key, tracking, record.status, state=record.status.value)
    scanned = work.ledger.scanned_items(tracking)
    # The alert is raised when the parcel's processing starts, however the answer words it
    # (a switch from an unfinished parcel too); the bench then waits for HS:ACK.
    note = alert.raise_for(work, record) if not scanned else None
    if previous and previous != tracking:
        left = len(work.ledger.scanned_items(previous))
        if left:
            return outcome("process.switched", tracking, record.status, previous=previous, count=left)
    if scanned:
        return outcome("process.resumed", tracking, record.status, scanned=len(scanned))
    if record.unexpected:
        return outcome("process.started_unexpected", tracking, record.status)
    expected = sum(line.qty for line in work.ledger.expected_lines(tracking))
    if note is not None:
        return outcome("process.started_alert", tracking, record.status, alert=note, expected=expected)
    return outcome("process.started", tracking, record.status, expected=expected)


def _matches(line: ExpectedLine, scan: Scan) -> bool:
    if scan.kind is ScanKind.ITEM:
        return line.barcode is not None and line.barcode.isdigit() and gtin14(line.barcode) == scan.value
    return scan.value.upper() in (line.sku.upper(), (line.barcode or "").upper())


def _item(work: Work, scan: Scan) -> Outcome:
    current = _current(work)
    if isinstance(current, Outcome):
        return current
    tracking = current.tracking
    lines = work.ledger.expected_lines(tracking)
    line = next((candidate for candidate in lines if _matches(candidate, scan)), None)
    grade = work.policy.default_grade
    gs1 = {element.ai: element for element in scan.gs1}
    lot, serial = (gs1[ai].value if ai in gs1 else None for ai in ("10", "21"))
    item = ScannedItem(scan.value, grade, line.sku if line else None, lot, serial)
    work.ledger.add_scanned_item(tracking, item, work.now)
    marks = _marks(gs1)
    if line is None:
        shown = scan.value + marks if scan.gs1 else scan.text or scan.value
        return outcome("process.item_extra", tracking, current.status, item=shown)
    scanned = sum(1 for item in work.ledger.scanned_items(tracking) if item.line_sku == line.sku)
    key = "process.item_ok" if scanned <= line.qty else "process.item_over"
    description = line.description + marks
    return outcome(key, tracking, current.status, description=description, scanned=scanned, expected=line.qty)


def _marks(gs1: dict[str, Gs1Element]) -> str:
    """The item's batch/lot and serial as the answer shows them, under the GS1 data
    titles printed beside every GS1 barcode: " (BATCH/LOT L7, SERIAL S9)"."""
    shown = [f"{gs1[ai].title} {gs1[ai].value}" for ai in ("10", "21") if ai in gs1]
    return f" ({', '.join(shown)})" if shown else ""


def _grade(work: Work, grade: str) -> Outcome:
    if grade not in work.policy.grades:
        return outcome("process.bad_grade", grade=grade, grades=", ".join(work.policy.grades))
    current = _current(work)
    if isinstance(current, Outcome):
        return current
    last = _last_item(work, current)
    if last is None:
        return outcome("process.nothing_to_grade", current.tracking, current.status)
    work.ledger.regrade_last_item(current.tracking, grade)
    return outcome("process.graded", current.tracking, current.status, description=last[1], grade=grade)


def dispositions_for(work: Work, record: ReturnRecord) -> dict[str, str]:
    """The dispositions an item of ``record`` may be given, with their labels: the
    retailer's own (its pre-advice), or the hub's."""
    own = record.facts.dispositions if record.facts is not None else ()
    if own:
        return {code: work.policy.dispositions.get(code, code.replace("_", " ").capitalize()) for code in own}
    return dict(work.policy.dispositions)


def _dispose(work: Work, code: str) -> Outcome:
    current = _current(work)
    if isinstance(current, Outcome):
        return current
    allowed = dispositions_for(work, current)
    if code not in allowed:
        return outcome("process.bad_disposition", disposition=code, dispositions=", ".join(allowed))
    last = _last_item(work, current)
    if last is None:
        return outcome("process.nothing_to_dispose", current.tracking, current.status)
    work.ledger.set_last_disposition(current.tracking, code)
    return outcome("process.disposed", current.tracking, current.status, description=last[1], disposition=allowed[code])


def _last_item(work: Work, current: ReturnRecord) -> tuple[ScannedItem, str] | None:
    """The item scanned last, with its description, or None before the first."""
    items = work.ledger.scanned_items(current.tracking)
    if not items:
        return None
    line = next((ln for ln in work.ledger.expected_lines(current.tracking) if ln.sku == items[-1].line_sku), None)
    return items[-1], line.description if line else items[-1].item


def _reject_item(work: Work, code: str) -> Outcome:
    """The last scanned item is set aside on its own, for ``code``; the rest of the
    parcel goes on. Its photos follow (HS:EVIDENCE)."""
    if code not in work.policy.reject_reasons:
        return outcome("reject.unknown_reason", reason=code, reasons=", ".join(work.policy.reject_reasons))
    current = _current(work)
    if isinstance(current, Outcome):
        return current
    last = _last_item(work, current)
    if last is None:
        return outcome("process.nothing_to_reject", current.tracking, current.status)
    work.ledger.reject_last_item(current.tracking, code)
    label = work.policy.reject_reasons[code]
    return outcome("process.item_rejected", current.tracking, current.status, description=last[1], reason=label)


def _evidence(work: Work, kept: str) -> Outcome:
    """A photo: of the item just rejected, while it is the last one scanned; otherwise
    of the parcel, for the rejection a supervisor signs off."""
    current = _current(work)
    last = _last_item(work, current) if not isinstance(current, Outcome) else None
    if isinstance(current, Outcome) or last is None or last[0].rejected is None:
        return reject.evidence(work, kept)
    if not reject.EVIDENCE_FORM.fullmatch(kept):
        return outcome("reject.bad_evidence")
    if len(last[0].evidence) >= reject.MAX_EVIDENCE:
        return outcome("reject.too_much_evidence", current.tracking, limit=reject.MAX_EVIDENCE)
    work.ledger.add_last_item_evidence(current.tracking, kept)
    count = len(last[0].evidence) + 1
    return outcome("process.item_evidence", current.tracking, current.status, description=last[1], count=count)


def _rejected_items(work: Work, items: list[ScannedItem], lines: list[ExpectedLine]) -> list[dict[str, object]]:
    described = {line.sku: line.description for line in lines}
    return [
        {
            "item": item.item,
            "sku": item.line_sku,
            "description": described.get(item.line_sku or "", item.item),
            "reason": item.rejected,
            "reason_label": work.policy.reject_reasons.get(item.rejected, item.rejected),
            **({"evidence": list(item.evidence)} if item.evidence else {}),
        }
        for item in items
        if item.rejected
    ]


def _label_rejected(work: Work, record: ReturnRecord, rejected: list[dict[str, object]]) -> None:
    """A rejection label for each item set aside: it names the parcel it came from."""
    for item in rejected:
        label = RejectionLabelData(
            tracking=record.tracking,
            reason=str(item["reason_label"]),
            note=f"Item: {item['description']}",
            retailer=record.retailer,
            hub=work.policy.hub_id,
            operator=work.operator.badge,
            rejected_at=work.now,
        )
        work.ledger.add_print_job(rejection_request(label, work.operator.badge), work.now)


def _finish(work: Work) -> Outcome:
    current = _current(work)
    if isinstance(current, Outcome):
        return current
    tracking = current.tracking
    items = work.ledger.scanned_items(tracking)
    if not items:
        return outcome("process.no_items", tracking, current.status)
    lines = work.ledger.expected_lines(tracking)
    result = reconcile(lines, items)
    rejected = _rejected_items(work, items, lines)
    processed = current.but(status=Status.PROCESSED, processed_at=work.now, processed_by=work.operator.badge)
    work.ledger.put_return(processed)
    extra = {"rejected_items": rejected} if rejected else {}
    work.record(EventType.RETURN_PROCESSED, tracking, about=current, faulty=current.faulty, **result.payload(), **extra)
    _label_rejected(work, current, rejected)
    work.context.clear_work()
    notes = REJECTED_NOTE.format(count=len(rejected)) if rejected else ""
    if current.faulty:
        notes += FAULTY_TO.format(destination=current.faulty_destination) if current.faulty_destination else FAULTY_NOTE
    if result.complete:
        return outcome("process.done", tracking, processed.status, count=len(items), notes=notes)
    return outcome("process.done_discrepancy", tracking, processed.status, summary=result.summary(), notes=notes)
