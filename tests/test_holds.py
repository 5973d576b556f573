"""Holds with a reason, a note, an owner and a start; released by the owner or a
supervisor; and the parcels that stay in the hub too long."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import AMS_1, BELT, DISPATCHER, PARIS_1, PARIS_2, POLICY, STAFF, SUPERVISOR, Clock, codes, preadvice, run
from sqlalchemy import select

from hubscan.config import ConfigError, load_config
from hubscan.core.operators import Operator, Role
from hubscan.core.outcome import Result
from hubscan.services.demo import s10
from hubscan.services.scanning import ScanRecorder
from hubscan.store import readmodels
from hubscan.store.manifest import import_lines
from hubscan.store.models import events_table, returns_table
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

OTHER_STAFF = "OP1002"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def bench(store: LocalStore, clock: Clock) -> ScanRecorder:
    save_operator(store, Operator(OTHER_STAFF, "Olu Other", Role.STAFF))
    return ScanRecorder(store, POLICY, clock=clock)


def hold_of(store: LocalStore, tracking: str) -> tuple[object, ...]:
    with store.reading() as connection:
        row = connection.execute(select(returns_table).where(returns_table.c.tracking == tracking)).one()
    return (bool(row.on_hold), row.hold_reason, row.hold_note, row.held_by)


def held_events(store: LocalStore, tracking: str) -> list[dict[str, object]]:
    with store.reading() as connection:
        return list(
            connection.execute(
                select(events_table.c.payload).where(
                    events_table.c.tracking == tracking, events_table.c.type == "ParcelHeld"
                )
            ).scalars()
        )


def test_anyone_holds_a_parcel_saying_why_and_the_bench_says_who_holds_it(
    bench: ScanRecorder, store: LocalStore
) -> None:
    held = run(bench, STAFF, PARIS_1, "HS:HOLD:WAITING_INFO asked the retailer for the order")[-1]
    assert (held.code, held.message) == ("hold.on", f"{PARIS_1} is now on hold: Waiting for information.")
    assert hold_of(store, PARIS_1) == (True, "WAITING_INFO", "asked the retailer for the order", STAFF)
    assert held_events(store, PARIS_1) == [
        {"status": "Depot Scan", "reason": "WAITING_INFO", "note": "asked the retailer for the order", "owner": STAFF}
    ]
    blocked = run(bench, "HS:STATION:PROCESS", PARIS_1)[-1]
    assert blocked.code == "parcel.held" and blocked.result is Result.ERROR
    assert "Waiting for information: asked the retailer for the order" in blocked.message
    assert "held by Sam Staff on 20" in blocked.message


def test_only_the_owner_or_a_supervisor_releases_a_hold(bench: ScanRecorder, store: LocalStore) -> None:
    run(bench, STAFF, PARIS_1, "HS:HOLD", PARIS_2, "HS:HOLD:DAMAGE_CHECK")
    refused = run(bench, OTHER_STAFF, PARIS_1, "HS:RELEASE")[-1]
    assert refused.code == "hold.not_owner" and "Sam Staff" in refused.message
    assert hold_of(store, PARIS_1)[0] is True
    assert codes(run(bench, STAFF, PARIS_1, "HS:RELEASE")) == ["auth.login", "receive.repeat", "hold.off"]
    assert hold_of(store, PARIS_1) == (False, None, None, None)
    assert codes(run(bench, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_2, "HS:RELEASE"))[-1] == "hold.off"


def test_a_plain_hold_takes_the_first_reason_and_an_unknown_reason_changes_nothing(
    bench: ScanRecorder, store: LocalStore
) -> None:
    answers = run(bench, DISPATCHER, "HS:STATION:RECEIVE", PARIS_1, "HS:HOLD:LUNCH", "HS:HOLD")
    assert answers[3].code == "hold.unknown_reason" and answers[3].result is Result.ERROR
    assert "ON_IT, WAITING_INFO, FOR_SUPERVISOR, DAMAGE_CHECK" in answers[3].message
    assert answers[4].code == "hold.on" and "Someone is working on it" in answers[4].message
    assert len(held_events(store, PARIS_1)) == 1
    again = bench.scan("HS:HOLD:WAITING_INFO")
    assert again.code == "hold.already" and "Dan Dispatcher" in again.message
    assert hold_of(store, PARIS_1)[1] == "ON_IT"


def test_a_hold_for_a_refused_return_has_no_owner_and_waits_for_a_supervisor(store: LocalStore) -> None:
    refused = s10(40_000_001, "RR", "FR")
    line = preadvice(refused, "FR-PAR", [{"sku": "BELT", "barcode": BELT, "description": "Belt"}], approval="refused")
    assert import_lines(store, [json.dumps(line)]).ok
    bench = ScanRecorder(store, POLICY, clock=Clock())
    assert run(bench, STAFF, refused)[-1].code == "receive.held_refused"
    assert hold_of(store, refused) == (True, "APPROVAL_REFUSED", None, None)
    assert held_events(store, refused)[0]["owner"] is None
    not_theirs = bench.scan("HS:RELEASE")
    assert not_theirs.code == "hold.for_supervisor" and "the retailer refused the return" in not_theirs.message
    blocked = run(bench, "HS:STATION:PROCESS", refused)[-1]
    assert blocked.code == "parcel.held_for_supervisor"
    assert codes(run(bench, SUPERVISOR, "HS:STATION:PROCESS", refused, "HS:RELEASE"))[-1] == "hold.off"


def test_the_exceptions_list_shows_why_and_who_and_the_parcels_in_the_hub_too_long(
    bench: ScanRecorder, store: LocalStore, clock: Clock
) -> None:
    run(bench, STAFF, PARIS_1)
    clock.now += timedelta(hours=30)
    run(bench, AMS_1, "HS:HOLD:WAITING_INFO no order number", PARIS_2)
    clock.now += timedelta(hours=30)
    entries = readmodels.exceptions(
        store, hold_labels={"WAITING_INFO": "Waiting for information"}, ageing_after=timedelta(hours=24), now=clock.now
    )
    held = [entry for entry in entries if entry.kind == "held"]
    assert [(e.tracking, e.detail, e.operator) for e in held] == [
        (AMS_1, "Waiting for information: no order number", STAFF)
    ]
    ageing = [entry for entry in entries if entry.kind == "ageing"]
    assert [entry.tracking for entry in ageing] == [PARIS_1, AMS_1, PARIS_2]  # oldest first
    assert ageing[0].since is not None and ageing[1].since is not None and ageing[0].since < ageing[1].since
    later = readmodels.exceptions(store, ageing_after=timedelta(hours=40), now=clock.now)
    assert [entry.tracking for entry in later if entry.kind == "ageing"] == [PARIS_1]


def test_hold_reasons_are_checked_in_the_configuration(tmp_path: Path) -> None:
    config = tmp_path / "hubscan.toml"
    config.write_text('hold_reasons = { "on it" = "Someone is on it" }\nageing_hours = 0\n')
    with pytest.raises(ConfigError) as refused:
        load_config(config, environ={})
    assert "hold reason 'on it'" in str(refused.value) and "ageing_hours" in str(refused.value)
