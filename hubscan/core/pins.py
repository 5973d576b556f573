"""Operator PINs: the second way to log in, for an operator without a badge to hand.

A badge scan is something the operator has; a typed badge id is not, so it needs a PIN
(something they know). PINs are 4 to 8 digits, kept only as a salted scrypt hash. After
``MAX_TRIES`` wrong PINs in a row a badge id is locked for ``LOCK_S`` seconds (a badge
scan still works).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

PIN = re.compile(r"[0-9]{4,8}")
MAX_TRIES = 5
LOCK_S = 300.0
_N, _R, _P = 2**14, 8, 1


def pin_problem(pin: str) -> str | None:
    if not PIN.fullmatch(pin):
        return "a PIN is 4 to 8 digits"
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${_derive(pin, salt, _N, _R, _P).hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        derived = _derive(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(derived, bytes.fromhex(digest))


@dataclass
class PinGuard:
    """Counts wrong PINs per badge id; ``now`` is seconds from any monotonic clock."""

    failures: dict[str, tuple[int, float]] = field(default_factory=dict)

    def locked_for(self, badge: str, now: float) -> float:
        count, since = self.failures.get(badge, (0, 0.0))
        if count < MAX_TRIES:
            return 0.0
        left = since + LOCK_S - now
        if left <= 0:
            del self.failures[badge]
            return 0.0
        return left

    def failed(self, badge: str, now: float) -> None:
        count, _ = self.failures.get(badge, (0, 0.0))
        self.failures[badge] = (count + 1, now)

    def succeeded(self, badge: str) -> None:
        self.failures.pop(badge, None)
