"""When HubScan itself fails: the real hooks in a real process write a crash report with
the traceback and the recent log, say where it is, and the next start mentions it once.
The window's dialog opens in the GUI thread whichever thread failed."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hubscan import crash, logs

FAILING = """
import logging, sys, threading
from pathlib import Path
from hubscan import crash, logs
folder = Path(sys.argv[1])
logs.start(folder)
crash.install(folder)
logging.getLogger("hubscan.store").info("the last thing before it went wrong")
if sys.argv[2] == "thread":
    def work():
        raise KeyError("in a worker")
    worker = threading.Thread(target=work, name="writer")
    worker.start()
    worker.join()
else:
    raise ValueError("boom")
"""


def run_failing(folder: Path, where: str) -> subprocess.CompletedProcess[str]:
    script = folder.parent / "failing.py"
    script.write_text(FAILING)
    return subprocess.run(
        [sys.executable, str(script), str(folder), where], capture_output=True, text=True, timeout=60, check=False
    )


def test_an_unexpected_error_leaves_a_report_and_says_where(tmp_path: Path) -> None:
    tmp_path = tmp_path / "logs"
    done = run_failing(tmp_path, "main")
    assert done.returncode == 1
    assert "unexpected error: ValueError: boom" in done.stderr and "Traceback" not in done.stderr
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in done.stderr
    text = reports[0].read_text()
    assert "HubScan 0." in text and "in thread MainThread" in text
    assert 'raise ValueError("boom")' in text and "the last thing before it went wrong" in text
    assert "CRITICAL hubscan.crash" in (tmp_path / "hubscan.log").read_text()


def test_a_worker_thread_error_is_reported_too(tmp_path: Path) -> None:
    done = run_failing(tmp_path, "thread")
    assert done.returncode == 0  # the main thread goes on
    assert "KeyError: 'in a worker'" in done.stderr
    (report,) = tmp_path.glob("crash-*.txt")
    assert "in thread writer" in report.read_text()


def test_the_next_start_mentions_the_crash_once(tmp_path: Path) -> None:
    run_failing(tmp_path, "main")
    env = {**os.environ, "HUBSCAN_LOG_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "hubscan", "--db", str(tmp_path / "h.db"), "events"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert first.returncode == 0 and "stopped unexpectedly" in first.stderr and "crash-" in first.stderr
    second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert "stopped unexpectedly" not in second.stderr


@pytest.mark.logs(r"^printer went quiet$", r"^unexpected error in thread writer$")
def test_the_window_shows_a_dialog_with_the_recent_log(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hubscan.ui.crash_dialog import CrashDialogs
    from hubscan.ui.login_view import LoginView

    logs.start(tmp_path)
    try:
        dialogs = CrashDialogs(tmp_path)
        handler = crash.CrashHandler(tmp_path, dialogs.notify)
        import logging

        logging.getLogger("hubscan.ui").warning("printer went quiet")

        def fail() -> None:
            try:
                raise RuntimeError("writer lost")
            except RuntimeError as exc:
                handler.handle(exc, "writer")

        with qtbot.waitSignal(dialogs.crashed, timeout=5000):
            threading.Thread(target=fail).start()
        qtbot.waitUntil(lambda: bool(dialogs.shown))
        box = dialogs.shown[0]
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "RuntimeError: writer lost" in box.text() and "crash-" in box.informativeText()
        assert "printer went quiet" in box.detailedText()
        box.close()
    finally:
        logs.start(Path(os.environ["HUBSCAN_LOG_DIR"]))

    notice = crash.take_notice(tmp_path)
    assert notice is not None and crash.take_notice(tmp_path) is None
    login = LoginView("SYD", "07")
    qtbot.addWidget(login)
    login.show_crash_notice(notice.when, str(notice.report))
    assert "stopped unexpectedly" in login.notice.text() and str(notice.report) in login.notice.text()


@pytest.mark.logs(r"^QSoundEffect: no audio output$")
def test_qt_messages_go_to_the_log(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from hubscan.ui.crash_dialog import route_qt_messages

    logs.start(tmp_path)
    route_qt_messages()
    try:
        qWarning("QSoundEffect: no audio output")
    finally:
        qInstallMessageHandler(None)
        logs.start(Path(os.environ["HUBSCAN_LOG_DIR"]))
    assert "WARNING hubscan.qt [MainThread] QSoundEffect: no audio output" in (tmp_path / "hubscan.log").read_text()


def test_a_window_that_cannot_start_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    from hubscan.ui.crash_dialog import startup_problem

    box = startup_problem("setting printer.dpi: 301 is not one of 203, 300")
    qtbot.addWidget(box)
    assert box.text() == "HubScan cannot start."
    assert "printer.dpi: 301" in box.informativeText() and "hubscan config check" in box.informativeText()
    config = tmp_path / "h.toml"
    config.write_text("[printer]\ndpi = 301\n")
    command = [sys.executable, "-m", "hubscan", "--db", str(tmp_path / "h.db"), "--config", str(config), "gui"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "printer.dpi" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "h.db").exists()
