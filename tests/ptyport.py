"""A pty as a serial scanner: bytes written to the master arrive at the port.

Unplugging is closing the master. The scanner is reached through a symlink, as udev's
/dev/serial/by-id links do, so replugging (a new pty) comes back at the same path.
"""

from __future__ import annotations

import os
import tty
from pathlib import Path


class PtyScanner:
    def __init__(self, link: Path) -> None:
        self.link = link
        self.master: int | None = None
        self.plug()

    def plug(self) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        name = os.ttyname(slave)
        os.close(slave)  # the port opens its own file descriptor
        self.master = master
        tmp = self.link.with_suffix(".new")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(name)
        tmp.replace(self.link)

    def unplug(self) -> None:
        if self.master is not None:
            os.close(self.master)
            self.master = None

    def scan(self, text: str, terminator: bytes = b"\r") -> None:
        assert self.master is not None, "scanner is unplugged"
        os.write(self.master, text.encode("utf-8") + terminator)
