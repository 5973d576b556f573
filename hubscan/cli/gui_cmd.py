"""``hubscan gui``: the workstation window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from ctypes.util import find_library
from typing import TYPE_CHECKING

from hubscan.cli.common import UserError, config_from, db_path

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from hubscan.app import Backend, StationParts
    from hubscan.core.policy import HubPolicy

# Libraries Qt 6's xcb platform plugin loads, and the Debian/Ubuntu package of each.
_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def _check_display() -> None:
    """Qt aborts the process when it finds no display; say so in words instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on the "
            "station's desktop, or use the headless commands: hubscan session, hubscan events."
        )
    if os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # Without these Qt cannot load its X11 plugin and aborts with a misleading message.
        missing = [package for library, package in _XCB_LIBRARIES.items() if not find_library(library)]
        if missing:
            raise UserError(
                "the window needs X11 libraries that are not installed. Install them "
                f"(Debian/Ubuntu: sudo apt install {' '.join(missing)}) and start HubScan again."
            )


def run(args: argparse.Namespace) -> int:
    """The window at once; the store opens on the writer thread meanwhile. Every
    setting is checked before the window shows; a database that will not open is
    said in a dialog (and on standard error) and ends the program."""
    _check_display()
    from PySide6.QtWidgets import QApplication

    from hubscan.app import open_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    try:
        policy, parts, open_backend = _station(args)
    except UserError as exc:
        _say_cannot_start(app, str(exc))
        raise
    dialogs = _report_crashes(args)
    built = open_window(app, policy, parts, open_backend)
    problems: list[str] = []

    def cannot_open(why: str) -> None:
        problems.append(why)
        _say_cannot_start(app, why)
        app.exit(2)

    built.writer.open_failed.connect(cannot_open)
    notice = getattr(args, "crash_notice", None)
    if notice is not None:
        built.window.login.show_crash_notice(notice.when, str(notice.report))
    built.window.resize(1366, 768)
    built.window.show()
    logging.getLogger("hubscan.ui").info(
        "window shown: hub %s, workstation %s, language %s",
        policy.hub_id,
        policy.workstation_id,
        built.languages.language,
    )
    try:
        code = app.exec()
    finally:
        built.close()
        if built.backend is not None:
            built.backend.store.close()
        del dialogs
    if problems:
        raise UserError(problems[0])
    return code


def _say_cannot_start(app: QApplication, why: str) -> None:
    # Started from the desktop, nobody reads standard error: say it in a window too.
    if app.platformName() != "offscreen":
        from hubscan.ui.crash_dialog import startup_problem

        startup_problem(why).exec()


def _station(args: argparse.Namespace) -> tuple[HubPolicy, StationParts, Callable[[], Backend]]:
    """Every setting, checked now (a problem is a UserError); the store, printer and
    sync engine come later from the returned opener, on the writer thread."""
    from hubscan.app import station_backend, station_parts

    config = config_from(args)
    db = db_path(args)
    # Generated tones and compiled translations live beside the database.
    return config.policy, station_parts(config, db.parent), station_backend(config, db)


def _report_crashes(args: argparse.Namespace) -> object:
    """From now on an unexpected error opens a dialog (with the recent log), and Qt's own
    messages go to the log file."""
    from hubscan import crash
    from hubscan.ui.crash_dialog import CrashDialogs, route_qt_messages

    route_qt_messages()
    log_dir = getattr(args, "log_dir", None)
    if log_dir is None:
        return None
    dialogs = CrashDialogs(log_dir)
    crash.install(log_dir, dialogs.notify)
    return dialogs
