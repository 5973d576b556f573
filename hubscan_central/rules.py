"""Cross-hub rules: what one hub reports must agree with what others already did."""

from __future__ import annotations

from dataclasses import dataclass

TRACKING_TYPES = {"DepotScan", "ReturnProcessed", "ReturnRejected", "ReturnExported"}


@dataclass
class ReturnFacts:
    received_hub: str | None = None
    exported_connote: str | None = None
    exported_hub: str | None = None
    rejected: bool = False


def judge(facts: ReturnFacts, event_type: str, hub: str, connote: str | None) -> str | None:
    """The reason to refuse the event, or None to accept it (and then ``apply`` it)."""
    if event_type not in TRACKING_TYPES:
        return f"unknown event type {event_type}"
    if event_type == "DepotScan" and facts.received_hub and facts.received_hub != hub:
        return f"received at two hubs: hub {facts.received_hub} already received this parcel"
    if event_type == "ReturnExported":
        if facts.exported_connote:
            return (
                f"exported twice: already exported by hub {facts.exported_hub} under connote {facts.exported_connote}"
            )
        if facts.rejected:
            return "exported after it was rejected"
    if event_type == "ReturnRejected" and facts.exported_connote:
        return f"rejected after export (connote {facts.exported_connote})"
    return None


def apply(facts: ReturnFacts, event_type: str, hub: str, connote: str | None) -> None:
    if event_type == "DepotScan":
        facts.received_hub = facts.received_hub or hub
    elif event_type == "ReturnExported":
        facts.exported_connote, facts.exported_hub = connote, hub
    elif event_type == "ReturnRejected":
        facts.rejected = True
