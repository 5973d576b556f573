"""The hub feed followed in a process of its own, away from the interpreter that
answers scans.

At a busy hub the other benches' events arrive several a second, and applying each
costs a millisecond or two of Python (decoding the page, reading and writing the
return, keeping the event). In the station's process that work holds the interpreter
a scan needs, so a scan arriving meanwhile waits for it. In a process of its own it
runs beside the scans: it writes the same database file with its own connections,
pauses while a scan is under way (the shared foreground flag) and steps aside as the
manifest pull's helper does (lower priority, short GIL switch interval).

Its commits are NORMAL, not FULL (``LocalStore.helper``): a power cut may roll back
the last page with its cursor, and the page is fetched again; never a scan of this
bench. What a page changed and the process's log records come back over a pipe: the
station calls ``on_change`` and writes the records with its own handlers. A process
that ends unexpectedly is started again, with backoff; at stop it is told to stop
(it finishes the page it is writing) and killed if it has not within a few seconds.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from hubscan import logs
from hubscan.processes import spawn
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.feed import FeedFollower
from hubscan.sync.pull import step_aside

log = logging.getLogger("hubscan.sync")

_STOP = "stop"
STOP_TIMEOUT_S = 5.0
MAX_RESTART_DELAY_S = 60.0


class FeedProcess:
    """A ``FeedFollower`` run in a spawned process; ``on_change`` is called in the
    station's process (in a relay thread) with the returns each page changed."""

    def __init__(
        self,
        store: LocalStore,
        settings: ClientSettings,
        hub: str,
        wait_s: float = 20.0,
        on_change: Callable[[tuple[str, ...]], None] | None = None,
    ) -> None:
        self._args = (store.path, store.hub_id, store.workstation_id, store.foreground_flag, settings, hub, wait_s)
        self.on_change = on_change
        self._stopping = threading.Event()
        self._process: Any = None
        self._connection: Connection | None = None
        self._start()
        self._relay = threading.Thread(target=self._listen, name="hubscan-feed-relay", daemon=True)
        self._relay.start()

    def _start(self) -> None:
        self._process, self._connection = spawn(_follow, self._args, "hubscan-feed")

    def _listen(self) -> None:
        """Relay the process's messages until it ends; start it again if it ended by itself."""
        delay = 1.0
        while True:
            assert self._connection is not None
            try:
                kind, value = self._connection.recv()
            except (EOFError, OSError):
                if self._stopping.is_set():
                    return
                self._process.join(1.0)
                log.warning("the hub feed process ended (exit code %s); starting it again", self._process.exitcode)
                if self._stopping.wait(delay):
                    return
                delay = min(MAX_RESTART_DELAY_S, delay * 2)
                self._start()
                continue
            if kind == "log":
                logs.relay([value])
            elif kind == "changed" and self.on_change is not None:
                try:
                    self.on_change(value)
                except Exception:
                    log.exception("a change from the hub feed could not be shown")

    def stop(self) -> None:
        """After this returns, the process writes nothing more (it has ended)."""
        self._stopping.set()
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.send(_STOP)
        self._process.join(STOP_TIMEOUT_S)
        if self._process.is_alive():
            log.warning("the hub feed process did not stop in %.0f s; ending it", STOP_TIMEOUT_S)
            self._process.kill()
            self._process.join()
        self._relay.join(STOP_TIMEOUT_S)
        if self._connection is not None:
            self._connection.close()


def _follow(
    path: Path,
    hub_id: str,
    workstation_id: str,
    flag: Any,
    settings: ClientSettings,
    hub: str,
    wait_s: float,
    connection: Connection,
) -> None:
    """The process: follow the feed until told to stop or the station's process is gone
    (its end of the pipe closes)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the station's to handle
    sending = threading.Lock()

    def send(message: tuple[str, Any]) -> None:
        with sending, contextlib.suppress(OSError):
            connection.send(message)

    logs.forward_to(lambda record: send(("log", record)))
    step_aside()
    store = LocalStore.helper(path, hub_id, workstation_id, flag)
    follower = FeedFollower(
        store, CentralClient(settings), hub, wait_s=wait_s, on_change=lambda t: send(("changed", t))
    )
    follower.owns_client = True
    follower.start()
    try:
        while True:
            try:
                if connection.recv() == _STOP:
                    return
            except (EOFError, OSError):
                return
    finally:
        follower.stop()  # a page being written is finished first
        store.close()
        connection.close()
