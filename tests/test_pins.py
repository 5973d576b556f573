"""PIN logins: kept as salted scrypt hashes, checked on the writer thread, locked after
five wrong tries; a typed badge id asks for the PIN, a scanned badge never does."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import POLICY, STAFF, SUPERVISOR
from fakeprinter import LoopbackPrinter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hubscan.app import StationApp, StationParts, build_window
from hubscan.core.pins import LOCK_S, MAX_TRIES, PinGuard, hash_pin, pin_matches, pin_problem
from hubscan.devices.printers import open_printer
from hubscan.services.printing import LabelPrinting
from hubscan.services.workstation import Workstation
from hubscan.store.operators import pin_hash, set_pin_hash
from hubscan.store.store import LocalStore


def test_a_pin_is_kept_as_a_salted_hash() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second and "2468" not in first and first.startswith("scrypt$")
    assert pin_matches("2468", first) and pin_matches("2468", second)
    assert not pin_matches("2469", first) and not pin_matches("2468", "garbage")
    assert pin_problem("123") and pin_problem("12a4") and pin_problem("123456789")
    assert pin_problem("1234") is None and pin_problem("12345678") is None


def test_five_wrong_pins_lock_typed_logins_for_a_while() -> None:
    guard = PinGuard()
    for n in range(MAX_TRIES):
        assert guard.locked_for("OP1", 10.0 + n) == 0
        guard.failed("OP1", 10.0 + n)
    assert guard.locked_for("OP1", 20.0) > 0 and guard.locked_for("OP2", 20.0) == 0
    assert guard.locked_for("OP1", 14.0 + LOCK_S + 1) == 0  # the lock ends
    guard.failed("OP1", 1000.0)
    guard.succeeded("OP1")
    assert guard.failures == {}


@pytest.mark.logs(r"^typed login for OP\d+ refused: auth\.")
def test_the_workstation_checks_the_pin_and_records_nothing_when_wrong(store: LocalStore) -> None:
    assert set_pin_hash(store, STAFF, hash_pin("1357"))
    assert not set_pin_hash(store, "OP7777", hash_pin("1357"))
    desk = Workstation(store, POLICY, LabelPrinting(store, None))
    wrong = desk.login_with_pin(STAFF, "0000")
    assert wrong.outcome.code == "auth.pin_wrong" and wrong.snapshot.operator is None
    assert desk.login_with_pin("op7777", "1357").outcome.code == "auth.unknown_badge"
    assert desk.login_with_pin(SUPERVISOR, "1357").outcome.code == "auth.no_pin"
    clock = iter(float(n) for n in range(100))
    for _ in range(MAX_TRIES - 1):
        desk.login_with_pin(STAFF, "9999", now=lambda: next(clock))
    locked = desk.login_with_pin(STAFF, "1357", now=lambda: next(clock))
    assert locked.outcome.code == "auth.pin_locked" and "5 min" in locked.outcome.message
    desk.pins.failures.clear()  # five minutes later
    right = desk.login_with_pin(STAFF.lower(), "1357")
    assert right.outcome.code == "auth.login" and right.snapshot.operator is not None
    assert right.snapshot.operator.badge == STAFF
    desk.close()


class SlowTyping:
    """A person at the keyboard: 120 ms between keys."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 120.0
        return self.now


@pytest.fixture
def window(qtbot: QtBot, store: LocalStore) -> Iterator[StationApp]:
    set_pin_hash(store, STAFF, hash_pin("1001"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with LoopbackPrinter() as printer:
        built = build_window(app, store, POLICY, StationParts(LabelPrinting(store, open_printer(printer.url))))
        built.window.show()
        qtbot.waitUntil(lambda: built.window.snapshot is not None)
        yield built
        built.close()


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.logs(r"^typed login for OP1001 refused: auth\.pin_wrong$")
def test_a_typed_badge_id_asks_for_the_pin(qtbot: QtBot, window: StationApp) -> None:
    login = window.window.login
    login.clock = SlowTyping()
    type_into(qtbot, login.badge, STAFF.lower())
    assert login.pin.hasFocus() and "PIN" in login.banner.message.text()
    assert window.window.pages.currentWidget() is login  # not logged in by the id alone
    with qtbot.waitSignal(window.window.answer_shown, timeout=10_000) as answered:
        type_into(qtbot, login.pin, "1234")
    assert answered.args[0].outcome.code == "auth.pin_wrong"
    assert login.banner.result == "error" and "Wrong PIN" in login.banner.message.text()
    assert login.pin.text() == "" and window.window.pages.currentWidget() is login
    type_into(qtbot, login.badge, STAFF)
    with qtbot.waitSignal(window.window.answer_shown, timeout=10_000) as answered:
        type_into(qtbot, login.pin, "1001")
    assert answered.args[0].outcome.code == "auth.login"
    assert window.window.pages.currentWidget() is window.window.station


def test_a_scanned_badge_in_the_id_field_needs_no_pin(qtbot: QtBot, window: StationApp) -> None:
    login = window.window.login
    burst = iter(float(n) * 10.0 for n in range(100))  # a wedge scanner: 10 ms apart
    login.clock = lambda: next(burst)
    with qtbot.waitSignal(window.window.answer_shown, timeout=10_000) as answered:
        type_into(qtbot, login.badge, STAFF)
    assert answered.args[0].outcome.code == "auth.login"


def hubscan(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "hubscan", "--db", str(db), *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, check=False)


def test_operators_pin_command(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    demo = hubscan(db, "demo", "--count", "2")
    assert "OP1001  staff       Sam Staff  (PIN 1001)" in demo.stdout
    done = hubscan(db, "operators", "pin", "op1001", stdin="24680\n")
    assert done.returncode == 0 and "PIN of OP1001 set" in done.stdout and "24680" not in done.stdout
    assert hubscan(db, "operators", "pin", "OP1001", stdin="12\n").returncode == 2
    unknown = hubscan(db, "operators", "pin", "OP4242", stdin="1234\n")
    assert unknown.returncode == 2 and "no operator OP4242" in unknown.stderr
    store = LocalStore(db, "HUB", "01")
    try:
        found, stored = pin_hash(store, "OP1001")
        assert found and stored is not None and pin_matches("24680", stored)
    finally:
        store.close()
    assert hubscan(db, "operators", "pin", "OP1001", "--clear").returncode == 0
    store = LocalStore(db, "HUB", "01")
    try:
        assert pin_hash(store, "OP1001") == (True, None)
    finally:
        store.close()


def test_scans_made_while_the_store_opens_wait_and_are_answered_in_order(qtbot: QtBot, store: LocalStore) -> None:
    """The window shows before the store is open (start-up paints first); a badge
    scanned meanwhile is kept in the writer's queue and answered once it opens."""
    import threading

    from hubscan.app import Backend, open_window

    release = threading.Event()

    def slow_open() -> Backend:
        release.wait(10)
        return Backend(store, LabelPrinting(store, None))

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    built = open_window(app, POLICY, StationParts(files=store.path.parent, play_sounds=False), slow_open)
    try:
        built.window.show()
        answers: list[str] = []
        built.window.answer_shown.connect(lambda answer: answers.append(answer.outcome.code))
        built.window.submit(STAFF)
        built.window.submit("HS:STATION:PROCESS")
        qtbot.wait(300)
        assert answers == [] and built.window.snapshot is None  # still opening: nothing answered, nothing lost
        release.set()
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
        assert answers == ["auth.login", "station.changed"]
    finally:
        release.set()
        built.close()
