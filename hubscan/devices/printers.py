"""Printer backends that only move bytes, chosen by URL (python-escpos's shape).

- ``tcp://HOST[:PORT]``: raw socket (port 9100), with a ``~HS`` status query first;
- ``spooler://QUEUE``: the operating system's spooler through the ``zebra`` package
  (CUPS ``lpr -oraw`` on Linux, the RAW Windows spooler), checked before and after;
- ``file://PATH``: appended to a file (for a print-to-file station or a test).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlparse

from hubscan.core.notices import Notice
from hubscan.devices.faults import PrinterFault
from hubscan.devices.hoststatus import HostStatus, HostStatusError, parse_host_status
from hubscan.devices.spooler import SpoolerPrinter

RAW_PORT = 9100
STATUS_TIMEOUT_S = 2.0


class Printer(Protocol):
    @property
    def url(self) -> str: ...

    def send(self, data: bytes) -> None: ...


@dataclass
class TcpPrinter:
    host: str
    port: int = RAW_PORT
    timeout_s: float = STATUS_TIMEOUT_S

    @property
    def url(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        except OSError as exc:
            raise PrinterFault(
                Notice("printer.unreachable", {"url": self.url, "reason": str(exc.strerror or exc)})
            ) from exc

    def _status(self, connection: socket.socket) -> HostStatus:
        connection.sendall(b"~HS")
        answer = b""
        try:
            while answer.count(b"\x03") < 3:
                chunk = connection.recv(1024)
                if not chunk:
                    break
                answer += chunk
        except TimeoutError:
            pass
        if answer.count(b"\x03") < 3:
            # A Zebra says nothing to ~HS while media is out, the head is open or similar.
            raise PrinterFault(Notice("printer.silent", {"url": self.url}))
        try:
            return parse_host_status(answer)
        except HostStatusError as exc:
            raise PrinterFault(Notice("printer.unreadable", {"url": self.url, "reason": str(exc)})) from exc

    def status(self) -> HostStatus:
        with self._connect() as connection:
            return self._status(connection)

    def send(self, data: bytes) -> None:
        with self._connect() as connection:
            problems = self._status(connection).problems()
            if problems:
                raise PrinterFault(Notice("printer.faults", {"url": self.url, "faults": tuple(problems)}))
            try:
                connection.sendall(data)
            except OSError as exc:
                raise PrinterFault(Notice("printer.dropped", {"url": self.url, "reason": str(exc)})) from exc


@dataclass
class FilePrinter:
    path: Path

    @property
    def url(self) -> str:
        return f"file://{self.path}"

    def send(self, data: bytes) -> None:
        try:
            with self.path.open("ab") as handle:
                handle.write(data)
        except OSError as exc:
            raise PrinterFault(Notice("printer.file", {"path": str(self.path), "reason": str(exc.strerror)})) from exc


def open_printer(url: str) -> Printer:
    """The backend for ``url``; a bad URL raises ``ValueError`` naming what is allowed."""
    parsed = urlparse(url)
    if parsed.scheme == "tcp" and parsed.hostname:
        return TcpPrinter(parsed.hostname, parsed.port or RAW_PORT)
    if parsed.scheme == "spooler" and (parsed.netloc or parsed.path.strip("/")):
        return SpoolerPrinter(unquote(parsed.netloc or parsed.path.strip("/")))
    if parsed.scheme == "file" and (parsed.netloc or parsed.path):
        return FilePrinter(Path(unquote(parsed.netloc + parsed.path)))
    raise ValueError(f"printer {url!r}: use tcp://HOST:9100, spooler://QUEUE or file://PATH")
