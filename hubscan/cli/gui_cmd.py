"""``hubscan gui``: the workstation window."""

from __future__ import annotations

import argparse
import sys

from hubscan.cli.common import open_store, policy_from


def run(args: argparse.Namespace) -> int:
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
