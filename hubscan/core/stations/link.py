"""Linking a parcel that was not pre-advised to the pre-advice it belongs to.

A parcel may arrive under a tracking number the pre-advice does not know (a shopper's
own label, a carrier's relabel) while its return is pre-advised under another. A
supervisor finds that return (by order number, customer reference or SKU: the
Exceptions view's *Find its pre-advice…*) and links them: ``HS:LINK:<pre-advised
tracking>`` after the parcel's scan, or ``HS:LINK:<parcel> <pre-advised tracking>``.
The parcel takes the return's pre-advice (retailer, destination, items, the platform's
facts) and goes on like any other; the pre-advised return keeps the parcel's number,
so its own label, if it ever turns up, is answered with it. ReturnLinked carries the
link to the central service and to every bench of the hub.
"""

from __future__ import annotations

from hubscan.core.hubfeed import with_preadvice_of
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.records import EventType, ReturnRecord
from hubscan.core.scan import TRACKING_SHAPE
from hubscan.core.stations.work import Work, when
from hubscan.core.status import is_before_hub


def link(work: Work, argument: str) -> Outcome:
    first, _, rest = argument.strip().upper().partition(" ")
    rest = rest.strip()
    parcel: ReturnRecord | None
    if rest:  # HS:LINK:<parcel> <pre-advised>
        parcel, wanted = work.ledger.get_return(first), rest
    else:
        parcel = work.ledger.get_return(work.context.parcel) if work.context.parcel else None
        wanted = first
    if parcel is None:
        return outcome("parcel.none")
    if not parcel.unexpected:
        return outcome("create.has_return", parcel.tracking, parcel.status, retailer=parcel.retailer or "?")
    if not parcel.status.in_hub:
        return outcome("create.not_in_hub", parcel.tracking, parcel.status, state=parcel.status.value)
    target = work.ledger.get_return(wanted) if TRACKING_SHAPE.fullmatch(wanted) else None
    if target is None or target.unexpected:
        return outcome("link.unknown", parcel.tracking, parcel.status, preadvice=wanted)
    refusal = _refusal(target)
    if refusal is not None:
        return refusal
    if target.hub and target.hub != work.policy.hub_id:  # then the parcel is misrouted, not this hub's
        return outcome("link.other_hub", target.tracking, target.status, hub=target.hub)
    linked = with_preadvice_of(parcel, target)
    work.ledger.put_return(linked)
    work.ledger.put_return(target.but(arrived_as=parcel.tracking))
    work.ledger.copy_expected_lines(target.tracking, parcel.tracking)
    work.record(
        EventType.RETURN_LINKED,
        parcel.tracking,
        about=linked,
        preadvice=target.tracking,
        retailer=target.retailer,
        destination=target.destination,
    )
    expected = sum(line.qty for line in work.ledger.expected_lines(parcel.tracking))
    return outcome(
        "link.done",
        parcel.tracking,
        linked.status,
        preadvice=target.tracking,
        retailer=target.retailer or "?",
        destination=target.destination or "?",
        expected=expected,
    )


def _refusal(target: ReturnRecord) -> Outcome | None:
    """Why the parcel cannot be this return: it arrived already, under its own number or
    another's, or the hub is done with it."""
    if target.arrived_as:
        return outcome("link.already_linked", target.tracking, target.status, parcel=target.arrived_as)
    if not is_before_hub(target.status):
        state = target.status.value
        return outcome("link.arrived", target.tracking, target.status, state=state, when=when(target.received_at))
    return None
