"""The dispatch papers of a closed consolidation: what leaves under its connote, parcel by
parcel, for the office printer (PDF, ``hubscan.devices.papers``) and for spreadsheets and
the carrier's manifest upload (CSV, here).

Like a label, a paper is a print job that holds its *data*, taken when the consolidation
closed: a reprint shows what left then, whatever happened to a parcel since.
"""

from __future__ import annotations

import csv
import io
from dataclasses import astuple, dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

PARCEL_LIST = "parcel_list"
# The commercial invoice and packing list of a consolidation crossing a customs border.
CUSTOMS_PAPERS = "customs_papers"
PAPER_KINDS = frozenset({PARCEL_LIST, CUSTOMS_PAPERS})
# The paper's name in its file names.
TITLES = {PARCEL_LIST: "parcel-list", CUSTOMS_PAPERS: "customs-papers"}


def money_text(amount: Decimal) -> str:
    """An amount as the papers show it: to 4 decimal places at most (rounded half to
    even), at least 2, "49.90", "12.345"."""
    kept = amount.quantize(Decimal("0.0001")).normalize()
    if kept.as_tuple().exponent > -2:  # type: ignore[operator]
        kept = kept.quantize(Decimal("0.01"))
    return f"{kept:f}"


@dataclass(frozen=True)
class ItemLine:
    sku: str
    description: str
    qty: int
    # Customs data from the pre-advice ("" when not given): HS code, country of origin,
    # one unit's value and its currency.
    hs_code: str = ""
    origin_country: str = ""
    value: str = ""
    currency: str = ""

    def missing_customs(self) -> list[str]:
        """The customs data a declaration needs that this item lacks, named as the
        pre-advice's fields (what the retailer is to send, in any language)."""
        wanted = (("hs_code", self.hs_code), ("origin_country", self.origin_country), ("value", self.value))
        return [name for name, given in wanted if not given]


@dataclass(frozen=True)
class ParcelLine:
    tracking: str
    retailer: str
    order_number: str
    container: str  # the SSCC of its container; "" when it was packed in none
    items: tuple[ItemLine, ...]


@dataclass(frozen=True)
class ContainerLine:
    sscc: str
    kind: str
    pieces: int
    weight_kg: str


@dataclass(frozen=True)
class ParcelListData:
    connote: str
    hub: str
    sender_name: str
    sender_address: str
    destination_code: str
    destination_name: str
    destination_address: str
    closed_at: datetime
    closed_by: str
    weight_kg: str
    containers: tuple[ContainerLine, ...]
    parcels: tuple[ParcelLine, ...]
    test: bool = False
    copy: int = 0
    # The customs territories it leaves and enters ("" when it crosses no border).
    customs_from: str = ""
    customs_to: str = ""

    def payload(self) -> dict[str, Any]:
        """The print job's payload (JSON)."""
        return {
            "connote": self.connote,
            "hub": self.hub,
            "sender_name": self.sender_name,
            "sender_address": self.sender_address,
            "destination_code": self.destination_code,
            "destination_name": self.destination_name,
            "destination_address": self.destination_address,
            "closed_at": self.closed_at.isoformat(),
            "closed_by": self.closed_by,
            "weight_kg": self.weight_kg,
            "test": self.test,
            "customs_from": self.customs_from,
            "customs_to": self.customs_to,
            "containers": [[c.sscc, c.kind, c.pieces, c.weight_kg] for c in self.containers],
            "parcels": [
                [p.tracking, p.retailer, p.order_number, p.container, [list(astuple(i)) for i in p.items]]
                for p in self.parcels
            ],
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any], copy: int = 0) -> ParcelListData:
        return cls(
            connote=payload["connote"],
            hub=payload["hub"],
            sender_name=payload["sender_name"],
            sender_address=payload["sender_address"],
            destination_code=payload["destination_code"],
            destination_name=payload["destination_name"],
            destination_address=payload["destination_address"],
            closed_at=datetime.fromisoformat(payload["closed_at"]),
            closed_by=payload["closed_by"],
            weight_kg=payload["weight_kg"],
            containers=tuple(ContainerLine(s, k, int(n), w) for s, k, n, w in payload["containers"]),
            parcels=tuple(
                ParcelLine(t, r, o, c, tuple(ItemLine(sku, d, int(q), *rest) for sku, d, q, *rest in items))
                for t, r, o, c, items in payload["parcels"]
            ),
            test=bool(payload.get("test")),
            copy=copy,
            customs_from=payload.get("customs_from", ""),
            customs_to=payload.get("customs_to", ""),
        )

    @property
    def items(self) -> int:
        return sum(item.qty for parcel in self.parcels for item in parcel.items)


CSV_COLUMNS = (
    "connote",
    "destination",
    "container_sscc",
    "container_kind",
    "tracking",
    "retailer",
    "order_number",
    "sku",
    "description",
    "qty",
    "hs_code",
    "origin_country",
    "unit_value",
    "currency",
)


def parcel_list_csv(data: ParcelListData) -> bytes:
    """One row per item that left (a parcel without items: one row with none), UTF-8 with
    a byte order mark so a spreadsheet opens the accents right. A cell that begins like
    a formula (``= + - @``) is quoted with ``'``: a retailer's text never runs as one."""
    kinds = {container.sscc: container.kind for container in data.containers}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for parcel in data.parcels:
        head = [
            data.connote,
            data.destination_code,
            parcel.container,
            kinds.get(parcel.container, ""),
            parcel.tracking,
            parcel.retailer,
            parcel.order_number,
        ]
        for item in parcel.items or (ItemLine("", "", 0),):
            quantity = str(item.qty) if item.sku else ""
            customs = [item.hs_code, item.origin_country, item.value, item.currency]
            row = [*head, item.sku, item.description, quantity, *customs]
            writer.writerow([_inert(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _inert(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


@dataclass(frozen=True)
class InvoiceLine:
    """The commercial invoice's line: the same goods (description, HS code, origin, unit
    value and currency) over every parcel, with their quantity."""

    description: str
    hs_code: str
    origin_country: str
    value: str
    currency: str
    qty: int

    @property
    def total(self) -> str:
        return money_text(Decimal(self.value) * self.qty)


def invoice_lines(data: ParcelListData) -> list[InvoiceLine]:
    counted: dict[tuple[str, str, str, str, str], int] = {}
    for parcel in data.parcels:
        for item in parcel.items:
            key = (item.description or item.sku, item.hs_code, item.origin_country, item.value, item.currency)
            counted[key] = counted.get(key, 0) + item.qty
    return [InvoiceLine(*key, qty) for key, qty in counted.items()]


def invoice_totals(lines: list[InvoiceLine]) -> dict[str, str]:
    """The invoice's total in each currency, "EUR" -> "1234.50"."""
    totals: dict[str, Decimal] = {}
    for line in lines:
        totals[line.currency] = totals.get(line.currency, Decimal(0)) + Decimal(line.total)
    return {currency: money_text(amount) for currency, amount in sorted(totals.items())}
