"""Generated scans for fuzzing the stations: the hub's own barcodes (its parcels, their
items, badges, every command with good and bad arguments, containers' SSCCs) mixed with
noise (random text, control characters, GS1-like strings, long input). Used by
test_scan_fuzz.py (hypothesis, a short run) and benchmarks/fuzz_scans.py (a million).

``check(recorder, store, raw)`` scans one (and weighs when it asks to) and checks what must hold for any input: no
exception, an answer from the catalogue, and no event recorded for a refused scan.
"""

from __future__ import annotations

import itertools
import random
import string
from collections import deque
from typing import Any

from sqlalchemy import func, select

from hubscan.core.codes import Result
from hubscan.core.outcome import CATALOG, Outcome
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table
from hubscan.store.store import LocalStore

BADGES = ("OP1001", "OP2001", "OP3001", "OP9001", "OP4242", "OP0000")
STATIONS = ("RECEIVE", "PROCESS", "REJECT", "CONSOLIDATE", "PACK", "")
ARGUMENTS = (
    "",
    "DAMAGED",
    "PROHIBITED",
    "WRONG_ITEM",
    "WAITING_INFO some note",
    "DAMAGE_CHECK",
    "B",
    "Z",
    "RESTOCK",
    "DESTROY",
    "BAG",
    "CAGE",
    "CRATE",
    "12.4",
    "0",
    "-3",
    "NaN",
    "inf",
    "1e9",
    "DHL TRL-1",
    "CNSYD0700000011",
    "photo.jpg",
    "../../etc/passwd",
    "x" * 300,
    "ünïcødé ✓",
    "FR-PAR-RTN",
    "NL-AMS-RTN",
    "NOWHERE",
)
COMMANDS = (
    "LOGIN",
    "LOGOUT",
    "STATION",
    "CANCEL",
    "DONE",
    "HOLD",
    "ACK",
    "RELEASE",
    "RETRY",
    "RESOLVE",
    "ESCALATE",
    "CREATE",
    "LINK",
    "FORWARD",
    "KEEP",
    "REASON",
    "NOTE",
    "EVIDENCE",
    "PHOTO",
    "DEST",
    "GRADE",
    "DISPOSITION",
    "REJECTITEM",
    "CONTAINER",
    "WEIGH",
    "WEIGHT",
    "HANDOVER",
    "REOPEN",
    "NOSUCH",
)
NOISE = string.printable + "\x00\x1d\x1e\x04\u00e9\u2713\ufffd\U0001f4e6"


class ScanStream:
    """Scans drawn at random from the hub's vocabulary and from noise; one seed gives one
    stream."""

    def __init__(self, manifest: list[dict[str, Any]], seed: int) -> None:
        self.random = random.Random(seed)
        self.manifest = manifest
        self.trackings = [record["tracking"] for record in manifest]
        self.items = [item["barcode"] for record in manifest for item in record["items"]]
        self.pending: deque[str] = deque()

    def journey(self) -> list[str]:
        """A run of scans as a person makes them, so the stream reaches deep into the
        stations (a parcel processed item by item, rejected, consolidated and weighed)."""
        record = self.random.choice(self.manifest)
        tracking = record["tracking"]
        items = [item["barcode"] for item in record["items"] for _ in range(item["qty"])]
        flows = (
            (2, ["HS:STATION:RECEIVE", tracking]),
            (4, ["HS:STATION:PROCESS", tracking, *items, "HS:DONE"]),
            (1, ["HS:STATION:REJECT", tracking, "HS:REASON:DAMAGED", "HS:NOTE:wet box", "HS:DONE"]),
            (4, ["HS:STATION:CONSOLIDATE", tracking, "HS:WEIGH"]),
            (1, ["HS:STATION:CONSOLIDATE", "HS:WEIGH", "HS:DONE"]),
            (1, ["HS:STATION:CONSOLIDATE", "HS:HANDOVER:DHL TRL-9", self.gs1(), "HS:CANCEL"]),
        )
        weights, runs = zip(*flows, strict=True)
        return [self.random.choice(BADGES[:4]), *self.random.choices(runs, weights)[0]]

    def command(self) -> str:
        name = self.random.choice(COMMANDS)
        if name == "STATION":
            return f"HS:STATION:{self.random.choice(STATIONS)}"
        if name == "LOGIN":
            return f"HS:LOGIN:{self.random.choice(BADGES)}"
        argument = self.random.choice(ARGUMENTS)
        return f"HS:{name}:{argument}" if argument else f"HS:{name}"

    def noise(self) -> str:
        size = self.random.choice((0, 1, 3, 13, 18, 40, 200, 5000))
        return "".join(self.random.choice(NOISE) for _ in range(size))

    def gs1(self) -> str:
        digits = "".join(self.random.choice(string.digits) for _ in range(self.random.choice((14, 17, 18, 20))))
        prefix = self.random.choice(("]C1", "]d2", "(00)", "(01)", "01", "00", ""))
        tail = self.random.choice(("", "10LOT1\x1d21SN9", "17991231", "\x1d\x1d"))
        return prefix + digits + tail

    def __next__(self) -> str:
        if self.pending:
            return self.pending.popleft()
        roll = self.random.random()
        if roll < 0.08:
            self.pending.extend(self.journey())
            return self.pending.popleft()
        if roll < 0.30:
            return self.random.choice(self.trackings)
        if roll < 0.50:
            return self.random.choice(self.items)
        if roll < 0.75:
            return self.command()
        if roll < 0.82:
            return self.random.choice(BADGES)
        if roll < 0.90:
            return self.gs1()
        return self.noise()

    def __iter__(self) -> ScanStream:
        return self


def last_event(store: LocalStore) -> int:
    with store.reading() as connection:
        return int(connection.execute(select(func.coalesce(func.max(events_table.c.seq), 0))).scalar_one())


# The scale's readings, in turn: a bag, nothing, below zero, over 5 t, one gram.
WEIGHTS_G = itertools.cycle((12_400, 0, -5, 5_000_001, 1))


def check(recorder: ScanRecorder, store: LocalStore, raw: str) -> list[Outcome]:
    """One scan (and the scale's reading when it asks to weigh), and what must hold for
    any input; the answers."""
    before = last_event(store)
    answer = recorder.scan(raw)
    _answered(store, raw, answer, before)
    if answer.effects.weigh is None:
        return [answer]
    grams = next(WEIGHTS_G)
    before = last_event(store)
    weighed = recorder.weighed(answer.effects.weigh, grams, f"{grams} g")
    _answered(store, raw, weighed, before)
    return [answer, weighed]


def _answered(store: LocalStore, raw: str, answer: Outcome, before: int) -> None:
    assert answer.code in CATALOG, (raw, answer.code)
    assert answer.message, (raw, answer.code)
    if answer.result is Result.ERROR:
        assert last_event(store) == before, f"{raw!r} was refused ({answer.code}) but recorded an event"
