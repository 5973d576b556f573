"""A station's link with the central service: the sync rounds (a thread) and the hub
feed (a process of its own, or a thread when the engine runs no helpers), started and
stopped together by the window and by ``hubscan session``."""

from __future__ import annotations

from collections.abc import Callable

from hubscan.core.readmodels import SyncStatus
from hubscan.sync.engine import SyncEngine, SyncWorker
from hubscan.sync.feed import FeedFollower, follow_hub_feed
from hubscan.sync.feed_process import FeedProcess


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
        self.feed: FeedFollower | FeedProcess
        if engine.use_helper:
            # Applying the other benches' events is Python work: beside the scans, not on their interpreter.
            self.feed = FeedProcess(engine.store, engine.client.settings, engine.hub, feed_wait_s, on_change)
        else:
            self.feed = follow_hub_feed(engine, on_change, feed_wait_s)

    def wake(self) -> None:
        """A scan was committed: its events go out now, for the hub's other benches."""
        self.worker.wake()

    def stop(self) -> None:
        self.feed.stop()
        self.worker.stop()
