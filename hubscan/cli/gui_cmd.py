"""``hubscan gui``: the workstation window."""

from __future__ import annotations

import argparse
import os
import sys

from hubscan.cli.common import UserError, open_store, policy_from


def _check_display() -> None:
    """Qt aborts the process when it finds no display; say so in words instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on the "
            "station's desktop, or use the headless commands: hubscan session, hubscan events."
        )


def run(args: argparse.Namespace) -> int:
    _check_display()
    from PySide6.QtWidgets import QApplication

    from hubscan.ui.placeholder import PlaceholderWindow

    policy = policy_from(args)
    store = open_store(args, policy)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = PlaceholderWindow(store.path, policy)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
