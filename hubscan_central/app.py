"""The HTTP API (FastAPI). ``create_app(database_url)`` builds it; ``hubscan-central`` serves it."""

# No "from __future__ import annotations" here: FastAPI resolves the dependencies in the
# route signatures at run time, and they are local to create_app.

import asyncio
import json
import math
import os
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from functools import partial
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import insert

from hubscan_central import __version__, links
from hubscan_central.auth import Caller, KnownCallers
from hubscan_central.bell import FeedBell, SharedPages
from hubscan_central.database import CONNECTIONS, make_engine
from hubscan_central.events import escalations_after, take_batch
from hubscan_central.evidence_routes import add_evidence_routes
from hubscan_central.feed import FEEDS_WRITTEN, feed_page, last_position
from hubscan_central.guard import MAX_BODY_MB, BadTokenBrake, BodyLimit
from hubscan_central.jsonbody import StrictJsonRoute
from hubscan_central.manifest import delta_json, load_preadvice, record_carrier_status
from hubscan_central.models import events_t
from hubscan_central.schemas import (
    MAX_INT_COLUMN,
    BatchAnswer,
    CarrierStatus,
    Escalations,
    EventBatch,
    Health,
    HubFeed,
    HubState,
    ManifestDelta,
    PreadviceAnswer,
    PreadviceBatch,
    Problem,
    Timeline,
)
from hubscan_central.timeline import timeline
from hubscan_central.unavailable import answer_503_while_the_database_is_unavailable

DESCRIPTION = """The contract between HubScan workstations and the central service.

Workstations push their events (Depot Scan, Return Processed, Return Rejected, Return
Exported, and the hub's shared work: holds, consolidations) in batches, pull the
pre-advice of expected returns as deltas after a cursor, and follow their hub's feed:
every event the service took from the hub's workstations, in its order, after a cursor,
waiting for the next one when they are up to date. Every event carries a
client-generated id: a repeat is answered "duplicate" and changes nothing, so any retry
is harmless. Each event gets its own answer.

A JSON body must be JSON with one meaning: one with a key given twice in one object
(anywhere in it), `NaN`, `Infinity` or a number too large for a double, a lone UTF-16
surrogate, a NUL character (U+0000) in any text, or bytes that are not UTF-8 is refused whole like malformed JSON (422,
`json_invalid`, the message naming the key, number or text), and nothing of it is kept.
"""


# Cursors are positions in integer columns, 32-bit on PostgreSQL: a larger one is a bad
# request, not a 500 (PostgreSQL refuses to compare the column with it).
MAX_CURSOR = MAX_INT_COLUMN


def reads_hub(who: Caller, hub: str) -> None:
    """A hub's manifest, feed and state are for its own workstations and the portal."""
    if who.role != "portal" and who.hub != hub:
        raise HTTPException(403, f"this token acts for hub {who.hub}, not {hub}")


AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "No token, or an unknown one."},
    403: {"model": Problem, "description": "The token may not act for this hub, workstation or operation."},
    429: {
        "model": Problem,
        "description": "Too many unknown tokens from this address lately; try again after `Retry-After` seconds.",
    },
}
BAD_BODY: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The body is not JSON."},
    413: {"model": Problem, "description": "The body is larger than the service takes: send it in parts."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "No such return."}}


def create_app(
    database_url: str, feed_max_wait_s: float = 30.0, connections: int = CONNECTIONS, max_body_mb: float = MAX_BODY_MB
) -> FastAPI:
    """The API on ``database_url``, with ``connections`` database connections and as
    many worker threads: each endpoint takes its connection in its own thread and gives
    it back before it ends, so a request waits for a thread, never for the pool."""
    engine = make_engine(database_url, connections)
    bell = FeedBell()
    pages = SharedPages()
    caller_for = KnownCallers(engine)
    brake = BadTokenBrake()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = connections
        bell.bind(asyncio.get_running_loop())
        yield
        engine.dispose()

    app = FastAPI(title="HubScan central service", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.engine = engine
    answer_503_while_the_database_is_unavailable(app)
    app.router.route_class = StrictJsonRoute  # every route added below reads its JSON body strictly
    app.add_middleware(BodyLimit, max_body=int(max_body_mb * 1024 * 1024))

    def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
        token = authorization.removeprefix("Bearer ").strip()
        found = caller_for.known(token)
        if found is not None:
            return found
        address = request.client.host if request.client else "unknown"
        wait = math.ceil(brake.wait_s(address))
        if wait > 0:
            raise HTTPException(
                429,
                f"too many unknown tokens from {address}: try again in {wait} s",
                headers={"Retry-After": str(wait)},
            )
        found = caller_for(token)
        if found is None:
            brake.failed(address)
            raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
        return found

    def portal(who: Annotated[Caller, Depends(caller)]) -> Caller:
        if who.role != "portal":
            raise HTTPException(
                403, "only the returns portal may load pre-advice or carrier statuses, or read escalations"
            )
        return who

    @app.get("/v1/health", response_model=Health, tags=["service"])
    def health() -> Health:
        """Whether the service answers, and its clock (for the hubs' clock-skew check)."""
        return Health(status="ok", time=datetime.now(UTC).isoformat(), version=__version__)

    @app.post(
        "/v1/preadvice",
        response_model=PreadviceAnswer,
        responses={**AUTH_ERRORS, **BAD_BODY, **links.PREADVICE},
        tags=["portal"],
    )
    def post_preadvice(body: PreadviceBatch, who: Annotated[Caller, Depends(portal)]) -> PreadviceAnswer:
        """Load or update pre-advice (as the returns portal would)."""
        with engine.begin() as connection:
            return PreadviceAnswer(accepted=load_preadvice(connection, body.returns))

    @app.post(
        "/v1/carrier-status",
        response_model=PreadviceAnswer,
        responses={**AUTH_ERRORS, **BAD_BODY, **links.CARRIER_STATUS},
        tags=["portal"],
    )
    def post_carrier_status(body: CarrierStatus, who: Annotated[Caller, Depends(portal)]) -> PreadviceAnswer:
        """A carrier's status for a return (In Transit, Transferred, Delivered): on its
        timeline, and to the hubs with the next manifest pull."""
        with engine.begin() as connection:
            at = body.at.isoformat()
            record_carrier_status(connection, body.tracking, body.status, at)
            connection.execute(
                insert(events_t).values(
                    id=str(uuid.uuid4()),
                    type="CarrierStatus",
                    tracking=body.tracking,
                    occurred_at=at,
                    payload={"status": body.status},
                    received_at=datetime.now(UTC).isoformat(),
                    result="accepted",
                )
            )
        return PreadviceAnswer(accepted=1)

    @app.get(
        "/v1/escalations", response_model=Escalations, responses={**AUTH_ERRORS, **links.ESCALATIONS}, tags=["portal"]
    )
    def get_escalations(
        who: Annotated[Caller, Depends(portal)],
        after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> Escalations:
        """Refusals the hubs did not accept and handed to the office (HS:ESCALATE), with
        what the service kept and the supervisor's note, oldest first after ``after``."""
        with engine.connect() as connection:
            return escalations_after(connection, after, limit)

    @app.get(
        links.MANIFEST, response_model=ManifestDelta, responses={**AUTH_ERRORS, **links.MANIFEST_PAGE}, tags=["hub"]
    )
    def get_manifest(
        hub: str,
        who: Annotated[Caller, Depends(caller)],
        after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    ) -> Response:
        """Pre-advice for ``hub`` changed after the cursor ``after``, oldest change first."""
        reads_hub(who, hub)
        with engine.begin() as connection:
            return Response(delta_json(connection, hub, after, limit), media_type="application/json")

    def page_of(hub: str, after: int, limit: int) -> tuple[bytes, bool]:
        """The page as the answer's JSON (written once, however many benches read it)."""
        with engine.connect() as connection:
            page = feed_page(connection, hub, after, limit)
        return json.dumps(page, separators=(",", ":")).encode(), bool(page["events"])

    @app.get(links.FEED, response_model=HubFeed, responses={**AUTH_ERRORS, **links.FEED_PAGE}, tags=["hub"])
    async def get_feed(
        hub: str,
        request: Request,
        who: Annotated[Caller, Depends(caller)],
        after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
        wait: Annotated[float, Query(ge=0, le=feed_max_wait_s)] = 0,
    ) -> Response:
        """Events of ``hub`` after the cursor ``after``, in the service's order, accepted
        and refused, from every workstation of the hub. With ``wait``, an answer with no
        events is held up to that many seconds for the next one (a long poll)."""
        reads_hub(who, hub)
        deadline = time.monotonic() + wait
        while True:
            rung = bell.bell(hub)  # before looking: an event committed meanwhile rings it
            body, found = await pages.read(
                (hub, after, limit), rung, partial(run_in_threadpool, page_of, hub, after, limit)
            )
            if found or bell.closing or time.monotonic() >= deadline or await request.is_disconnected():
                return Response(body, media_type="application/json")
            await bell.wait(rung, deadline - time.monotonic())

    @app.get(links.STATE, response_model=HubState, responses={**AUTH_ERRORS, **links.STATE_PAGE}, tags=["hub"])
    def get_state(
        hub: str,
        who: Annotated[Caller, Depends(caller)],
        after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
        upto: Annotated[int | None, Query(ge=0, le=MAX_CURSOR)] = None,
    ) -> HubState:
        """What a bench joining ``hub`` needs to know: the feed's events of every return
        the hub still holds (not its whole history), up to the position ``upto`` (the
        feed's end when not given; pass the answer's ``upto`` with every next page).
        Then follow the feed from ``upto``."""
        reads_hub(who, hub)
        with engine.begin() as connection:
            end = last_position(connection, hub) if upto is None else upto
            return HubState.model_validate(feed_page(connection, hub, after, limit, upto=end))

    @app.post(
        "/v1/events", response_model=BatchAnswer, responses={**AUTH_ERRORS, **BAD_BODY, **links.EVENTS}, tags=["hub"]
    )
    def post_events(
        body: EventBatch,
        who: Annotated[Caller, Depends(caller)],
        idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)] = None,
    ) -> BatchAnswer:
        """A workstation's events in sequence order. Idempotent by event id."""
        if who.role != "workstation" or (who.hub, who.workstation) != (body.hub, body.workstation):
            raise HTTPException(403, f"this token acts for hub {who.hub} workstation {who.workstation} only")
        with engine.begin() as connection:
            connection.info.pop(FEEDS_WRITTEN, None)  # the pooled connection's info outlives a request
            answers = take_batch(connection, body)
            # Read only once the batch is taken: a batch that failed wrote no feed, and
            # its connection may be lost (touching it then would hide the database's error).
            written = set(connection.info.pop(FEEDS_WRITTEN, ()))
        bell.ring(written)  # committed: the requests waiting on these feeds look again
        return BatchAnswer(results=answers)

    @app.get(links.TIMELINE, response_model=Timeline, responses={**AUTH_ERRORS, **NOT_FOUND}, tags=["hub"])
    def get_timeline(
        tracking: str,
        who: Annotated[Caller, Depends(caller)],
    ) -> Timeline:
        """The tracking statuses of a return, from its pre-advice and every accepted event."""
        with engine.begin() as connection:
            found = timeline(connection, tracking.upper())
        if found is None:
            raise HTTPException(404, f"no return {tracking}")
        return found

    add_evidence_routes(app, engine, caller, AUTH_ERRORS, BAD_BODY)
    return app


# ``hubscan-central serve --workers N`` starts N processes that each build the app from these.
ENV_DB, ENV_FEED_MAX_WAIT, ENV_CONNECTIONS, ENV_MAX_BODY_MB = (
    "HUBSCAN_CENTRAL_DB",
    "HUBSCAN_CENTRAL_FEED_MAX_WAIT",
    "HUBSCAN_CENTRAL_DB_CONNECTIONS",
    "HUBSCAN_CENTRAL_MAX_BODY_MB",
)


def app_from_environment() -> FastAPI:
    """The app of one of several service processes (uvicorn's ``factory``)."""
    return create_app(
        os.environ[ENV_DB],
        feed_max_wait_s=float(os.environ.get(ENV_FEED_MAX_WAIT, "30")),
        connections=int(os.environ.get(ENV_CONNECTIONS, str(CONNECTIONS))),
        max_body_mb=float(os.environ.get(ENV_MAX_BODY_MB, str(MAX_BODY_MB))),
    )
