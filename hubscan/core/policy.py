"""The hub's own choices the rules depend on: ids, grades, reject and hold reasons,
barcode formats, how long a parcel may stay before it is ageing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hubscan.core.connote import HUB_ID, WORKSTATION_ID
from hubscan.core.scan import ScanFormat

DISPOSITION_CODE = re.compile(r"[A-Z0-9_]{1,30}")

DEFAULT_REASONS: dict[str, str] = {
    "DAMAGED": "Damaged",
    "PROHIBITED": "Prohibited goods",
    "DANGEROUS_GOODS": "Dangerous goods",
    "EMPTY": "Empty box",
    "WRONG_RETAILER": "Wrong retailer",
    "NOT_AS_DECLARED": "Not as declared",
}

# Why a parcel is held (HS:HOLD:<code> [note]); the first is what a plain HS:HOLD gives.
DEFAULT_HOLD_REASONS: dict[str, str] = {
    "ON_IT": "Someone is working on it",
    "WAITING_INFO": "Waiting for information",
    "FOR_SUPERVISOR": "For a supervisor to decide",
    "DAMAGE_CHECK": "Damage to be assessed",
}

# What becomes of a returned item (HS:DISPOSITION:<code>), unless its return's
# pre-advice names the retailer's own list.
DEFAULT_DISPOSITIONS: dict[str, str] = {
    "RESTOCK": "Restock",
    "REFURBISH": "Refurbish",
    "RECYCLE": "Recycle",
    "DESTROY": "Destroy",
    "RETURN_TO_RETAILER": "Return to retailer",
}


TERRITORY = re.compile(r"[A-Z0-9]{2,10}")


@dataclass(frozen=True)
class HubPolicy:
    hub_id: str = "HUB"
    workstation_id: str = "01"
    grades: tuple[str, ...] = ("A", "B", "C", "D")
    default_grade: str = "A"
    reject_reasons: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_REASONS))
    hold_reasons: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_HOLD_REASONS))
    dispositions: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_DISPOSITIONS))
    # A parcel in the hub longer than this, in any state, is listed as ageing.
    ageing_hours: int = 48
    # The hub's GS1 company prefix: HubScan numbers its containers' SSCCs under it and
    # prints their labels. Empty: only pre-printed container labels are scanned.
    gs1_company_prefix: str = ""
    sscc_extension: str = "0"
    # Kinds of container a consolidation is packed into (HS:CONTAINER:<kind>); the
    # first is the one opened when a parcel comes and none is open.
    container_kinds: tuple[str, ...] = ("BAG", "CAGE", "PALLET")
    # The hub as the connote and the dispatch papers name it: where the carrier brings
    # back what it cannot deliver (the address's lines separated by new lines).
    sender_name: str = ""
    sender_address: str = ""
    # Customs: the hub's territory, and each destination in another one. A consolidation
    # for such a destination needs its items' customs data and prints export papers.
    customs_territory: str = ""
    destination_territories: dict[str, str] = field(default_factory=dict)
    scan_format: ScanFormat = field(default_factory=ScanFormat)

    def customs_border(self, destination: str) -> tuple[str, str] | None:
        """(from, to) territories when ``destination`` lies across a customs border."""
        territory = self.destination_territories.get(destination)
        if not self.customs_territory or territory is None or territory == self.customs_territory:
            return None
        return self.customs_territory, territory

    def problems(self) -> list[str]:
        """Each setting that cannot work, named with what is allowed."""
        found = []
        if not HUB_ID.fullmatch(self.hub_id):
            found.append(f"hub_id {self.hub_id!r}: use 3 upper-case letters or digits, like SYD")
        if not WORKSTATION_ID.fullmatch(self.workstation_id):
            found.append(f"workstation_id {self.workstation_id!r}: use 2 upper-case letters or digits, like 01")
        if not self.grades:
            found.append("grades: give at least one grade")
        if self.default_grade not in self.grades:
            found.append(f"default_grade {self.default_grade!r}: must be one of {', '.join(self.grades)}")
        if not self.reject_reasons:
            found.append("reject_reasons: give at least one reason")
        for code in self.reject_reasons:
            if not code or code != code.upper() or ":" in code:
                found.append(f"reject reason {code!r}: use upper-case codes without ':'")
        if not self.hold_reasons:
            found.append("hold_reasons: give at least one reason")
        for code in self.hold_reasons:
            if not code or code != code.upper() or ":" in code or " " in code:
                found.append(f"hold reason {code!r}: use upper-case codes without ':' or spaces")
        for code in self.dispositions:
            if not DISPOSITION_CODE.fullmatch(code):
                found.append(f"disposition {code!r}: use upper-case letters, digits and '_'")
        if self.ageing_hours < 1:
            found.append(f"ageing_hours {self.ageing_hours}: give 1 hour or more")
        prefix = self.gs1_company_prefix
        if prefix and not (prefix.isascii() and prefix.isdigit() and 6 <= len(prefix) <= 12):
            found.append(f"dispatch.gs1_company_prefix {prefix!r}: give the 6 to 12 digits GS1 gave the company")
        if prefix and not self.workstation_id.isdigit():
            found.append(
                f"workstation_id {self.workstation_id!r}: give two digits, like 07, when "
                "dispatch.gs1_company_prefix is set (the bench's number is part of its containers' SSCCs)"
            )
        if not (len(self.sscc_extension) == 1 and self.sscc_extension.isdigit()):
            found.append(f"dispatch.sscc_extension {self.sscc_extension!r}: give one digit, 0 to 9")
        for code, territory in [("the hub", self.customs_territory), *self.destination_territories.items()]:
            if territory and not TERRITORY.fullmatch(territory):
                found.append(f"customs territory {territory!r} of {code}: use 2 to 10 upper-case letters, like EU")
            elif not territory and code != "the hub":
                found.append(f"dispatch.destination_territories: give {code}'s customs territory, like EU")
        if self.destination_territories and not self.customs_territory:
            found.append(
                "dispatch.customs_territory: give the hub's customs territory, like AU, "
                "when dispatch.destination_territories names destinations"
            )
        if not self.container_kinds:
            found.append("dispatch.container_kinds: give at least one kind, like BAG")
        for kind in self.container_kinds:
            if not DISPOSITION_CODE.fullmatch(kind):
                found.append(f"container kind {kind!r}: use upper-case letters, digits and '_'")
        return found
