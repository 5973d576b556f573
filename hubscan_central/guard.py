"""What keeps a hostile or broken client from hurting the service: a bound on request
bodies, and a brake on clients that keep sending unknown tokens.

- A body larger than ``max_body`` bytes is answered 413 before any of it is parsed,
  whether it says its length (``Content-Length``) or not (chunked): the service never
  holds more than the bound for one request.
- A client address that sent ``BAD_TOKENS`` unknown tokens within ``WINDOW_S`` is
  answered 429 (with ``Retry-After``) for unknown tokens until the window has passed,
  without a database lookup: guessing tokens costs the guesser, not the database. A
  known token is still served from that address (a hub's benches share one address
  behind its router; one misconfigured bench must not lock out the others). The count
  lives in each service process.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_MB = 16
BAD_TOKENS = 20
WINDOW_S = 60.0


class BodyLimit:
    """ASGI middleware: a request body over ``max_body`` bytes gets 413 and is not read on."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay([message], receive), send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        whole = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replay([whole], receive), send)

    async def _refuse(self, send: Send) -> None:
        limit_mb = self.max_body / (1024 * 1024)
        body = json.dumps(
            {"detail": f"the request body is larger than this service takes ({limit_mb:g} MiB): send it in parts"}
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """``receive`` that gives ``messages`` first, then waits on the real one (a disconnect)."""
    pending = list(messages)

    async def replayed() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replayed


class BadTokenBrake:
    """Unknown tokens per client address, over a sliding window."""

    def __init__(self, limit: int = BAD_TOKENS, window_s: float = WINDOW_S) -> None:
        self.limit = limit
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(address, deque())
        while failures and now - failures[0] >= self.window_s:
            failures.popleft()
        return failures

    def wait_s(self, address: str) -> float:
        """Seconds until ``address`` may try an unknown token again (0: it may now)."""
        now = time.monotonic()
        with self._lock:
            failures = self._recent(address, now)
            if len(failures) < self.limit:
                return 0.0
            return self.window_s - (now - failures[-self.limit])

    def failed(self, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > 100_000:  # bounded: a flood from many addresses forgets the oldest
                self._failures.clear()
            self._recent(address, now).append(now)
