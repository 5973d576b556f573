"""Log files: rotating, in the platform's log folder (or ``log.dir``), one named logger
per area (``hubscan.store``, ``hubscan.devices``, ``hubscan.sync``, ``hubscan.ui``,
``hubscan.qt`` for Qt's own messages, ``hubscan.crash``).

Secrets never reach a file: the central token is replaced by ``***`` in every record.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from platformdirs import user_log_path

from hubscan.paths import APP

LOG_FILE = "hubscan.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("hubscan")


def default_log_dir() -> Path:
    return user_log_path(APP, appauthor=False)


class Redactor(logging.Filter):
    """Replaces each secret in a record's text by ``***``."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = {s for s in secrets if s and len(s) >= 4}

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            text = record.getMessage()
            for secret in self.secrets:
                text = text.replace(secret, "***")
            record.msg, record.args = text, None
        return True


_handler: logging.Handler | None = None
_redactor = Redactor()


def hide(secret: str) -> None:
    """From now on ``secret`` is written as ``***`` (a token read from the keyring)."""
    _redactor.secrets |= Redactor([secret]).secrets


def start(directory: Path, level: str = "INFO", secrets: Iterable[str] = ()) -> Path | None:
    """Send HubScan's log records to ``directory/hubscan.log`` (rotated at 2 MiB, 5 kept).

    Returns the folder, or None when it cannot be written (then records go nowhere but
    a warning on standard error: the station must still start)."""
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        import sys

        print(f"hubscan: cannot write logs in {directory} ({exc.strerror}); set log.dir", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    _redactor.secrets = Redactor(secrets).secrets
    handler.addFilter(_redactor)
    log.addHandler(handler)
    log.setLevel(level)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(handler)
    _handler = handler
    return directory


def recent(directory: Path, lines: int = 200) -> str:
    """The last ``lines`` lines of the current log file ("" when there is none)."""
    try:
        with (directory / LOG_FILE).open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 256 * 1024))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(tail.splitlines()[-lines:])


# A helper process (the printer's, the hub feed's) does not write the log file: it
# forwards its records to the station's process, whose handlers write them, so one
# process writes the file. A record travels as (logger name, level, text).
Forwarded = tuple[str, int, str]


class _Forward(logging.Handler):
    def __init__(self, sink: Callable[[Forwarded], None]) -> None:
        super().__init__(logging.INFO)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
        self.sink((record.name, record.levelno, text))


def forward_to(sink: Callable[[Forwarded], None]) -> None:
    """In a helper process: hand every HubScan record of INFO and above to ``sink``."""
    log.addHandler(_Forward(sink))
    log.setLevel(logging.INFO)
    log.propagate = False


def relay(records: Iterable[Forwarded]) -> None:
    """In the station's process: log the records a helper process forwarded."""
    for name, level, text in records:
        logging.getLogger(name).log(level, "%s", text)
