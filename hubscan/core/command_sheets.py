"""The command barcodes each station needs, for printing on a sheet beside it."""

from __future__ import annotations

from hubscan.core.labels import CommandCard, CommandSheet
from hubscan.core.policy import HubPolicy
from hubscan.core.records import Station

_EVERY_STATION = (
    CommandCard("HS:STATION:RECEIVE", "Receive station"),
    CommandCard("HS:STATION:PROCESS", "Process station"),
    CommandCard("HS:STATION:REJECT", "Reject station"),
    CommandCard("HS:STATION:CONSOLIDATE", "Consolidate station"),
    CommandCard("HS:RETRY", "Print failed labels again"),
    CommandCard("HS:LOGOUT", "Log out"),
)


def station_sheet(station: Station, policy: HubPolicy) -> CommandSheet:
    cards: list[CommandCard] = []
    if station in (Station.RECEIVE, Station.PROCESS):
        cards.append(CommandCard("HS:ACK", "Alert read and done"))
        cards += [CommandCard("HS:HOLD", "Put on hold"), CommandCard("HS:RELEASE", "Release my hold")]
    if station is Station.PROCESS:
        cards += [CommandCard("HS:DONE", "Parcel done"), CommandCard("HS:CANCEL", "Cancel this parcel")]
        cards += [CommandCard(f"HS:GRADE:{grade}", f"Grade {grade}") for grade in policy.grades]
        cards += [CommandCard(f"HS:DISPOSITION:{code}", label) for code, label in policy.dispositions.items()]
        reasons = policy.reject_reasons.items()
        cards += [CommandCard(f"HS:REJECTITEM:{code}", f"Reject item: {label}") for code, label in reasons]
        cards.append(CommandCard("HS:PHOTO", "Photo of the rejected item"))
    elif station is Station.REJECT:
        cards += [CommandCard(f"HS:REASON:{code}", label) for code, label in policy.reject_reasons.items()]
        cards += [
            CommandCard("HS:PHOTO", "Take an evidence photo"),
            CommandCard("HS:DONE", "Reject the parcel"),
            CommandCard("HS:CANCEL", "Cancel"),
            *(CommandCard(f"HS:HOLD:{code}", f"Hold: {label}") for code, label in policy.hold_reasons.items()),
            CommandCard("HS:RELEASE", "Release from hold"),
            CommandCard("HS:FORWARD", "Misrouted: send on to its hub"),
            CommandCard("HS:KEEP", "Misrouted: keep it here"),
        ]
    elif station is Station.CONSOLIDATE:
        cards += [CommandCard(f"HS:CONTAINER:{kind}", f"New {kind.lower()}") for kind in policy.container_kinds]
        cards.append(CommandCard("HS:WEIGH", "Weigh the container"))
        cards += [CommandCard("HS:DONE", "Close and print connote"), CommandCard("HS:CANCEL", "Cancel consolidation")]
    cards += [card for card in _EVERY_STATION if card.barcode != f"HS:STATION:{station.name}"]
    return CommandSheet(f"{station.value.capitalize()} station commands", tuple(cards))
