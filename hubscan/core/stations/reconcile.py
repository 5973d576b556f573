"""Expected lines against scanned items: what matched, what is short, what is extra."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hubscan.core.records import ExpectedLine, ScannedItem


@dataclass(frozen=True)
class LineResult:
    sku: str
    description: str
    expected: int
    scanned: int
    grades: tuple[str, ...]
    reason: str | None
    marks: tuple[dict[str, str], ...] = ()  # each matched item's lot and serial, where its barcode had them
    dispositions: tuple[str | None, ...] = ()  # each matched item's, in scan order (None: not given)

    @property
    def result(self) -> str:
        if self.scanned == self.expected:
            return "ok"
        if self.scanned == 0:
            return "missing"
        return "short" if self.scanned < self.expected else "over"


@dataclass(frozen=True)
class Reconciliation:
    lines: tuple[LineResult, ...]
    extras: tuple[ScannedItem, ...]

    @property
    def complete(self) -> bool:
        return not self.extras and all(line.result == "ok" for line in self.lines)

    def summary(self) -> str:
        parts = []
        for line in self.lines:
            if line.result != "ok":
                parts.append(f"{line.sku} {line.result} ({line.scanned} of {line.expected})")
        if self.extras:
            parts.append(f"{len(self.extras)} extra item(s)")
        return ", ".join(parts)

    def payload(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "items": [
                {
                    "sku": line.sku,
                    "description": line.description,
                    "expected": line.expected,
                    "scanned": line.scanned,
                    "grades": list(line.grades),
                    "result": line.result,
                    "reason": line.reason,
                    **({"marks": list(line.marks)} if line.marks else {}),
                    **({"dispositions": list(line.dispositions)} if any(line.dispositions) else {}),
                }
                for line in self.lines
            ],
            "extras": [
                {
                    "item": item.item,
                    "grade": item.grade,
                    **_marked(item),
                    **({"disposition": item.disposition} if item.disposition and not item.rejected else {}),
                }
                for item in self.extras
            ],
        }


def _marked(item: ScannedItem) -> dict[str, str]:
    """An item's lot and serial, those it has."""
    return {key: value for key, value in (("lot", item.lot), ("serial", item.serial)) if value}


def reconcile(lines: list[ExpectedLine], items: list[ScannedItem]) -> Reconciliation:
    results = []
    for line in lines:
        matched = [item for item in items if item.line_sku == line.sku]
        grades = tuple(i.grade for i in matched)
        marks = tuple(marked for marked in map(_marked, matched) if marked)
        # An item rejected at process was set aside: whatever it was given, it has no disposition.
        dispositions = tuple(None if item.rejected else item.disposition for item in matched)
        results.append(
            LineResult(line.sku, line.description, line.qty, len(matched), grades, line.reason, marks, dispositions)
        )
    extras = tuple(item for item in items if item.line_sku is None)
    return Reconciliation(tuple(results), extras)
