"""The workstation as a screen uses it: a scan in, its outcome, what printed, and what
to show next, all produced on the one thread that writes (the GUI's writer thread)."""

from __future__ import annotations

from dataclasses import dataclass

from hubscan.core.outcome import Outcome
from hubscan.core.policy import HubPolicy
from hubscan.core.views import ExceptionEntry, StationSnapshot
from hubscan.services.printing import PrintDesk, PrintResult
from hubscan.services.scanning import ScanDesk
from hubscan.store import views
from hubscan.store.store import LocalStore

# Outcomes that leave a label to print (the jobs were committed with the scan).
PRINTS = frozenset({"consolidate.closed", "reject.done", "reject.signed_off", "print.retry"})


@dataclass(frozen=True)
class ScanAnswer:
    raw: str
    outcome: Outcome
    printed: tuple[PrintResult, ...]
    snapshot: StationSnapshot


class Workstation:
    """Not thread-safe: one thread calls it (the GUI's writer thread, or a test)."""

    def __init__(self, store: LocalStore, policy: HubPolicy, printing: PrintDesk) -> None:
        self.store = store
        self.policy = policy
        self.desk = ScanDesk(store, policy)
        self.printing = printing
        with store.reading() as connection:
            self._shift = views.shift_mark(connection, self.desk.context.operator)

    def scan(self, raw: str) -> ScanAnswer:
        result = self.desk.scan(raw)  # returns only after the commit
        if result.code == "auth.login":
            with self.store.reading() as connection:
                self._shift = views.shift_mark(connection, self.desk.context.operator)
        printed: tuple[PrintResult, ...] = ()
        if result.code == "print.retry":
            printed = tuple(self.printing.send_waiting())
        elif result.code in PRINTS:
            printed = tuple(self.printing.send_pending())
        return ScanAnswer(raw, result, printed, self.snapshot())

    def snapshot(self) -> StationSnapshot:
        return views.station_snapshot(self.store, self.desk.context, self._shift)

    def exceptions(self) -> list[ExceptionEntry]:
        return views.exceptions(self.store)

    def retry_print(self, job_id: int) -> PrintResult:
        return self.printing.retry(job_id)

    def print_test(self) -> PrintResult:
        return self.printing.print_test()
