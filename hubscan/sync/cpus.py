"""A CPU of its own for the manifest pull's helper process, while it runs.

``perf sched`` during a 1,000,000-return pull on two CPUs: of the 128 ms that scans
waited for a CPU in waits over 1 ms (15 s of the pull), the other CPU was idle for
103 ms. The scan thread, woken where the helper ran, waited behind it for up to 5 ms
(the helper's nice 10 did not make the kernel preempt it) while the other CPU idled.
So while the helper runs, it has the last allowed CPU to itself, and the workstation's
threads keep to the others: a scan is never queued behind the pull.

Linux only (``sched_setaffinity`` on each thread of ``/proc/self/task``); elsewhere,
or with a single CPU, nothing changes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger("hubscan.sync")

_TASKS = Path("/proc/self/task")


def _threads() -> list[int]:
    try:
        return [int(name) for name in os.listdir(_TASKS)]
    except OSError:
        return []


@contextmanager
def helper_cpu() -> Iterator[int | None]:
    """Keep this process's threads off one CPU while the block runs, and yield that CPU
    for the helper (``None``: no split, the machine or the platform has none to give).
    Threads get back the CPUs they had; threads started meanwhile get the process's."""
    if not hasattr(os, "sched_setaffinity") or not _TASKS.is_dir():
        yield None
        return
    allowed = os.sched_getaffinity(0)
    if len(allowed) < 2:
        yield None
        return
    spare = max(allowed)
    rest = allowed - {spare}
    before: dict[int, set[int]] = {}
    for tid in _threads():
        try:
            mask = os.sched_getaffinity(tid)
            os.sched_setaffinity(tid, (mask & rest) or rest)
        except OSError:  # the thread ended meanwhile
            continue
        before[tid] = mask
    try:
        yield spare
    finally:
        for tid in _threads():
            try:
                os.sched_setaffinity(tid, before.get(tid, allowed))
            except OSError:
                continue


def keep_to(cpu: int | None) -> None:
    """In the helper process, before it starts threads: run on ``cpu`` only."""
    if cpu is None:
        return
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError as exc:
        log.warning("manifest pull process shares the CPUs: %s", exc)
