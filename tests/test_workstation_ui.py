"""The workstation window driven as operators drive it: scans from the keyboard wedge,
a real pty scanner, function keys; a real store and a loopback TCP printer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import AMS_1, BELL, BELT, DISPATCHER, PARIS_1, PARIS_2, POLICY, SHIRT, STAFF, SUPERVISOR, hand_over, sscc
from fakeprinter import LoopbackPrinter
from ptyport import PtyScanner
from ptyscale import bench_scale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hubscan.app import StationApp, StationParts, build_window
from hubscan.core.records import Station
from hubscan.devices.printers import TcpPrinter, open_printer
from hubscan.services.demo import s10
from hubscan.services.printing import LabelPrinting, PrintResult
from hubscan.services.workstation import ScanAnswer
from hubscan.store.store import LocalStore


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with LoopbackPrinter() as loopback:
        yield loopback


def open_window(
    qtbot: QtBot,
    store: LocalStore,
    printer: LoopbackPrinter,
    scanner: str | None = None,
    printing: LabelPrinting | None = None,
) -> StationApp:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    printing = printing or LabelPrinting(store, open_printer(printer.url))
    # The bench's scale: the tests' balance on a pty (12.40 kg on it).
    parts = StationParts(printing, scanner_url=scanner, scale_url=bench_scale().settings.url, idle_logout_s=600)
    built = build_window(app, store, POLICY, parts)
    built.window.resize(1366, 768)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.snapshot is not None)
    return built


@pytest.fixture
def station(qtbot: QtBot, store: LocalStore, printer: LoopbackPrinter) -> Iterator[StationApp]:
    built = open_window(qtbot, store, printer)
    yield built
    built.close()


def scan(qtbot: QtBot, built: StationApp, raw: str) -> ScanAnswer:
    with qtbot.waitSignal(built.window.answer_shown, timeout=10_000) as answered:
        built.window.submit(raw)
    answer = answered.args[0]
    assert isinstance(answer, ScanAnswer)
    return answer


def scan_printing(qtbot: QtBot, built: StationApp, raw: str) -> tuple[ScanAnswer, list[PrintResult]]:
    """A scan that makes labels: its answer, then what the printer's thread sent."""
    with qtbot.waitSignal(built.window.labels_printed, timeout=10_000) as printed:
        answer = scan(qtbot, built, raw)
    return answer, printed.args[0]


def pack(qtbot: QtBot, built: StationApp, *parcels: str) -> None:
    """Consolidate ``parcels`` into the container their first opens (its label printed,
    so what prints next is the connote) and weigh it on the scale."""
    first, printed = scan_printing(qtbot, built, parcels[0])
    assert first.outcome.code == "consolidate.opened_added" and [p.ok for p in printed] == [True]
    assert first.label is not None and first.label.kind == "container"
    for parcel in parcels[1:]:
        assert scan(qtbot, built, parcel).outcome.code == "consolidate.added"
    assert scan(qtbot, built, "HS:WEIGH").outcome.code == "container.weighed"


def banner(built: StationApp) -> tuple[str, str]:
    shown = built.window.station.banner
    return shown.result, shown.message.text()


def test_start_goes_to_the_login_screen_and_a_badge_opens_the_station(qtbot: QtBot, station: StationApp) -> None:
    window = station.window
    assert window.pages.currentWidget() is window.login
    assert not any(button.isEnabled() for button in window.buttons.values())
    answer = scan(qtbot, station, STAFF)
    assert answer.outcome.code == "auth.login"
    assert window.pages.currentWidget() is window.station
    assert "Sam Staff" in window.operator.text()
    # A staff operator is offered receive and process, never reject or consolidate.
    enabled = {s for s, b in window.buttons.items() if b.isEnabled()}
    assert enabled == {Station.RECEIVE, Station.PROCESS}


def test_receive_and_process_with_the_scanner_alone(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, STAFF)
    assert scan(qtbot, station, PARIS_1).outcome.code == "receive.ok"
    assert banner(station)[0] == "ok" and PARIS_1 in banner(station)[1]
    assert station.window.station.shift.values["received"].text() == "1"
    scan(qtbot, station, "HS:STATION:PROCESS")
    assert station.window.buttons[Station.PROCESS].isChecked()
    scan(qtbot, station, PARIS_1)
    table = station.window.station.parcel.lines
    assert table.rowCount() == 2 and table.item(0, 1).text() == "2" and table.item(0, 2).text() == "0"
    for item in (SHIRT, SHIRT, BELT):
        scan(qtbot, station, item)
    assert table.item(0, 2).text() == "2" and table.item(1, 2).text() == "1"
    assert scan(qtbot, station, "HS:DONE").outcome.code == "process.done"
    assert station.window.station.shift.values["processed"].text() == "1"
    # Last scans says in words what each scan did; the outcome code is only the tooltip.
    recent = station.window.station.recent.list
    assert recent.item(0).text().endswith("HS:DONE  \u2014  Processed")
    assert recent.item(0).toolTip() == "process.done"


def test_staff_cannot_reject_and_a_supervisor_can(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, STAFF)
    scan(qtbot, station, PARIS_2)
    scan(qtbot, station, PARIS_1)
    refused = scan(qtbot, station, "HS:STATION:REJECT")
    assert refused.outcome.code == "auth.not_allowed"
    assert banner(station)[0] == "error" and "may not use" in banner(station)[1]
    # At the process station, the supervisor's badge signs off a rejection the staff
    # operator asked for; the staff operator stays logged in.
    scan(qtbot, station, "HS:STATION:PROCESS")
    scan(qtbot, station, PARIS_2)
    asked = scan(qtbot, station, "HS:REASON:DAMAGED")
    assert asked.outcome.code == "reject.needs_signoff" and banner(station)[0] == "warning"
    assert "reason: DAMAGED" in station.window.station.parcel.details.text()
    signed, printed = scan_printing(qtbot, station, SUPERVISOR)
    assert signed.outcome.code == "reject.signed_off" and printed and printed[0].ok
    assert "Sam Staff" in station.window.operator.text()
    assert station.window.station.shift.values["rejected"].text() == "1"
    # A supervisor at the reject station does it alone.
    scan(qtbot, station, SUPERVISOR)
    assert scan(qtbot, station, "HS:STATION:REJECT").outcome.code == "station.changed"
    scan(qtbot, station, PARIS_1)
    scan(qtbot, station, "HS:REASON:DAMAGED")
    scan(qtbot, station, "HS:NOTE:crushed corner")
    assert "crushed corner" in station.window.station.parcel.details.text()
    done, printed = scan_printing(qtbot, station, "HS:DONE")
    assert done.outcome.code == "reject.done"
    assert printed and printed[0].ok  # the rejection label went to the printer
    assert station.window.station.shift.values["rejected"].text() == "1"  # this supervisor's shift


def test_a_hold_blocks_processing_until_released(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, SUPERVISOR)
    scan(qtbot, station, "HS:STATION:RECEIVE")
    scan(qtbot, station, AMS_1)
    assert scan(qtbot, station, "HS:HOLD").outcome.code == "hold.on"
    assert "ON HOLD" in station.window.station.parcel.details.text()
    scan(qtbot, station, STAFF)
    scan(qtbot, station, "HS:STATION:PROCESS")
    held = scan(qtbot, station, AMS_1)
    assert held.outcome.code == "parcel.held" and banner(station)[0] == "error"
    with qtbot.waitSignal(station.window.exceptions_shown, timeout=5000):
        qtbot.keyClick(station.window, Qt.Key.Key_F5)
    assert station.window.pages.currentWidget() is station.window.exceptions
    assert station.window.exceptions.table.item(0, 0).text() == AMS_1
    held_row = [station.window.exceptions.table.item(0, column).text() for column in range(6)]
    assert held_row[3].endswith("min") and held_row[4] == POLICY.workstation_id
    assert held_row[5] == SUPERVISOR  # who put it on hold, here or at another bench
    scan(qtbot, station, SUPERVISOR)
    scan(qtbot, station, AMS_1)
    assert scan(qtbot, station, "HS:RELEASE").outcome.code == "hold.off"
    scan(qtbot, station, STAFF)
    scan(qtbot, station, "HS:STATION:PROCESS")
    assert scan(qtbot, station, AMS_1).outcome.code == "process.started"
    scan(qtbot, station, BELL)
    assert scan(qtbot, station, "HS:DONE").outcome.code == "process.done"


def process_both_paris(qtbot: QtBot, built: StationApp) -> None:
    scan(qtbot, built, STAFF)
    for parcel in (PARIS_1, PARIS_2):
        scan(qtbot, built, parcel)
    scan(qtbot, built, "HS:STATION:PROCESS")
    for parcel, items in ((PARIS_1, (SHIRT, SHIRT, BELT)), (PARIS_2, (BELT,))):
        scan(qtbot, built, parcel)
        for item in items:
            scan(qtbot, built, item)
        assert scan(qtbot, built, "HS:DONE").outcome.code == "process.done"


def test_consolidate_and_print_the_connote(qtbot: QtBot, station: StationApp, printer: LoopbackPrinter) -> None:
    process_both_paris(qtbot, station)
    scan(qtbot, station, DISPATCHER)
    scan(qtbot, station, "HS:STATION:CONSOLIDATE")
    assert station.window.station.main.currentWidget() is station.window.station.consolidations
    pack(qtbot, station, PARIS_1, PARIS_2)
    table = station.window.station.consolidations.table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "2" and table.item(0, 2).text() == "1 (1 weighed)"
    closed, printed = scan_printing(qtbot, station, "HS:DONE")
    assert closed.outcome.code == "consolidate.closed" and printed[0].ok
    connote = printed[0].reference
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=5000)  # the container's label, the connote
    assert connote.encode() in printer.jobs[-1]
    assert table.rowCount() == 0
    panel = station.window.station.consolidations
    assert panel.dispatch.isVisible() and "1 container(s) of 1 closed" in panel.dispatch.text()
    assert station.window.station.shift.values["exported"].text() == "0"  # not before the truck
    for raw in hand_over(sscc(1)):
        scan(qtbot, station, raw)
    assert banner(station)[0] == "ok" and station.window.station.shift.values["exported"].text() == "2"
    assert not panel.dispatch.isVisible()
    # The label just printed is on screen, rendered from the same description.
    assert closed.label is not None and closed.label.kind == "connote"
    assert not panel.label.pixmap().isNull() and panel.label_hint.isVisible()
    # Ctrl+R: a reprint needs a reason, and says COPY 1 on the label.
    with qtbot.waitSignal(station.window.reprint.finished, timeout=10_000) as refused:
        station.window.reprint.reprint("  ")
    assert refused.args[0] is False and "reason" in refused.args[1]
    with qtbot.waitSignal(station.window.reprint.finished, timeout=10_000) as reprinted:
        station.window.reprint.reprint("torn while peeling")
    assert reprinted.args[0] is True and banner(station)[0] == "ok"
    qtbot.waitUntil(lambda: len(printer.jobs) >= 3, timeout=5000)
    assert b"COPY 1" in printer.jobs[-1] and connote.encode() in printer.jobs[-1]


@pytest.mark.logs(r"print job 3 failed: .*out of labels")
def test_a_failed_print_is_shown_with_what_to_do_and_kept(
    qtbot: QtBot, station: StationApp, printer: LoopbackPrinter
) -> None:
    process_both_paris(qtbot, station)
    scan(qtbot, station, DISPATCHER)
    scan(qtbot, station, "HS:STATION:CONSOLIDATE")
    pack(qtbot, station, PARIS_1)
    printer.status = "paper_out"
    closed, printed = scan_printing(qtbot, station, "HS:DONE")
    # The connote (job 3) goes first and waits; the parcel list (job 2) goes to the papers folder.
    connote, papers = printed
    assert closed.outcome.code == "consolidate.closed" and papers.ok and not connote.ok
    assert (connote.job_id, papers.job_id) == (3, 2)
    result, message = banner(station)
    assert result == "error" and "out of labels" in message and "print job 3" in message
    assert station.window.trouble.isVisible() and "load a new roll" in station.window.trouble.text()
    assert "HS:RETRY" in message
    # Last scans marks the closing scan as not done while its label has not printed.
    recent = station.window.station.recent.list
    closing = recent.item(0).text()
    assert closing.startswith("\u2716") and "HS:DONE" in closing and "label not printed" in closing
    printer.status = "ok"  # a new roll is in
    retried, reprinted = scan_printing(qtbot, station, "HS:RETRY")
    assert retried.outcome.code == "print.retry" and [p.ok for p in reprinted] == [True]
    assert len(printer.jobs) == 2 and connote.reference.encode() in printer.jobs[-1]
    assert not station.window.trouble.isVisible()  # gone when fixed
    closing = recent.item(1).text()  # under the HS:RETRY scan now, and ticked
    assert closing.startswith("\u2714") and "HS:DONE" in closing and "label not printed" not in closing
    with qtbot.assertNotEmitted(station.window.labels_printed, wait=500):
        scan(qtbot, station, "HS:RETRY")  # nothing waits any more


def test_scans_are_answered_while_the_printer_keeps_a_label_waiting(
    qtbot: QtBot, store: LocalStore, printer: LoopbackPrinter
) -> None:
    # The station waits a minute for the printer's status: only the test decides when it answers.
    slow = TcpPrinter("127.0.0.1", printer.port, timeout_s=60)
    built = open_window(qtbot, store, printer, printing=LabelPrinting(store, slow))
    try:
        process_both_paris(qtbot, built)
        scan(qtbot, built, DISPATCHER)
        scan(qtbot, built, "HS:STATION:CONSOLIDATE")
        pack(qtbot, built, PARIS_1)
        printer.released.clear()
        printer.asked.clear()
        sent: list[list[PrintResult]] = []
        built.window.labels_printed.connect(sent.append)
        closed = scan(qtbot, built, "HS:DONE")
        assert closed.outcome.code == "consolidate.closed" and banner(built)[0] == "ok"
        assert printer.asked.wait(10)  # the connote is at the printer, its status query unanswered
        # The next scans are answered meanwhile: a consolidation opened, then cancelled.
        assert scan(qtbot, built, "HS:DEST:NL-AMS").outcome.code == "consolidate.opened"
        assert scan(qtbot, built, "HS:CANCEL").outcome.code == "consolidate.cancelled"
        assert sent == [] and len(printer.jobs) == 1  # the container's label, before
        recent = built.window.station.recent.list
        closing = recent.item(2).text()  # under the two scans since
        assert "HS:DONE" in closing and closing.endswith("label waiting to print")
        assert not closing.startswith(("\u2714", "\u2716"))  # neither done nor failed
        with qtbot.waitSignal(built.window.labels_printed, timeout=10_000) as printed:
            printer.released.set()
        assert [(p.ok, p.job_id) for p in printed.args[0]] == [(True, 3), (True, 2)]  # connote, parcel list
        closing = recent.item(2).text()
        assert closing.startswith("\u2714") and "HS:DONE" in closing and "label" not in closing
        assert printer.all_received.wait(5) and printed.args[0][0].reference.encode() in printer.jobs[-1]
    finally:
        printer.released.set()
        built.close()


def test_keyboard_wedge_scans_drive_the_window(qtbot: QtBot, station: StationApp) -> None:
    window = station.window
    # At the login screen a wedge scanner types into the badge field, Enter logs in.
    with qtbot.waitSignal(window.answer_shown, timeout=10_000) as answered:
        qtbot.keyClicks(window.login.badge, STAFF.lower())
        qtbot.keyClick(window.login.badge, Qt.Key.Key_Return)
    assert answered.args[0].outcome.code == "auth.login"
    # At the station there is no text field: the burst is caught by the wedge filter.
    with qtbot.waitSignal(window.answer_shown, timeout=10_000) as answered:
        qtbot.keyClicks(window.station, PARIS_1)
        qtbot.keyClick(window.station, Qt.Key.Key_Return)
    assert answered.args[0].outcome.code == "receive.ok"
    with qtbot.waitSignal(window.answer_shown, timeout=10_000) as answered:
        qtbot.keyClick(window, Qt.Key.Key_F2)
    assert answered.args[0].outcome.code == "station.changed"
    assert window.buttons[Station.PROCESS].isChecked()


@pytest.fixture
def with_scanner(
    qtbot: QtBot, store: LocalStore, printer: LoopbackPrinter, tmp_path: Path
) -> Iterator[tuple[StationApp, PtyScanner]]:
    """The window reading a serial scanner (a pty behind a by-id style link)."""
    device = PtyScanner(tmp_path / "scanner")
    built = open_window(qtbot, store, printer, scanner=str(device.link))
    try:
        yield built, device
    finally:
        built.close()
        device.unplug()


def test_a_pty_scanner_drives_the_window_and_its_unplugging_is_shown(
    qtbot: QtBot, with_scanner: tuple[StationApp, PtyScanner]
) -> None:
    built, device = with_scanner
    qtbot.waitUntil(lambda: built.window.devices.get("scanner", (False, ""))[0], timeout=5000)
    with qtbot.waitSignal(built.window.answer_shown, timeout=10_000) as answered:
        device.scan(STAFF)
    assert answered.args[0].outcome.code == "auth.login"
    with qtbot.waitSignal(built.window.answer_shown, timeout=10_000) as answered:
        device.scan(PARIS_1)
    assert answered.args[0].outcome.code == "receive.ok"
    device.unplug()
    qtbot.waitUntil(built.window.trouble.isVisible, timeout=5000)
    assert "scanner" in built.window.trouble.text().lower()
    device.plug()
    qtbot.waitUntil(lambda: not built.window.trouble.isVisible(), timeout=5000)


def test_hold_and_release_are_hinted_to_every_role(qtbot: QtBot, station: StationApp) -> None:
    """Anyone holds a parcel they are on (and releases their own hold)."""
    hint = station.window.station.hint
    for badge, may_hold in ((STAFF, True), (DISPATCHER, True), (SUPERVISOR, True)):
        scan(qtbot, station, badge)
        assert scan(qtbot, station, "HS:STATION:RECEIVE").outcome.code == "station.changed"
        assert "HS:LOGOUT" in hint.text()
        assert ("HS:HOLD" in hint.text(), "HS:RELEASE" in hint.text()) == (may_hold, may_hold), badge


def test_logout_returns_to_the_login_screen(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, STAFF)
    assert scan(qtbot, station, "HS:LOGOUT").outcome.code == "auth.logout"
    assert station.window.pages.currentWidget() is station.window.login
    assert station.window.login.banner.result == "ok"


def switch_language(qtbot: QtBot, built: StationApp) -> None:
    """F9, then wait for the new window to show what the writer thread sent it."""
    old = built.window
    old.next_language()
    qtbot.waitUntil(lambda: built.window is not old and built.window.snapshot is not None, timeout=5000)


def test_the_language_switch_rebuilds_the_window_in_french_then_dutch(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, STAFF)
    switch_language(qtbot, station)  # F9: English -> French
    window = station.window
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.station)
    assert window.buttons[Station.RECEIVE].text().startswith("Réception")
    assert scan(qtbot, station, PARIS_1).outcome.code == "receive.ok"
    assert banner(station)[1] == f"{PARIS_1} réceptionné pour Maison Éclair."
    assert station.window.station.recent.list.item(0).text().endswith(f"{PARIS_1}  \u2014  Réceptionné")
    assert station.window.station.shift.title.text() == "CETTE ÉQUIPE"
    switch_language(qtbot, station)  # French -> Dutch
    refused = scan(qtbot, station, "HS:STATION:REJECT")
    assert refused.outcome.code == "auth.not_allowed"
    dutch = "Sam Staff (medewerker) mag de werkplek afkeuring niet gebruiken. Vraag een supervisor."
    assert banner(station) == ("error", dutch)
    assert station.window.station.banner.word.text() == "STOP"
    switch_language(qtbot, station)  # back to English
    assert station.window.buttons[Station.RECEIVE].text().startswith("Receive")


@pytest.mark.logs(r"print job 3 failed: .*out of labels")
def test_printer_and_scanner_trouble_is_said_in_the_chosen_language(
    qtbot: QtBot, printer: LoopbackPrinter, with_scanner: tuple[StationApp, PtyScanner]
) -> None:
    built, device = with_scanner
    process_both_paris(qtbot, built)
    switch_language(qtbot, built)  # French
    scan(qtbot, built, DISPATCHER)
    scan(qtbot, built, "HS:STATION:CONSOLIDATE")
    pack(qtbot, built, PARIS_1)
    printer.status = "paper_out"
    _, printed = scan_printing(qtbot, built, "HS:DONE")
    assert not printed[0].ok and "out of labels" in printed[0].message  # English for the log
    result, message = banner(built)
    assert result == "error" and "NON imprimée" in message and "plus d’étiquettes" in message
    assert "scannez HS:RETRY" in message and "out of labels" not in message
    assert "chargez un nouveau rouleau" in built.window.trouble.text()
    switch_language(qtbot, built)  # Dutch: the kept trouble is said again, in Dutch
    assert "etiketten op: plaats een nieuwe rol" in built.window.trouble.text()
    device.unplug()
    qtbot.waitUntil(lambda: "scanner" in built.window.trouble.text(), timeout=5000)
    said = built.window.trouble.text()  # lost, then (the port gone) looked for
    assert "losgekoppeld of kwijt" in said or "niet gevonden: controleer de kabel" in said
    assert "unplugged" not in said and "not found" not in said


def test_an_idle_station_logs_its_operator_out(qtbot: QtBot, store: LocalStore, printer: LoopbackPrinter) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    built = build_window(
        app, store, POLICY, StationParts(LabelPrinting(store, open_printer(printer.url)), idle_logout_s=1)
    )
    try:
        built.window.show()
        qtbot.waitUntil(lambda: built.window.snapshot is not None)
        scan(qtbot, built, STAFF)
        assert built.window.pages.currentWidget() is built.window.station
        with qtbot.waitSignal(built.window.answer_shown, timeout=5000) as answered:
            pass  # nothing scanned for a second
        assert answered.args[0].outcome.code == "auth.logout"
        assert built.window.pages.currentWidget() is built.window.login
    finally:
        built.close()


@pytest.mark.logs(r"sync round failed: .* unreachable")
def test_central_unreachable_is_shown_and_goes_when_it_is_back(
    qtbot: QtBot, store: LocalStore, printer: LoopbackPrinter, tmp_path: Path
) -> None:
    from central import CentralService

    from hubscan.sync.client import CentralClient, ClientSettings
    from hubscan.sync.engine import SyncEngine

    service = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    client = CentralClient(
        ClientSettings(service.url, service.token(POLICY.hub_id, POLICY.workstation_id), retries=0, read_timeout_s=2)
    )
    engine = SyncEngine(store, client, POLICY.hub_id, POLICY.workstation_id)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    parts = StationParts(
        LabelPrinting(store, open_printer(printer.url)), sync=engine, sync_interval_s=0.2, sync_max_backoff_s=1.0
    )
    built = build_window(app, store, POLICY, parts)
    try:
        built.window.show()
        scan(qtbot, built, STAFF)
        scan(qtbot, built, PARIS_1)
        sync = built.window.sync
        # PARIS_1's Depot Scan has reached the service (the store says so), and the view says so.
        qtbot.waitUntil(lambda: engine.status().queue_depth == 0, timeout=10_000)
        qtbot.waitUntil(lambda: sync.values["state"].text().endswith("online") and sync.values["queue"].text() == "0")
        qtbot.keyClick(built.window, Qt.Key.Key_F6)
        assert built.window.pages.currentWidget() is sync
        service.stop()
        scan(qtbot, built, PARIS_2)
        qtbot.waitUntil(built.window.trouble.isVisible, timeout=10_000)
        assert "Central service unreachable" in built.window.trouble.text()
        qtbot.waitUntil(lambda: sync.values["queue"].text() == "1", timeout=10_000)  # PARIS_2's Depot Scan
        service.start()
        qtbot.waitUntil(lambda: not built.window.trouble.isVisible(), timeout=10_000)
        assert sync.values["queue"].text() == "0"
        # Search (F7): a scan on the search page looks the parcel up, here and centrally.
        qtbot.keyClick(built.window, Qt.Key.Key_F7)
        with qtbot.waitSignal(built.window.timeline_shown, timeout=10_000):
            built.window.submit(PARIS_1)
        search = built.window.search
        assert [search.local.item(r, 1).text() for r in range(search.local.rowCount())] == ["DepotScan"]
        central_steps = [search.central.item(r, 1).text() for r in range(search.central.rowCount())]
        assert "Depot Scan" in central_steps and not search.central_note.isVisible()
    finally:
        built.close()
        client.close()
        service.close()


def test_search_without_a_central_service_shows_the_local_timeline(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, STAFF)
    scan(qtbot, station, PARIS_1)
    scan(qtbot, station, "HS:STATION:PROCESS")
    scan(qtbot, station, PARIS_1)
    qtbot.keyClick(station.window, Qt.Key.Key_F7)
    search = station.window.search
    with qtbot.waitSignal(station.window.timeline_shown, timeout=10_000):
        qtbot.keyClicks(search.field, PARIS_1.lower())
        qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert search.heading.text().startswith(PARIS_1)
    assert search.local.rowCount() == 1 and search.local.item(0, 1).text() == "DepotScan"
    assert search.central_note.text() == "no central service is set up"
    with qtbot.waitSignal(station.window.timeline_shown, timeout=10_000):
        station.window.submit(s10(55_555_555, "RR", "GB"))  # a parcel scanned on the search page is a search
    assert "Not known" in search.details.text() and search.local.rowCount() == 0
    assert scan(qtbot, station, SUPERVISOR).outcome.code == "auth.login"  # a badge still logs in


def test_an_evidence_photo_goes_with_the_rejection(qtbot: QtBot, station: StationApp, tmp_path: Path) -> None:
    from PIL import Image

    source = tmp_path / "damage.png"
    Image.new("RGB", (32, 32), (10, 120, 10)).save(source)
    scan(qtbot, station, SUPERVISOR)
    scan(qtbot, station, "HS:STATION:RECEIVE")
    scan(qtbot, station, PARIS_1)
    scan(qtbot, station, "HS:STATION:REJECT")
    scan(qtbot, station, PARIS_1)
    with qtbot.waitSignal(station.window.answer_shown, timeout=10_000) as answered:
        station.window.add_photo_file(source)
    assert answered.args[0].outcome.code == "reject.evidence" and banner(station)[0] == "ok"
    bad = tmp_path / "scan.txt"
    bad.write_text("not a photo")
    with qtbot.waitSignal(station.window.answer_shown, timeout=10_000) as answered:
        station.window.add_photo_file(bad)
    assert answered.args[0].outcome.code == "reject.photo_unusable"
    assert banner(station)[0] == "error" and "not a readable photo" in banner(station)[1]
    scan(qtbot, station, "HS:REASON:DAMAGED")
    assert scan(qtbot, station, "HS:DONE").outcome.code == "reject.done"
    kept = list((tmp_path / "evidence").iterdir())
    assert len(kept) == 1 and kept[0].read_bytes() == source.read_bytes()


def test_an_admin_imports_a_manifest_while_scans_go_on(qtbot: QtBot, station: StationApp, tmp_path: Path) -> None:
    import json

    from hubscan.services.demo import demo_manifest

    records = list(demo_manifest(3000, hub=POLICY.hub_id, start=70_000_000))
    good = tmp_path / "big.jsonl"
    good.write_text("".join(json.dumps(r) + "\n" for r in records))
    admin = "OP9001"
    scan(qtbot, station, admin)
    assert station.window.manifest_import is not None
    seen: list[int] = []
    station.window.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(station.window.manifest_import.report_ready, timeout=60_000) as done:
        station.window.import_manifest(good)
        assert station.window.progress.isVisible()
        # Scans are answered while the import runs.
        assert scan(qtbot, station, PARIS_1).outcome.code == "receive.ok"
    report = done.args[0]
    assert report.ok and report.imported == 3000
    assert seen[-1] == 100 and not station.window.progress.isVisible()
    assert banner(station) == ("ok", "Manifest imported: 3000 pre-advised returns.")
    assert scan(qtbot, station, records[-1]["tracking"]).outcome.code == "receive.ok"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(records[0]) + "\n{not json\n")
    with qtbot.waitSignal(station.window.manifest_import.report_ready, timeout=60_000) as done:
        station.window.import_manifest(bad)
    assert not done.args[0].ok and done.args[0].imported == 0
    result, message = banner(station)
    assert result == "error" and "nothing changed" in message and "line 2: not valid JSON" in message


def test_only_an_admin_imports(qtbot: QtBot, station: StationApp) -> None:
    scan(qtbot, station, STAFF)
    station.window.choose_manifest()  # Ctrl+I
    assert banner(station) == ("error", "Only an admin imports manifests (Ctrl+I).")
    with qtbot.waitSignal(station.window.reprint.finished, timeout=10_000) as refused:
        station.window.reprint.reprint("torn")  # Ctrl+R
    assert refused.args == [False, "only a dispatcher or an admin reprints labels"]


def test_admin_settings_scanner_test_print_and_language(
    qtbot: QtBot, store: LocalStore, printer: LoopbackPrinter, tmp_path: Path
) -> None:
    config = tmp_path / "hubscan.toml"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    parts = StationParts(LabelPrinting(store, open_printer(printer.url)), settings_file=config)
    built = build_window(app, store, POLICY, parts)
    try:
        built.window.show()
        scan(qtbot, built, STAFF)
        built.window.show_settings()  # F10
        assert built.window.pages.currentWidget() is built.window.station  # staff may not
        assert banner(built)[1] == "Only an admin changes the settings (F10)."
        scan(qtbot, built, "OP9001")
        built.window.show_settings()
        settings = built.window.settings
        assert built.window.pages.currentWidget() is settings
        built.window.submit(PARIS_1)  # the scanner test: shown, nothing recorded
        assert settings.last_scan.text() == PARIS_1 and built.writer.pending == 0
        settings.fields["printer.url"].setText(printer.url)
        with qtbot.waitSignal(built.window.settings_saver.answered, timeout=10_000):
            settings.test_print.click()
        assert settings.result.text().startswith("\u2714") and printer.all_received.wait(5)
        settings.fields["hub_id"].setText("SYDNEY")
        with qtbot.waitSignal(built.window.settings_saver.answered, timeout=10_000):
            settings.request_save()
        assert settings.result.text().startswith("\u2716") and "hub_id" in settings.result.text()
        assert not config.exists()  # nothing written
        settings.fields["hub_id"].setText("SYD")
        settings.language.setCurrentIndex(1)  # Français
        old = built.window
        settings.request_save()
        qtbot.waitUntil(lambda: built.window is not old and config.exists(), timeout=10_000)
        assert 'language = "fr"' in config.read_text() and 'hub_id = "SYD"' in config.read_text()
        assert built.languages.language == "fr"
    finally:
        built.close()
