"""The service's rules: what one bench reports must agree with what others already did.

Tracking statuses are judged; the hub's shared work (holds, consolidations, resolved
exceptions) is taken as it comes, for the hub's other benches to see. A refusal names what won: which hub or
bench, who, and when, so the bench whose event lost can tell its supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

TRACKING_TYPES = frozenset({"DepotScan", "ReturnProcessed", "ReturnRejected", "ReturnExported"})
# Work a bench shares with its hub's other benches; no rule of the service applies.
HUB_WORK_TYPES = frozenset({"ParcelHeld", "ParcelReleased", "ParcelConsolidated", "ExceptionResolved"})
# A parcel that was not pre-advised given its return at the hub: judged (once per return).
CREATING_TYPES = frozenset({"ReturnCreated"})
# A parcel that was not pre-advised linked to the pre-advised return it is: judged.
LINKING_TYPES = frozenset({"ReturnLinked"})
# A misrouted parcel sent on to the hub it was pre-advised to, or kept where it is: judged.
FORWARDING_TYPES = frozenset({"ParcelForwarded", "ParcelKept"})
# Events about a consolidation or its containers rather than one return: they carry no
# tracking number (a parcel moved between containers names it in the payload).
CONSOLIDATION_TYPES = frozenset(
    {
        "ConsolidationOpened",
        "ConsolidationClosed",
        "ConsolidationCancelled",
        "ContainerOpened",
        "ContainerWeighed",
        "ContainerReopened",
        "ParcelRepacked",
        "ConsolidationReopened",
        "HandoverOpened",
        "ContainerLoaded",
        "HandoverClosed",
        "HandoverCancelled",
    }
)
SHARED_TYPES = TRACKING_TYPES | HUB_WORK_TYPES | CONSOLIDATION_TYPES | CREATING_TYPES | LINKING_TYPES | FORWARDING_TYPES
# After these the hubs are done with a return.
FINISHING_TYPES = frozenset({"ReturnExported", "ReturnRejected"})


@dataclass(frozen=True)
class Reporter:
    """Who sent an event: the hub, its workstation (the bench) and the operator."""

    hub: str
    workstation: str
    operator: str | None
    at: str


@dataclass
class ReturnFacts:
    preadvised_hub: str | None = None
    received_hub: str | None = None
    received_workstation: str | None = None
    received_by: str | None = None
    received_at: str | None = None
    exported_connote: str | None = None
    exported_hub: str | None = None
    exported_workstation: str | None = None
    exported_by: str | None = None
    exported_at: str | None = None
    rejected: bool = False
    retailer: str | None = None  # from the pre-advice
    created_hub: str | None = None  # the hub that gave a parcel without pre-advice its return
    arrived_as: str | None = None  # the parcel a hub linked this pre-advised return to
    forwarded_to: str | None = None  # a misrouted parcel sent on to its hub: that hub


def _when(moment: str | None) -> str:
    """A recorded time as a person reads it in a refusal: to the minute, with its zone."""
    if not moment:
        return "time unknown"
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    return parsed.strftime("%Y-%m-%d %H:%M %Z").rstrip() if parsed.tzinfo else parsed.strftime("%Y-%m-%d %H:%M")


def judge(facts: ReturnFacts, event_type: str, by: Reporter, connote: str | None) -> str | None:
    """The reason to refuse the event, or None to accept it (and then ``apply`` it)."""
    if event_type == "ReturnCreated" and facts.retailer:
        return f"already has its return (retailer {facts.retailer}): link the parcel to it, do not create another"
    if event_type in CREATING_TYPES | LINKING_TYPES and facts.created_hub:
        return f"already has its return: hub {facts.created_hub} gave it one"
    if event_type == "ReturnLinked" and facts.retailer:
        return f"is pre-advised itself (retailer {facts.retailer}): nothing to link"
    if event_type in FORWARDING_TYPES:
        return _forward_refusal(facts, by)
    if event_type == "DepotScan" and facts.forwarded_to and facts.forwarded_to == by.hub:
        return None  # sent on here by the hub it reached first
    if facts.arrived_as and event_type in TRACKING_TYPES:
        return f"arrived already as parcel {facts.arrived_as} (linked to it): go on with {facts.arrived_as}"
    if event_type not in TRACKING_TYPES:
        return None if event_type in SHARED_TYPES else f"unknown event type {event_type}"
    if event_type == "DepotScan" and facts.received_hub:
        if facts.received_hub != by.hub:
            return f"received at two hubs: hub {facts.received_hub} already received this parcel"
        if facts.received_workstation and facts.received_workstation != by.workstation:
            return (
                f"received twice: bench {facts.received_workstation} of hub {facts.received_hub} received it first"
                f" (operator {facts.received_by or '?'}, {_when(facts.received_at)})"
            )
    if event_type == "ReturnExported":
        if facts.exported_connote:
            bench = f" bench {facts.exported_workstation}" if facts.exported_workstation else ""
            when = _when(facts.exported_at)
            return (
                f"exported twice: already exported by hub {facts.exported_hub}{bench} under connote"
                f" {facts.exported_connote} (operator {facts.exported_by or '?'}, {when})"
            )
        if facts.rejected:
            return "exported after it was rejected"
    if event_type == "ReturnRejected" and facts.exported_connote:
        return f"rejected after export (connote {facts.exported_connote})"
    return None


def _forward_refusal(facts: ReturnFacts, by: Reporter) -> str | None:
    """Only a misrouted parcel the reporting hub holds is forwarded or kept, once."""
    if facts.received_hub != by.hub or not facts.preadvised_hub or facts.preadvised_hub == by.hub:
        return f"not a parcel misrouted to hub {by.hub}: nothing to forward or keep"
    if facts.exported_connote or facts.rejected:
        return "finished (exported or rejected): nothing to forward or keep"
    if facts.forwarded_to:
        return f"already forwarded to hub {facts.forwarded_to}"
    return None


def link_refusal(target: str, facts: ReturnFacts | None, hub: str) -> str | None:
    """Why a parcel at ``hub`` cannot be linked to the pre-advised return ``target``, or None."""
    if facts is None or not facts.retailer:
        return f"no pre-advised return {target}"
    if facts.preadvised_hub and facts.preadvised_hub != hub:
        return f"return {target} is pre-advised to hub {facts.preadvised_hub}, not {hub}"
    if facts.arrived_as:
        return f"return {target} is already linked to parcel {facts.arrived_as}"
    if facts.received_hub:
        when = _when(facts.received_at)
        return f"return {target} arrived already under its own number (hub {facts.received_hub}, {when})"
    if facts.exported_connote or facts.rejected:
        return f"return {target} is finished (exported or rejected)"
    return None


def misrouted(facts: ReturnFacts, event_type: str, by: Reporter) -> str | None:
    """The note an accepted Depot Scan carries when the parcel was pre-advised to another
    hub: the parcel is where it is, and both hubs must know."""
    if event_type == "DepotScan" and facts.preadvised_hub and facts.preadvised_hub != by.hub:
        return f"misrouted: pre-advised to hub {facts.preadvised_hub}, received at hub {by.hub}"
    return None


def apply(facts: ReturnFacts, event_type: str, by: Reporter, connote: str | None) -> None:
    if event_type == "DepotScan" and facts.forwarded_to == by.hub:
        # The hub it was forwarded to holds it now: the hub that sent it on is done with it.
        facts.received_hub, facts.received_workstation = by.hub, by.workstation
        facts.received_by, facts.received_at = by.operator, by.at
        facts.exported_connote = facts.exported_hub = facts.exported_workstation = None
        facts.exported_by = facts.exported_at = facts.forwarded_to = None
    elif event_type == "ParcelForwarded":
        facts.forwarded_to = facts.preadvised_hub
    elif event_type == "ParcelKept":
        facts.preadvised_hub = by.hub  # its pre-advice goes to this hub from now on
    elif event_type == "DepotScan" and not facts.received_hub:
        facts.received_hub, facts.received_workstation = by.hub, by.workstation
        facts.received_by, facts.received_at = by.operator, by.at
    elif event_type == "ReturnExported":
        facts.exported_connote, facts.exported_hub = connote, by.hub
        facts.exported_workstation, facts.exported_by, facts.exported_at = by.workstation, by.operator, by.at
    elif event_type == "ReturnRejected":
        facts.rejected = True
