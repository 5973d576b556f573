"""Screenshots of every station, run by test_screenshots.py under Xvfb (xcb platform).

    python tests/shoot_stations.py OUTDIR WIDTHxHEIGHT [LANGUAGE]

Drives the real window with scans (a real store, a loopback printer) and saves one PNG
per screen: login, receive, process, reject, consolidate, exceptions, failed print.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import (
    AMS_1,
    BELT,
    DISPATCHER,
    FAULTY,
    PARIS_1,
    PARIS_2,
    POLICY,
    SHIRT,
    STAFF,
    SUPERVISOR,
    small_manifest,
)
from fakeprinter import LoopbackPrinter
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from hubscan.app import StationApp, StationParts, build_window
from hubscan.devices.printers import open_printer
from hubscan.services.demo import DEMO_OPERATORS
from hubscan.services.printing import LabelPrinting
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore


def scan(built: StationApp, raw: str) -> None:
    loop = QEventLoop()
    built.window.answer_shown.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    built.window.submit(raw)
    loop.exec()
    built.window.answer_shown.disconnect(loop.quit)


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out, size = Path(sys.argv[1]), sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    width, height = (int(n) for n in size.split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for leftover in out.glob(f"shots-{size}-{language}.db*"):
        leftover.unlink()
    store = LocalStore(out / f"shots-{size}-{language}.db", POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    assert import_lines(store, (json.dumps(r) for r in small_manifest())).ok
    printer = LoopbackPrinter()
    parts = StationParts(LabelPrinting(store, open_printer(printer.url)), files=out / "files", language=language)
    built = build_window(app, store, POLICY, parts)
    window = built.window
    window.resize(width, height)
    window.show()
    settle(app, 400)

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(out / f"{name}-{size}-{language}.png"))

    shot("login")
    for raw in (STAFF, FAULTY, PARIS_2, AMS_1, PARIS_1):
        scan(built, raw)
    shot("receive")
    # The shirt's GS1 DataMatrix, with its lot and serial: the answer shows both.
    shirt_datamatrix = f"]d201{SHIRT.rjust(14, '0')}10LOT7\x1d21SN0042"
    for raw in ("HS:STATION:PROCESS", PARIS_1, BELT, shirt_datamatrix):
        scan(built, raw)
    shot("process")
    for raw in (SHIRT, "HS:DONE", PARIS_2, BELT, "HS:DONE"):
        scan(built, raw)
    for raw in (FAULTY, "HS:REASON:DAMAGED", "HS:NOTE:box soaked"):
        scan(built, raw)
    shot("signoff-request")
    scan(built, SUPERVISOR)
    shot("signed-off")
    for raw in (SUPERVISOR, "HS:STATION:REJECT", AMS_1, "HS:REASON:DAMAGED", "HS:NOTE:crushed corner, wet"):
        scan(built, raw)
    shot("reject")
    scan(built, "HS:CANCEL")
    scan(built, AMS_1)
    scan(built, "HS:HOLD")
    for raw in (DISPATCHER, "HS:STATION:CONSOLIDATE", PARIS_1, PARIS_2):
        scan(built, raw)
    shot("consolidate")
    printer.status = "paper_out"
    scan(built, "HS:DONE")
    shot("print-failed")
    printer.status = "ok"
    scan(built, "HS:RETRY")
    shot("label-preview")
    window.show_exceptions()
    settle(app, 400)
    shot("exceptions")
    window.show_sync()
    shot("sync")
    window.show_search()
    loop = QEventLoop()
    window.timeline_shown.connect(loop.quit)
    window.submit(PARIS_1)
    loop.exec()
    shot("search")
    scan(built, "OP9001")
    window.show_settings()
    shot("settings")
    built.close()
    store.close()
    printer.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
