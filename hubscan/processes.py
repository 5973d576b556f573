"""A station's helper processes (the manifest pull, the printer, the hub feed): started
with ``spawn`` on every platform (a forked copy of a Qt application's threads and locks
is not safe to run), each with a pipe to the station's process."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any


def spawn(
    target: Callable[..., None], args: tuple[Any, ...], name: str, duplex: bool = True
) -> tuple[BaseProcess, Connection]:
    """Start ``target(*args, connection)`` in a new daemon process named ``name``; returns
    the process and the station's end of the pipe (read-only when not ``duplex``)."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex)
    process = context.Process(target=target, args=(*args, theirs), name=name, daemon=True)
    process.start()
    theirs.close()  # the child has its own copy; ours closed, a dead child reads as EOF
    return process, ours
