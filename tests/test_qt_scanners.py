"""Scanners reaching Qt: the wedge event filter and the serial bridge (real pty)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from ptyport import PtyScanner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hubscan.devices.scanner import ScannerSettings
from hubscan.devices.wedge import WedgeSettings
from hubscan.ui.scanner_bridge import SerialScannerBridge
from hubscan.ui.wedge_filter import WedgeScannerFilter


class SteppingClock:
    def __init__(self, step_ms: float) -> None:
        self.now, self.step_ms = 0.0, step_ms

    def __call__(self) -> float:
        self.now += self.step_ms
        return self.now


def station(qtbot: QtBot, clock: SteppingClock, settings: WedgeSettings | None = None):  # type: ignore[no-untyped-def]
    window = QWidget()
    note = QLineEdit()
    panel = QWidget()
    panel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout = QVBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(note)
    qtbot.addWidget(window)
    window.show()
    wedge = WedgeScannerFilter(settings, clock=clock)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(wedge)
    qtbot.addWidget(panel)
    return SimpleNamespace(window=window, panel=panel, note=note, wedge=wedge, app=app)


def test_fast_burst_becomes_a_scan(qtbot: QtBot) -> None:
    st = station(qtbot, SteppingClock(10))
    panel, _note, wedge, app = st.panel, st.note, st.wedge, st.app
    try:
        panel.setFocus()
        with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
            qtbot.keyClicks(panel, "RR123456785AU")
            qtbot.keyClick(panel, Qt.Key.Key_Return)
        assert signal.args == ["RR123456785AU"]
    finally:
        app.removeEventFilter(wedge)


def test_gs_from_ctrl_bracket_is_kept(qtbot: QtBot) -> None:
    st = station(qtbot, SteppingClock(10))
    panel, _note, wedge, app = st.panel, st.note, st.wedge, st.app
    try:
        panel.setFocus()
        with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
            qtbot.keyClicks(panel, "]C11012")
            qtbot.keyClick(panel, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(panel, "21X")
            qtbot.keyClick(panel, Qt.Key.Key_Return)
        assert signal.args == ["]C11012\x1d21X"]
    finally:
        app.removeEventFilter(wedge)


def test_typing_in_a_text_field_is_left_alone(qtbot: QtBot) -> None:
    st = station(qtbot, SteppingClock(10))
    _panel, note, wedge, app = st.panel, st.note, st.wedge, st.app
    seen: list[str] = []
    wedge.scanned.connect(seen.append)
    try:
        note.setFocus()
        qtbot.keyClicks(note, "box crushed")
        qtbot.keyClick(note, Qt.Key.Key_Return)
        assert note.text() == "box crushed" and seen == []
    finally:
        app.removeEventFilter(wedge)


def test_slow_keys_are_typed_not_scanned(qtbot: QtBot) -> None:
    st = station(qtbot, SteppingClock(150))
    panel, _note, wedge, app = st.panel, st.note, st.wedge, st.app
    try:
        panel.setFocus()
        with qtbot.waitSignal(wedge.typed, timeout=2000) as signal:
            qtbot.keyClicks(panel, "OP1001")
            qtbot.keyClick(panel, Qt.Key.Key_Return)
        assert signal.args == ["OP1001"]
    finally:
        app.removeEventFilter(wedge)


def test_serial_scanner_lines_arrive_as_signals(qtbot: QtBot, tmp_path: Path) -> None:
    device = PtyScanner(tmp_path / "scanner")
    bridge = SerialScannerBridge(ScannerSettings(str(device.link), retry_interval_s=0.05))
    try:
        with qtbot.waitSignal(bridge.status_changed, timeout=5000) as status:
            bridge.start()
        assert status.args[0] == "connected"
        with qtbot.waitSignal(bridge.scanned, timeout=5000) as signal:
            device.scan("RR123456785AU")
        assert signal.args == ["RR123456785AU"]
        with qtbot.waitSignal(bridge.status_changed, timeout=5000) as lost:
            device.unplug()
        assert lost.args[0] == "lost" and "plug it back in" in lost.args[1]
    finally:
        bridge.stop()
        device.unplug()
