"""The handover: closed consolidations' containers loaded onto the carrier's trailer, and
only then their parcels exported (a real store, the balance on a pty)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import (
    AMS_1,
    BELL,
    BELT,
    DISPATCHER,
    PARIS_1,
    PARIS_2,
    SHIRT,
    SUPERVISOR,
    codes,
    container_sscc,
    hand_over,
    run,
    sscc,
)
from sqlalchemy import select

from hubscan.core.status import Status
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table, returns_table
from hubscan.store.store import LocalStore


@pytest.fixture
def closed(desk: ScanRecorder) -> ScanRecorder:
    """PARIS_1 in a cage and PARIS_2 in a bag, closed under one connote (containers 1
    and 2); AMS_1 processed, not consolidated; a dispatcher at the consolidate station."""
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, PARIS_2, AMS_1, "HS:STATION:PROCESS")
    run(desk, PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE", PARIS_2, BELT, "HS:DONE", AMS_1, BELL, "HS:DONE")
    answers = run(desk, DISPATCHER, "HS:DEST:FR-PAR", "HS:CONTAINER:CAGE", PARIS_1, "HS:WEIGH")
    answers += run(desk, "HS:CONTAINER:BAG", PARIS_2, "HS:WEIGH")
    assert codes(answers[1:]) == [
        "consolidate.opened",
        "container.opened",
        "consolidate.added",
        "container.weighed",
        "container.opened",
        "consolidate.added",
        "container.weighed",
    ]
    assert run(desk, "HS:DONE")[-1].code == "consolidate.closed"
    return desk


def exported(store: LocalStore) -> list[dict[str, Any]]:
    with store.reading() as connection:
        rows = connection.execute(
            select(events_table.c.tracking, events_table.c.payload).where(events_table.c.type == "ReturnExported")
        )
        return [{"tracking": row.tracking, **row.payload} for row in rows]


def status_of(store: LocalStore, tracking: str) -> str:
    with store.reading() as connection:
        query = select(returns_table.c.status).where(returns_table.c.tracking == tracking)
        return str(connection.execute(query).scalar_one())


def test_only_the_handover_exports_and_a_container_left_behind_is_named_first(
    closed: ScanRecorder, store: LocalStore
) -> None:
    assert exported(store) == [] and status_of(store, PARIS_1) == Status.PROCESSED.value
    answers = run(closed, "HS:HANDOVER:DHL TRL-4711", sscc(1), "HS:DONE")
    assert codes(answers) == ["handover.opened", "handover.loaded", "handover.left_behind"]
    assert "BAG (00) 0 9528765 070000002" in answers[-1].message and "HS:DONE again" in answers[-1].message
    assert exported(store) == []
    gone = run(closed, "HS:DONE")[-1]  # the bag stays on the dock
    assert gone.code == "handover.closed" and "1 container(s), 1 parcel(s) exported" in gone.message
    [cage] = exported(store)
    assert (cage["tracking"], cage["container"], cage["carrier"], cage["trailer"]) == (
        PARIS_1,
        container_sscc(1),
        "DHL",
        "TRL-4711",
    )
    assert status_of(store, PARIS_1) == Status.EXPORTED.value and status_of(store, PARIS_2) == Status.PROCESSED.value
    later = run(closed, "HS:HANDOVER:DHL TRL-0815", sscc(1), sscc(2), "HS:DONE")
    assert codes(later) == ["handover.opened", "handover.gone", "handover.loaded", "handover.closed"]
    assert [e["tracking"] for e in exported(store)] == [PARIS_1, PARIS_2]
    assert exported(store)[1]["trailer"] == "TRL-0815"


def test_what_does_not_belong_on_a_trailer_is_refused(closed: ScanRecorder, store: LocalStore) -> None:
    assert run(closed, "HS:HANDOVER:DHL")[-1].code == "handover.needs_trailer"
    assert run(closed, "HS:DONE")[-1].code == "consolidate.none_open"  # no handover: the consolidation's DONE
    run(closed, "HS:DEST:NL-AMS", AMS_1)  # an open consolidation's container: number 3
    answers = run(closed, "HS:HANDOVER:DHL TRL-4711", "HS:DONE", sscc(3), sscc(9), AMS_1, "HS:HANDOVER:UPS X")
    assert codes(answers) == [
        "handover.opened",
        "handover.empty",
        "handover.not_closed",
        "handover.unknown_container",
        "handover.containers_only",
        "handover.already_open",
    ]
    answers = run(closed, sscc(1), sscc(1), "HS:CANCEL")
    assert codes(answers) == ["handover.loaded", "handover.already_loaded", "handover.cancelled"]
    assert exported(store) == []
    assert run(closed, AMS_1)[-1].code == "consolidate.already_in"  # the open consolidation is back


def test_a_parcel_held_after_the_close_stays_when_its_container_goes(closed: ScanRecorder, store: LocalStore) -> None:
    assert run(closed, SUPERVISOR, PARIS_2, "HS:HOLD")[-1].code == "hold.on_removed"
    answers = run(closed, DISPATCHER, "HS:STATION:CONSOLIDATE", *hand_over(sscc(1), sscc(2)))
    assert answers[-1].code == "handover.closed" and "2 container(s), 1 parcel(s) exported" in answers[-1].message
    assert [e["tracking"] for e in exported(store)] == [PARIS_1]
    assert status_of(store, PARIS_2) == Status.PROCESSED.value


def test_a_supervisor_reopens_a_closed_consolidation_until_its_containers_are_loaded(
    closed: ScanRecorder, store: LocalStore
) -> None:
    first = closed_connote(store)
    assert run(closed, f"HS:REOPEN:{first}")[-1].code == "reopen.for_supervisor"
    # Loaded onto a trailer: no longer reopened.
    run(closed, "HS:HANDOVER:DHL TRL-4711", sscc(1))
    assert run(closed, SUPERVISOR, f"HS:REOPEN:{first}")[-1].code == "reopen.gone"
    run(closed, DISPATCHER, "HS:STATION:CONSOLIDATE", "HS:CANCEL")  # the handover: back on the dock
    reopened = run(closed, SUPERVISOR, f"HS:REOPEN:{first}", "HS:REOPEN:CNSYD070000099X")
    assert codes(reopened[1:]) == ["reopen.done", "reopen.unknown"]
    assert f"connote {first} is void" in reopened[1].message
    assert status_of(store, PARIS_1) == Status.PROCESSED.value
    # Open again at the bench: its containers are no closed ones; closed again, a new connote.
    answers = run(closed, DISPATCHER, "HS:STATION:CONSOLIDATE", PARIS_1, "HS:DONE")
    assert codes(answers[2:]) == ["consolidate.already_in", "consolidate.closed"]
    second = answers[-1].params["connote"]
    assert second != first
    assert codes(run(closed, *hand_over(sscc(1), sscc(2)))) == ["handover.opened"] + ["handover.loaded"] * 2 + [
        "handover.closed"
    ]
    assert {e["connote"] for e in exported(store)} == {second}
    assert run(closed, SUPERVISOR, f"HS:REOPEN:{second}")[-1].code == "reopen.gone"


def closed_connote(store: LocalStore) -> str:
    with store.reading() as connection:
        query = select(events_table.c.payload).where(events_table.c.type == "ConsolidationClosed")
        return str(connection.execute(query).scalars().one()["connote"])


def test_a_parcel_the_central_service_refused_stops_the_handover(closed: ScanRecorder, store: LocalStore) -> None:
    with store.writing() as connection:  # the service's refusal, as the sync keeps it
        connection.execute(
            returns_table.update()
            .where(returns_table.c.tracking == PARIS_2)
            .values(exception="refused: hub MEL exported it first")
        )
    answers = run(closed, *hand_over(sscc(1), sscc(2)))
    assert answers[-1].code == "handover.member_refused" and PARIS_2 in answers[-1].message
    assert exported(store) == []
    run(closed, SUPERVISOR, f"HS:RESOLVE:{PARIS_2} taken out and sent back", DISPATCHER, "HS:STATION:CONSOLIDATE")
    assert run(closed, "HS:DONE")[-1].code == "handover.closed"
    assert sorted(e["tracking"] for e in exported(store)) == sorted([PARIS_1, PARIS_2])


def test_a_reopened_container_a_parcel_left_since_the_close_is_weighed_again(desk: ScanRecorder) -> None:
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, PARIS_2, "HS:STATION:PROCESS")
    run(desk, PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE", PARIS_2, BELT, "HS:DONE")
    closed = run(desk, DISPATCHER, "HS:DEST:FR-PAR", "HS:CONTAINER:BAG", PARIS_1, PARIS_2, "HS:WEIGH", "HS:DONE")[-1]
    assert closed.code == "consolidate.closed"
    held = codes(run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_2, "HS:HOLD:WAITING_INFO label torn"))
    assert held == ["auth.login", "station.changed", "receive.repeat", "hold.on_removed"]
    assert run(desk, f"HS:REOPEN:{closed.params['connote']}")[-1].code == "reopen.done"
    # The bag was weighed with PARIS_2 in it: its weight is no longer the bag's.
    assert codes(run(desk, DISPATCHER, "HS:STATION:CONSOLIDATE", "HS:DONE"))[-1] == "consolidate.unweighed"
    assert codes(run(desk, "HS:WEIGH", "HS:DONE"))[-2:] == ["container.weighed", "consolidate.closed"]
