"""A fault-injecting HTTP proxy on loopback, one request per connection.

Each request takes the next planned fault (or passes): ``reset_after_commit`` forwards
it, lets the service answer (and commit), then resets the client's connection without
the answer; ``stall`` holds the request past the client's timeout; ``http_503`` answers
503 itself; ``truncate`` forwards and sends back half the answer; ``down`` resets at
once, as a service that is not there.
"""

from __future__ import annotations

import collections
import socket
import struct
import threading
import time

FAULTS = ("reset_after_commit", "stall", "http_503", "truncate", "down")


def _read_http_message(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _close_connection(message: bytes) -> bytes:
    head, _, body = message.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    def __init__(
        self, upstream_port: int, stall_s: float = 3.0, reply_delay_s: float = 0.0, max_reply_bytes: int | None = None
    ) -> None:
        """``reply_delay_s``: every passed reply is held this long after the service
        answered (it has committed), like a slow link; a sync then lasts at least that
        long per request, however fast the machine. ``max_reply_bytes``: a longer reply
        is cut there, as a lossy link loses the longer answers more often."""
        self.upstream_port = upstream_port
        self.stall_s = stall_s
        self.reply_delay_s = reply_delay_s
        self.max_reply_bytes = max_reply_bytes
        self.plan: collections.deque[str] = collections.deque()
        self.down = False
        self.seen: collections.Counter[str] = collections.Counter()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="fault-proxy")
        self._thread.start()

    def _serve(self) -> None:
        self._server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        fault = "down" if self.down else (self.plan.popleft() if self.plan else "pass")
        self.seen[fault] += 1
        try:
            if fault == "down":
                _reset(client)
                return
            request = _read_http_message(client)
            if not request:
                client.close()
                return
            if fault == "http_503":
                client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                client.close()
                return
            if fault == "stall":
                time.sleep(self.stall_s)
                client.close()
                return
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=120) as upstream:
                upstream.sendall(request)
                response = _read_http_message(upstream)
            if fault == "reset_after_commit":
                _reset(client)
                return
            response = _close_connection(response)
            if fault == "pass" and self.max_reply_bytes is not None and len(response) > self.max_reply_bytes:
                fault = "truncate"
                self.seen["cut"] += 1
            if fault == "truncate":
                client.sendall(response[: max(1, min(len(response) - 20, self.max_reply_bytes or len(response)))])
                client.close()
                return
            time.sleep(self.reply_delay_s)
            client.sendall(response)
            client.close()
        except OSError:
            client.close()

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(5)
