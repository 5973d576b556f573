"""Containers at the consolidate station: the bags, cages and pallets a consolidation is
packed into, each known by its SSCC and weighed before the consolidation closes.

A parcel goes into the bench's current container: the latest opened or scanned that is
not weighed yet. ``HS:CONTAINER[:<kind>]`` opens one and prints its GS1-128 label (the
SSCC numbered under the hub's GS1 company prefix); scanning a pre-printed container
label opens one under that SSCC; scanning a container of the consolidation makes it the
current one again. ``HS:WEIGH`` weighs the current container on the bench's scale, which
closes it; a supervisor may type a weight instead (``HS:WEIGHT:<kg>``). Scanning a parcel
of the consolidation while another container is current moves it there.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from hubscan.core.effects import Effects
from hubscan.core.gs1 import Gs1Error, make_sscc, sscc_text
from hubscan.core.labels import ContainerLabelData
from hubscan.core.ledger import Ledger
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.printjobs import container_request
from hubscan.core.records import ClosedContainer, Consolidation, Container, EventType, ReturnRecord
from hubscan.core.stations.work import Work

SSCC_SEQUENCE = "sscc"
MAX_GRAMS = 5_000_000  # 5 t: more than any pallet a hub ships; a typing slip beyond


def kilograms(grams: int) -> str:
    """A weight as the papers and answers show it: "12.400"."""
    return f"{Decimal(grams) / 1000:.3f}"


def sscc_words(container: Container | ClosedContainer) -> str:
    """ "BAG (00) 0 9528765 000000001 7" as the answers name a container."""
    return f"{container.kind} {sscc_text(container.sscc)}"


def open_new(work: Work, consolidation: Consolidation, kind: str | None) -> Container | Outcome:
    """A container HubScan numbers and prints, opened as the bench's current one."""
    kinds = work.policy.container_kinds
    kind = (kind or kinds[0]).upper()
    if kind not in kinds:
        return outcome("container.unknown_kind", kind=kind, kinds=", ".join(kinds))
    prefix = work.policy.gs1_company_prefix
    if not prefix:
        return outcome("container.no_prefix")
    try:
        sscc = make_sscc(work.policy.sscc_extension, prefix, _serial(work, len(prefix)))
    except Gs1Error as exc:
        return outcome("container.no_prefix_left", reason=str(exc))
    container = Container(sscc, consolidation.id, kind, work.now, work.operator.badge)
    _add(work, consolidation, container)
    _queue_label(work, consolidation, container)
    return container


def _serial(work: Work, prefix_length: int) -> int:
    """The next serial reference of this bench: the bench's two-digit number, then its
    own sequence, so no two benches of the hub number the same SSCC. (Hubs sharing a
    company prefix tell theirs apart by the extension digit.)"""
    bench = work.policy.workstation_id
    if not (bench.isascii() and bench.isdigit()):
        raise Gs1Error(f"workstation id {bench} is not two digits, which SSCCs numbered here need")
    room = 16 - prefix_length - 2
    sequence = work.ledger.next_sequence(SSCC_SEQUENCE)
    if sequence >= 10**room:
        raise Gs1Error(f"the {10**room - 1} SSCC serial numbers of bench {bench} are used up")
    return int(int(bench) * 10**room + sequence)


def _add(work: Work, consolidation: Consolidation, container: Container) -> None:
    work.ledger.add_container(container, work.now)
    payload: dict[str, Any] = {
        "consolidation": consolidation.id,
        "destination": consolidation.destination,
        "sscc": container.sscc,
        "kind": container.kind,
        "printed": container.printed,
    }
    if consolidation.test:
        payload["test"] = True
    work.record(EventType.CONTAINER_OPENED, None, **payload)


def _queue_label(work: Work, consolidation: Consolidation, container: Container) -> None:
    destination = work.ledger.get_destination(consolidation.destination)
    data = ContainerLabelData(
        sscc=container.sscc,
        kind=container.kind,
        number=len(work.ledger.containers_of(consolidation.id)),
        destination_code=consolidation.destination,
        destination_name=destination.name if destination else consolidation.destination,
        hub=work.policy.hub_id,
        opened_at=work.now,
        test=consolidation.test,
    )
    work.ledger.add_print_job(container_request(data, work.operator.badge), work.now)


def open_command(work: Work, consolidation: Consolidation | None, kind: str | None) -> Outcome:
    """HS:CONTAINER[:<kind>]."""
    if consolidation is None:
        return outcome("container.no_consolidation")
    opened = open_new(work, consolidation, kind)
    if isinstance(opened, Outcome):
        return opened
    return outcome("container.opened", container=sscc_words(opened), destination=consolidation.destination)


def scanned(work: Work, consolidation: Consolidation | None, sscc: str) -> Outcome:
    """A container label scanned: the consolidation's own container becomes the current
    one (a weighed one is opened again), an unknown one is a pre-printed label."""
    closed = work.ledger.get_closed_container(sscc)
    if closed is not None:  # any bench's closed consolidation's: it waits for the carrier
        return outcome("container.closed", container=sscc_words(closed), connote=closed.connote)
    known = work.ledger.get_container(sscc)
    if known is not None and (consolidation is None or known.consolidation_id != consolidation.id):
        other = work.ledger.get_consolidation(known.consolidation_id)
        where = other.destination if other is not None else "?"
        if other is not None and other.connote:
            where = f"{where}, closed under {other.connote}"
        return outcome("container.other_consolidation", container=sscc_words(known), destination=where)
    if consolidation is None:
        return outcome("container.no_consolidation")
    if known is None:
        kind = work.policy.container_kinds[0]
        container = Container(sscc, consolidation.id, kind, work.now, work.operator.badge, printed=False)
        _add(work, consolidation, container)
        return outcome("container.preprinted", container=sscc_words(container), destination=consolidation.destination)
    work.ledger.touch_container(sscc, work.now)
    pieces = work.ledger.container_pieces(sscc)
    if known.weight_g is not None:
        _reopen(work, known)
        return outcome("container.reopened", container=sscc_words(known), count=pieces, kg=kilograms(known.weight_g))
    return outcome("container.current", container=sscc_words(known), count=pieces)


def _reopen(work: Work, container: Container) -> None:
    """Its contents change: the weight it had is no longer its weight."""
    work.ledger.set_weight(container.sscc, None, None, None, None)
    work.record(EventType.CONTAINER_REOPENED, None, consolidation=container.consolidation_id, sscc=container.sscc)


def pack(work: Work, consolidation: Consolidation, record: ReturnRecord) -> tuple[Container, bool] | Outcome:
    """The container a parcel joining the consolidation goes into (and whether it was
    opened for it), or why it cannot go into one."""
    current = work.ledger.current_container(consolidation.id)
    opened = False
    if current is None:
        if not work.policy.gs1_company_prefix:
            return outcome("container.none", record.tracking, record.status, destination=consolidation.destination)
        made = open_new(work, consolidation, None)
        if isinstance(made, Outcome):
            return made
        current, opened = made, True
    work.ledger.pack(record.tracking, current.sscc)
    return current, opened


def opened_words(container: Container, opened: bool) -> str:
    """What an added parcel's answer says of its container."""
    if opened:
        return f" New {sscc_words(container)}: label printing."
    return f" In {sscc_words(container)}."


def move(work: Work, consolidation: Consolidation, record: ReturnRecord) -> Outcome | None:
    """A parcel of the consolidation scanned while another container is current: it
    moves there (the container it left is weighed again). None when it is where it is."""
    current = work.ledger.current_container(consolidation.id)
    was = work.ledger.container_of(record.tracking)
    if current is None or was == current.sscc:
        return None
    work.ledger.pack(record.tracking, current.sscc)
    left = work.ledger.get_container(was) if was else None
    if left is not None and left.weight_g is not None:
        _reopen(work, left)
    payload: dict[str, Any] = {"consolidation": consolidation.id, "tracking": record.tracking, "sscc": current.sscc}
    if was:
        payload["from"] = was
    work.record(EventType.PARCEL_REPACKED, None, **payload)
    return outcome(
        "container.moved",
        record.tracking,
        record.status,
        container=sscc_words(current),
        left=sscc_words(left) if left else "no container",
    )


def taken_out(work: Work, record: ReturnRecord) -> None:
    """A consolidated parcel put on hold or rejected leaves its container: a weight the
    container had included it, so the container is to be weighed again."""
    if record.consolidation_id is None:
        return
    container = weighed_with(work.ledger, record.tracking)
    if container is not None:
        _reopen(work, container)


def weighed_with(ledger: Ledger, tracking: str) -> Container | None:
    """The weighed container of an open consolidation that ``tracking`` is packed in:
    when the parcel leaves it (held, rejected, here or at another bench), its weight is
    no longer the container's. A closed consolidation's weights went with it: the
    papers say what was weighed."""
    sscc = ledger.container_of(tracking)
    container = ledger.get_container(sscc) if sscc else None
    if container is None or container.weight_g is None:
        return None
    consolidation = ledger.get_consolidation(container.consolidation_id)
    return container if consolidation is not None and consolidation.connote is None else None


def weigh_request(work: Work, consolidation: Consolidation | None) -> Outcome:
    """HS:WEIGH: the current container, for the station to weigh on its scale."""
    if consolidation is None:
        return outcome("container.no_consolidation")
    current = work.ledger.current_container(consolidation.id)
    if current is None:
        return outcome("container.none_to_weigh")
    if work.ledger.container_pieces(current.sscc) == 0:
        return outcome("container.empty", container=sscc_words(current))
    weighing = outcome("container.weighing", container=sscc_words(current))
    return weighing.with_effects(Effects(weigh=current.sscc))


def typed_weight(work: Work, consolidation: Consolidation | None, value: str) -> Outcome:
    """HS:WEIGHT:<kg>, a supervisor's weight for the bench's current container (no scale,
    or one that does not settle), marked as typed in its event."""
    if consolidation is None:
        return outcome("container.no_consolidation")
    current = work.ledger.current_container(consolidation.id)
    if current is None:
        return outcome("container.none_to_weigh")
    try:
        kilos = Decimal(value.strip().replace(",", "."))
    except InvalidOperation:
        return outcome("container.bad_weight", value=value)
    if not kilos.is_finite():
        return outcome("container.bad_weight", value=value)
    if work.ledger.container_pieces(current.sscc) == 0:
        return outcome("container.empty", container=sscc_words(current))
    return weighed(work, consolidation, current.sscc, int((kilos * 1000).to_integral_value()), "manual")


def weighed(work: Work, consolidation: Consolidation | None, sscc: str, grams: int, source: str) -> Outcome:
    """A container's weight (from the scale or typed): it is closed."""
    container = work.ledger.get_container(sscc)
    if consolidation is None or container is None or container.consolidation_id != consolidation.id:
        return outcome("container.not_open_here", container=sscc_text(sscc))
    if grams <= 0:
        return outcome("container.zero_weight", container=sscc_words(container), kg=kilograms(grams))
    if grams > MAX_GRAMS:
        return outcome("container.too_heavy", container=sscc_words(container), kg=kilograms(grams))
    pieces = work.ledger.container_pieces(sscc)
    work.ledger.set_weight(sscc, grams, source, work.operator.badge, work.now)
    work.record(
        EventType.CONTAINER_WEIGHED,
        None,
        consolidation=consolidation.id,
        sscc=sscc,
        kind=container.kind,
        weight_kg=kilograms(grams),
        source=source,
        pieces=pieces,
    )
    code = "container.weighed" if source == "scale" else "container.weighed_by_hand"
    return outcome(code, container=sscc_words(container), kg=kilograms(grams), count=pieces)


def unpacked(work: Work, consolidation: Consolidation, members: list[str]) -> list[str]:
    """The consolidation's parcels in none of its containers (one consolidated before
    containers were kept)."""
    packed_ones = {
        t for c in work.ledger.containers_of(consolidation.id) for t in work.ledger.container_members(c.sscc)
    }
    return [tracking for tracking in members if tracking not in packed_ones]


def unweighed(work: Work, consolidation: Consolidation) -> list[Container]:
    """The consolidation's containers holding parcels and not weighed yet."""
    return [
        container
        for container in work.ledger.containers_of(consolidation.id)
        if container.weight_g is None and work.ledger.container_pieces(container.sscc) > 0
    ]


def packed(work: Work, consolidation: Consolidation) -> list[dict[str, Any]]:
    """The containers leaving with the consolidation (those holding parcels), as its
    closing event carries them: the hub's benches load them at the handover."""
    shown = []
    for container in work.ledger.containers_of(consolidation.id):
        members = work.ledger.container_members(container.sscc)
        if members and container.weight_g is not None:
            shown.append(
                {
                    "sscc": container.sscc,
                    "kind": container.kind,
                    "pieces": len(members),
                    "weight_kg": kilograms(container.weight_g),
                    "source": container.weight_source,
                    "members": members,
                }
            )
    return shown
