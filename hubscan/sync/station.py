"""A station's link with the central service: the sync rounds and the hub feed, each on
its own thread, started and stopped together by the window and by ``hubscan session``."""

from __future__ import annotations

from collections.abc import Callable

from hubscan.core.readmodels import SyncStatus
from hubscan.sync.engine import SyncEngine, SyncWorker
from hubscan.sync.feed import FeedFollower, follow_hub_feed


class StationSync:
    def __init__(
        self,
        engine: SyncEngine,
        interval_s: float = 10.0,
        max_backoff_s: float = 300.0,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_change: Callable[[tuple[str, ...]], None] | None = None,
        feed_wait_s: float = 20.0,
    ) -> None:
        self.engine = engine
        self.worker = SyncWorker(engine, interval_s, max_backoff_s, on_status)
        self.worker.start()
        self.feed: FeedFollower = follow_hub_feed(engine, on_change, feed_wait_s)

    def wake(self) -> None:
        """A scan was committed: its events go out now, for the hub's other benches."""
        self.worker.wake()

    def stop(self) -> None:
        self.feed.stop()
        self.worker.stop()
