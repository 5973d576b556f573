"""A Mettler Toledo balance speaking MT-SICS on a pty, for the scale's tests.

A thread reads the commands the bench writes to the port and answers as a balance
does: ``S`` with the stable weight once the load has settled (``S I`` when it does not
settle), ``S +``/``S -`` out of range, ``SI`` at once (``S D`` while moving), ``ES``
for a command it does not know. ``silent`` makes it answer nothing; ``unplug`` closes
the pty (the port's path then leads nowhere).
"""

from __future__ import annotations

import os
import select
import tempfile
import threading
import tty
from pathlib import Path

from hubscan.devices.scale import MtSicsScale, ScaleSettings


class PtyScale:
    def __init__(self, link: Path) -> None:
        self.link = link
        self.load = "0.00"  # kg on the platform
        self.unit = "kg"
        self.settled = True
        self.state = "ok"  # "ok", "overload", "underload" or "silent"
        self.commands: list[str] = []
        self._master: int | None = None
        self._slave: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.plug()

    def plug(self) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        name = os.ttyname(slave)
        # Held open while plugged in: with no slave open, the master reads a hang-up.
        self._slave = slave
        self._master = master
        tmp = self.link.with_suffix(".new")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(name)
        tmp.replace(self.link)
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, args=(master,), daemon=True)
        self._thread.start()

    def unplug(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
        for fd in (self._master, self._slave):
            if fd is not None:
                os.close(fd)
        self._master = self._slave = None
        self.link.unlink(missing_ok=True)

    def put(self, kg: str, settled: bool = True) -> None:
        self.load, self.settled, self.state = kg, settled, "ok"

    def _serve(self, master: int) -> None:
        pending = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                pending += os.read(master, 256)
            except OSError:
                return
            while b"\r\n" in pending:
                line, pending = pending.split(b"\r\n", 1)
                command = line.decode("ascii", errors="replace").strip()
                self.commands.append(command)
                reply = self._answer(command)
                if reply is not None:
                    os.write(master, reply.encode("ascii") + b"\r\n")

    def _answer(self, command: str) -> str | None:
        if self.state == "silent":
            return None
        if command not in ("S", "SI"):
            return "ES"
        if self.state == "overload":
            return "S +"
        if self.state == "underload":
            return "S -"
        value = f"{self.load:>10} {self.unit}"
        if command == "SI":
            return f"S {'S' if self.settled else 'D'} {value}"
        return f"S S {value}" if self.settled else "S I"


_BENCH_SCALE: MtSicsScale | None = None
BENCH_LOAD_KG = "12.40"


def bench_scale() -> MtSicsScale:
    """The scale the tests' benches weigh on: one balance on a pty for the whole test
    run, holding ``BENCH_LOAD_KG`` (started by conftest before any test's threads are
    counted)."""
    global _BENCH_SCALE
    if _BENCH_SCALE is None:
        folder = Path(tempfile.mkdtemp(prefix="hubscan-scale-"))
        balance = PtyScale(folder / "ttyScale")
        balance.put(BENCH_LOAD_KG)
        _BENCH_SCALE = MtSicsScale(ScaleSettings(str(balance.link), timeout_s=5.0))
    return _BENCH_SCALE


def bench_settings_toml() -> str:
    """A station's settings for dispatch in the tests: the demo GS1 company prefix (GS1's
    952 range is for examples) and the tests' scale."""
    return f'[dispatch]\ngs1_company_prefix = "9528765"\n[scale]\nurl = "{bench_scale().settings.url}"\n'
