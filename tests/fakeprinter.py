"""A Zebra-like raw printer on loopback: records every byte (or only the last jobs, for
long runs), answers ~HS as told."""

from __future__ import annotations

import socket
import threading
from collections import deque
from types import TracebackType

STATUS_OK = (
    b"\x02030,0,0,0245,000,0,0,0,000,0,0,0\x03\r\n",
    b"\x02000,0,0,0,1,2,6,0,00000000,1,000\x03\r\n",
    b"\x021234,0\x03\r\n",
)


def status_line(paper_out: bool = False, paused: bool = False, head_open: bool = False) -> bytes:
    first = f"\x02030,{int(paper_out)},{int(paused)},0245,000,0,0,0,000,0,0,0\x03\r\n".encode()
    second = f"\x02000,0,{int(head_open)},0,1,2,6,0,00000000,1,000\x03\r\n".encode()
    return first + second + STATUS_OK[2]


class LoopbackPrinter:
    """``status`` is what ~HS gets: ``"ok"``, ``"paper_out"``, ``"paused"``, ``"head_open"``,
    or ``"silent"`` (no answer at all, as a real Zebra with media out). While ``released``
    is clear, ~HS is answered only once it is set (a printer busy for as long as a test
    wants); ``asked`` is set at each ~HS received.

    With ``keep_last`` it keeps only that many of the latest jobs and no byte stream
    (``received`` stays empty), so a run of many thousand labels does not grow the
    test process by their bytes; ``printed`` counts every job either way."""

    def __init__(self, keep_last: int | None = None) -> None:
        self.status = "ok"
        self.keep_last = keep_last
        self.received = bytearray()
        self.jobs: deque[bytes] | list[bytes] = [] if keep_last is None else deque(maxlen=keep_last)
        self.printed = 0
        self.connections = 0
        self.all_received = threading.Event()
        self.released = threading.Event()
        self.released.set()
        self.asked = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        # Before the thread starts: a printer switched off at once (closed) must not
        # make the thread's first call fail on a closed socket.
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="loopback-printer")
        self._thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _answer(self) -> bytes:
        if self.status == "silent":
            return b""
        return status_line(
            paper_out=self.status == "paper_out", paused=self.status == "paused", head_open=self.status == "head_open"
        )

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with connection:
                self._handle(connection)

    def _handle(self, connection: socket.socket) -> None:
        job = bytearray()
        connection.settimeout(5)
        while True:
            try:
                chunk = connection.recv(65536)
            except (TimeoutError, OSError):
                break
            if not chunk:
                break
            if self.keep_last is None:
                self.received += chunk
            job += chunk
            if b"~HS" in chunk:
                self.asked.set()
                self.released.wait(60)
                answer = self._answer()
                if answer:
                    connection.sendall(answer)
        body = bytes(job).replace(b"~HS", b"")
        if body:
            self.jobs.append(body)
            self.printed += 1
            self.all_received.set()

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(5)

    def __enter__(self) -> LoopbackPrinter:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()
