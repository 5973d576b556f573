"""Packing a consolidation into containers: SSCCs, labels, moves and weights, with a real
store and the balance on a pty."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    AMS_1,
    BELL,
    BELT,
    DISPATCHER,
    PARIS_1,
    PARIS_2,
    POLICY,
    SHIRT,
    SUPERVISOR,
    Clock,
    codes,
    container_sscc,
    hand_over,
    run,
    sscc,
)
from ptyscale import PtyScale
from sqlalchemy import select
from test_label_render import WHEN, decoded, rasterise

from hubscan.core.checkdigits import gs1_valid
from hubscan.core.gs1 import make_sscc
from hubscan.core.labels import ContainerLabelData, container_label
from hubscan.core.outcome import Outcome
from hubscan.core.policy import HubPolicy
from hubscan.devices.scale import MtSicsScale, ScaleSettings
from hubscan.devices.zpl import render
from hubscan.services.scanning import ScanRecorder
from hubscan.services.weighing import weigh_if_asked
from hubscan.store.models import container_parcels_table, containers_table, events_table, print_jobs_table
from hubscan.store.store import LocalStore

CAGE_SSCC = container_sscc(1)  # the first container the tests' bench numbers
PREPRINTED = make_sscc("0", "3871234", 5)  # another company's label


@pytest.fixture
def packing(desk: ScanRecorder) -> ScanRecorder:
    """PARIS_1, PARIS_2 and AMS_1 processed; a dispatcher at the consolidate station."""
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, PARIS_2, AMS_1, "HS:STATION:PROCESS")
    run(desk, PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE", PARIS_2, BELT, "HS:DONE", AMS_1, BELL, "HS:DONE")
    assert desk.scan(DISPATCHER).code == "auth.login"
    return desk


@pytest.fixture
def balance(tmp_path: Path) -> Iterator[PtyScale]:
    fake = PtyScale(tmp_path / "ttyScale")
    yield fake
    fake.unplug()


def events(store: LocalStore, kind: str) -> list[dict[str, Any]]:
    with store.reading() as connection:
        rows = connection.execute(select(events_table.c.payload).where(events_table.c.type == kind))
        return [row.payload for row in rows]


def weigh_on(desk: ScanRecorder, balance: PtyScale) -> Outcome:
    return weigh_if_asked(desk, MtSicsScale(ScaleSettings(str(balance.link), timeout_s=1.0)), desk.scan("HS:WEIGH"))


def test_an_sscc_is_numbered_under_the_prefix_with_its_check_digit() -> None:
    assert make_sscc("0", "9528765", 432101234) == "095287654321012346"  # GS1's example
    assert CAGE_SSCC == "095287650700000010" and gs1_valid(CAGE_SSCC)  # bench 07, its first
    assert make_sscc("3", "952876543210", 7) == "395287654321000078"


def test_the_container_label_scans_as_its_sscc_in_gs1_128(tmp_path: Path) -> None:
    label = container_label(ContainerLabelData(CAGE_SSCC, "CAGE", 2, "FR-PAR", "Maison Éclair", "SYD", WHEN))
    zpl = render(label)
    assert b"^FD>;>800" + CAGE_SSCC.encode() + b"^FS" in zpl
    [png] = rasterise(zpl, tmp_path, 203)
    assert decoded(png) == [f"(00){CAGE_SSCC}"]
    assert "(00) 0 9528765 070000001 0" in label.texts()


def test_parcels_go_into_the_container_scanned_last_and_move_with_a_scan(
    packing: ScanRecorder, store: LocalStore
) -> None:
    answers = run(packing, "HS:DEST:FR-PAR", "HS:CONTAINER:CAGE", PARIS_1, "HS:CONTAINER", PARIS_2)
    assert codes(answers) == [
        "consolidate.opened",
        "container.opened",
        "consolidate.added",
        "container.opened",
        "consolidate.added",
    ]
    assert "CAGE (00) 0 9528765 070000001 0" in answers[1].message and "label printing" in answers[1].message
    bag = container_sscc(2)
    assert "In BAG (00)" in answers[4].message  # the first kind is the default
    moved = run(packing, CAGE_SSCC, PARIS_2)
    assert codes(moved) == ["container.current", "container.moved"]
    assert "1 parcel(s)" in moved[0].message and "from BAG" in moved[1].message
    assert [p["from"] for p in events(store, "ParcelRepacked")] == [bag]
    with store.reading() as connection:
        kinds = connection.execute(select(print_jobs_table.c.kind, print_jobs_table.c.reference)).all()
    assert [tuple(k) for k in kinds] == [("container", CAGE_SSCC), ("container", bag)]


def test_close_waits_for_every_packed_container_to_be_weighed(packing: ScanRecorder, store: LocalStore) -> None:
    run(packing, "HS:DEST:FR-PAR", "HS:CONTAINER:CAGE", PARIS_1, "HS:CONTAINER:BAG", PARIS_2)
    refused = run(packing, "HS:DONE")[-1]
    assert refused.code == "consolidate.unweighed" and "2 container(s)" in refused.message
    assert codes(run(packing, "HS:WEIGH", "HS:DONE")) == ["container.weighed", "consolidate.unweighed"]
    assert codes(run(packing, CAGE_SSCC, "HS:WEIGH", "HS:CONTAINER:PALLET", "HS:DONE")) == [
        "container.current",
        "container.weighed",
        "container.opened",  # empty: it does not leave with the consolidation
        "consolidate.closed",
    ]
    [closed] = events(store, "ConsolidationClosed")
    assert closed["weight_kg"] == "24.800"
    assert [(c["kind"], c["pieces"], c["weight_kg"], c["source"]) for c in closed["containers"]] == [
        ("CAGE", 1, "12.400", "scale"),
        ("BAG", 1, "12.400", "scale"),
    ]
    run(packing, *hand_over(f"(00){CAGE_SSCC}", sscc(2)))
    exported = {(e["container"], e["container_weight_kg"], e["trailer"]) for e in events(store, "ReturnExported")}
    assert exported == {(CAGE_SSCC, "12.400", "TRL-4711"), (container_sscc(2), "12.400", "TRL-4711")}


def test_a_weighed_container_scanned_again_is_opened_and_weighed_again(packing: ScanRecorder) -> None:
    run(packing, PARIS_1, "HS:WEIGH")
    answers = run(packing, f"]C100{CAGE_SSCC}", PARIS_2)  # the label as a GS1-128 scanner sends it
    assert codes(answers) == ["container.reopened", "consolidate.added"]
    assert "weight of 12.400 kg is cleared" in answers[0].message
    assert run(packing, "HS:DONE")[-1].code == "consolidate.unweighed"


def test_container_labels_that_do_not_belong_are_refused(packing: ScanRecorder, desk: ScanRecorder) -> None:
    assert run(packing, "HS:CONTAINER")[-1].code == "container.no_consolidation"
    run(packing, PARIS_1, "HS:DEST:NL-AMS")  # FR-PAR's bag stays open; the bench turns to NL-AMS
    other = run(packing, CAGE_SSCC)[-1]
    assert other.code == "container.other_consolidation" and "for FR-PAR" in other.message
    run(packing, "HS:DEST:FR-PAR", "HS:WEIGH", "HS:DONE")
    closed = run(packing, AMS_1, CAGE_SSCC)[-1]
    assert closed.code == "container.closed" and "HS:HANDOVER" in closed.message
    wrong_digit = CAGE_SSCC[:-1] + "8"
    refused = run(packing, f"(00){wrong_digit}")[-1]
    assert refused.code == "scan.bad_gs1" and "wrong check digit (8; it should be 0)" in refused.message
    assert run(packing, "HS:CONTAINER:CRATE")[-1].code == "container.unknown_kind"
    taken = run(packing, f"(00){PREPRINTED}", PARIS_2)
    assert codes(taken) == ["container.preprinted", "consolidate.other_destination"]


def test_without_a_gs1_prefix_only_preprinted_labels_are_used(store: LocalStore) -> None:
    desk = ScanRecorder(store, HubPolicy(hub_id=POLICY.hub_id, workstation_id=POLICY.workstation_id), clock=Clock())
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE")
    answers = run(desk, DISPATCHER, PARIS_1, "HS:CONTAINER", "HS:DEST:FR-PAR", PARIS_1, f"(00){PREPRINTED}", PARIS_1)
    assert codes(answers[1:]) == [
        "container.none",  # nothing opened for it: a container label comes first
        "container.no_consolidation",
        "consolidate.opened",
        "container.none",
        "container.preprinted",
        "consolidate.added",
    ]
    with store.reading() as connection:
        assert not connection.execute(select(print_jobs_table.c.id)).all()


@pytest.mark.parametrize(
    ("state", "load", "code"),
    [
        ("ok", "0.00", "container.zero_weight"),
        ("ok", "-0.20", "container.zero_weight"),
        ("overload", "0", "scale.overload"),
        ("underload", "0", "scale.underload"),
    ],
)
@pytest.mark.logs("weighing 0952876507000000")
def test_a_weight_that_is_no_weight_is_refused_and_nothing_kept(
    packing: ScanRecorder, store: LocalStore, balance: PtyScale, state: str, load: str, code: str
) -> None:
    run(packing, PARIS_1)
    balance.put(load)
    balance.state = state
    assert weigh_on(packing, balance).code == code
    assert not events(store, "ContainerWeighed")
    with store.reading() as connection:
        assert connection.execute(select(containers_table.c.weight_g)).scalar_one() is None


@pytest.mark.logs("weighing 0952876507000000", "cannot be opened")
def test_a_scale_that_never_settles_or_is_unplugged_is_named(
    packing: ScanRecorder, store: LocalStore, balance: PtyScale
) -> None:
    run(packing, PARIS_1)
    balance.put("9.87", settled=False)
    unsteady = weigh_on(packing, balance)
    assert unsteady.code == "scale.unstable" and "9.87 kg" in unsteady.message
    balance.unplug()
    assert weigh_on(packing, balance).code == "scale.unplugged"
    assert weigh_if_asked(packing, None, packing.scan("HS:WEIGH")).code == "scale.none"
    assert not events(store, "ContainerWeighed")
    balance.plug()
    balance.put("9.87")
    assert weigh_on(packing, balance).code == "container.weighed"


def test_a_supervisor_types_a_weight_marked_as_typed(packing: ScanRecorder, store: LocalStore) -> None:
    run(packing, PARIS_1)
    assert run(packing, "HS:WEIGHT:8.5")[-1].code == "container.weight_for_supervisor"
    answers = run(packing, SUPERVISOR, "HS:WEIGHT:heavy", "HS:WEIGHT:8,5")
    assert codes(answers[1:]) == ["container.bad_weight", "container.weighed_by_hand"]
    [weighed] = events(store, "ContainerWeighed")
    assert weighed["source"] == "manual" and weighed["weight_kg"] == "8.500" and weighed["pieces"] == 1
    closed = run(packing, DISPATCHER, "HS:STATION:CONSOLIDATE", "HS:DONE")[-1]
    assert closed.code == "consolidate.closed"
    assert events(store, "ConsolidationClosed")[0]["containers"][0]["source"] == "manual"


def test_a_parcel_put_on_hold_leaves_its_weighed_container_to_be_weighed_again(packing: ScanRecorder) -> None:
    run(packing, PARIS_1, PARIS_2, "HS:WEIGH")
    held = run(packing, SUPERVISOR, PARIS_2, "HS:HOLD")[-1]
    assert held.code == "hold.on_removed"
    answers = run(packing, DISPATCHER, "HS:STATION:CONSOLIDATE", "HS:DONE", CAGE_SSCC, "HS:WEIGH", "HS:DONE")
    assert codes(answers[2:]) == [
        "consolidate.unweighed",
        "container.current",
        "container.weighed",
        "consolidate.closed",
    ]
    assert answers[-1].params["count"] == "1"


def test_cancelling_the_consolidation_drops_its_containers(packing: ScanRecorder, store: LocalStore) -> None:
    run(packing, PARIS_1, PARIS_2, "HS:CANCEL")
    with store.reading() as connection:
        assert not connection.execute(select(containers_table.c.sscc)).all()
    assert run(packing, PARIS_1)[-1].message.endswith("label printing.")


def test_typed_weights_that_are_no_weight_are_refused(packing: ScanRecorder, store: LocalStore) -> None:
    run(packing, "HS:DEST:FR-PAR", "HS:CONTAINER")
    answers = run(packing, SUPERVISOR, "HS:WEIGHT:12", "HS:WEIGHT:NaN", "HS:WEIGHT:Infinity")
    assert codes(answers[1:]) == ["container.empty", "container.bad_weight", "container.bad_weight"]
    assert not events(store, "ContainerWeighed")


def test_a_consolidation_from_before_containers_is_packed_before_it_closes(
    packing: ScanRecorder, store: LocalStore
) -> None:
    run(packing, PARIS_1, PARIS_2, "HS:WEIGH")
    with store.writing() as connection:  # as a consolidation opened before containers were kept
        connection.execute(container_parcels_table.delete().where(container_parcels_table.c.tracking == PARIS_2))
    refused = run(packing, "HS:DONE")[-1]
    assert refused.code == "consolidate.unpacked" and PARIS_2 in refused.message
    answers = run(packing, "HS:CONTAINER", PARIS_2, "HS:WEIGH", "HS:DONE")
    assert codes(answers) == ["container.opened", "container.moved", "container.weighed", "consolidate.closed"]


def test_a_bench_numbering_containers_needs_a_two_digit_id() -> None:
    policy = HubPolicy(workstation_id="A1", gs1_company_prefix="9528765")
    assert any("workstation_id 'A1': give two digits" in problem for problem in policy.problems())
    assert not HubPolicy(workstation_id="A1").problems()
