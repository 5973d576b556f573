"""Scanners reaching Qt: the wedge event filter and the serial bridge (real pty)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import SimpleNamespace

from ptyport import PtyScanner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hubscan.devices.scanner import ScannerSettings, SerialScanner
from hubscan.ui.scanner_bridge import SerialScannerBridge
from hubscan.ui.wedge_filter import WedgeScannerFilter


class SteppingClock:
    def __init__(self, step_ms: float) -> None:
        self.now, self.step_ms = 0.0, step_ms

    def __call__(self) -> float:
        self.now += self.step_ms
        return self.now


@contextmanager
def station(qtbot: QtBot, step_ms: float) -> Iterator[SimpleNamespace]:
    """A window with a plain panel and a text field, the wedge filter installed on the app."""
    window = QWidget()
    note = QLineEdit()
    panel = QWidget()
    panel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout = QVBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(note)
    qtbot.addWidget(window)
    window.show()
    wedge = WedgeScannerFilter(clock=SteppingClock(step_ms))
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(wedge)
    try:
        yield SimpleNamespace(panel=panel, note=note, wedge=wedge)
    finally:
        app.removeEventFilter(wedge)


def test_fast_burst_becomes_a_scan(qtbot: QtBot) -> None:
    with station(qtbot, 10) as st:
        st.panel.setFocus()
        with qtbot.waitSignal(st.wedge.scanned, timeout=2000) as signal:
            qtbot.keyClicks(st.panel, "RR123456785AU")
            qtbot.keyClick(st.panel, Qt.Key.Key_Return)
        assert signal.args == ["RR123456785AU"]


def test_gs_from_ctrl_bracket_is_kept(qtbot: QtBot) -> None:
    with station(qtbot, 10) as st:
        st.panel.setFocus()
        with qtbot.waitSignal(st.wedge.scanned, timeout=2000) as signal:
            qtbot.keyClicks(st.panel, "]C11012")
            qtbot.keyClick(st.panel, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(st.panel, "21X")
            qtbot.keyClick(st.panel, Qt.Key.Key_Return)
        assert signal.args == ["]C11012\x1d21X"]


def test_typing_in_a_text_field_is_left_alone(qtbot: QtBot) -> None:
    with station(qtbot, 10) as st:
        seen: list[str] = []
        st.wedge.scanned.connect(seen.append)
        st.note.setFocus()
        qtbot.keyClicks(st.note, "box crushed")
        qtbot.keyClick(st.note, Qt.Key.Key_Return)
        assert st.note.text() == "box crushed" and seen == []


def test_slow_keys_are_typed_not_scanned(qtbot: QtBot) -> None:
    with station(qtbot, 150) as st:
        st.panel.setFocus()
        with qtbot.waitSignal(st.wedge.typed, timeout=2000) as signal:
            qtbot.keyClicks(st.panel, "OP1001")
            qtbot.keyClick(st.panel, Qt.Key.Key_Return)
        assert signal.args == ["OP1001"]


def test_serial_scanner_lines_arrive_as_signals(qtbot: QtBot, tmp_path: Path) -> None:
    device = PtyScanner(tmp_path / "scanner")
    bridge = SerialScannerBridge(partial(SerialScanner, ScannerSettings(str(device.link), retry_interval_s=0.05)))
    try:
        with qtbot.waitSignal(bridge.status_changed, timeout=5000) as status:
            bridge.start()
        assert status.args[0] == "connected"
        with qtbot.waitSignal(bridge.scanned, timeout=5000) as signal:
            device.scan("RR123456785AU")
        assert signal.args == ["RR123456785AU"]
        with qtbot.waitSignal(bridge.status_changed, timeout=5000) as lost:
            device.unplug()
        assert lost.args[0] == "lost" and "plug it back in" in str(lost.args[1])
    finally:
        bridge.stop()
        device.unplug()
