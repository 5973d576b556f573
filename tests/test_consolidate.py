import pytest
from conftest import (
    AMS_1,
    BELL,
    BELT,
    DISPATCHER,
    NOT_RECEIVED,
    PARIS_1,
    PARIS_2,
    SHIRT,
    SUPERVISOR,
    codes,
    hand_over,
    run,
    sscc,
)
from sqlalchemy import select

from hubscan.core.connote import is_connote
from hubscan.core.outcome import Result
from hubscan.core.status import Status
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table, outbox_table, returns_table
from hubscan.store.store import LocalStore


@pytest.fixture
def processed(desk: ScanRecorder) -> ScanRecorder:
    """PARIS_1, PARIS_2 and AMS_1 received and processed; a dispatcher logged in."""
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, PARIS_2, AMS_1, "HS:STATION:PROCESS")
    run(desk, PARIS_1, SHIRT, SHIRT, BELT, "HS:DONE", PARIS_2, BELT, "HS:DONE", AMS_1, BELL, "HS:DONE")
    assert desk.scan(DISPATCHER).code == "auth.login"
    assert desk.context.station.value == "consolidate"
    return desk


def exported_events(store: LocalStore) -> list[str]:
    with store.reading() as connection:
        query = select(events_table.c.tracking).where(events_table.c.type == "ReturnExported")
        return list(connection.execute(query).scalars())


def test_close_allocates_a_connote_and_the_handover_exports_every_parcel(
    processed: ScanRecorder, store: LocalStore
) -> None:
    outcomes = run(processed, PARIS_1, PARIS_2, "HS:WEIGH", "HS:DONE")
    assert codes(outcomes) == [
        "consolidate.opened_added",
        "consolidate.added",
        "container.weighed",
        "consolidate.closed",
    ]
    connote = outcomes[-1].params["connote"]
    assert is_connote(connote) and connote.startswith("CNSYD07")
    assert "1 container(s), 12.400 kg" in outcomes[-1].message
    # Closed is not gone: nothing is exported before the carrier takes the container.
    assert exported_events(store) == []
    assert run(processed, PARIS_1)[-1].code == "consolidate.to_hand_over"
    handed = run(processed, *hand_over(sscc(1)))
    assert codes(handed) == ["handover.opened", "handover.loaded", "handover.closed"]
    assert "DHL, trailer TRL-4711: 1 container(s), 2 parcel(s) exported" in handed[-1].message
    with store.reading() as connection:
        rows = connection.execute(select(returns_table).where(returns_table.c.connote == connote)).all()
        exported = (
            connection.execute(
                select(events_table.c.tracking)
                .join(outbox_table, outbox_table.c.seq == events_table.c.seq)
                .where(events_table.c.type == "ReturnExported")
            )
            .scalars()
            .all()
        )
    assert sorted(r.tracking for r in rows) == sorted([PARIS_1, PARIS_2])
    assert all(r.status == Status.EXPORTED.value for r in rows)
    assert sorted(exported) == sorted([PARIS_1, PARIS_2])


def test_other_destination_and_repeats_are_refused_saying_which(processed: ScanRecorder) -> None:
    outcomes = run(processed, PARIS_1, AMS_1, PARIS_1)
    assert codes(outcomes) == ["consolidate.opened_added", "consolidate.other_destination", "consolidate.already_in"]
    assert "NL-AMS" in outcomes[1].message and "FR-PAR" in outcomes[1].message
    assert outcomes[2].result is Result.WARNING


def test_rejected_held_unprocessed_and_exported_parcels_are_refused(processed: ScanRecorder) -> None:
    run(processed, PARIS_2, "HS:WEIGH", "HS:DONE", *hand_over(sscc(1)))
    exported_again = processed.scan(PARIS_2)
    assert exported_again.code == "consolidate.exported"
    run(processed, SUPERVISOR, "HS:STATION:REJECT", AMS_1, "HS:REASON:DAMAGED", "HS:DONE")
    run(processed, "HS:STATION:RECEIVE", PARIS_1, "HS:HOLD", NOT_RECEIVED)
    assert codes(run(processed, DISPATCHER, "HS:STATION:CONSOLIDATE", AMS_1, PARIS_1, NOT_RECEIVED)) == [
        "auth.login",
        "station.changed",
        "consolidate.rejected",
        "parcel.held",
        "consolidate.unprocessed",
    ]


def test_connote_sequence_never_repeats(processed: ScanRecorder) -> None:
    first = run(processed, PARIS_1, "HS:WEIGH", "HS:DONE")[-1].params["connote"]
    second = run(processed, AMS_1, "HS:WEIGH", "HS:DONE")[-1].params["connote"]
    assert first != second and first[7:14] == "0000001" and second[7:14] == "0000002"


def test_dest_command_opens_and_empty_close_is_refused(processed: ScanRecorder) -> None:
    outcomes = run(processed, "HS:DEST:NL-AMS", "HS:DONE", "HS:DEST:XX-NOWHERE")
    assert codes(outcomes) == ["consolidate.opened", "consolidate.empty", "consolidate.unknown_destination"]


def test_cancel_frees_the_parcels(processed: ScanRecorder) -> None:
    assert codes(run(processed, PARIS_1, PARIS_2, "HS:CANCEL", PARIS_1)) == [
        "consolidate.opened_added",
        "consolidate.added",
        "consolidate.cancelled",
        "consolidate.opened_added",
    ]


def test_holding_a_consolidated_parcel_takes_it_out(processed: ScanRecorder, store: LocalStore) -> None:
    run(processed, PARIS_1, PARIS_2)
    held = run(processed, "HS:LOGIN:OP9001", PARIS_2, "HS:HOLD")[-1]
    assert held.code == "hold.on_removed" and held.tracking == PARIS_2
    closed = run(processed, "HS:STATION:CONSOLIDATE", PARIS_1, "HS:WEIGH", "HS:DONE")[-1]
    assert closed.code == "consolidate.closed" and closed.params["count"] == "1"
