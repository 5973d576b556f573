"""Guard against the Qt binding corrupting reference counts on signal delivery.

PySide6 6.12.0 loses a reference on each signal delivered to a Python callable: the
window aborted ("deallocating True or False") after a few thousand scans. pyproject
pins it out; this test fails if a release with the fault is installed. It runs in a
child process because the fault ends the process."""

from __future__ import annotations

import subprocess
import sys

EMISSIONS = 20_000

CHILD = """
import sys
from dataclasses import dataclass
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal, Slot

@dataclass(frozen=True)
class Answer:
    note: object = None
    ok: bool = False

class Desk(QObject):
    answered = Signal(object)
    @Slot(str)
    def scan(self, raw):
        self.answered.emit(Answer())

class Window(QObject):
    posted = Signal(str)
    def __init__(self):
        super().__init__()
        self.count = 0
    def show_answer(self, answer):
        self.count += 1

app = QCoreApplication([])
desk, window, thread = Desk(), Window(), QThread()
desk.moveToThread(thread)
thread.start()
window.posted.connect(desk.scan)
desk.answered.connect(window.show_answer)
before = [sys.getrefcount(o) for o in (None, True, False)]
for _ in range({n}):
    window.posted.emit("RR123456785AU")
loop = QEventLoop()
while window.count < {n}:
    QTimer.singleShot(50, loop.quit)
    loop.exec()
after = [sys.getrefcount(o) for o in (None, True, False)]
thread.quit()
thread.wait()
print(*[b - a for a, b in zip(after, before)])
"""


def test_signals_delivered_to_python_keep_reference_counts() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(n=EMISSIONS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.returncode == 0, f"the Qt binding crashed delivering signals: {done.stderr[-800:]}"
    lost = [int(n) for n in done.stdout.split()]
    # A reference lost per delivery would show as at least EMISSIONS; normal churn is a few hundred.
    assert all(n < EMISSIONS // 4 for n in lost), lost
