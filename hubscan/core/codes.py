"""What an outcome code is: its result and its English title and template."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Result(Enum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class CodeInfo:
    result: Result
    # A few words naming the outcome without its parameters, for lists of past scans
    # (the window's Last scans keeps only the code of each scan).
    title: str
    template: str


_OK, _WARN, _ERR = Result.OK, Result.WARNING, Result.ERROR
