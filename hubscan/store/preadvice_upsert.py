"""The one writer of pre-advice into the store (``upsert_preadvice``), shared by the JSON
Lines import and the manifest pull: each statement written against the models and
compiled once to SQLite's SQL, the rows run through the driver's executemany."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, null, or_, text, update
from sqlalchemy.dialects.sqlite import insert as upsert

from hubscan.core.preadvice import Destination, Preadvice
from hubscan.core.status import Status
from hubscan.store.models import destinations_table, expected_lines_table, returns_table
from hubscan.store.rawsql import RawStatement, run_many

_returns = returns_table
_lines = expected_lines_table
_destinations = destinations_table


class _Bulk:
    """A statement written against the models, compiled once to SQLite's SQL, run with
    the driver's executemany (``rawsql.run_many``): the upsert is the manifest pull's
    hot loop (a million returns, ten at a time), and SQLAlchemy's execution layer costs
    more per call than SQLite takes to write the ten rows."""

    def __init__(self, statement: Any, keys: list[str]) -> None:
        compiled = RawStatement(statement, keys)
        # Rows are tuples in this order (a dict per row would cost the pull seconds).
        if compiled.names != tuple(keys):
            raise ValueError(f"{compiled.sql} takes {compiled.names}, not {keys}")
        self.sql = compiled.sql

    def run(self, connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        run_many(connection, self.sql, rows)


_RETURN_KEYS = ["tracking", "status", "retailer", "destination", "origin_country", "hub", "faulty"]
_PLATFORM_KEYS = ["test", "approval", "faulty_destination", "facts"]
_new_return = upsert(_returns)
_UPSERT_RETURN = _Bulk(
    _new_return.on_conflict_do_update(
        index_elements=["tracking"],
        set_={
            **{key: _new_return.excluded[key] for key in _RETURN_KEYS if key not in ("tracking", "status")},
            "unexpected": text("0"),
            **{key: _new_return.excluded[key] for key in _PLATFORM_KEYS},
        },
    ),
    # In the table's column order, as the compiled INSERT names them.
    [*_RETURN_KEYS, "unexpected", "on_hold", *_PLATFORM_KEYS],
)
# A return the hubs are done with (the delta's ``finished``), as the hub feed's export or
# rejection would leave it (``core.hubfeed``): the status moves forward only, and the
# return leaves any consolidation and hold. Written in bulk: a bench joining a hub
# that has run for months pulls hundreds of thousands of them.
_FINISH = _Bulk(
    update(_returns)
    .where(
        _returns.c.tracking == bindparam("b_tracking"),
        text("status NOT IN ({})".format(", ".join(f"'{status.value}'" for status in Status if status.left_hub))),
    )
    .values(
        status=bindparam("b_status"),
        connote=func.coalesce(bindparam("b_connote"), _returns.c.connote),
        consolidation_id=null(),
        consolidation_bench=null(),
        on_hold=text("0"),
        hold_reason=null(),
        hold_note=null(),
        held_by=null(),
        held_at=null(),
    ),
    ["b_status", "b_connote", "b_tracking"],
)


def _carrier_move(target: Status, sources: tuple[Status, ...]) -> _Bulk:
    """A carrier's report moving a return to ``target`` from one of ``sources`` only:
    a return the hub holds, or has done with (but for its delivery), keeps its status."""
    return _Bulk(
        update(_returns)
        .where(
            _returns.c.tracking == bindparam("b_tracking"),
            text("status IN ({})".format(", ".join(f"'{status.value}'" for status in sources))),
        )
        .values(status=bindparam("b_status"), carrier_at=bindparam("b_at")),
        ["b_status", "b_at", "b_tracking"],
    )


_BEFORE_HUB = (Status.CREATED, Status.IN_TRANSIT, Status.TRANSFERRED)
_CARRIER_MOVES = {
    Status.IN_TRANSIT: _carrier_move(Status.IN_TRANSIT, (Status.CREATED,)),
    Status.TRANSFERRED: _carrier_move(Status.TRANSFERRED, (Status.CREATED, Status.IN_TRANSIT)),
    Status.DELIVERED: _carrier_move(Status.DELIVERED, (*_BEFORE_HUB, Status.EXPORTED)),
}
# A return a bench of the hub linked to the parcel it arrived as (the delta's ``arrived_as``).
_ARRIVED_AS = _Bulk(
    update(_returns).where(_returns.c.tracking == bindparam("b_tracking")).values(arrived_as=bindparam("b_parcel")),
    ["b_parcel", "b_tracking"],
)
_DELETE_LINES = _Bulk(delete(_lines).where(_lines.c.tracking == bindparam("tracking")), ["tracking"])
_INSERT_LINE = _Bulk(
    insert(_lines),
    [
        "tracking",
        "sku",
        "barcode",
        "description",
        "qty",
        "reason",
        "hs_code",
        "origin_country",
        "unit_value",
        "currency",
    ],
)
_NO_CUSTOMS = (None, None, None, None)
_new_destination = upsert(_destinations)
_NAMED_DESTINATION = _Bulk(
    _new_destination.on_conflict_do_update(
        index_elements=["code"],
        set_={"name": _new_destination.excluded.name, "address": _new_destination.excluded.address},
        # Unchanged, the row is not written again: each of the pull's transactions named
        # the same few destinations, and rewrote their page into the WAL every time.
        where=or_(
            _destinations.c.name.is_distinct_from(_new_destination.excluded.name),
            _destinations.c.address.is_distinct_from(_new_destination.excluded.address),
        ),
    ),
    ["code", "name", "address"],
)
_BARE_DESTINATION = _Bulk(_new_destination.on_conflict_do_nothing(index_elements=["code"]), ["code", "name", "address"])


def upsert_preadvice(connection: Connection, batch: Sequence[Preadvice]) -> None:
    """Insert or update ``batch``; new pre-advice replaces the expected lines it had."""
    created = Status.CREATED.value
    _UPSERT_RETURN.run(
        connection,
        [
            (
                p.tracking,
                created,
                p.retailer,
                p.destination,
                p.origin_country,
                p.hub,
                p.faulty,
                False,
                False,
                p.test,
                p.approval.value if p.approval is not None else None,
                p.faulty_destination.code if p.faulty_destination is not None else None,
                # The driver writes the text as it is (no column type converts it).
                json.dumps(p.facts.as_json(), ensure_ascii=False) if p.facts is not None else None,
            )
            for p in batch
        ],
    )
    finished = [(p.finished.status.value, p.finished.connote, p.tracking) for p in batch if p.finished is not None]
    if finished:
        _FINISH.run(connection, finished)
    linked = [(p.arrived_as, p.tracking) for p in batch if p.arrived_as is not None]
    if linked:
        _ARRIVED_AS.run(connection, linked)
    for status, move in _CARRIER_MOVES.items():
        reports = [
            (status.value, p.carrier.at.astimezone(UTC).isoformat(timespec="microseconds"), p.tracking)
            for p in batch
            if p.carrier is not None and p.carrier.status is status
        ]
        if reports:
            move.run(connection, reports)
    _DELETE_LINES.run(connection, [(p.tracking,) for p in batch])
    lines = [
        (p.tracking, line.sku, line.barcode, line.description, line.qty, line.reason, *(line.customs or _NO_CUSTOMS))
        for p in batch
        for line in p.items
    ]
    if lines:
        _INSERT_LINE.run(connection, lines)
    destinations = [Destination(p.destination, p.destination_name, p.destination_address) for p in batch]
    destinations += [p.faulty_destination for p in batch if p.faulty_destination is not None]
    named = {d.code: (d.code, d.name, d.address or "") for d in destinations if d.name}
    bare = {(d.code, d.code, "") for d in destinations if d.code not in named}
    if named:
        _NAMED_DESTINATION.run(connection, list(named.values()))
    if bare:
        _BARE_DESTINATION.run(connection, sorted(bare))
