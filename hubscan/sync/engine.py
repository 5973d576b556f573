"""The sync engine: push the outbox in order, pull manifest deltas, report status.

Runs in its own thread (``SyncWorker``) with its own database connections; scanning
never waits for it. An event is marked synced only by the service's answer, so a crash
at any moment at worst sends a batch again, which the service answers "duplicate".
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from hubscan import logs
from hubscan.config import CentralSettings
from hubscan.core.readmodels import SyncStatus
from hubscan.store import outbox, syncstate
from hubscan.store.store import LocalStore
from hubscan.sync import evidence
from hubscan.sync.client import CentralClient, CentralRefused, CentralUnavailable, ClientSettings
from hubscan.sync.paging import PageSize
from hubscan.sync.pull import PullHelperFailed, apply_page, pull_in_helper, pull_pages

log = logging.getLogger("hubscan.sync")


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SyncRound:
    sent: int
    refused: int
    pulled: int
    photos: int = 0


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        client: CentralClient,
        hub: str,
        workstation: str,
        batch_size: int = 500,
        page_size: int = 1000,
        clock: Callable[[], datetime] = _now,
        use_helper: bool = True,
    ) -> None:
        self.store = store
        self.client = client
        self.hub = hub
        self.workstation = workstation
        self.batch_size = batch_size
        self.pages = PageSize(page_size)
        self.clock = clock
        self.use_helper = use_helper
        self.online = False

    def push(self) -> tuple[int, int]:
        """Send every queued event, oldest first. Returns (sent, refused)."""
        sent = refused = 0
        while True:
            batch = outbox.pending_events(self.store, self.batch_size)
            if not batch:
                return sent, refused
            key = self._key(batch)
            try:
                answers = self.client.push_events(self.hub, self.workstation, batch, key)
            except (CentralUnavailable, CentralRefused) as exc:
                outbox.record_failure(self.store, batch, str(exc))
                raise
            refused += outbox.record_answers(self.store, batch, answers, self.clock())
            sent += len(batch)

    def _key(self, batch: list[dict[str, object]]) -> str:
        digest = hashlib.sha256("".join(str(e["id"]) for e in batch).encode()).hexdigest()[:32]
        return f"{self.hub}-{self.workstation}-{batch[0]['seq']}-{batch[-1]['seq']}-{digest}"

    def pull(self) -> int:
        """Fetch pre-advice changed since the kept cursor. One page is applied here; a
        longer backlog goes to a helper process (``pull.py``) so scanning keeps its speed."""
        cursor = syncstate.cursor(self.store, syncstate.MANIFEST_CURSOR)
        try:
            page = self.client.manifest(self.hub, cursor, self.pages.current)
            pulled = apply_page(self.store, page)
            if not page["more"]:
                self.pages.came_whole()
                return pulled
            size, after = self.pages.current, int(page["cursor"])
            if self.use_helper:
                pulled += pull_in_helper(self.store, self.client.settings, self.hub, after, size)
            else:
                pulled += pull_pages(self.store, self.client, self.hub, after, size)
        except CentralUnavailable:
            self.pages.cut()  # what was applied is kept; the next round asks for less
            raise
        self.pages.came_whole()
        return pulled

    def run_once(self, pull: bool = True) -> SyncRound:
        """Push the outbox, (``pull``) pull the manifest deltas, then send the photos the
        events named (the pre-advice does not wait behind a large photo)."""
        try:
            sent, refused = self.push()
            pulled = self.pull() if pull else 0
            photos = evidence.upload(self.store, self.client, self.clock())
        except (CentralUnavailable, CentralRefused, PullHelperFailed) as exc:
            self.online = False
            syncstate.set_state(self.store, last_error=f"{self.clock().isoformat()} {exc}")
            log.warning("sync round failed: %s", exc)
            raise
        self.online = True
        syncstate.set_state(self.store, last_success=self.clock().isoformat())
        if sent or pulled or photos:
            log.info(
                "sync round: %d events sent (%d refused), %d photos sent, %d returns pulled",
                sent,
                refused,
                photos,
                pulled,
            )
        return SyncRound(sent, refused, pulled, photos)

    def status(self) -> SyncStatus:
        return syncstate.sync_status(self.store, self.online)


class SyncWorker:
    """Runs ``SyncEngine.run_once`` every ``interval_s``, backing off (with jitter) while
    the service is unreachable, in its own thread; ``wake`` pushes new events at once."""

    def __init__(
        self,
        engine: SyncEngine,
        interval_s: float = 10.0,
        max_backoff_s: float = 300.0,
        on_status: Callable[[SyncStatus], None] | None = None,
    ) -> None:
        self.engine = engine
        self.on_status = on_status
        self.interval_s = interval_s
        self.max_backoff_s = max_backoff_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hubscan-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Sync soon (a new event was queued)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=30)

    def _report(self) -> None:
        if self.on_status is None:
            return
        try:
            self.on_status(self.engine.status())
        except Exception:
            log.exception("sync status could not be read")

    def _run(self) -> None:
        failures = 0
        full_round_due = 0.0
        while not self._stop.is_set():
            full = time.monotonic() >= full_round_due
            try:
                # Woken by a new event between rounds: push it now (the hub's other
                # benches see it through their feed); the pull waits for the interval.
                self.engine.run_once(pull=full)
                failures = 0
                if full:
                    full_round_due = time.monotonic() + self.interval_s
                delay = max(0.0, full_round_due - time.monotonic())
            except (CentralUnavailable, CentralRefused, PullHelperFailed) as exc:
                failures += 1
                full_round_due = 0.0
                delay = min(self.max_backoff_s, self.interval_s * 2 ** min(failures, 10))
                delay *= random.uniform(0.5, 1.0)
                log.info("next sync try in %.0f s (%s)", delay, type(exc).__name__)
            except Exception:  # a bug must not kill the thread silently
                log.exception("sync round crashed")
                delay = self.interval_s
            self._report()
            self._sleep(delay, backing_off=failures > 0)

    def _sleep(self, delay: float, backing_off: bool) -> None:
        """Until ``delay`` has passed, or a wake; while backing off, only a stop ends it
        early: each new scan must not knock on an unreachable service again."""
        deadline = time.monotonic() + delay
        while True:
            woken = self._wake.wait(max(0.0, deadline - time.monotonic()))
            self._wake.clear()
            if not woken or self._stop.is_set() or not backing_off:
                return


def engine_if_configured(store: LocalStore, central: CentralSettings, hub: str, workstation: str) -> SyncEngine | None:
    """The station's sync with the central service, or None (offline: no URL or no token)."""
    if not central.url or not central.token:
        return None
    logs.hide(central.token)  # a keyring token too never reaches a log file
    client = CentralClient(ClientSettings(central.url, central.token, central.ca_bundle))
    return SyncEngine(store, client, hub, workstation)
