"""Check digits used on the hub's barcodes.

- GS1 mod 10 for GTIN-8/12/13/14 and SSCC (biip's),
- UPU S10 mod 11 for postal return tracking numbers (``RR123456785AU``): no kept
  library has it, so it is ours,
- ISO/IEC 7064 MOD 37,36 for consolidated connote numbers (python-stdnum's).
"""

from __future__ import annotations

import string
from functools import lru_cache

from biip.checksums import gs1_standard_check_digit
from stdnum.iso7064 import mod_37_36

_ALNUM36 = string.digits + string.ascii_uppercase


def gs1_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit for ``body`` (all digits, without the check digit)."""
    return gs1_standard_check_digit(body)


# A manifest names the same few products' barcodes again and again: checking a large
# pull's barcodes is almost all repeats, so the answers are remembered.
@lru_cache(maxsize=4096)
def gs1_valid(code: str) -> bool:
    """True for an all-digit GS1 key (GTIN, SSCC, GLN) whose last digit checks."""
    if len(code) < 2 or not code.isascii() or not code.isdigit():
        return False
    return gs1_check_digit(code[:-1]) == int(code[-1])


_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit for an eight-digit serial number."""
    total = sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return 0
    if check == 11:
        return 5
    return check


def s10_valid(code: str) -> bool:
    """True for a UPU S10 identifier: two letters, 8 digits, a check digit, country code."""
    if len(code) != 13 or not code.isascii():
        return False
    service, serial, check, country = code[:2], code[2:10], code[10], code[11:]
    if not (service.isalpha() and service.isupper() and country.isalpha() and country.isupper()):
        return False
    if not (serial.isdigit() and check.isdigit()):
        return False
    return s10_check_digit(serial) == int(check)


def mod37_36_check_char(body: str) -> str:
    """ISO/IEC 7064 MOD 37,36 (hybrid) check character for an upper-case alphanumeric body."""
    return str(mod_37_36.calc_check_digit(body))


def mod37_36_valid(code: str) -> bool:
    if len(code) < 2 or any(c not in _ALNUM36 for c in code):
        return False
    return mod37_36_check_char(code[:-1]) == code[-1]
