"""Labels go to the printer on a thread and a process of their own, after the scan's commit.

A printer can take seconds to answer (a status query that times out, a spooler call),
and a scan's answer must never wait for that: the scan's thread hands the committed
scan's ``Effects`` here and goes on with the next scan. The thread hands the work to
the printer's process (``print_process``), so rendering and recording a label do not
take the interpreter from the scans either. The jobs are durable before
they arrive, so a printer that never answers loses nothing: they stay unsent or
failed, with the reason, until someone retries or reprints them.

The window and ``hubscan session`` both use it; each result is reported through
``on_printed`` from this thread (the window relays it to the GUI thread).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable

from hubscan.core.effects import Effects
from hubscan.services.print_process import PrinterProcess
from hubscan.services.printing import LabelPrinting, PrintResult

log = logging.getLogger("hubscan.printer")

_STOP = object()


class PrintQueue:
    """Sends the labels committed scans queued, in order, one batch at a time."""

    def __init__(self, printing: LabelPrinting, on_printed: Callable[[list[PrintResult]], None]) -> None:
        self.on_printed = on_printed
        # No printer: labels wait unsent, nothing to send them with.
        self._sender = PrinterProcess(printing) if printing.printer is not None else None
        self._work: queue.Queue[object] = queue.Queue()
        self._queued = 0  # batches posted and not yet sent
        self._done = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="hubscan-printer", daemon=True)
        self._thread.start()

    def after_commit(self, effects: Effects) -> bool:
        """Queue what a committed scan left to print; True when something was queued."""
        if self._sender is None:
            return False
        if effects.resend_waiting:
            self._post(self._sender.send_waiting)
        elif effects.print_jobs:
            # Every unsent job, oldest first: a label left unsent by an earlier run goes too.
            self._post(self._sender.send_pending)
        else:
            return False
        return True

    def _post(self, send: Callable[[], list[PrintResult]]) -> None:
        with self._done:
            self._queued += 1
        self._work.put(send)

    def wait_idle(self, timeout_s: float | None = None) -> bool:
        """Wait until every queued batch has been sent (or failed); False on timeout."""
        with self._done:
            return self._done.wait_for(lambda: self._queued == 0, timeout_s)

    def close(self, timeout_s: float = 30.0) -> None:
        """Send what is queued (each send bounded by the printer's own timeouts), then stop."""
        self._work.put(_STOP)
        self._thread.join(timeout_s)
        if self._sender is None:
            return
        if self._thread.is_alive():
            log.warning("the printer thread did not finish in %g s; unsent labels stay queued", timeout_s)
            self._sender.kill()  # its wait on the printer ends; the thread then finishes
            self._thread.join(5)
        else:
            self._sender.close()

    def _run(self) -> None:
        while (send := self._work.get()) is not _STOP:
            assert callable(send)
            try:
                results = send()
                if results:
                    self.on_printed(results)
            except Exception:
                # A bug, not a printer fault (those are results): a crash report through
                # the installed hook, and the thread goes on with the next batch.
                kind, error, trace = sys.exc_info()
                threading.excepthook(threading.ExceptHookArgs((kind, error, trace, threading.current_thread())))
            with self._done:
                self._queued -= 1
                self._done.notify_all()
