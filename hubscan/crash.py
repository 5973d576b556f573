"""When HubScan itself fails: a crash report, a word to the person, a word at next start.

``install`` sets ``sys.excepthook`` and ``threading.excepthook``: the error is logged
(``hubscan.crash``), a report ``crash-<time>.txt`` with the traceback, the versions and
the recent log is written beside the logs, and ``notify`` (the window's dialog, or a
line on standard error) tells the person where it is. ``take_notice`` at the next start
names the reports nobody has been told about, once.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from hubscan import __version__
from hubscan.logs import recent

log = logging.getLogger("hubscan.crash")

Notify = Callable[[Path | None, str], None]
PREFIX = "crash-"
SEEN = ".seen"


def _stderr(report: Path | None, summary: str) -> None:
    where = f" The crash report is {report}." if report else ""
    print(
        f"hubscan: unexpected error: {summary}.{where} Scans already answered are saved. "
        "Send the report to IT ('hubscan support-bundle' collects it).",
        file=sys.stderr,
    )


def write_report(directory: Path, error: BaseException, thread: str) -> Path | None:
    stamp = datetime.now(UTC)
    text = "\n".join(
        [
            f"HubScan {__version__} crashed at {stamp.isoformat(timespec='seconds')} in thread {thread}",
            f"Python {platform.python_version()} on {platform.platform()}",
            "",
            "".join(traceback.format_exception(type(error), error, error.__traceback__)),
            "--- the recent log ---",
            recent(directory),
        ]
    )
    path = directory / f"{PREFIX}{stamp.strftime('%Y%m%dT%H%M%S%fZ')}.txt"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


class CrashHandler:
    def __init__(self, directory: Path, notify: Notify = _stderr) -> None:
        self.directory = directory
        self.notify = notify

    def handle(self, error: BaseException, thread: str) -> None:
        log.critical("unexpected error in thread %s", thread, exc_info=error)
        report = write_report(self.directory, error, thread)
        try:
            self.notify(report, f"{type(error).__name__}: {error}")
        except Exception:  # the notice must never hide the report
            log.exception("could not show the crash notice")

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.handle(error.with_traceback(trace), threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.handle(args.exc_value, args.thread.name if args.thread else "?")


def install(directory: Path, notify: Notify = _stderr) -> CrashHandler:
    handler = CrashHandler(directory, notify)
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.thread_excepthook
    return handler


@dataclass(frozen=True)
class CrashNotice:
    when: str  # local time, YYYY-MM-DD HH:MM
    report: Path  # the newest report
    count: int

    def text(self) -> str:
        more = f" ({self.count} reports)" if self.count > 1 else ""
        return f"HubScan stopped unexpectedly at {self.when}{more}. IT: the report is {self.report}."


def take_notice(directory: Path) -> CrashNotice | None:
    """The crash reports nobody was told of yet; afterwards they count as told."""
    try:
        reports = sorted(p for p in directory.glob(f"{PREFIX}*.txt") if not p.with_suffix(SEEN).exists())
        for report in reports:
            report.with_suffix(SEEN).touch()
    except OSError:
        return None
    if not reports:
        return None
    when = datetime.fromtimestamp(reports[-1].stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return CrashNotice(when, reports[-1], len(reports))
