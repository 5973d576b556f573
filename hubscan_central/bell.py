"""Waking the feed requests that wait in this process when it takes events for their hub.

A waiting feed request takes the hub's bell before it looks in the database, then waits
on it: a batch this process commits rings the bells of the hubs it wrote to (from the
request's worker thread, through the event loop), so the waiting requests look again at
once, and an event committed between their look and their wait is not missed. Events
another service process took ring nothing here: the waiting requests also look again
every ``FALLBACK_S``, so any number of processes may serve one hub.

When the service is told to stop, every waiting request answers at once (no new
events): a waiting feed request is not work in progress, and the stop need not wait it
out nor cut it.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Awaitable, Callable, Iterable
from types import FrameType
from typing import Any

# How late a waiting request sees an event another service process took, at most.
FALLBACK_S = 0.5


class FeedBell:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._bells: dict[str, asyncio.Event] = {}
        self.closing = False

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """The event loop the waiting requests run on (at the application's start), and
        the server's stop signals, which now first end the waits."""
        self._loop = loop
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(sig)
            if callable(previous):
                signal.signal(sig, self._on_stop(previous))

    def _on_stop(self, previous: Any) -> Any:
        def stop(signum: int, frame: FrameType | None) -> None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._close)
            previous(signum, frame)

        return stop

    def _close(self) -> None:
        self.closing = True
        self._ring(tuple(self._bells))

    def bell(self, hub: str) -> asyncio.Event:
        """``hub``'s bell as it is now: take it before looking in the database."""
        return self._bells.setdefault(hub, asyncio.Event())

    async def wait(self, bell: asyncio.Event, timeout_s: float) -> None:
        if self.closing:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(bell.wait(), timeout=max(0.0, min(timeout_s, FALLBACK_S)))

    def ring(self, hubs: Iterable[str]) -> None:
        """From any thread, once the events of ``hubs`` are committed."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._ring, tuple(hubs))

    def _ring(self, hubs: tuple[str, ...]) -> None:
        for hub in hubs:
            bell = self._bells.pop(hub, None)
            if bell is not None:
                bell.set()


# How long a feed page read for one waiting request serves the others that ask for the
# same page: the hub's benches, woken together by one batch, read it once.
SHARED_S = 0.2


class SharedPages:
    """Feed pages read once for every request of the same hub and cursor that asks while
    the hub's bell has not rung since, for at most ``SHARED_S`` (events another process
    took ring nothing here). Used from the event loop only."""

    def __init__(self) -> None:
        self._pages: dict[tuple[str, int, int], tuple[asyncio.Event, float, asyncio.Future[Any]]] = {}

    async def read(self, key: tuple[str, int, int], bell: asyncio.Event, fetch: Callable[[], Awaitable[Any]]) -> Any:
        now = asyncio.get_running_loop().time()
        found = self._pages.get(key)
        if found is not None and found[0] is bell and not bell.is_set() and now - found[1] < SHARED_S:
            return await asyncio.shield(found[2])
        self._pages = {k: v for k, v in self._pages.items() if now - v[1] < SHARED_S}  # a few at most
        page = asyncio.ensure_future(fetch())
        self._pages[key] = (bell, now, page)
        return await asyncio.shield(page)
