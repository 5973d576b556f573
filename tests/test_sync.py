"""Sync with the real central service under uvicorn, through a fault-injecting proxy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from central import CentralService, central_on
from conftest import hand_over, run, sscc
from faultproxy import FaultProxy
from sqlalchemy import func, select

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store import outbox
from hubscan.store.models import events_table, outbox_table, returns_table
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, CentralUnavailable, ClientSettings
from hubscan_central.models import events_t

HUB, WS = "SYD", "07"
# A Sydney hub: the demo's European and American destinations lie across customs borders.
POLICY = HubPolicy(
    hub_id=HUB,
    workstation_id=WS,
    gs1_company_prefix="9528765",
    customs_territory="AU",
    destination_territories={"FR-PAR-RTN": "EU", "NL-AMS-RTN": "EU", "US-LAX-RTN": "US"},
)
MANIFEST = list(demo_manifest(120, hub=HUB))


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralService]:
    """The central service on its embedded SQLite, and on a real PostgreSQL."""
    central = central_on(request, tmp_path)
    central.load_preadvice(MANIFEST)
    yield central
    central.close()


@pytest.fixture
def hub_store(tmp_path: Path) -> Iterator[LocalStore]:
    store = LocalStore(tmp_path / "hub.db", HUB, WS)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    yield store
    store.close()


def engine_for(  # type: ignore[no-untyped-def]
    store: LocalStore,
    url: str,
    token: str,
    read_timeout_s: float = 20.0,
    ws: str = WS,
    page_size: int = 1000,
    use_helper: bool = True,
    retries: int = 2,
):
    from hubscan.sync.engine import SyncEngine

    client = CentralClient(ClientSettings(url, token, read_timeout_s=read_timeout_s, retries=retries, backoff_s=0.01))
    return SyncEngine(store, client, HUB, ws, batch_size=50, page_size=page_size, use_helper=use_helper)


def a_day_offline(store: LocalStore, records: list[dict]) -> int:  # type: ignore[type-arg]
    """Receive, process and consolidate parcels; returns how many outbound events were queued."""
    desk = ScanRecorder(store, POLICY)
    desk.scan("OP9001")
    for record in records:
        assert desk.scan(record["tracking"]).code == "receive.ok"
    desk.scan("HS:STATION:PROCESS")
    for record in records:
        desk.scan(record["tracking"])
        for item in record["items"]:
            for _ in range(item["qty"]):
                desk.scan(item["barcode"])
        assert desk.scan("HS:DONE").code == "process.done"
    desk.scan("HS:STATION:CONSOLIDATE")
    destination = records[0]["destination"]["code"]
    same = [r for r in records if r["destination"]["code"] == destination]
    for record in same:
        desk.scan(record["tracking"])
    assert run(desk, "HS:WEIGH", "HS:DONE")[-1].code == "consolidate.closed"
    assert run(desk, *hand_over(sscc(1, WS)))[-1].code == "handover.closed"
    return outbox.queue_stats(store).depth


def central_events(service: CentralService) -> list[tuple[str, str, int]]:
    with service.engine.connect() as connection:
        rows = connection.execute(
            select(events_t.c.id, events_t.c.workstation, events_t.c.seq).order_by(events_t.c.arrival)
        ).all()
    return [(row.id, row.workstation, row.seq) for row in rows]


def local_outbound_ids(store: LocalStore) -> list[str]:
    with store.reading() as connection:
        return list(
            connection.execute(
                select(events_table.c.id)
                .join(outbox_table, outbox_table.c.seq == events_table.c.seq)
                .order_by(events_table.c.seq)
            ).scalars()
        )


def sync_until_done(engine, attempts: int = 40) -> None:  # type: ignore[no-untyped-def]
    for _ in range(attempts):
        try:
            engine.run_once()
            return
        except CentralUnavailable:
            continue
    raise AssertionError("sync never got through")


def test_pull_brings_the_pre_advice_into_the_local_store(service: CentralService, hub_store: LocalStore) -> None:
    engine = engine_for(hub_store, service.url, service.token(HUB, WS), page_size=50)
    assert engine.run_once().pulled == len(MANIFEST)
    with hub_store.reading() as connection:
        assert connection.execute(select(func.count()).select_from(returns_table)).scalar_one() == len(MANIFEST)
    assert engine.run_once().pulled == 0  # the cursor was kept
    assert engine.status().manifest_cursor == len(MANIFEST)
    # Each item's customs data comes through as the retailer gave it.
    first = MANIFEST[0]
    with hub_store.unit_of_work() as ledger:
        pulled = [
            (line.sku, line.hs_code, line.origin_country, line.value, line.currency)
            for line in ledger.expected_lines(first["tracking"])
        ]
    given = [
        (
            item["sku"],
            item["hs_code"],
            item["origin_country"],
            f"{item['value']['amount']:.2f}",
            item["value"]["currency"],
        )
        for item in first["items"]
    ]
    assert pulled == given


@pytest.mark.logs(r"^sync round failed: ", r"^Retrying \(Retry\(")
def test_a_backlog_pulled_by_the_helper_process_survives_the_service_going_away(
    service: CentralService, hub_store: LocalStore
) -> None:
    """More than a page waiting: the first page is applied in the sync thread, the rest
    by the helper process. The service vanishing under the helper is reported as
    unavailable; the cursor stays at what was written, and the next round finishes."""
    proxy = FaultProxy(service.port)
    try:
        proxy.plan.extend(["pass", "down", "down", "down"])  # the helper's tries all fail
        engine = engine_for(hub_store, proxy.url, service.token(HUB, WS), page_size=10)
        with pytest.raises(CentralUnavailable):
            engine.run_once()
        assert engine.status().manifest_cursor == 10
        assert proxy.seen["down"] == 3
        assert engine.run_once().pulled == len(MANIFEST) - 10
    finally:
        proxy.close()
    with hub_store.reading() as connection:
        assert connection.execute(select(func.count()).select_from(returns_table)).scalar_one() == len(MANIFEST)
    assert engine.status().manifest_cursor == len(MANIFEST)


@pytest.mark.parametrize("use_helper", [False, True], ids=["in the sync thread", "in the helper process"])
def test_the_pull_gets_through_a_link_that_cuts_long_answers(
    service: CentralService, hub_store: LocalStore, use_helper: bool
) -> None:
    """A link that cuts every answer longer than a few returns: pages shrink until they
    get through, and what each round applied is kept."""
    proxy = FaultProxy(service.port, max_reply_bytes=6000)
    engine = engine_for(hub_store, proxy.url, service.token(HUB, WS), use_helper=use_helper, retries=0)
    try:
        failures = 0
        while engine.status().manifest_cursor < len(MANIFEST) and failures < 40:
            try:
                engine.pull()
            except CentralUnavailable:
                failures += 1
    finally:
        proxy.close()
    assert engine.status().manifest_cursor == len(MANIFEST)
    assert proxy.seen["cut"] == failures and 3 <= failures < 40
    with hub_store.reading() as connection:
        assert connection.execute(select(func.count()).select_from(returns_table)).scalar_one() == len(MANIFEST)


@pytest.mark.logs(r"^sync round failed: ", r"^Retrying \(Retry\(")
def test_a_day_offline_syncs_through_every_fault_exactly_once_in_order(
    service: CentralService, hub_store: LocalStore
) -> None:
    token = service.token(HUB, WS)
    engine_for(hub_store, service.url, token).pull()
    queued = a_day_offline(hub_store, MANIFEST[:40])
    assert queued > 80
    proxy = FaultProxy(service.port, stall_s=2.0)
    try:
        proxy.plan.extend(
            [
                "reset_after_commit",
                "http_503",
                "http_503",
                "http_503",
                "http_503",
                "stall",
                "truncate",
                "reset_after_commit",
                "down",
                "pass",
                "reset_after_commit",
                "truncate",
            ]
        )
        engine = engine_for(hub_store, proxy.url, token, read_timeout_s=1.0)
        sync_until_done(engine)
        assert proxy.seen["reset_after_commit"] == 3 and proxy.seen["truncate"] == 2
    finally:
        proxy.close()
    sent = central_events(service)
    assert [event_id for event_id, _, _ in sent] == local_outbound_ids(hub_store)  # once each, in order
    seqs = [seq for _, ws, seq in sent if ws == WS]
    assert seqs == sorted(seqs)
    status = engine.status()
    assert status.queue_depth == 0 and status.oldest_unsent is None and status.exceptions == 0


@pytest.mark.logs(r"^sync round failed: ", r"^Retrying \(Retry\(")
def test_service_down_for_a_while_then_back(service: CentralService, hub_store: LocalStore) -> None:
    token = service.token(HUB, WS)
    engine_for(hub_store, service.url, token).pull()
    a_day_offline(hub_store, MANIFEST[40:50])
    service.stop()
    engine = engine_for(hub_store, service.url, token)
    with pytest.raises(CentralUnavailable):
        engine.run_once()
    status = engine.status()
    assert not status.online and status.queue_depth > 0 and status.last_error
    service.start()
    engine.run_once()
    assert engine.status().queue_depth == 0 and engine.status().online
    assert [e for e, _, _ in central_events(service)] == local_outbound_ids(hub_store)


def test_refused_event_becomes_an_exception_at_the_hub(
    service: CentralService, hub_store: LocalStore, tmp_path: Path
) -> None:
    record = MANIFEST[60]
    other = LocalStore(tmp_path / "other.db", "MEL", "01")
    for operator in DEMO_OPERATORS:
        save_operator(other, operator)
    other_desk = ScanRecorder(other, HubPolicy(hub_id="MEL", workstation_id="01", gs1_company_prefix="9528765"))
    other_desk.scan("OP9001")
    assert other_desk.scan(record["tracking"]).code == "receive.unexpected"
    from hubscan.sync.engine import SyncEngine

    other_client = CentralClient(ClientSettings(service.url, service.token("MEL", "01")))
    SyncEngine(other, other_client, "MEL", "01").push()

    token = service.token(HUB, WS)
    engine = engine_for(hub_store, service.url, token)
    engine.pull()
    desk = ScanRecorder(hub_store, POLICY)
    desk.scan("OP9001")
    assert desk.scan(record["tracking"]).code == "receive.ok"
    result = engine.run_once()
    assert result.refused == 1
    with hub_store.reading() as connection:
        exception = connection.execute(
            select(returns_table.c.exception).where(returns_table.c.tracking == record["tracking"])
        ).scalar_one()
    assert "received at two hubs" in exception and "MEL" in exception
    assert engine.status().exceptions == 1 and engine.status().queue_depth == 0
    other.close()


def test_timeline_shows_the_hubs_events(service: CentralService, hub_store: LocalStore) -> None:
    token = service.token(HUB, WS)
    engine = engine_for(hub_store, service.url, token)
    engine.pull()
    a_day_offline(hub_store, MANIFEST[70:74])
    engine.run_once()
    timeline = engine.client.timeline(MANIFEST[70]["tracking"])
    statuses = [entry["status"] for entry in timeline["statuses"]]
    assert statuses[0] == "Return Created" and "Depot Scan" in statuses and "Return Processed" in statuses
    assert all(entry["hub"] == HUB for entry in timeline["statuses"][1:])
    [exported] = [entry for entry in timeline["statuses"] if entry["status"] == "Return Exported"]
    assert exported["detail"]["container"].startswith("09528765") and len(exported["detail"]["container"]) == 18
    assert exported["detail"]["container_weight_kg"] == "12.400"
    assert (exported["detail"]["carrier"], exported["detail"]["trailer"]) == ("DHL", "TRL-4711")
    assert MANIFEST[70]["destination"]["code"] == "NL-AMS-RTN"
    assert (exported["detail"]["customs_from"], exported["detail"]["customs_to"]) == ("AU", "EU")
    with service.engine.connect() as connection:
        kinds = connection.execute(
            select(func.count()).where(
                events_t.c.type.in_(["ContainerOpened", "ContainerWeighed"]), events_t.c.result == "accepted"
            )
        ).scalar_one()
    assert kinds == 2  # the bench's container, opened and weighed, accepted without a tracking number


def test_a_token_acts_only_for_its_own_hub_and_workstation(service: CentralService, hub_store: LocalStore) -> None:
    from hubscan.sync.client import CentralRefused

    engine = engine_for(hub_store, service.url, service.token(HUB, "99"))
    engine.pull()  # its own hub's manifest: allowed
    a_day_offline(hub_store, MANIFEST[80:82])
    with pytest.raises(CentralRefused, match="403"):
        engine.push()
    with pytest.raises(CentralRefused, match="403"):
        engine.client.manifest("MEL", 0, 10)
    assert engine.status().queue_depth > 0


def test_sync_worker_thread_drains_while_scanning_goes_on(service: CentralService, hub_store: LocalStore) -> None:
    import time

    from hubscan.sync.engine import SyncWorker

    token = service.token(HUB, WS)
    engine = engine_for(hub_store, service.url, token)
    worker = SyncWorker(engine, interval_s=0.2)
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while engine.status().manifest_cursor < len(MANIFEST) and time.monotonic() < deadline:
            time.sleep(0.05)
        desk = ScanRecorder(hub_store, POLICY)
        desk.scan("OP1001")
        for record in MANIFEST[90:100]:
            assert desk.scan(record["tracking"]).code == "receive.ok"  # pre-advice came in by the worker
            worker.wake()
        while engine.status().queue_depth and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        worker.stop()
    assert engine.status().queue_depth == 0
    assert [e for e, _, _ in central_events(service)] == local_outbound_ids(hub_store)
