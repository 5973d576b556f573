"""Where the dispatch papers go: always into a folder, where they are kept (PDF and CSV,
named by connote), and, when the bench has one, to the office printer's CUPS queue.

The queue gets the PDF through ``lp`` with no ``raw`` option, so CUPS converts it for
whatever printer the queue drives (a label printer's queue takes ZPL raw instead). A
file is written whole or not at all, even across a power cut (``hubscan.durable``), and
readable by this user alone: the papers name shoppers' parcels and orders.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hubscan.core.notices import Notice
from hubscan.devices.faults import PrinterFault
from hubscan.devices.spooler import SpoolerPrinter
from hubscan.durable import write_whole


@dataclass(frozen=True)
class PapersOutput:
    folder: Path
    queue: str | None = None  # the office printer's CUPS queue; None: the folder only

    @property
    def url(self) -> str:
        return f"spooler://{self.queue}" if self.queue else self.folder.absolute().as_uri()

    def deliver(self, name: str, files: dict[str, bytes]) -> list[Path]:
        """Keep each of ``files`` (``{".pdf": ..., ".csv": ...}``) as ``name`` + suffix,
        then print the PDF on the queue; the paths kept."""
        kept = [self._keep(name + suffix, data) for suffix, data in files.items()]
        if self.queue is not None and ".pdf" in files:
            self._print(name, files[".pdf"])
        return kept

    def _keep(self, file_name: str, data: bytes) -> Path:
        target = self.folder / file_name
        try:
            write_whole(target, data)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise PrinterFault(Notice("papers.folder", {"path": str(self.folder), "reason": reason})) from exc
        return target

    def _print(self, title: str, pdf: bytes) -> None:
        assert self.queue is not None
        if sys.platform == "win32":
            raise PrinterFault(Notice("papers.windows_queue", {"path": str(self.folder)}))
        spooler = SpoolerPrinter(self.queue)
        spooler.check_queue()
        try:
            done = subprocess.run(
                ["lp", "-d", self.queue, "-t", title, "-o", "document-format=application/pdf", "-"],
                input=pdf,
                capture_output=True,
                timeout=30,
                check=False,
            )
        except FileNotFoundError as exc:
            reason = "the print spooler's lp command is missing: install CUPS (cups-client)"
            raise PrinterFault(Notice("spooler.failed", {"queue": repr(self.queue), "reason": reason})) from exc
        except subprocess.TimeoutExpired as exc:
            reason = "the print spooler does not answer: check that CUPS is running"
            raise PrinterFault(Notice("spooler.failed", {"queue": repr(self.queue), "reason": reason})) from exc
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip() or f"lp ended with {done.returncode}"
            raise PrinterFault(Notice("spooler.failed", {"queue": repr(self.queue), "reason": reason}))
