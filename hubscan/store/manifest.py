"""Writing pre-advice into the store through its one writer (``preadvice_upsert``), for
the JSON Lines import and the manifest pull, in one of two ways:

- ``import_lines``: a whole file in one transaction, all of it or none (the command line);
- ``write_in_steps``: short transactions that give way to scans, for the window's
  import and the pull, the pull's cursor moving with its last step.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection

from hubscan.core.preadvice import (
    ImportReport,
    Preadvice,
    PreadviceError,
    Progress,
    parse_arrived_as,
    parse_carrier,
    parse_finished,
    parse_preadvice,
)
from hubscan.store.preadvice_upsert import upsert_preadvice
from hubscan.store.store import LocalStore
from hubscan.store.syncstate import MANIFEST_CURSOR, write_state

log = logging.getLogger("hubscan.store")

BATCH = 2000


class _Rollback(Exception):
    """Raised inside the transaction to undo a file that had bad lines."""


# A return's line is a few kilobytes (500 items at most); a file's line longer than this
# is refused as it is read, never held whole.
MAX_LINE_BYTES = 1024 * 1024


class LineTooLong:
    """A line of a file longer than ``MAX_LINE_BYTES``, read past and not kept."""

    def __init__(self, size: int) -> None:
        self.size = size


def bounded_lines(handle: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | LineTooLong]:
    """The lines of ``handle``; one longer than ``limit`` bytes comes as a ``LineTooLong``
    (its size), read past in blocks: memory stays bounded whatever the file holds."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(limit)
            if not line:
                break
            size += len(line)
        yield LineTooLong(size)


class DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object with a key given twice is refused: which one meant would be a guess."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(f'"{key}" is given twice in one object')
            seen.add(key)
    return found


def _parse_line(number: int, data: str | bytes | LineTooLong, seen: set[str], report: ImportReport) -> Preadvice | None:
    """One line checked: the pre-advice, or None (blank, or an error added to ``report``)."""
    report.lines = number
    if not isinstance(data, LineTooLong) and len(data) > MAX_LINE_BYTES:  # lines not read from a file
        data = LineTooLong(len(data))
    if isinstance(data, LineTooLong):
        report.add_error(number, f"the line is {data.size:,} bytes long; a return's line may be {MAX_LINE_BYTES:,}")
        return None
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        report.add_error(number, f"not UTF-8 text (byte {exc.start + 1} of the line)")
        return None
    if not text.strip():
        return None
    try:
        preadvice = parse_preadvice(json.loads(text, object_pairs_hook=_no_duplicate_keys))
    except json.JSONDecodeError as exc:
        report.add_error(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
        return None
    except DuplicateKey as exc:
        report.add_error(number, str(exc))
        return None
    except RecursionError:
        report.add_error(number, "not valid pre-advice (its JSON is nested too deeply)")
        return None
    except PreadviceError as exc:
        report.add_error(number, str(exc))
        return None
    if preadvice.tracking in seen:
        report.add_error(number, f"tracking {preadvice.tracking} appears earlier in the file")
        return None
    seen.add(preadvice.tracking)
    return preadvice


def import_lines(store: LocalStore, lines: Iterable[str | bytes | LineTooLong]) -> ImportReport:
    """Import pre-advice lines; with any bad line, nothing is kept and every reason is reported."""
    report = ImportReport()
    seen: set[str] = set()
    try:
        with store.writing() as connection:
            batch: list[Preadvice] = []
            for number, data in enumerate(lines, start=1):
                preadvice = _parse_line(number, data, seen, report)
                if preadvice is None or report.error_count:
                    continue  # keep checking the rest, but stop writing
                batch.append(preadvice)
                if len(batch) >= BATCH:
                    upsert_preadvice(connection, batch)
                    report.imported += len(batch)
                    batch = []
            if batch and not report.error_count:
                upsert_preadvice(connection, batch)
                report.imported += len(batch)
            if report.error_count:
                raise _Rollback
    except _Rollback:
        report.imported = 0
    return report


# Pre-advice written in steps is written in transactions of up to CHUNK returns, STEP at
# a time; a transaction ends early after the step during which a scan asked for the
# write lock, so a scan waits for one short step at most, while the writer still
# commits (and checkpoints) only every hundred returns or so. An ended transaction is
# rolled back and written again smaller (``_GiveWay``). 150 rather than larger: smaller
# transactions cut the scans' latency during a large pull and the write-lock wait of the
# slowest scans, at the price of a somewhat slower pull that still keeps within its
# target (compared interleaved with ``benchmarks/sync_throughput.py``).
CHUNK = 150
STEP = 10
# The window's import reads and writes its file this many lines at a time.
IMPORT_BLOCK = 1000


def write_in_steps(
    store: LocalStore, batch: Sequence[Preadvice], finish: Callable[[Connection], None] | None = None
) -> int:
    """Write ``batch`` in short transactions that give way to scans; ``finish`` runs in
    the last one (a cursor moves with the rows it covers). Returns how many were written."""
    done, chunk = 0, CHUNK
    while True:
        store.pause_for_foreground()
        try:
            with store.writing() as connection:
                written = _write_chunk(connection, store, batch, done, chunk)
                if written == len(batch):
                    if finish is not None:
                        finish(connection)
                    return len(batch)
        except _GiveWay:
            chunk = max(STEP, chunk // 4)
            continue
        done, chunk = written, min(CHUNK, chunk * 2)


def _write_chunk(connection: Connection, store: LocalStore, batch: Sequence[Preadvice], done: int, chunk: int) -> int:
    """Write up to ``chunk`` returns from ``done`` on, a step at a time; where it stopped.
    A scan waiting part-way raises ``_GiveWay``, unless the chunk is one step already."""
    end = min(len(batch), done + chunk)
    while done < end:
        upsert_preadvice(connection, batch[done : done + STEP])
        done = min(end, done + STEP)
        if done < end and store.foreground_flag.value > 0:
            if chunk > STEP:
                raise _GiveWay
            break  # the smallest transaction is committed, so the writer moves on
    return done


class _GiveWay(Exception):
    """A scan is waiting: the writer's transaction is rolled back, not committed, so the
    scan's fsync does not carry the writer's pages to the disk too (a commit's frames sit
    in the WAL unsynced until somebody's fsync takes them). The rows are written again
    in a smaller transaction, down to one step, which is committed whatever comes."""


def apply_manifest_page(store: LocalStore, records: list[dict[str, Any]], cursor: int) -> tuple[int, int]:
    """One page of the manifest pull, written in steps; the cursor moves with the last.
    A crash part-way leaves the cursor before the page, and upserts repeat harmlessly.
    Returns (applied, skipped); a record our own rules reject is skipped and logged."""
    batch: list[Preadvice] = []
    skipped = 0
    for index, record in enumerate(records):
        if index % 25 == 0:
            store.pause_for_foreground()
        try:
            preadvice = parse_preadvice(record)
            if "finished" in record:
                preadvice = preadvice._replace(finished=parse_finished(record["finished"]))
            if "carrier" in record:
                preadvice = preadvice._replace(carrier=parse_carrier(record["carrier"]))
            if "arrived_as" in record:
                preadvice = preadvice._replace(arrived_as=parse_arrived_as(record["arrived_as"]))
            batch.append(preadvice)
        except PreadviceError as exc:
            skipped += 1
            log.warning("pre-advice %s skipped: %s", record.get("tracking"), exc)
    applied = write_in_steps(store, batch, lambda connection: write_state(connection, {MANIFEST_CURSOR: str(cursor)}))
    return applied, skipped


def import_file_in_steps(store: LocalStore, path: Path, progress: Progress) -> ImportReport:
    """For the window, where scans go on meanwhile: the whole file is checked first
    (nothing is written if a line is bad), then written in steps that give way to scans
    (``write_in_steps``). Stopped part-way (a crash), some returns are written;
    importing the same file again completes it, as upserts repeat harmlessly."""
    try:
        with path.open("rb") as handle:
            total = sum(1 for _ in bounded_lines(handle))
    except OSError as exc:
        report = ImportReport()
        report.add_error(0, f"cannot read {path.name} ({exc.strerror})")
        return report
    checked = ImportReport()
    seen: set[str] = set()
    with path.open("rb") as handle:
        for number, data in enumerate(bounded_lines(handle), start=1):
            _parse_line(number, data, seen, checked)
            if number % 1000 == 0:
                progress(number, total, "checking")
    if checked.error_count:
        return checked
    written = ImportReport()
    seen.clear()
    block: list[Preadvice] = []
    with path.open("rb") as handle:
        for number, data in enumerate(bounded_lines(handle), start=1):
            preadvice = _parse_line(number, data, seen, written)
            if preadvice is not None:
                block.append(preadvice)
            if len(block) >= IMPORT_BLOCK or (number == total and block):
                written.imported += write_in_steps(store, block)
                block = []
                progress(number, total, "importing")
    progress(total, total, "importing")
    return written
