"""Labels are rendered, sent and recorded by the printer's own process: on a loopback
TCP printer, with the station's store on a real SQLite file."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator

import pytest
from conftest import PARIS_1, PARIS_2, SUPERVISOR, run
from fakeprinter import LoopbackPrinter

from hubscan.devices.printers import STATUS_TIMEOUT_S, TcpPrinter
from hubscan.services.print_queue import PrintQueue
from hubscan.services.printing import LabelPrinting, PrintResult
from hubscan.services.scanning import ScanRecorder
from hubscan.store import printjobs
from hubscan.store.store import LocalStore


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with LoopbackPrinter() as fake:
        yield fake


def printer_processes() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "hubscan-printer"]


def printing_queue(
    store: LocalStore, printer: LoopbackPrinter, timeout_s: float = STATUS_TIMEOUT_S
) -> tuple[PrintQueue, list[PrintResult]]:
    """A print queue on the loopback printer, and the results it reports."""
    printed: list[PrintResult] = []
    return PrintQueue(LabelPrinting(store, TcpPrinter("127.0.0.1", printer.port, timeout_s)), printed.extend), printed


def reject(desk: ScanRecorder, queue: PrintQueue, tracking: str) -> None:
    """Receive and reject ``tracking``: its rejection label is queued after the commit."""
    for outcome in run(
        desk, "HS:STATION:RECEIVE", tracking, "HS:STATION:REJECT", tracking, "HS:REASON:DAMAGED", "HS:DONE"
    ):
        queue.after_commit(outcome.effects)


def test_a_label_is_sent_and_recorded_by_the_printer_process(
    desk: ScanRecorder, store: LocalStore, printer: LoopbackPrinter
) -> None:
    queue, printed = printing_queue(store, printer)
    try:
        run(desk, SUPERVISOR)
        reject(desk, queue, PARIS_1)
        assert queue.wait_idle(30)
        assert [p.pid for p in printer_processes()] != []
        assert [(r.reference, r.ok) for r in printed] == [(PARIS_1, True)]
        assert len(printer.jobs) == 1 and PARIS_1.encode() in printer.jobs[0]
        (job,) = printjobs.list_jobs(store)
        assert (job.status, job.attempts, job.printer) == ("printed", 1, printer.url)
    finally:
        queue.close()
    assert printer_processes() == []


@pytest.mark.logs("the printer process ended")
def test_a_printer_process_that_died_is_started_again_and_the_label_prints(
    desk: ScanRecorder, store: LocalStore, printer: LoopbackPrinter
) -> None:
    queue, printed = printing_queue(store, printer)
    try:
        run(desk, SUPERVISOR)
        reject(desk, queue, PARIS_1)
        assert queue.wait_idle(30)
        (first,) = printer_processes()
        first.kill()
        first.join()
        reject(desk, queue, PARIS_2)
        assert queue.wait_idle(30)
        assert [(r.reference, r.ok) for r in printed] == [(PARIS_1, True), (PARIS_2, True)]
        assert len(printer.jobs) == 2
        (second,) = printer_processes()
        assert second.pid != first.pid
    finally:
        queue.close()


@pytest.mark.logs(r"print job 1 failed: printer tcp://127\.0\.0\.1:\d+ gives no status")
def test_a_failed_label_is_logged_by_the_station_and_kept_failed(
    desk: ScanRecorder, store: LocalStore, printer: LoopbackPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    printer.status = "silent"
    queue, printed = printing_queue(store, printer, timeout_s=0.3)
    try:
        run(desk, SUPERVISOR)
        with caplog.at_level(logging.WARNING, logger="hubscan.printer"):
            reject(desk, queue, PARIS_1)
            assert queue.wait_idle(30)
        assert [(r.reference, r.ok, r.notice.code) for r in printed] == [(PARIS_1, False, "print.failed")]
        # The printer process's record, re-emitted in this process by its logger.
        assert [(r.name, r.levelname) for r in caplog.records if "print job 1 failed" in r.message] == [
            ("hubscan.printer", "WARNING")
        ]
        (job,) = printjobs.list_jobs(store)
        assert job.status == "failed" and "no status" in (job.error or "")
    finally:
        queue.close()


@pytest.mark.logs("the printer thread did not finish")
def test_closing_while_the_printer_holds_a_label_stops_the_process_and_keeps_the_label(
    desk: ScanRecorder, store: LocalStore, printer: LoopbackPrinter
) -> None:
    printer.released.clear()  # the status query goes unanswered until the test says
    queue, _ = printing_queue(store, printer, timeout_s=60)
    run(desk, SUPERVISOR)
    reject(desk, queue, PARIS_1)
    assert printer.asked.wait(30)
    queue.close(timeout_s=0.5)
    assert printer_processes() == []
    printer.released.set()
    (job,) = printjobs.list_jobs(store)
    assert (job.status, job.attempts) == ("pending", 0)  # unsent, sent at the next start
    assert printer.jobs == []
