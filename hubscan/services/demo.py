"""Demo data: a believable manifest and one operator of each role.

Tracking numbers are UPU S10 numbers with valid check digits and item barcodes are
EAN-13 with valid check digits, so a demo can be driven with real barcode scans.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from hubscan.core.checkdigits import gs1_check_digit, s10_check_digit
from hubscan.core.operators import Operator, Role

DEMO_OPERATORS = (
    Operator("OP1001", "Sam Staff", Role.STAFF),
    Operator("OP2001", "Sue Supervisor", Role.SUPERVISOR),
    Operator("OP3001", "Dan Dispatcher", Role.DISPATCHER),
    Operator("OP9001", "Ada Admin", Role.ADMIN),
)


def demo_pin(badge: str) -> str:
    """The demo operators' PINs: their badge's digits (OP1001: 1001). Demo data only."""
    return badge[2:]


DESTINATIONS = (
    {"code": "AU-SYD-RTN", "name": "Koala Threads Returns", "address": "12 Bourke Rd, Alexandria NSW 2015, Australia"},
    {
        "code": "FR-PAR-RTN",
        "name": "Maison Éclair – Retours",
        "address": "5 rue de l'Entrepôt, 93200 Saint-Denis, France",
    },
    {"code": "NL-AMS-RTN", "name": "Fietsfabriek Retouren", "address": "Havenstraat 8, 1013 AB Amsterdam, Nederland"},
    {"code": "US-LAX-RTN", "name": "Sunset Outdoor Returns", "address": "400 Harbor Way, Long Beach CA 90802, USA"},
)

RETAILERS = (
    ("Koala Threads", "AU-SYD-RTN", ["Merino crew jumper", "Linen shirt", "Wool socks 3-pack", "Denim jacket"]),
    ("Maison Éclair", "FR-PAR-RTN", ["Robe en lin", "Ceinture cuir", "Foulard soie", "Pull marin"]),
    ("Fietsfabriek", "NL-AMS-RTN", ["Fietsbel", "Zadelhoes", "LED-lamp set", "Fietsslot"]),
    ("Sunset Outdoor", "US-LAX-RTN", ["Trail runner shoes", "Rain shell", "Headlamp", "Water bottle 1 L"]),
)

# Each retailer's currency, and its products' HS code, country of origin and unit value,
# in the order of RETAILERS' products: what a customs declaration of the returns needs.
CUSTOMS = {
    "Koala Threads": (
        "AUD",
        [("611011", "AU", 149), ("620520", "IN", 79), ("611595", "CN", 24.5), ("620332", "BD", 189)],
    ),
    "Maison Éclair": (
        "EUR",
        [("620449", "PT", 119), ("420330", "IT", 69), ("621410", "IT", 89.9), ("611020", "FR", 95)],
    ),
    "Fietsfabriek": (
        "EUR",
        [("830610", "TW", 12.95), ("871495", "CN", 14.5), ("851210", "CN", 29.99), ("830120", "DE", 39)],
    ),
    "Sunset Outdoor": (
        "USD",
        [("640411", "VN", 139), ("621020", "VN", 179), ("851310", "CN", 44.95), ("761510", "CN", 29)],
    ),
}
REASONS = ("Too small", "Too large", "Changed my mind", "Not as described", "Arrived damaged", "Faulty")
ORIGINS = ("GB", "DE", "FR", "NL", "IE", "BE", "ES", "IT")


def s10(serial: int, service: str = "RR", country: str = "GB") -> str:
    body = f"{serial:08d}"
    return f"{service}{body}{s10_check_digit(body)}{country}"


def ean13(number: int, prefix: str = "590") -> str:
    body = f"{prefix}{number:09d}"
    return body + str(gs1_check_digit(body))


def demo_manifest(
    count: int, seed: int = 7, hub: str | None = None, start: int = 10_000_000
) -> Iterator[dict[str, Any]]:
    """``count`` pre-advised returns; the same seed gives the same manifest."""
    rng = random.Random(seed)
    destinations = {d["code"]: d for d in DESTINATIONS}
    for index in range(count):
        retailer, destination, products = RETAILERS[index % len(RETAILERS)]
        origin = rng.choice(ORIGINS)
        n_lines = 1 + (index % 3 == 0) + (index % 7 == 0)
        picked = rng.sample(range(len(products)), n_lines)
        reason = rng.choice(REASONS)
        items = [
            {
                "sku": f"{retailer[:3].upper()}-{p:04d}",
                "barcode": ean13(1000 * (index % len(RETAILERS)) + p),
                "description": products[p],
                "qty": 1 + (index + p) % 2 * (index % 5 == 0),
                "reason": reason,
                "hs_code": CUSTOMS[retailer][1][p][0],
                "origin_country": CUSTOMS[retailer][1][p][1],
                "value": {"amount": CUSTOMS[retailer][1][p][2], "currency": CUSTOMS[retailer][0]},
            }
            for p in picked
        ]
        record: dict[str, Any] = {
            "tracking": s10(start + index, "RR", origin),
            "retailer": retailer,
            "destination": destinations[destination],
            "origin_country": origin,
            "faulty": reason == "Faulty",
            "items": items,
        }
        if hub:
            record["hub"] = hub
        yield record
