"""One hub, many benches: each bench sees the others' work through the hub feed of the
real central service (uvicorn, on SQLite and on PostgreSQL)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import hubbench
from central import CentralService
from conftest import hand_over, sscc
from faultproxy import FaultProxy
from hubbench import HUB, MANIFEST, Bench, items_of
from sqlalchemy import func, select

from hubscan.core.status import Status
from hubscan.store.hubfeed import feed_cursor, set_cursor
from hubscan.store.models import closed_containers_table, containers_table, events_table, hub_feed_table
from hubscan.store.readmodels import exceptions
from hubscan.sync.client import CentralClient, CentralUnavailable, ClientSettings
from hubscan.sync.feed import PAGE, FeedFollower
from hubscan_central.models import events_t

# The hub's central service and three benches (``hubbench``), as this module's fixtures.
service, benches = hubbench.service, hubbench.benches


def test_a_parcel_received_at_one_bench_is_processed_at_a_second_and_exported_at_it(benches: list[Bench]) -> None:
    dock, packing, supervisor = benches
    first, second = MANIFEST[0], MANIFEST[1]
    assert dock.scan("OP1001", first["tracking"], second["tracking"]) == ["auth.login", "receive.ok", "receive.ok"]
    dock.exchange()
    packing.exchange()
    assert packing.get(first["tracking"]).status == Status.DEPOT_SCAN.value
    assert packing.get(first["tracking"]).received_by == "OP1001"
    codes = packing.scan("OP1001", "HS:STATION:PROCESS", first["tracking"], *items_of(first), "HS:DONE")
    assert codes[-1] == "process.done"
    packing.exchange()
    supervisor.exchange()
    assert supervisor.scan("OP2001", "HS:STATION:REJECT", second["tracking"], "HS:REASON:DAMAGED", "HS:DONE")[-1] == (
        "reject.done"
    )
    supervisor.exchange()
    assert supervisor.get(first["tracking"]).status == Status.PROCESSED.value
    packing.exchange()
    assert packing.get(second["tracking"]).status == Status.REJECTED.value
    assert (
        packing.scan("OP3001", "HS:STATION:CONSOLIDATE", first["tracking"], "HS:WEIGH", "HS:DONE")[-1]
        == "consolidate.closed"
    )
    packing.exchange()
    dock.exchange()
    assert dock.get(first["tracking"]).status == Status.PROCESSED.value  # closed, still on the dock
    assert packing.scan(*hand_over(sscc(1, "02")))[-1] == "handover.closed"
    packing.exchange()
    dock.exchange()
    exported = dock.get(first["tracking"])
    assert exported.status == Status.EXPORTED.value and exported.connote
    assert dock.get(second["tracking"]).status == Status.REJECTED.value
    # Each bench's own audit holds its own events only: counters count nothing twice.
    with dock.store.reading() as connection:
        workstations = set(connection.execute(select(events_table.c.workstation)).scalars())
        from_others = set(connection.execute(select(hub_feed_table.c.workstation)).scalars())
    assert workstations == {"01"} and from_others == {"02", "03"}


def test_holds_releases_and_consolidations_are_seen_at_every_bench(benches: list[Bench]) -> None:
    dock, packing, dispatch = benches
    kept, held = MANIFEST[2], MANIFEST[3]
    hold = "HS:HOLD:WAITING_INFO asked the retailer"
    assert dock.scan("OP2001", kept["tracking"], held["tracking"], hold)[-1] == "hold.on"
    dock.exchange()
    packing.exchange()
    assert packing.get(held["tracking"]).on_hold and not packing.get(kept["tracking"]).on_hold
    seen = packing.get(held["tracking"])
    assert (seen.hold_reason, seen.hold_note, seen.held_by) == ("WAITING_INFO", "asked the retailer", "OP2001")
    assert seen.held_at is not None
    assert packing.scan("OP1001", "HS:STATION:PROCESS", held["tracking"])[-1] == "parcel.held"
    assert packing.scan("HS:RELEASE")[-1] == "hold.not_owner"  # staff release only their own holds
    assert packing.scan(kept["tracking"], *items_of(kept), "HS:DONE")[-1] == "process.done"
    assert dock.scan(held["tracking"], "HS:RELEASE")[-1] == "hold.off"
    dock.exchange()
    packing.exchange()
    assert not packing.get(held["tracking"]).on_hold
    assert packing.scan(held["tracking"], *items_of(held), "HS:DONE")[-1] == "process.done"
    assert packing.scan("HS:LOGOUT", "OP3001", "HS:STATION:CONSOLIDATE", held["tracking"])[-1] == (
        "consolidate.opened_added"
    )
    packing.exchange()
    dispatch.exchange()
    assert dispatch.get(held["tracking"]).consolidation_bench == "02"
    refused = [dispatch.recorder.scan(raw) for raw in ("OP3001", "HS:STATION:CONSOLIDATE", held["tracking"])][-1]
    assert refused.code == "consolidate.at_other_bench" and "bench 02" in refused.message
    assert packing.scan("HS:CANCEL")[-1] == "consolidate.cancelled"
    packing.exchange()
    dispatch.exchange()
    assert dispatch.get(held["tracking"]).consolidation_bench is None
    assert dispatch.scan(held["tracking"])[-1] == "consolidate.opened_added"


def test_two_benches_cut_off_receive_one_parcel_the_service_keeps_one_and_names_it(
    benches: list[Bench], service: CentralService
) -> None:
    first, second, third = benches
    tracking = MANIFEST[4]["tracking"]
    assert first.scan("OP1001", tracking)[-1] == "receive.ok"
    assert second.scan("OP2001", tracking)[-1] == "receive.ok"  # cut off: it knows nothing yet
    first.exchange()
    second.exchange()
    refusal = second.get(tracking).exception
    assert "bench 01" in refusal and "OP1001" in refusal
    assert second.get(tracking).received_by == "OP1001"  # the receipt the service kept
    third.exchange()
    seen = [e for e in exceptions(third.store) if e.tracking == tracking]
    assert seen and "bench 02" in seen[0].detail and "bench 01" in seen[0].detail
    with service.engine.connect() as connection:
        accepted = connection.execute(
            select(func.count())
            .select_from(events_t)
            .where(events_t.c.tracking == tracking, events_t.c.type == "DepotScan", events_t.c.result == "accepted")
        ).scalar_one()
    assert accepted == 1


def test_two_benches_cut_off_export_one_parcel_the_loser_is_told_which_bench_who_and_when(
    benches: list[Bench],
) -> None:
    dock, first, second = benches
    record = MANIFEST[8]
    dock.scan("OP1001", record["tracking"], "HS:STATION:PROCESS", record["tracking"], *items_of(record), "HS:DONE")
    dock.exchange()
    first.exchange()
    second.exchange()
    for bench in (first, second):  # neither hears of the other's consolidation: cut off
        closing = ("OP3001", "HS:STATION:CONSOLIDATE", record["tracking"], "HS:WEIGH", "HS:DONE")
        assert bench.scan(*closing, *hand_over(sscc(1, bench.workstation)))[-1] == "handover.closed"
    first.exchange()
    assert second.sync.run_once().refused == 1
    refusal = second.get(record["tracking"]).exception
    assert "exported twice" in refusal and "bench 02" in refusal and "OP3001" in refusal
    assert first.get(record["tracking"]).exception is None
    dock.exchange()
    assert "bench 03" in dock.get(record["tracking"]).exception  # every bench sees it


def test_an_exception_resolved_at_one_bench_closes_at_every_bench(benches: list[Bench]) -> None:
    first, second, supervisor = benches
    tracking = MANIFEST[5]["tracking"]
    assert first.scan("OP1001", tracking)[-1] == "receive.ok"
    assert second.scan("OP1001", tracking)[-1] == "receive.ok"  # cut off: it knows nothing yet
    first.exchange()
    second.exchange()
    supervisor.exchange()
    for bench in (second, supervisor):
        assert [e.kind for e in exceptions(bench.store) if e.tracking == tracking] == ["refused"]
    note = "bench 01's receipt stands; the second scan was a re-scan"
    assert supervisor.scan("OP2001", f"HS:RESOLVE:{tracking} {note}")[-1] == "resolve.done"
    supervisor.exchange()
    second.exchange()
    first.exchange()
    for bench in (first, second, supervisor):
        assert bench.get(tracking).exception is None
        assert [e for e in exceptions(bench.store) if e.tracking == tracking] == []
    with second.store.reading() as connection:
        (payload,) = connection.execute(
            select(hub_feed_table.c.payload).where(
                hub_feed_table.c.tracking == tracking, hub_feed_table.c.type == "ExceptionResolved"
            )
        ).scalars()
    assert payload["note"] == note and "received twice" in payload["exception"]


def test_a_misrouted_parcel_is_an_exception_at_both_hubs_and_on_the_timeline(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    meant_for, other_bench, _ = benches
    tracking = MANIFEST[7]["tracking"]
    elsewhere = Bench(tmp_path, service.url, service.token("MEL", "01"), "01", hub="MEL")
    try:
        assert elsewhere.scan("OP1001", tracking)[-1] == "receive.unexpected"  # MEL has no pre-advice for it
        assert elsewhere.sync.run_once().refused == 0  # the parcel is where it is: accepted
        assert elsewhere.get(tracking).exception == "misrouted: pre-advised to hub SYD, received at hub MEL"
        meant_for.exchange()
        other_bench.exchange()
        for bench in (meant_for, other_bench):
            row = bench.get(tracking)
            assert "received at hub MEL" in row.exception and "OP1001" in row.exception
            assert row.status == Status.CREATED.value  # not here: nothing received at SYD
        assert any(e.tracking == tracking and e.kind == "misrouted" for e in exceptions(meant_for.store))
        timeline = meant_for.client.timeline(tracking)
        depot = [s for s in timeline["statuses"] if s["status"] == "Depot Scan"]
        assert depot and depot[0]["hub"] == "MEL" and "pre-advised to hub SYD" in depot[0]["detail"]["note"]
        # A bench joining SYD learns of it too; once a SYD supervisor resolved it, a later one does not.
        late = Bench(tmp_path, service.url, service.token(HUB, "09"), "09")
        try:
            late.feed.join()
            assert "received at hub MEL" in late.get(tracking).exception
        finally:
            late.close()
        assert meant_for.scan("OP2001", f"HS:RESOLVE:{tracking} MEL sends it on")[-1] == "resolve.done"
        meant_for.exchange()
        later = Bench(tmp_path, service.url, service.token(HUB, "10"), "10")
        try:
            later.feed.join()
            assert later.get(tracking).exception is None
        finally:
            later.close()
    finally:
        elsewhere.close()


def test_a_bench_joining_late_learns_what_the_hub_holds_not_its_history(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    dock, packing, _ = benches
    exported, rejected, held, in_consolidation, received = (r["tracking"] for r in MANIFEST[:5])
    dock.scan("OP2001", exported, rejected, held, in_consolidation, received)
    dock.scan(held, "HS:HOLD")
    dock.exchange()
    packing.exchange()
    for record in (MANIFEST[0], MANIFEST[3]):
        packing.scan("OP1001", "HS:STATION:PROCESS", record["tracking"], *items_of(record), "HS:DONE")
    packing.scan("HS:LOGOUT", "OP2001", "HS:STATION:REJECT", rejected, "HS:REASON:DAMAGED", "HS:DONE")
    packing.scan("HS:LOGOUT", "OP3001", "HS:STATION:CONSOLIDATE", exported, "HS:WEIGH", "HS:DONE")
    packing.scan(*hand_over(sscc(1, "02")), in_consolidation)
    packing.exchange()
    with service.engine.connect() as connection:
        history = connection.execute(select(func.count()).select_from(events_t)).scalar_one()

    late = Bench(tmp_path, service.url, service.token(HUB, "09"), "09")
    try:
        shown: list[str] = []
        late.feed.on_change = shown.extend
        kept = late.feed.join()
        assert 0 < kept < history  # the returns still in the hub, not everything that happened
        assert {received, held, in_consolidation} <= set(shown)  # the views are told what joining changed
        assert late.get(received).status == Status.DEPOT_SCAN.value
        assert late.get(held).on_hold
        consolidated = late.get(in_consolidation)
        assert consolidated.status == Status.PROCESSED.value and consolidated.consolidation_bench == "02"
        # Gone from the hub: not in its state, but the manifest says the hub is done with them.
        gone = late.get(exported)
        assert (gone.status, gone.connote) == (Status.EXPORTED.value, packing.get(exported).connote)
        # The hub's closed consolidations' containers come with its state: this one has left.
        with late.store.reading() as connection:
            left = connection.execute(select(closed_containers_table.c.handed_over_at)).scalars().all()
        assert len(left) == 1 and left[0] is not None
        assert gone.connote is not None and gone.consolidation_id is None
        assert late.get(rejected).status == Status.REJECTED.value
        assert late.scan("OP1001", exported)[-1] == "receive.exported"  # not taken for a parcel still to come
        assert feed_cursor(late.store) == feed_cursor(packing.store)
        assert late.feed.join() == 0  # a bench that has joined follows the feed
        dock.scan("HS:RELEASE")
        dock.exchange()
        assert late.feed.catch_up() == 1 and not late.get(held).on_hold
    finally:
        late.close()


def test_a_feed_read_again_changes_nothing_and_own_events_are_passed_over(benches: list[Bench]) -> None:
    first, second, _ = benches
    tracking = MANIFEST[5]["tracking"]
    first.scan("OP1001", tracking)
    first.exchange()
    assert second.feed.catch_up() == 1
    own_before = first.own_events()
    assert first.feed.catch_up() == 0  # its own Depot Scan came back: passed over
    assert first.own_events() == own_before
    with second.store.writing() as connection:
        set_cursor(connection, 0)  # as after a restore: the whole feed comes again
    assert second.feed.catch_up() == 0  # every event already kept
    with second.store.reading() as connection:
        assert connection.execute(select(func.count()).select_from(hub_feed_table)).scalar_one() == 1
    assert feed_cursor(second.store) == feed_cursor(first.store) > 0


def test_a_waiting_feed_request_answers_with_the_event_another_bench_sent(benches: list[Bench]) -> None:
    first, second, _ = benches
    cursor = feed_cursor(second.store)
    pages: list[dict[str, Any]] = []
    waiting = threading.Thread(target=lambda: pages.append(second.client.feed(HUB, cursor, 100, wait_s=30)))
    waiting.start()
    first.scan("OP1001", MANIFEST[6]["tracking"])
    first.sync.push()
    waiting.join(60)
    assert not waiting.is_alive()
    assert [e["tracking"] for e in pages[0]["events"]] == [MANIFEST[6]["tracking"]]


def test_the_feed_gets_through_a_link_that_cuts_long_answers(benches: list[Bench], service: CentralService) -> None:
    first, second, _ = benches
    trackings = [record["tracking"] for record in MANIFEST]
    first.scan("OP1001", *trackings)
    first.exchange()
    # Answers longer than about five events are always cut part-way: only small pages pass.
    proxy = FaultProxy(service.port, max_reply_bytes=2500)
    lossy = CentralClient(ClientSettings(proxy.url, second.client.settings.token, retries=0))
    follower = FeedFollower(second.store, lossy, HUB)
    try:
        failures = 0
        while feed_cursor(second.store) < len(trackings) and failures < 40:
            try:
                follower.follow_once()
            except CentralUnavailable:
                failures += 1
    finally:
        lossy.close()
        proxy.close()
    assert proxy.seen["cut"] == failures and 7 <= failures < 40
    assert follower.pages.current < PAGE
    assert all(second.get(t).status == Status.DEPOT_SCAN.value for t in trackings)


def processed_and_closed(dock: Bench, packing: Bench, record: dict[str, Any]) -> dict[str, Any]:
    """``record`` received and processed at ``dock``, then packed into one weighed container
    and closed at ``packing`` (bench 02): its container is bench 02's first."""
    dock.scan("OP2001", record["tracking"], "HS:STATION:PROCESS", record["tracking"], *items_of(record), "HS:DONE")
    dock.exchange()
    packing.exchange()
    closing = ("OP3001", "HS:STATION:CONSOLIDATE", record["tracking"], "HS:WEIGH", "HS:DONE")
    assert packing.scan(*closing)[-1] == "consolidate.closed"
    return record


def test_a_closed_consolidation_is_handed_over_at_another_bench_unless_reopened(benches: list[Bench]) -> None:
    dock, packing, _ = benches
    first = processed_and_closed(dock, packing, MANIFEST[2])
    packing.exchange()
    dock.exchange()
    assert dock.get(first["tracking"]).connote == packing.get(first["tracking"]).connote  # waiting at the dock
    connote = packing.get(first["tracking"]).connote
    # Bench 02's supervisor reopens it: bench 01 no longer loads its container.
    assert packing.scan("OP2001", f"HS:REOPEN:{connote}")[-1] == "reopen.done"
    packing.exchange()
    dock.exchange()
    assert dock.get(first["tracking"]).connote is None
    loading = dock.scan("HS:LOGOUT", "OP3001", "HS:STATION:CONSOLIDATE", *hand_over(sscc(1, "02")))
    assert loading[-2:] == ["handover.unknown_container", "handover.empty"]
    dock.scan("HS:CANCEL")
    # Closed again under a new connote, bench 01 hands it over: exported there, seen here.
    assert packing.scan("OP3001", "HS:STATION:CONSOLIDATE", first["tracking"], "HS:DONE")[-2:] == [
        "consolidate.already_in",
        "consolidate.closed",
    ]
    packing.exchange()
    dock.exchange()
    assert dock.scan(*hand_over(sscc(1, "02")))[-1] == "handover.closed"
    dock.exchange()
    packing.exchange()
    gone = packing.get(first["tracking"])
    assert gone.status == Status.EXPORTED.value and gone.connote not in (None, connote)


def test_a_container_on_one_benchs_trailer_is_neither_loaded_nor_reopened_at_another(benches: list[Bench]) -> None:
    dock, packing, third = benches
    first = processed_and_closed(dock, packing, MANIFEST[2])
    connote = packing.get(first["tracking"]).connote
    packing.exchange()
    dock.exchange()
    third.exchange()
    loading = dock.scan("HS:LOGOUT", "OP3001", "HS:STATION:CONSOLIDATE", "HS:HANDOVER:DHL TRL-1", sscc(1, "02"))
    assert loading[-1] == "handover.loaded"
    dock.exchange()
    third.exchange()
    packing.exchange()
    elsewhere = third.scan("OP3001", "HS:STATION:CONSOLIDATE", "HS:HANDOVER:UPS TRL-2", sscc(1, "02"), "HS:CANCEL")
    assert elsewhere[-2:] == ["handover.loaded_elsewhere", "handover.cancelled"]
    assert packing.scan("OP2001", f"HS:REOPEN:{connote}")[-1] == "reopen.gone"
    assert dock.scan("HS:CANCEL")[-1] == "handover.cancelled"  # back on the dock
    dock.exchange()
    packing.exchange()
    assert packing.scan(f"HS:REOPEN:{connote}")[-1] == "reopen.done"


def test_a_parcel_held_at_another_bench_leaves_its_weighed_container_to_be_weighed_again(
    benches: list[Bench],
) -> None:
    dock, packing, _ = benches
    destination = MANIFEST[2]["destination"]["code"]
    kept, held = [r for r in MANIFEST[2:] if r["destination"]["code"] == destination][:2]
    dock.scan("OP2001", kept["tracking"], held["tracking"], "HS:STATION:PROCESS")
    for record in (kept, held):
        assert dock.scan(record["tracking"], *items_of(record), "HS:DONE")[-1] == "process.done"
    dock.exchange()
    packing.exchange()
    packing.scan("OP3001", "HS:STATION:CONSOLIDATE", kept["tracking"], held["tracking"])
    assert packing.scan("HS:WEIGH")[-1] == "container.weighed"
    packing.exchange()
    dock.exchange()
    assert dock.scan("HS:STATION:RECEIVE", held["tracking"], "HS:HOLD:DAMAGE_CHECK torn open")[-1] == "hold.on"
    dock.exchange()
    packing.exchange()
    assert packing.get(held["tracking"]).consolidation_id is None
    with packing.store.reading() as connection:
        [weight] = connection.execute(select(containers_table.c.weight_g)).scalars()
    assert weight is None  # it weighed the held parcel too
    assert packing.scan("HS:DONE")[-1] == "consolidate.unweighed"
    assert packing.scan("HS:WEIGH", "HS:DONE")[-2:] == ["container.weighed", "consolidate.closed"]
