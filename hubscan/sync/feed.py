"""Following the hub feed: the other benches' events, as soon as the service takes them.

A thread of its own keeps one request open at a time (a long poll): the service answers
as soon as an event of the hub is taken after the cursor, or after ``wait_s`` with
none, and the follower asks again at once. A change at one bench so reaches the others
in the time the service needs to notice it (``FEED_POLL_S`` in the service) plus a
round trip, not at the next sync round.

A bench new to the hub first learns the state of every return the hub still holds
(``join``), not the whole history, then follows the feed from there.

Cut off, the bench keeps working on what it knows and asks again with backoff; on a
link that cuts answers, pages shrink until they get through (``paging.py``).
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

from hubscan.store.hubfeed import FeedApplied, apply_feed_page, bench_event, feed_cursor
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, CentralRefused, CentralUnavailable
from hubscan.sync.engine import SyncEngine
from hubscan.sync.paging import PageSize

log = logging.getLogger("hubscan.sync")

PAGE = 500


class FeedFollower:
    """``on_change`` is called (in the follower's thread) with the returns a page changed."""

    def __init__(
        self,
        store: LocalStore,
        client: CentralClient,
        hub: str,
        wait_s: float = 20.0,
        max_backoff_s: float = 60.0,
        on_change: Callable[[tuple[str, ...]], None] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.hub = hub
        self.wait_s = wait_s
        self.max_backoff_s = max_backoff_s
        self.on_change = on_change
        self.pages = PageSize(PAGE)
        self.owns_client = False
        self._stop = threading.Event()
        # Held while a page is written: once ``stop`` has it, nothing is written any more,
        # even by a request still waiting on the service.
        self._writing = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="hubscan-feed", daemon=True)

    def follow_once(self, wait_s: float = 0.0) -> FeedApplied:
        """Ask for the next page (waiting up to ``wait_s`` for one) and apply it."""
        cursor = feed_cursor(self.store)
        try:
            page = self.client.feed(self.hub, cursor, self.pages.current, wait_s)
        except CentralUnavailable:
            self.pages.cut()
            raise
        self.pages.came_whole()
        events = [bench_event(values) for values in page["events"]]
        with self._writing:
            if self._stop.is_set():
                return FeedApplied(0, ())
            applied = apply_feed_page(self.store, events, int(page["cursor"]))
        self._report(applied)
        return applied

    def _report(self, applied: FeedApplied) -> None:
        if applied.changed and self.on_change is not None:
            self.on_change(applied.changed)

    def join(self) -> int:
        """A bench new to the hub (no feed position yet) learns the state of every return
        the hub still holds, not the hub's whole history, then follows the feed from the
        position that state is as of. Returns how many events it kept."""
        if feed_cursor(self.store) != 0:
            return 0
        after, upto, kept = 0, None, 0
        while True:
            page = self.client.hub_state(self.hub, after, PAGE, upto)
            upto = int(page["upto"])
            events = [bench_event(values) for values in page["events"]]
            with self._writing:
                if self._stop.is_set():
                    return kept
                applied = apply_feed_page(self.store, events, int(page["cursor"]))
            kept += applied.kept
            self._report(applied)
            if not page["more"]:
                return kept
            after = int(page["cursor"])

    def catch_up(self) -> int:
        """Apply every page there is now; returns how many events came from other benches."""
        kept = 0
        while True:
            before = feed_cursor(self.store)
            kept += self.follow_once().kept
            if feed_cursor(self.store) == before:
                return kept

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """After this returns, the follower writes nothing more. A request still waiting
        on the service ends by itself within ``wait_s`` (the thread is a daemon)."""
        self._stop.set()
        with self._writing:
            pass
        if self._thread.is_alive():
            self._thread.join(timeout=0.5)
        if self.owns_client:
            self.client.close()

    def _run(self) -> None:
        failures = 0
        joined = False
        while not self._stop.is_set():
            try:
                if not joined:
                    self.join()
                    joined = True
                self.follow_once(self.wait_s)
                failures = 0
                continue
            except CentralUnavailable as exc:
                failures += 1
                log.info("hub feed: %s (next page %d events)", exc, self.pages.current)
            except CentralRefused as exc:
                failures = 10
                log.warning("hub feed refused: %s", exc)
            except Exception:  # a bug must not end the thread silently
                failures += 1
                log.exception("hub feed crashed")
            delay = min(self.max_backoff_s, 0.5 * 2 ** min(failures, 10)) * random.uniform(0.5, 1.0)
            self._stop.wait(delay)


def follow_hub_feed(
    engine: SyncEngine, on_change: Callable[[tuple[str, ...]], None] | None = None, wait_s: float = 20.0
) -> FeedFollower:
    """Start following the hub feed of ``engine``'s station, on a client of its own (a
    requests session is not shared between threads)."""
    follower = FeedFollower(
        engine.store, CentralClient(engine.client.settings), engine.hub, wait_s=wait_s, on_change=on_change
    )
    follower.owns_client = True
    follower.start()
    return follower
