"""Printing through the operating system's spooler with the ``zebra`` package.

``zebra`` does not report failures: on Linux it pipes into ``lpr`` and ignores its exit
status, so an unknown queue or a refused job would pass silently. Before sending we
check that the queue exists and accepts jobs; afterwards, that a new job appeared.
On Windows the package writes through ``win32print``, which raises on failure itself.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

from zebra import Zebra

from hubscan.core.notices import Notice
from hubscan.devices.faults import PrinterFault


class SpoolerFault(Exception):
    pass


def _lpstat(*args: str) -> str:
    try:
        done = subprocess.run(["lpstat", *args], capture_output=True, text=True, timeout=10, check=False)
    except FileNotFoundError as exc:
        raise SpoolerFault("the print spooler's lpstat command is missing: install CUPS (cups-client)") from exc
    except subprocess.TimeoutExpired as exc:
        raise SpoolerFault("the print spooler does not answer: check that CUPS is running") from exc
    if done.returncode != 0:
        raise SpoolerFault(done.stderr.strip() or f"lpstat {' '.join(args)} failed")
    return done.stdout


def _job_ids(queue: str) -> set[str]:
    listing = _lpstat("-W", "all", "-o", queue)
    return {line.split()[0] for line in listing.splitlines() if line.strip()}


def _output(queue: str, data: bytes) -> None:
    # Bytes go through unchanged (UTF-8 labels under ^CI28); a str would become cp437.
    Zebra(queue).output(data)  # type: ignore[no-untyped-call]


@dataclass
class SpoolerPrinter:
    queue: str

    @property
    def url(self) -> str:
        return f"spooler://{self.queue}"

    def check_queue(self) -> None:
        try:
            state = _lpstat("-p", self.queue)
        except SpoolerFault as exc:
            raise PrinterFault(
                Notice("spooler.unknown_queue", {"queue": repr(self.queue), "reason": str(exc)})
            ) from exc
        if "disabled" in state:
            raise PrinterFault(Notice("spooler.stopped", {"queue": repr(self.queue), "name": self.queue}))

    def send(self, data: bytes) -> None:
        if sys.platform == "win32":
            _output(self.queue, data)
            return
        self.check_queue()
        try:
            before = _job_ids(self.queue)
            _output(self.queue, data)
            after = _job_ids(self.queue)
        except SpoolerFault as exc:
            raise PrinterFault(Notice("spooler.failed", {"queue": repr(self.queue), "reason": str(exc)})) from exc
        if not after - before:
            raise PrinterFault(Notice("spooler.not_queued", {"queue": repr(self.queue)}))
