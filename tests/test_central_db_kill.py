"""The central service's PostgreSQL killed with SIGKILL and started again, round after
round, while three benches of one hub scan parcels and sync by themselves: each runs
the station's real link (``StationSync``: a sync thread sending event batches, a
follower reading the hub feed) against the real service under uvicorn.

Why it can all hold: a scan commits to the bench's own SQLite and never waits on the
service, so scanning goes on while the database is gone; the service answers 503 while
it cannot reach its database and takes up connections again once it is back (its pool
checks each one before use); the benches back off and try again on their own; an
event is marked sent only by the service's answer, and the service takes each event id
once, so a batch committed just before a kill and sent again is answered "duplicate",
never taken twice.
"""

from __future__ import annotations

import random
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests
from central import CentralService
from hubbench import Bench, items_of
from postgres import PostgresServer
from sqlalchemy import func, make_url, select

from hubscan.core.status import Status
from hubscan.services.demo import demo_manifest
from hubscan.store.models import events_table, hub_feed_table, outbox_table
from hubscan.sync.station import StationSync
from hubscan_central.models import events_t, feed_t

HUB = "SYD"
WORKSTATIONS = ("01", "02", "03")
PARCELS_PER_BENCH = 600  # more than the test gets through: no bench runs out
MANIFEST = list(demo_manifest(PARCELS_PER_BENCH * len(WORKSTATIONS), hub=HUB))
KILLS = 5
# The station's sync compressed in time (its defaults: a round every 10 s, at most 300 s
# between tries while the service fails; a feed request waits up to 20 s).
SYNC_INTERVAL_S, SYNC_MAX_BACKOFF_S, FEED_WAIT_S = 0.5, 2.0, 2.0
PAUSE_S = 0.1  # an operator's pause between parcels
SCANS_WHILE_DOWN = 3  # scans each bench must have answered while the database is down
WAIT_S = 120.0  # the deadline of every wait: one not met fails the test
# A transaction in the central database that has written and not yet committed: a
# batch being taken (the service writes nothing else while the test runs).
WRITING = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND backend_xid IS NOT NULL"


@pytest.fixture
def service(postgres: PostgresServer) -> Iterator[CentralService]:
    central = CentralService(postgres.new_database(f"central_{uuid.uuid4().hex[:12]}"))
    central.load_preadvice(MANIFEST)
    yield central
    central.close()


@pytest.fixture
def benches(service: CentralService, tmp_path: Path) -> Iterator[list[Bench]]:
    made = [Bench(tmp_path, service.url, service.token(HUB, ws), ws) for ws in WORKSTATIONS]
    yield made
    for bench in made:
        bench.close()


class Operator(threading.Thread):
    """A person at a bench: receives a parcel, processes it (every item, then done),
    and on to the next, waking the bench's sync after every scan as the window does.
    Counts the scans answered as expected; the first that is not ends the shift and
    is kept in ``failure``."""

    def __init__(self, bench: Bench, link: StationSync, parcels: list[dict[str, Any]]) -> None:
        super().__init__(name=f"operator-{bench.workstation}")
        self.bench = bench
        self.link = link
        self.parcels = parcels
        self.enough = threading.Event()
        self.acknowledged = 0
        self.done: list[str] = []
        self.failure: str | None = None

    def run(self) -> None:
        try:
            self._scan("OP1001", "auth.login")
            for record in self.parcels:
                if self.enough.is_set():
                    return
                self._scan(record["tracking"], "receive.ok")
                self._scan("HS:STATION:PROCESS", "station.changed")
                self._scan(record["tracking"], "process.started")
                for barcode in items_of(record):
                    self._scan(barcode, "process.item_ok")
                self._scan("HS:DONE", "process.done")
                self._scan("HS:STATION:RECEIVE", "station.changed")
                self.done.append(record["tracking"])
                self.enough.wait(PAUSE_S)
            self.failure = "ran out of parcels"
        except Exception as exc:  # kept for the test to report: a thread's error is lost otherwise
            self.failure = f"{type(exc).__name__}: {exc}"

    def _scan(self, raw: str, expected: str) -> None:
        [code] = self.bench.scan(raw)
        if code != expected:
            raise AssertionError(f"bench {self.bench.workstation}: {raw} answered {code}, not {expected}")
        self.acknowledged += 1
        self.link.wake()


def wait_for(done: Callable[[], bool], what: str, operators: list[Operator]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not done():
        for operator in operators:
            assert operator.failure is None, operator.failure
        assert time.monotonic() < deadline, f"waited {WAIT_S:.0f} s: {what}"
        time.sleep(0.025)


def outbound_ids(bench: Bench, upto_seq: int | None = None) -> set[str]:
    """The bench's events for the service (those its outbox queued; a login, say, stays
    at the bench), up to ``upto_seq``."""
    query = select(events_table.c.id).join(outbox_table, outbox_table.c.seq == events_table.c.seq)
    if upto_seq is not None:
        query = query.where(events_table.c.seq <= upto_seq)
    with bench.store.reading() as connection:
        return set(connection.execute(query).scalars())


def last_seq(bench: Bench) -> int:
    with bench.store.reading() as connection:
        return int(connection.execute(select(func.coalesce(func.max(events_table.c.seq), 0))).scalar_one())


def unsent(bench: Bench, upto_seq: int | None = None) -> int:
    query = select(func.count()).select_from(outbox_table).where(outbox_table.c.synced_at.is_(None))
    if upto_seq is not None:
        query = query.where(outbox_table.c.seq <= upto_seq)
    with bench.store.reading() as connection:
        return int(connection.execute(query).scalar_one())


def fed_ids(bench: Bench) -> set[str]:
    """The other benches' events this bench's hub feed brought."""
    with bench.store.reading() as connection:
        return set(connection.execute(select(hub_feed_table.c.id)).scalars())


def kill_during_a_batch(postgres: PostgresServer, database: str, rng: random.Random) -> bool:
    """After a random moment of ordinary work, SIGKILL PostgreSQL as soon as a batch's
    transaction is open in the central database (or after 5 s without one). Returns
    whether the kill caught one open."""
    time.sleep(rng.uniform(0.3, 1.5))
    watch = psycopg.connect(host=str(postgres.root), port=postgres.port, user="postgres", dbname=database)
    watch.autocommit = True  # each look is its own snapshot of pg_stat_activity
    try:
        end, writing = time.monotonic() + 5.0, False
        while not writing and time.monotonic() < end:
            row = watch.execute(WRITING, (database,)).fetchone()
            writing = row is not None and row[0] > 0
        postgres.kill()
    finally:
        watch.close()
    return writing


def ask_while_down(service: CentralService, token: str) -> str:
    """A request that needs the database, straight to the service: its status, or the
    connection error; "no answer" if it held the request past the read timeout."""
    try:
        answer = requests.get(
            f"{service.url}/v1/hubs/{HUB}/manifest",
            params={"after": 0, "limit": 1},
            headers={"Authorization": f"Bearer {token}"},
            timeout=(3, 30),
        )
    except requests.Timeout:
        return "no answer"
    except requests.ConnectionError as exc:
        return type(exc).__name__
    return str(answer.status_code)


def others_of(everything: list[set[str]], i: int) -> set[str]:
    """The events of every bench but the ``i``-th."""
    return set().union(*(ids for j, ids in enumerate(everything) if j != i))


def sync_failures(caplog: pytest.LogCaptureFixture) -> int:
    return sum(record.getMessage().startswith("sync round failed") for record in caplog.records)


def wait_through_outage(benches: list[Bench], operators: list[Operator], caplog: pytest.LogCaptureFixture) -> None:
    """The database is down: wait until every bench has answered more scans and its
    sync has found the service failing (offline, and said so in the log)."""
    before = [operator.acknowledged for operator in operators]
    failures = sync_failures(caplog)
    wait_for(
        lambda: (
            all(op.acknowledged >= n + SCANS_WHILE_DOWN for op, n in zip(operators, before, strict=True))
            and not any(bench.sync.online for bench in benches)
            and sync_failures(caplog) > failures
        ),
        "scanning going on and the benches' sync noticing the lost database",
        operators,
    )
    for bench in benches:
        status = bench.sync.status()
        assert not status.online and status.last_error, status
        assert re.search(r"answered 503$", status.last_error), status.last_error


def wait_for_recovery(benches: list[Bench], operators: list[Operator], up_at: float) -> tuple[float, float]:
    """The database is back, and nobody touches the benches: what each had queued then
    leaves its queue and reaches the other benches through their feed. Returns the
    longest a bench's queue took to drain, and its feed to catch up, since ``up_at``."""
    marks = [last_seq(bench) for bench in benches]
    queued = [outbound_ids(bench, mark) for bench, mark in zip(benches, marks, strict=True)]
    drained: dict[int, float] = {}
    caught_up: dict[int, float] = {}

    def recovered() -> bool:
        for i, bench in enumerate(benches):
            if i not in drained and unsent(bench, marks[i]) == 0:
                drained[i] = time.monotonic() - up_at
            if i not in caught_up and others_of(queued, i) <= fed_ids(bench):
                caught_up[i] = time.monotonic() - up_at
        return len(drained) == len(caught_up) == len(benches)

    wait_for(recovered, "the benches' queues draining and feeds catching up by themselves", operators)
    return max(drained.values()), max(caught_up.values())


@pytest.mark.slow
@pytest.mark.logs(r"^sync round failed: http://127\.0\.0\.1:\d+ answered 503$")
def test_benches_ride_out_their_central_database_killed_again_and_again(
    postgres: PostgresServer, service: CentralService, benches: list[Bench], caplog: pytest.LogCaptureFixture
) -> None:
    seed = random.randrange(2**32)
    print(f"seed {seed}")  # shown with a failure's captured output: the run can be repeated
    rng = random.Random(seed)
    database = make_url(service.db_url).database
    assert database is not None and service.process is not None
    service_pid = service.process.pid
    links: list[StationSync] = []
    operators: list[Operator] = []
    caught_writing, scans_while_down = 0, 0
    outages: list[float] = []
    drains: list[float] = []
    catch_ups: list[float] = []
    down_answers: list[str] = []
    try:
        for n, bench in enumerate(benches):
            link = StationSync(bench.sync, SYNC_INTERVAL_S, SYNC_MAX_BACKOFF_S, feed_wait_s=FEED_WAIT_S)
            links.append(link)
            operators.append(Operator(bench, link, MANIFEST[n * PARCELS_PER_BENCH : (n + 1) * PARCELS_PER_BENCH]))
        for operator in operators:
            operator.start()
        for _ in range(KILLS):
            caught_writing += kill_during_a_batch(postgres, database, rng)
            down_at = time.monotonic()
            scanned_before = sum(operator.acknowledged for operator in operators)
            down_answers.append(ask_while_down(service, benches[0].client.settings.token))
            wait_through_outage(benches, operators, caplog)
            time.sleep(rng.uniform(0.2, 1.0))  # down a moment longer
            scans_while_down += sum(operator.acknowledged for operator in operators) - scanned_before
            postgres.start()
            up_at = time.monotonic()
            outages.append(up_at - down_at)
            drain, catch_up = wait_for_recovery(benches, operators, up_at)
            drains.append(drain)
            catch_ups.append(catch_up)
        for operator in operators:
            operator.enough.set()
        for operator in operators:
            operator.join(WAIT_S)
            assert operator.failure is None, operator.failure
        everything = [outbound_ids(bench) for bench in benches]
        wait_for(
            lambda: (
                all(unsent(bench) == 0 for bench in benches)
                and all(others_of(everything, i) <= fed_ids(bench) for i, bench in enumerate(benches))
            ),
            "the last events to be sent and to reach every other bench",
            operators,
        )
    finally:
        for operator in operators:
            operator.enough.set()
        for operator in operators:
            operator.join(WAIT_S)
        for link in links:
            link.stop()
        if postgres.process is not None and postgres.process.poll() is not None:
            postgres.start()  # the test failed while the database was down

    # Every event a bench scanned is in central once, from that bench, accepted; and
    # nothing else is (an event taken twice would be a second row, or a second feed entry).
    scanned = {event_id: bench.workstation for bench, ids in zip(benches, everything, strict=True) for event_id in ids}
    assert sum(len(ids) for ids in everything) == len(scanned)
    with service.engine.connect() as connection:
        rows = connection.execute(
            select(events_t.c.id, events_t.c.workstation, events_t.c.result).where(events_t.c.hub == HUB)
        ).all()
        positions = connection.execute(
            select(feed_t.c.position, feed_t.c.arrival).where(feed_t.c.hub == HUB).order_by(feed_t.c.position)
        ).all()
    taken = Counter(row.id for row in rows)
    assert {event_id: count for event_id, count in taken.items() if count != 1} == {}
    assert {row.id: row.workstation for row in rows} == scanned
    assert {row.result for row in rows} == {"accepted"}
    # The feed: each event once, at positions without a gap (a kill undoes a batch's
    # events and their positions together, or neither).
    assert [row.position for row in positions] == list(range(1, len(rows) + 1))
    assert len({row.arrival for row in positions}) == len(rows)
    for i, bench in enumerate(benches):
        assert unsent(bench) == 0  # no outbox stuck: all sent, and every answer recorded
        with bench.store.reading() as connection:
            errors = connection.execute(select(outbox_table.c.last_error).where(outbox_table.c.last_error.is_not(None)))
            assert errors.all() == []
        assert fed_ids(bench) == others_of(everything, i)  # every other bench's event, and only those
        for operator in operators:
            for tracking in operator.done:
                assert bench.get(tracking).status == Status.PROCESSED.value, (bench.workstation, tracking)
    # The same service process, which took up its database connections by itself.
    assert service.process is not None and service.process.pid == service_pid and service.process.poll() is None
    assert requests.get(f"{service.url}/v1/health", timeout=10).status_code == 200
    assert down_answers == ["503"] * KILLS  # answered at once, neither held nor cut
    # Every request that met the lost database was answered 503, none failed unhandled.
    assert "Traceback" not in service.errors(), service.errors()[-5000:]

    print(
        f"\nPostgreSQL SIGKILLed {KILLS} times ({caught_writing} with a batch's transaction open; seed {seed});"
        f" {len(rows)} events sent by {len(benches)} benches ({sum(len(op.done) for op in operators)} parcels),"
        f" each taken once; {scans_while_down} scans answered while the database was down;"
        f" the service answered {sorted(set(down_answers))} meanwhile."
        f"\nlongest outage {max(outages):.2f} s; longest queue drain after PostgreSQL came back"
        f" {max(drains):.2f} s (each round: {', '.join(f'{d:.2f}' for d in drains)});"
        f" longest feed catch-up {max(catch_ups):.2f} s (each round: {', '.join(f'{c:.2f}' for c in catch_ups)})"
    )
