"""The items a process station scanned for a parcel: the part of the core's Ledger that
keeps them (``SqlLedger`` takes it in)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from hubscan.core.records import ScannedItem
from hubscan.store.models import scanned_items_table as _items
from hubscan.store.rawsql import RawStatement

_SCANNED_ITEMS = RawStatement(
    select(
        _items.c.item,
        _items.c.grade,
        _items.c.line_sku,
        _items.c.lot,
        _items.c.serial,
        _items.c.disposition,
        _items.c.rejected,
        _items.c.evidence,
    )
    .where(_items.c.tracking == bindparam("key"))
    .order_by(_items.c.id)
)
_INSERT_ITEM = RawStatement(
    insert(_items), ["tracking", "item", "grade", "line_sku", "scanned_at", "lot", "serial", "disposition"]
)


class ItemLedger:
    connection: Connection

    def scanned_items(self, tracking: str) -> list[ScannedItem]:
        return [
            ScannedItem(
                item, grade, sku, lot, serial, disposition, rejected, tuple(photos.split("\n")) if photos else ()
            )
            for item, grade, sku, lot, serial, disposition, rejected, photos in _SCANNED_ITEMS.rows(
                self.connection, {"key": tracking}
            )
        ]

    def add_scanned_item(self, tracking: str, item: ScannedItem, at: datetime) -> None:
        _INSERT_ITEM.run(
            self.connection,
            {
                "tracking": tracking,
                "item": item.item,
                "grade": item.grade,
                "line_sku": item.line_sku,
                "scanned_at": at,
                "lot": item.lot,
                "serial": item.serial,
                "disposition": item.disposition,
            },
        )

    def regrade_last_item(self, tracking: str, grade: str) -> None:
        last = select(func.max(_items.c.id)).where(_items.c.tracking == tracking).scalar_subquery()
        self.connection.execute(update(_items).where(_items.c.id == last).values(grade=grade))

    def set_last_disposition(self, tracking: str, disposition: str) -> None:
        last = select(func.max(_items.c.id)).where(_items.c.tracking == tracking).scalar_subquery()
        self.connection.execute(update(_items).where(_items.c.id == last).values(disposition=disposition))

    def reject_last_item(self, tracking: str, reason: str) -> None:
        last = select(func.max(_items.c.id)).where(_items.c.tracking == tracking).scalar_subquery()
        self.connection.execute(update(_items).where(_items.c.id == last).values(rejected=reason))

    def add_last_item_evidence(self, tracking: str, kept: str) -> None:
        last = select(func.max(_items.c.id)).where(_items.c.tracking == tracking).scalar_subquery()
        joined = func.coalesce(_items.c.evidence + "\n", "") + kept
        self.connection.execute(update(_items).where(_items.c.id == last).values(evidence=joined))

    def clear_scanned_items(self, tracking: str) -> None:
        self.connection.execute(delete(_items).where(_items.c.tracking == tracking))
