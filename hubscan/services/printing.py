"""Sending print jobs: render the label for the station's printer, send, record the result.

Jobs are already in the store (committed with the scan that made them). Sending happens
after that commit, so a printer fault never loses a connote: the job stays, failed,
with the reason, until someone retries or reprints it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hubscan.config import PrinterSettings
from hubscan.core.labels import Label, printer_test_label
from hubscan.core.notices import TEMPLATES, Notice, Param
from hubscan.core.papers import CUSTOMS_PAPERS, PAPER_KINDS, PARCEL_LIST, TITLES, ParcelListData, parcel_list_csv
from hubscan.core.printjobs import PrintJob, label_for
from hubscan.devices.faults import PrinterFault
from hubscan.devices.office import PapersOutput
from hubscan.devices.papers import PaperError, customs_papers_pdf, parcel_list_pdf
from hubscan.devices.printers import Printer, open_printer
from hubscan.devices.zpl import render, render_all
from hubscan.store import printjobs
from hubscan.store.store import LocalStore

log = logging.getLogger("hubscan.printer")


@dataclass(frozen=True)
class PrintResult:
    job_id: int
    reference: str
    ok: bool
    notice: Notice  # what happened, translatable

    @property
    def message(self) -> str:
        return str(self.notice)


def _what(job: PrintJob) -> Notice:
    kind: Param = Notice(f"print.kind.{job.kind}") if f"print.kind.{job.kind}" in TEMPLATES else job.kind
    params = {"kind": kind, "reference": job.reference, "copy": str(job.copy)}
    if job.kind in PAPER_KINDS:
        return Notice("print.paper_copy" if job.copy else "print.paper", params)
    return Notice("print.label_copy" if job.copy else "print.label", params)


def _papers(job: PrintJob) -> dict[str, bytes]:
    """The job's files. The CSV is kept even when the PDF cannot be drawn; a job that
    cannot be drawn at all is a fault of its own, kept to look at, and the next jobs go on."""
    try:
        data = ParcelListData.from_payload(job.payload, job.copy)
        files = {".csv": parcel_list_csv(data)} if job.kind == PARCEL_LIST else {}
    except Exception as exc:  # a payload this version cannot read
        log.exception("print job %s cannot be read", job.id)
        raise PrinterFault(Notice("papers.layout", {"reason": f"{type(exc).__name__}: {exc}"})) from exc
    try:
        files[".pdf"] = customs_papers_pdf(data) if job.kind == CUSTOMS_PAPERS else parcel_list_pdf(data)
    except Exception as exc:  # PaperError, or a bug in drawing: the CSV still goes
        if not isinstance(exc, PaperError):
            log.exception("print job %s cannot be drawn", job.id)
        raise _PartlyDrawn(files, Notice("papers.layout", {"reason": str(exc)})) from exc
    return files


class _PartlyDrawn(PrinterFault):
    def __init__(self, files: dict[str, bytes], notice: Notice) -> None:
        super().__init__(notice)
        self.files = files


def _labels_first(jobs: list[PrintJob]) -> list[PrintJob]:
    """Labels before papers (each in the order made): a dispatcher waits for the connote
    label to stick on, while the papers take a second or two to draw."""
    return sorted(jobs, key=lambda job: job.kind in PAPER_KINDS)


def _now() -> datetime:
    return datetime.now(UTC)


class LabelPrinting:
    """Prints a station's jobs: labels on its label printer, papers to ``papers`` (by
    default a folder beside the database). ``printer=None``: jobs wait, unsent."""

    def __init__(
        self,
        store: LocalStore,
        printer: Printer | None,
        dpi: int = 203,
        clock: Callable[[], datetime] = _now,
        papers: PapersOutput | None = None,
    ) -> None:
        self.store = store
        self.printer = printer
        self.dpi = dpi
        self.clock = clock
        self.papers = papers or PapersOutput(store.papers_folder)

    @classmethod
    def for_url(
        cls, store: LocalStore, url: str | None, dpi: int = 203, papers: PapersOutput | None = None
    ) -> LabelPrinting:
        return cls(store, open_printer(url) if url else None, dpi, papers=papers)

    @classmethod
    def for_settings(cls, store: LocalStore, settings: PrinterSettings) -> LabelPrinting:
        folder = Path(settings.papers_folder).expanduser() if settings.papers_folder else store.papers_folder
        papers = PapersOutput(folder.absolute(), settings.papers_queue)
        return cls.for_url(store, settings.url, settings.dpi, papers)

    def send(self, job: PrintJob) -> PrintResult:
        what = _what(job)
        if self.printer is None:
            return PrintResult(job.id, job.reference, False, Notice("print.no_printer", {"what": what}))
        printer = self.printer
        if job.kind in PAPER_KINDS:
            return self._attempt(job, what, self.papers.url, lambda: self._deliver_papers(job))
        return self._attempt(job, what, printer.url, lambda: printer.send(render(label_for(job), self.dpi)))

    def _attempt(self, job: PrintJob, what: Notice, url: str, send: Callable[[], None]) -> PrintResult:
        """``send`` the job; its result, as told and as recorded with the job."""
        try:
            send()
        except PrinterFault as exc:
            printjobs.record_attempt(self.store, job.id, url, str(exc), self.clock())
            log.warning("print job %s failed: %s", job.id, exc)
            failed = Notice("print.failed", {"what": what, "fault": exc.notice, "job": str(job.id)})
            return PrintResult(job.id, job.reference, False, failed)
        printjobs.record_attempt(self.store, job.id, url, None, self.clock())
        return PrintResult(job.id, job.reference, True, Notice("print.done", {"what": what, "url": url}))

    def _deliver_papers(self, job: PrintJob) -> None:
        """The papers kept in the folder (PDF and CSV) and printed on the office printer."""
        name = f"{job.reference}-{TITLES[job.kind]}" + (f"-copy{job.copy}" if job.copy else "")
        try:
            files = _papers(job)
        except _PartlyDrawn as partly:
            self.papers.deliver(name, partly.files)  # the CSV is kept all the same
            raise
        self.papers.deliver(name, files)

    def send_pending(self) -> list[PrintResult]:
        if self.printer is None:
            return []
        return [self.send(job) for job in _labels_first(printjobs.unprinted(self.store))]

    def send_waiting(self) -> list[PrintResult]:
        """Every job not printed yet, failed ones included (HS:RETRY)."""
        if self.printer is None:
            return []
        return [self.send(job) for job in _labels_first(printjobs.waiting(self.store))]

    def retry(self, job_id: int) -> PrintResult:
        job = printjobs.get_job(self.store, job_id)
        if job is None:
            raise LookupError(f"there is no print job {job_id}")
        return self.send(job)

    def reprint(self, job_id: int, operator: str, reason: str) -> PrintResult:
        original = printjobs.get_job(self.store, job_id)
        if original is None:
            raise LookupError(f"there is no print job {job_id}")
        new_id = printjobs.add_reprint(self.store, original, operator, reason, self.clock())
        job = printjobs.get_job(self.store, new_id)
        assert job is not None
        return self.send(job)

    def print_labels(self, labels: list[Label], what: Notice) -> PrintResult:
        """Labels that are not records (a test label, a command sheet): sent straight away."""
        if self.printer is None:
            return PrintResult(0, str(what), False, Notice("print.no_printer", {"what": what}))
        try:
            self.printer.send(render_all(labels, self.dpi))
        except PrinterFault as exc:
            return PrintResult(0, str(what), False, Notice("print.failed_now", {"what": what, "fault": exc.notice}))
        return PrintResult(0, str(what), True, Notice("print.done", {"what": what, "url": self.printer.url}))

    def print_test(self) -> PrintResult:
        url = self.printer.url if self.printer is not None else "no printer"
        return self.print_labels([printer_test_label(url, self.clock())], Notice("print.test_label"))
