"""The dispatch papers of a closed consolidation: what leaves under its connote, parcel by
parcel, for the office printer (PDF, ``hubscan.devices.papers``) and for spreadsheets and
the carrier's manifest upload (CSV, here).

Like a label, a paper is a print job that holds its *data*, taken when the consolidation
closed: a reprint shows what left then, whatever happened to a parcel since.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

PARCEL_LIST = "parcel_list"
PAPER_KINDS = frozenset({PARCEL_LIST})
# The paper's name in its file names and titles.
TITLES = {PARCEL_LIST: "parcel-list"}


@dataclass(frozen=True)
class ItemLine:
    sku: str
    description: str
    qty: int


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
            "containers": [[c.sscc, c.kind, c.pieces, c.weight_kg] for c in self.containers],
            "parcels": [
                [p.tracking, p.retailer, p.order_number, p.container, [[i.sku, i.description, i.qty] for i in p.items]]
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
                ParcelLine(t, r, o, c, tuple(ItemLine(sku, d, int(q)) for sku, d, q in items))
                for t, r, o, c, items in payload["parcels"]
            ),
            test=bool(payload.get("test")),
            copy=copy,
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
            row = [*head, item.sku, item.description, str(item.qty) if item.sku else ""]
            writer.writerow([_inert(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _inert(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
