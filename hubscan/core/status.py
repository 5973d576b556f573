"""The tracking statuses of a return and the moves between them (DOMAIN.md)."""

from __future__ import annotations

from enum import Enum


class Status(Enum):
    """A return's tracking status. The value is what the central service and JSON say."""

    CREATED = "Return Created"
    IN_TRANSIT = "Return In Transit"
    TRANSFERRED = "Transferred to Sorting Facility"
    DEPOT_SCAN = "Depot Scan"
    PROCESSED = "Return Processed"
    EXPORTED = "Return Exported"
    DELIVERED = "Return Delivered Back To Retailer"
    REJECTED = "Return Rejected"

    @property
    def number(self) -> int | None:
        """The status number of DOMAIN.md's journey; Rejected has none."""
        return _NUMBERS.get(self)

    @property
    def in_hub(self) -> bool:
        """True while the hub physically holds the parcel and may still work on it."""
        return self in (Status.DEPOT_SCAN, Status.PROCESSED)

    @property
    def left_hub(self) -> bool:
        """True once the hubs are done with the parcel: exported (and perhaps delivered
        back to the retailer) or rejected. Nothing at a hub moves it on from there."""
        return self in (Status.EXPORTED, Status.DELIVERED, Status.REJECTED)

    @classmethod
    def from_text(cls, text: str) -> Status:
        """Accept the status value or the enum name (``"Depot Scan"`` or ``"DEPOT_SCAN"``)."""
        for status in cls:
            if text in (status.value, status.name):
                return status
        raise ValueError(f"unknown status {text!r}")


_NUMBERS = {
    Status.CREATED: 1,
    Status.IN_TRANSIT: 2,
    Status.TRANSFERRED: 3,
    Status.DEPOT_SCAN: 4,
    Status.PROCESSED: 5,
    Status.EXPORTED: 6,
    Status.DELIVERED: 7,
}

# Statuses before the hub holds the parcel: a Depot Scan may follow any of them, because
# carriers do not always report their scans before the parcel reaches the hub.
_BEFORE_HUB = frozenset({Status.CREATED, Status.IN_TRANSIT, Status.TRANSFERRED})

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.CREATED: frozenset({Status.IN_TRANSIT, Status.TRANSFERRED, Status.DEPOT_SCAN}),
    Status.IN_TRANSIT: frozenset({Status.TRANSFERRED, Status.DEPOT_SCAN}),
    Status.TRANSFERRED: frozenset({Status.DEPOT_SCAN}),
    Status.DEPOT_SCAN: frozenset({Status.PROCESSED, Status.REJECTED}),
    Status.PROCESSED: frozenset({Status.EXPORTED, Status.REJECTED}),
    Status.EXPORTED: frozenset({Status.DELIVERED}),
    Status.DELIVERED: frozenset(),
    Status.REJECTED: frozenset(),
}


def can_move(current: Status | None, target: Status) -> bool:
    """Whether a return may go from ``current`` to ``target``.

    ``None`` is a parcel the hub never heard of: it may only be received (the unexpected
    parcel of DOMAIN.md).
    """
    if current is None:
        return target is Status.DEPOT_SCAN
    return target in ALLOWED[current]


def is_before_hub(status: Status) -> bool:
    return status in _BEFORE_HUB
