"""The manifest pull's helper gets a CPU of its own, and the workstation's threads keep
to the others while it runs (hubscan/sync/cpus.py). Real threads and a real spawned
process; the machines this runs on have two CPUs or more."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection

from hubscan.sync.cpus import helper_cpu, keep_to


def _masks() -> dict[int, set[int]]:
    return {int(tid): os.sched_getaffinity(int(tid)) for tid in os.listdir("/proc/self/task")}


@contextmanager
def _thread_waiting() -> Iterator[tuple[threading.Thread, threading.Event, list[set[int]]]]:
    """A thread that, once ``go`` is set, reports its own CPUs into ``seen`` and ends."""
    go, seen = threading.Event(), []

    def run() -> None:
        go.wait(10)
        seen.append(os.sched_getaffinity(0))

    thread = threading.Thread(target=run)
    thread.start()
    try:
        yield thread, go, seen
    finally:
        go.set()
        thread.join(10)


def test_while_the_helper_runs_every_thread_of_the_workstation_keeps_off_its_cpu_and_gets_its_cpus_back() -> None:
    allowed = os.sched_getaffinity(0)
    assert len(allowed) >= 2, "these tests need a machine with two CPUs or more"
    spare = max(allowed)
    with _thread_waiting() as (older, _, _):
        assert older.native_id is not None
        before = _masks()
        with helper_cpu() as cpu:
            assert cpu == spare
            during = _masks()
            assert during[older.native_id] == allowed - {spare}
            assert all(spare not in mask for mask in during.values()), during
            with _thread_waiting() as (newer, go, seen):  # started meanwhile: it inherits
                go.set()
                newer.join(10)
            assert seen == [allowed - {spare}]
        after = _masks()
    assert {tid: after[tid] for tid in before if tid in after} == {tid: before[tid] for tid in before if tid in after}
    assert after[older.native_id] == allowed


def test_a_thread_started_while_the_helper_runs_gets_all_the_cpus_when_it_ends() -> None:
    allowed = os.sched_getaffinity(0)
    assert len(allowed) >= 2, "these tests need a machine with two CPUs or more"
    go, seen = threading.Event(), []

    def run() -> None:
        go.wait(10)
        seen.append(os.sched_getaffinity(0))

    newer = threading.Thread(target=run)
    try:
        with helper_cpu():
            newer.start()
            assert newer.native_id is not None
            assert os.sched_getaffinity(newer.native_id) == allowed - {max(allowed)}
    finally:
        go.set()
        newer.join(10)
    assert seen == [allowed]


def test_a_thread_kept_to_some_cpus_before_gets_those_back_not_all() -> None:
    allowed = os.sched_getaffinity(0)
    assert len(allowed) >= 2, "these tests need a machine with two CPUs or more"
    first = {min(allowed)}
    with _thread_waiting() as (pinned, _, _):
        assert pinned.native_id is not None
        os.sched_setaffinity(pinned.native_id, first)
        with helper_cpu():
            assert os.sched_getaffinity(pinned.native_id) == first
        assert os.sched_getaffinity(pinned.native_id) == first


def _report_cpus(cpu: int | None, answer: Connection) -> None:
    keep_to(cpu)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(os.sched_getaffinity(0)))
    thread.start()
    thread.join()
    answer.send((os.sched_getaffinity(0), seen[0]))


def test_the_helper_process_and_the_threads_it_starts_run_on_the_cpu_it_is_given() -> None:
    allowed = os.sched_getaffinity(0)
    assert len(allowed) >= 2, "these tests need a machine with two CPUs or more"
    context = multiprocessing.get_context("spawn")
    for cpu, expected in ((max(allowed), {max(allowed)}), (None, allowed)):
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_report_cpus, args=(cpu, sender))
        child.start()
        assert receiver.poll(30)
        assert receiver.recv() == (expected, expected)
        child.join(10)
