"""Recording a scan: one scan, one transaction, then the outcome.

The GUI and ``hubscan session`` both feed scans through ``ScanRecorder.scan``. The station
rules run inside a unit of work; the scan journal, the context and every event commit
together, and only then is the outcome returned to be shown, beeped or printed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from hubscan.core.effects import Effects
from hubscan.core.outcome import REFUSALS, Outcome, outcome
from hubscan.core.policy import HubPolicy
from hubscan.core.records import StationContext
from hubscan.core.session import ScanSession
from hubscan.store.database import NotSaved
from hubscan.store.ledger import SqlLedger
from hubscan.store.store import LocalStore

log = logging.getLogger("hubscan.store")


def utc_now() -> datetime:
    return datetime.now(UTC)


class ScanRecorder:
    """Runs scans for one workstation. Not thread-safe: call it from one thread (the
    GUI gives it a single worker thread; the session command calls it directly)."""

    def __init__(self, store: LocalStore, policy: HubPolicy, clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.session = ScanSession(policy)
        self.clock = clock
        with store.unit_of_work() as ledger:
            self._context = ledger.load_context()

    @property
    def context(self) -> StationContext:
        return replace(self._context)

    def scan(self, raw: str) -> Outcome:
        """Apply one scan and return its outcome once everything it changed is durable;
        its ``effects`` say what is left to do after the commit (labels to print)."""
        return self._apply(raw, lambda ledger, context, now: self.session.handle(ledger, context, raw, now))

    def weighed(self, sscc: str, grams: int, shown: str) -> Outcome:
        """The scale's stable weight of the container HS:WEIGH asked for, kept like a
        scan (journaled as "scale: <what it showed>")."""
        return self._apply(
            f"scale: {shown}", lambda ledger, context, now: self.session.weighed(ledger, context, sscc, grams, now)
        )

    def _apply(self, raw: str, handle: Callable[[SqlLedger, StationContext, datetime], Outcome]) -> Outcome:
        context = replace(self._context)
        before = context.operator
        now = self.clock()
        try:
            with self.store.foreground(), self.store.unit_of_work() as ledger:
                result = handle(ledger, context, now)
                operator = context.operator or before
                if operator is not None and result.code not in REFUSALS:
                    ledger.journal_scan(now, raw, context, operator, result.result.value, result.code, result.tracking)
                if context != self._context:
                    ledger.save_context(context)
                if ledger.queued_print_jobs:
                    result = result.with_effects(Effects(print_jobs=tuple(ledger.queued_print_jobs)))
        except NotSaved as exc:
            log.error("scan %r not saved: %s", raw, exc.reason)
            return outcome("scan.not_saved", reason=f"the database refused it ({exc.reason})")
        self._context = context
        return result
