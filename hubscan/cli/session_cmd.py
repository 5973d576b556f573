"""``hubscan session``: a scan stream on standard input, one JSON outcome a line out."""

from __future__ import annotations

import argparse
import json
import queue
import signal
import sys
import threading
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from hubscan.cli.common import UserError, config_from, open_store, policy_from, print_desk, printer_from
from hubscan.core.notices import Notice
from hubscan.core.outcome import Outcome
from hubscan.devices.scale import MtSicsScale, ScaleSettings
from hubscan.devices.scanner import ScannerSettings, ScannerState, SerialScanner
from hubscan.services.print_queue import PrintQueue
from hubscan.services.printing import PrintResult
from hubscan.services.scanning import ScanRecorder
from hubscan.services.weighing import weigh_if_asked

if TYPE_CHECKING:
    from hubscan.store.store import LocalStore
    from hubscan.sync.station import StationSync


def outcome_json(raw: str, station: str, result: Outcome) -> str:
    return json.dumps(
        {
            "scan": raw,
            "station": station,
            "result": result.result.value,
            "code": result.code,
            "message": result.message,
            "tracking": result.tracking,
            "status": result.status.value if result.status else None,
            **({"test": True} if result.test else {}),
        },
        ensure_ascii=False,
    )


def _prepare(recorder: ScanRecorder, args: argparse.Namespace, err: IO[str]) -> None:
    """Apply --operator and --station through the same scans an operator would make."""
    for command in ([f"HS:LOGIN:{args.operator}"] if args.operator else []) + (
        [f"HS:STATION:{args.station}"] if args.station else []
    ):
        result = recorder.scan(command)
        print(f"hubscan session: {result.message}", file=err, flush=True)
        if not result.ok:
            raise UserError(result.message)


def _stdin_scans(stdin: IO[bytes]) -> Iterator[str]:
    for data in iter(stdin.readline, b""):
        yield data.decode("utf-8", errors="replace").rstrip("\r\n")


def _scanner_scans(url: str, baudrate: int) -> Iterator[str]:
    """Scans from a serial scanner until SIGTERM or Ctrl+C; status lines on stderr."""
    lines: queue.Queue[str] = queue.Queue()
    stopping = threading.Event()

    def status(state: ScannerState, message: Notice) -> None:
        print(f"hubscan session: {message}", file=sys.stderr, flush=True)

    def stop(signum: int, frame: object) -> None:
        stopping.set()  # only a flag: a signal handler must not take the queue's lock

    previous = signal.signal(signal.SIGTERM, stop)
    scanner = SerialScanner(ScannerSettings(url, baudrate=baudrate), lines.put, status)
    scanner.start()
    try:
        while not stopping.is_set():
            try:
                yield lines.get(timeout=0.2)
            except queue.Empty:
                continue
    except KeyboardInterrupt:
        return
    finally:
        scanner.stop()
        signal.signal(signal.SIGTERM, previous)


def _scans_from(args: argparse.Namespace, stdin: IO[bytes]) -> Iterator[str]:
    if getattr(args, "scanner", None):
        station = config_from(args).station  # --baudrate over scanner.baudrate
        return _scanner_scans(args.scanner, station.scanner_baudrate)
    return _stdin_scans(stdin)


def _report_prints(results: list[PrintResult]) -> None:
    for printed in results:
        print(f"hubscan session: {printed.message}", file=sys.stderr, flush=True)


def _hub_link(args: argparse.Namespace, store: LocalStore) -> StationSync | None:
    """Sync and the hub feed, when the station has a central service and a token: the
    session sees the other benches' work as the window does."""
    from hubscan.config import central_settings
    from hubscan.sync.engine import engine_if_configured
    from hubscan.sync.station import StationSync

    config = config_from(args)
    engine = engine_if_configured(store, central_settings(config), store.hub_id, store.workstation_id)
    if engine is None:
        return None
    return StationSync(engine)


def _scale(args: argparse.Namespace) -> MtSicsScale | None:
    """The bench's scale (scale.url), for HS:WEIGH."""
    station = config_from(args).station
    if not station.scale_url:
        return None
    return MtSicsScale(ScaleSettings(station.scale_url, station.scale_baudrate))


def run(args: argparse.Namespace, stdin: IO[bytes] | None = None, out: IO[str] | None = None) -> int:
    stdin = stdin or sys.stdin.buffer
    out = out or sys.stdout
    policy = policy_from(args)
    printer = printer_from(args)
    store = open_store(args, policy)
    prints: PrintQueue | None = None
    link: StationSync | None = None
    try:
        recorder = ScanRecorder(store, policy)
        # Labels print on their own thread: the next scan's answer never waits on a printer.
        prints = PrintQueue(print_desk(store, printer), _report_prints)
        link = _hub_link(args, store)
        _prepare(recorder, args, sys.stderr)
        scale = _scale(args)
        for raw in _scans_from(args, stdin):
            result = recorder.scan(raw)  # returns only after the commit
            result = weigh_if_asked(recorder, scale, result)
            out.write(outcome_json(raw, recorder.context.station.value, result) + "\n")
            out.flush()
            prints.after_commit(result.effects)
            if link is not None:
                link.wake()
    finally:
        if link is not None:
            link.stop()
        if prints is not None:
            prints.close()
        store.close()
    return 0
