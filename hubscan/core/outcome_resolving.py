"""The outcome codes of a supervisor's word on an exception: resolving or escalating it
(HS:RESOLVE, HS:ESCALATE), giving a parcel that was not pre-advised its return
(HS:CREATE) or linking it to its pre-advice (HS:LINK), sending a misrouted parcel on
to its hub or keeping it (HS:FORWARD, HS:KEEP). Part of ``outcome.CATALOG``."""

from __future__ import annotations

from hubscan.core.codes import _ERR, _OK, _WARN, CodeInfo

RESOLVING: dict[str, CodeInfo] = {
    "resolve.done": CodeInfo(_OK, "Exception resolved", "{tracking}: exception resolved ({note})."),
    "resolve.escalated": CodeInfo(
        _OK,
        "Escalated to the office",
        "{tracking}: escalated to the office with your note ({note}). It is no longer stopped here.",
    ),
    "resolve.escalate_refusals": CodeInfo(
        _ERR,
        "Nothing to escalate",
        "Only a refusal of the central service is escalated. Resolve {tracking} with a note (HS:RESOLVE).",
    ),
    "resolve.need_note": CodeInfo(
        _ERR,
        "Say how it was resolved",
        "Say how the exception of {tracking} was resolved: HS:RESOLVE:{tracking} <note>.",
    ),
    "resolve.nothing": CodeInfo(_WARN, "No exception", "{tracking} has no open exception to resolve."),
    "create.done": CodeInfo(
        _OK,
        "Return created",
        "{tracking} now has its return: {retailer}, to {destination}. It goes on like any other.",
    ),
    "create.has_return": CodeInfo(
        _WARN, "Already has its return", "{tracking} already has its return ({retailer}): nothing created."
    ),
    "create.not_in_hub": CodeInfo(
        _ERR, "Not in the hub", "{tracking} is {state}: a return is created only for a parcel the hub holds."
    ),
    "create.need_retailer": CodeInfo(
        _ERR,
        "Name the retailer",
        "No retailer is known for {destination}: name it, HS:CREATE:{destination} <retailer>.",
    ),
    "create.bad_field": CodeInfo(
        _ERR,
        "Field not usable",
        "order=, customer= and type= each take one word of printable text, at most {limit} characters. "
        "Nothing created.",
    ),
    "create.unknown_retailer": CodeInfo(
        _ERR,
        "Unknown retailer",
        "The pre-advice names no retailer {retailer} with this destination: use one of {known}. Nothing created.",
    ),
    "create.bad_retailer": CodeInfo(
        _ERR, "Retailer not usable", "The retailer's name must be printable text of at most {limit} characters."
    ),
    "link.done": CodeInfo(
        _OK,
        "Linked to its pre-advice",
        "{tracking} is return {preadvice}: {retailer}, to {destination}, {expected} item(s) expected. "
        "It goes on like any other.",
    ),
    "link.unknown": CodeInfo(
        _ERR,
        "No such pre-advice",
        "No pre-advised return {preadvice}. Find it by order number, customer reference or SKU "
        "(Exceptions view, F5), or give {tracking} its return (HS:CREATE).",
    ),
    "link.already_linked": CodeInfo(
        _ERR, "Already linked", "{tracking} is already the return of parcel {parcel}: nothing linked."
    ),
    "link.other_hub": CodeInfo(
        _ERR,
        "Pre-advised to another hub",
        "{tracking} is pre-advised to hub {hub}, not this one: nothing linked. Set the parcel aside for a "
        "supervisor to agree with hub {hub}.",
    ),
    "link.arrived": CodeInfo(
        _ERR,
        "Arrived already",
        "{tracking} is {state} ({when}): its own parcel is here or gone, so this is another parcel. Nothing linked.",
    ),
    "receive.arrived_as": CodeInfo(
        _WARN,
        "Arrived under another number",
        "{tracking} arrived already as {parcel} (linked to it): it is the same return. Go on with {parcel}.",
    ),
    "forward.done": CodeInfo(
        _OK,
        "Forwarded to its hub",
        "{tracking} goes on to hub {hub}, unopened: consolidate it to {destination} (HS:DEST:{destination}).",
    ),
    "forward.kept": CodeInfo(
        _OK,
        "Kept here",
        "{tracking} stays here, not at hub {hub}: its pre-advice comes with the next sync, then it goes on like "
        "any other.",
    ),
    "forward.not_misrouted": CodeInfo(
        _ERR,
        "Not misrouted",
        "{tracking} is not a misrouted parcel in the hub: only a parcel pre-advised to another hub and received "
        "here is forwarded or kept.",
    ),
    "resolve.unexpected": CodeInfo(
        _WARN,
        "Unexpected: needs its return",
        "{tracking} was not pre-advised: give it its return (scan it, then HS:CREATE:<destination> [retailer]), "
        "not a note.",
    ),
}
