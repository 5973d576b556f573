"""Consolidated connote numbers, unique across hubs without asking anyone.

``CN`` + hub id (3 characters) + workstation id (2 characters) + a 7-digit sequence kept
by the workstation + an ISO/IEC 7064 MOD 37,36 check character. Two workstations never
share a (hub, workstation) pair, and one workstation never reuses a sequence number, so
numbers allocated offline never collide.
"""

from __future__ import annotations

import re

from hubscan.core.checkdigits import mod37_36_check_char, mod37_36_valid

PREFIX = "CN"
SEQUENCE_DIGITS = 7
_SHAPE = re.compile(r"CN[0-9A-Z]{3}[0-9A-Z]{2}[0-9]{7}[0-9A-Z]")
HUB_ID = re.compile(r"[0-9A-Z]{3}")
WORKSTATION_ID = re.compile(r"[0-9A-Z]{2}")


def make_connote(hub_id: str, workstation_id: str, sequence: int) -> str:
    if not HUB_ID.fullmatch(hub_id):
        raise ValueError(f"hub id {hub_id!r} must be 3 upper-case letters or digits")
    if not WORKSTATION_ID.fullmatch(workstation_id):
        raise ValueError(f"workstation id {workstation_id!r} must be 2 upper-case letters or digits")
    if not 0 < sequence < 10**SEQUENCE_DIGITS:
        raise ValueError(f"connote sequence {sequence} is out of range")
    body = f"{PREFIX}{hub_id}{workstation_id}{sequence:0{SEQUENCE_DIGITS}d}"
    return body + mod37_36_check_char(body)


def is_connote(text: str) -> bool:
    return bool(_SHAPE.fullmatch(text)) and mod37_36_valid(text)
