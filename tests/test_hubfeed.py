"""One hub, many benches: each bench sees the others' work through the hub feed of the
real central service (uvicorn, on SQLite and on PostgreSQL)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from central import CentralService, central_on
from faultproxy import FaultProxy
from sqlalchemy import func, select

from hubscan.core.policy import HubPolicy
from hubscan.core.status import Status
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest, s10
from hubscan.services.scanning import ScanRecorder
from hubscan.store.hubfeed import feed_cursor, set_cursor
from hubscan.store.models import events_table, hub_feed_table, returns_table
from hubscan.store.operators import save_operator
from hubscan.store.readmodels import exceptions
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, CentralUnavailable, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.feed import PAGE, FeedFollower
from hubscan_central.models import events_t

HUB = "SYD"
MANIFEST = list(demo_manifest(12, hub=HUB))


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralService]:
    central = central_on(request, tmp_path)
    central.load_preadvice(MANIFEST)
    yield central
    central.close()


class Bench:
    """A workstation of a hub: its own store, scans, sync and feed."""

    def __init__(self, folder: Path, url: str, token: str, workstation: str, hub: str = HUB) -> None:
        self.workstation = workstation
        self.store = LocalStore(folder / f"bench-{hub}-{workstation}.db", hub, workstation)
        for operator in DEMO_OPERATORS:
            save_operator(self.store, operator)
        self.recorder = ScanRecorder(self.store, HubPolicy(hub_id=hub, workstation_id=workstation))
        self.client = CentralClient(ClientSettings(url, token, retries=2, backoff_s=0.01))
        self.sync = SyncEngine(self.store, self.client, hub, workstation, use_helper=False)
        self.feed = FeedFollower(self.store, self.client, hub)
        self.sync.pull()

    def scan(self, *raws: str) -> list[str]:
        return [self.recorder.scan(raw).code for raw in raws]

    def exchange(self) -> None:
        """Send this bench's events, then take in the others' (one sync round)."""
        self.sync.run_once()
        self.feed.catch_up()

    def get(self, tracking: str) -> Any:
        with self.store.reading() as connection:
            return connection.execute(select(returns_table).where(returns_table.c.tracking == tracking)).one()

    def own_events(self) -> int:
        with self.store.reading() as connection:
            return int(connection.execute(select(func.count()).select_from(events_table)).scalar_one())

    def close(self) -> None:
        self.feed.stop()
        self.client.close()
        self.store.close()


@pytest.fixture
def benches(service: CentralService, tmp_path: Path) -> Iterator[list[Bench]]:
    made = [Bench(tmp_path, service.url, service.token(HUB, ws), ws) for ws in ("01", "02", "03")]
    yield made
    for bench in made:
        bench.close()


def items_of(record: dict[str, Any]) -> list[str]:
    return [item["barcode"] for item in record["items"] for _ in range(item["qty"])]


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
    assert packing.scan("OP3001", "HS:STATION:CONSOLIDATE", first["tracking"], "HS:DONE")[-1] == "consolidate.closed"
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
        assert bench.scan("OP3001", "HS:STATION:CONSOLIDATE", record["tracking"], "HS:DONE")[-1] == (
            "consolidate.closed"
        )
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
    packing.scan("HS:LOGOUT", "OP3001", "HS:STATION:CONSOLIDATE", exported, "HS:DONE", in_consolidation)
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


def test_a_parcel_not_pre_advised_gets_its_return_at_one_bench_and_goes_on_at_the_others(
    benches: list[Bench], service: CentralService
) -> None:
    dock, packing, dispatch = benches
    stranger = s10(77_000_001, "CX", "DE")
    destination = MANIFEST[0]["destination"]["code"]
    retailer = MANIFEST[0]["retailer"]
    assert dock.scan("OP2001", stranger) == ["auth.login", "receive.unexpected"]
    # The retailer from the pre-advice; the order number and customer reference the agent read.
    assert dock.scan(f"HS:CREATE:{destination.lower()} order=SO-77 customer=C-0042") == ["create.done"]
    assert dock.scan("HS:CREATE:NOWHERE") == ["create.has_return"]
    dock.exchange()
    packing.exchange()
    seen = packing.get(stranger)
    assert (seen.unexpected, seen.retailer, seen.destination) == (False, retailer, destination)
    assert seen.facts == {"order_number": "SO-77", "customer_reference": "C-0042"}
    assert packing.scan("OP1001", "HS:STATION:PROCESS", stranger)[-1] == "process.started"
    assert packing.scan(items_of(MANIFEST[0])[0], "HS:DONE")[-1] == "process.done_discrepancy"
    packing.exchange()
    dispatch.exchange()
    assert dispatch.scan("OP3001", "HS:STATION:CONSOLIDATE", stranger)[-1] == "consolidate.opened_added"

    # The service keeps it as created at the hub, by whom; a second creation is refused.
    timeline = requests.get(
        f"{service.url}/v1/returns/{stranger}/timeline",
        headers={"Authorization": f"Bearer {service.token(HUB, '01')}"},
        timeout=10,
    ).json()
    created = [step for step in timeline["statuses"] if step["status"] == "Return Created"]
    assert created[0]["hub"] == HUB
    assert created[0]["detail"] == {
        "retailer": retailer,
        "destination": destination,
        "order_number": "SO-77",
        "customer_reference": "C-0042",
        "created_by": "OP2001",
    }
    second = {
        "id": str(uuid.uuid4()),
        "seq": 10_000,
        "type": "ReturnCreated",
        "tracking": stranger,
        "occurred_at": "2026-12-03T10:00:00+00:00",
        "station": "receive",
        "operator": "OP2001",
        "payload": {"retailer": "Someone Else", "destination": destination},
    }
    answer = requests.post(
        f"{service.url}/v1/events",
        json={"hub": HUB, "workstation": "03", "events": [second]},
        headers={"Authorization": f"Bearer {service.token(HUB, '03')}"},
        timeout=10,
    ).json()
    assert answer["results"][0]["result"] == "refused"
    assert answer["results"][0]["reason"] == f"already has its return: hub {HUB} gave it one"


def test_a_parcel_linked_to_its_pre_advice_at_one_bench_is_that_return_at_every_bench(
    benches: list[Bench], service: CentralService
) -> None:
    """A parcel arrives under a number nobody pre-advised; a supervisor finds its return
    by an item's SKU and links them. Every bench then knows the parcel as that return,
    the return's own label is refused everywhere, and its timeline shows the parcel."""
    dock, packing, dispatch = benches
    stranger = s10(77_000_002, "CX", "DE")
    wanted = MANIFEST[5]
    assert dock.scan("OP2001", stranger) == ["auth.login", "receive.unexpected"]
    found = found_by_search(dock, wanted["items"][0]["sku"])
    assert wanted["tracking"] in found
    assert dock.scan(f"HS:LINK:{wanted['tracking']}") == ["link.done"]
    assert dock.scan(f"HS:LINK:{wanted['tracking']}") == ["create.has_return"]
    dock.exchange()
    packing.exchange()
    seen, own = packing.get(stranger), packing.get(wanted["tracking"])
    assert (seen.unexpected, seen.retailer, seen.destination) == (
        False,
        wanted["retailer"],
        wanted["destination"]["code"],
    )
    assert own.arrived_as == stranger
    assert packing.scan("OP1001", wanted["tracking"]) == ["auth.login", "receive.arrived_as"]
    assert packing.scan("HS:STATION:PROCESS", stranger)[-1] == "process.started"
    for barcode in items_of(wanted):
        packing.scan(barcode)
    assert packing.scan("HS:DONE")[-1] == "process.done"  # the pre-advised items, all there
    packing.exchange()
    dispatch.exchange()
    assert dispatch.scan("OP3001", "HS:STATION:CONSOLIDATE", stranger)[-1] == "consolidate.opened_added"

    headers = {"Authorization": f"Bearer {service.token(HUB, '01')}"}
    timeline = requests.get(f"{service.url}/v1/returns/{wanted['tracking']}/timeline", headers=headers, timeout=10)
    steps = [(step["status"], step["detail"].get("parcel")) for step in timeline.json()["statuses"]]
    assert ("Linked to its pre-advice", stranger) in steps
    assert ("Depot Scan", None) in steps and ("Return Processed", None) in steps  # the parcel's, as the return's
    # A bench that did not hear of the link yet receives the return's own label: refused.
    late = {
        "id": str(uuid.uuid4()),
        "seq": 10_000,
        "type": "DepotScan",
        "tracking": wanted["tracking"],
        "occurred_at": "2026-12-03T10:00:00+00:00",
        "station": "receive",
        "operator": "OP2001",
        "payload": {"hub": HUB, "unexpected": False},
    }
    answer = requests.post(
        f"{service.url}/v1/events",
        json={"hub": HUB, "workstation": "03", "events": [late]},
        headers={"Authorization": f"Bearer {service.token(HUB, '03')}"},
        timeout=10,
    ).json()["results"][0]
    assert answer["result"] == "refused" and f"arrived already as parcel {stranger}" in answer["reason"]


def found_by_search(bench: Bench, text: str) -> list[str]:
    from hubscan.store.preadvice_search import find_preadvice

    with bench.store.reading() as connection:
        return [match.tracking for match in find_preadvice(connection, text)]


def test_a_misrouted_parcel_forwarded_to_its_hub_is_received_and_exported_there(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    """Pre-advised to SYD, received at MEL: a MEL supervisor forwards it; MEL consolidates
    it unopened to SYD as a destination and exports it; SYD receives it as its own,
    processes and exports it to the retailer."""
    dock, packing, dispatch = benches
    record = MANIFEST[8]
    tracking = record["tracking"]
    mel = Bench(tmp_path, service.url, service.token("MEL", "01"), "01", hub="MEL")
    mel2 = Bench(tmp_path, service.url, service.token("MEL", "02"), "02", hub="MEL")
    try:
        assert mel.scan("OP2001", tracking)[-1] == "receive.unexpected"
        mel.exchange()
        assert mel.scan("HS:FORWARD") == ["forward.done"]
        assert mel.scan("HS:FORWARD") == ["forward.not_misrouted"]  # once
        mel.exchange()
        mel2.exchange()
        seen = mel2.get(tracking)
        assert (seen.forwarded_to, seen.unexpected, seen.exception) == ("SYD", False, None)
        # Another MEL bench consolidates it, unopened, to SYD as a destination.
        assert mel2.scan("OP3001", "HS:STATION:CONSOLIDATE", tracking)[-1] == "consolidate.opened_added"
        assert mel2.scan("HS:DONE")[-1] == "consolidate.closed"
        mel2.exchange()
        dock.exchange()
        assert dock.get(tracking).exception is None  # SYD knows it is coming after all
        assert dock.scan("OP1001", tracking)[-1] == "receive.ok"
        dock.exchange()
        assert dock.get(tracking).exception is None  # the service took the receipt: no refusal
        packing.exchange()
        assert packing.scan("OP1001", "HS:STATION:PROCESS", tracking)[-1] == "process.started"
        for barcode in items_of(record):
            packing.scan(barcode)
        assert packing.scan("HS:DONE")[-1] == "process.done"
        packing.exchange()
        dispatch.exchange()
        assert dispatch.scan("OP3001", "HS:STATION:CONSOLIDATE", tracking)[-1] == "consolidate.opened_added"
        assert dispatch.scan("HS:DONE")[-1] == "consolidate.closed"
        dispatch.exchange()
        assert dispatch.get(tracking).exception is None  # exported at SYD: accepted
        statuses = [(s["status"], s["hub"]) for s in dispatch.client.timeline(tracking)["statuses"]]
        assert statuses[1:] == [
            ("Depot Scan", "MEL"),
            ("Forwarded to hub SYD", "MEL"),
            ("Return Exported", "MEL"),
            ("Depot Scan", HUB),
            ("Return Processed", HUB),
            ("Return Exported", HUB),
        ]
    finally:
        mel.close()
        mel2.close()


def test_a_misrouted_parcel_kept_where_it_is_gets_its_pre_advice_there(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    dock = benches[0]
    record = MANIFEST[9]
    tracking = record["tracking"]
    mel = Bench(tmp_path, service.url, service.token("MEL", "01"), "01", hub="MEL")
    try:
        assert mel.scan("OP1001", tracking)[-1] == "receive.unexpected"
        mel.exchange()
        assert mel.scan("HS:KEEP") == ["auth.resolve_not_allowed"]  # a supervisor's word
        assert mel.scan("OP2001", f"HS:KEEP:{tracking}") == ["auth.login", "forward.kept"]
        mel.exchange()  # the service moves the pre-advice to MEL: it comes with the pull
        kept = mel.get(tracking)
        assert (kept.unexpected, kept.hub, kept.retailer, kept.exception) == (False, "MEL", record["retailer"], None)
        assert mel.scan("HS:STATION:PROCESS", tracking)[-1] == "process.started"
        for barcode in items_of(record):
            mel.scan(barcode)
        assert mel.scan("HS:DONE")[-1] == "process.done"
        dock.exchange()
        at_syd = dock.get(tracking)
        assert (at_syd.hub, at_syd.exception) == ("MEL", None)  # not coming: off SYD's lists
        assert not any(e.tracking == tracking for e in exceptions(dock.store))
    finally:
        mel.close()


def test_dispositions_given_at_one_bench_are_named_when_another_consolidates(benches: list[Bench]) -> None:
    dock, packing, dispatch = benches
    record = next(r for r in MANIFEST[10:] if sum(item["qty"] for item in r["items"]) >= 2)
    tracking = record["tracking"]
    barcodes = items_of(record)
    assert dock.scan("OP1001", tracking)[-1] == "receive.ok"
    dock.exchange()
    packing.exchange()
    packing.scan("OP1001", "HS:STATION:PROCESS", tracking)
    assert packing.scan(barcodes[0], "HS:DISPOSITION:RECYCLE", "HS:REJECTITEM:DAMAGED") == [
        "process.item_ok",
        "process.disposed",
        "process.item_rejected",
    ]
    for barcode in barcodes[1:]:
        assert packing.scan(barcode, "HS:DISPOSITION:RESTOCK")[-1] == "process.disposed"
    assert packing.scan("HS:DONE")[-1] == "process.done"
    packing.exchange()
    dispatch.exchange()
    dispatch.recorder.scan("OP3001")
    dispatch.recorder.scan("HS:STATION:CONSOLIDATE")
    added = dispatch.recorder.scan(tracking)
    assert added.code == "consolidate.opened_added"
    restocked = len(barcodes) - 1
    # The recycled item was then rejected: it is named REJECTED, not RECYCLE.
    assert added.message.endswith(f"Items: RESTOCK {restocked}, REJECTED 1.")
