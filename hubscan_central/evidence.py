"""Photos kept as evidence at the hubs, uploaded in parts that survive a cut.

A bench names the photo by its SHA-256 and size (``POST /v1/evidence``: idempotent,
answers how many bytes the service already holds), then sends the rest in parts of at
most ``MAX_EVIDENCE_PART`` bytes, each at the offset the service holds
(``PUT /v1/evidence/{sha256}/parts/{offset}``): a part at any other offset is refused
with the offset to send from, so a resent or crossed part never doubles a byte. Once the
last byte is in, the parts must hash to the name: if not, they are dropped and the
photo is to be sent again. Each hub's upload is its own (keyed by hub and SHA-256): no
other hub can start, write or read it. A photo is read whole with
``GET /v1/evidence/{sha256}`` (the portal, and the benches of the hub that sent it),
and the return's timeline links it from the rejection.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, select, update

from hubscan_central.database import insert_ignoring_duplicates
from hubscan_central.models import evidence_parts_t, evidence_t
from hubscan_central.schemas import MAX_EVIDENCE_PART, EvidenceStart, EvidenceUpload

API = "/v1/evidence"
MEDIA_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".bmp": "image/bmp"}


class EvidenceProblem(Exception):
    """A part the service does not take: ``status`` is the HTTP answer, the text says why."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status


def href(sha256: str) -> str:
    return f"{API}/{sha256}"


def media_type(name: str) -> str:
    return MEDIA_TYPES.get(name[name.rfind(".") :].lower(), "application/octet-stream")


def _answer(row: Any) -> EvidenceUpload:
    return EvidenceUpload(
        sha256=row.sha256,
        name=row.name,
        tracking=row.tracking,
        size=row.size,
        received=row.received,
        complete=row.complete,
        href=href(row.sha256),
    )


def _this(sha256: str, hub: str) -> Any:
    return and_(evidence_t.c.sha256 == sha256, evidence_t.c.hub == hub)


def _row(connection: Connection, sha256: str, hub: str, lock: bool = False) -> Any:
    query = select(evidence_t).where(_this(sha256, hub))
    return connection.execute(query.with_for_update() if lock else query).first()


def start(connection: Connection, body: EvidenceStart, hub: str, workstation: str | None) -> EvidenceUpload:
    """The hub's upload of the photo, begun now or earlier (the same photo twice, or two
    requests at once, is one upload)."""
    begun = {
        "sha256": body.sha256,
        "hub": hub,
        "name": body.name,
        "tracking": body.tracking,
        "workstation": workstation,
        "size": body.size,
        "received": 0,
        "complete": False,
        "started_at": datetime.now(UTC).isoformat(),
    }
    insert_ignoring_duplicates(connection, evidence_t, [begun], ("sha256", "hub"))
    found = _row(connection, body.sha256, hub)
    if found.size != body.size:
        raise EvidenceProblem(409, f"photo {body.sha256[:12]}… is {found.size} bytes here, not {body.size}")
    return _answer(found)


def add_part(
    connection: Connection, sha256: str, hub: str, offset: int, data: bytes
) -> tuple[EvidenceUpload, EvidenceProblem | None]:
    """Keep ``data`` at ``offset``; check the whole photo when it is the last part. A
    photo whose bytes do not hash to its name is dropped (committed: send it again from
    0) and the problem returned, for the caller to answer after the commit."""
    row = _row(connection, sha256, hub, lock=True)  # one part at a time per photo
    if row is None:
        raise EvidenceProblem(404, f"no upload of photo {sha256[:12]}… from hub {hub}: start it with POST {API}")
    if row.complete:
        return _answer(row), None
    if offset != row.received:
        raise EvidenceProblem(409, f"the service holds {row.received} bytes: send from offset {row.received}")
    if not data:
        raise EvidenceProblem(409, f"an empty part: send the photo's bytes from offset {offset}")
    if len(data) > MAX_EVIDENCE_PART:
        raise EvidenceProblem(413, f"a part is at most {MAX_EVIDENCE_PART} bytes")
    if offset + len(data) > row.size:
        raise EvidenceProblem(409, f"the photo is {row.size} bytes; this part ends at {offset + len(data)}")
    connection.execute(insert(evidence_parts_t).values(sha256=sha256, hub=hub, start=offset, data=data))
    received = offset + len(data)
    values: dict[str, Any] = {"received": received}
    if received == row.size:
        if _digest(connection, sha256, hub) != sha256:
            connection.execute(delete(evidence_parts_t).where(_part_of(sha256, hub)))
            connection.execute(update(evidence_t).where(_this(sha256, hub)).values(received=0))
            dropped = EvidenceProblem(409, "the bytes sent do not hash to the photo's SHA-256: send it again from 0")
            return _answer(_row(connection, sha256, hub)), dropped
        values.update(complete=True, completed_at=datetime.now(UTC).isoformat())
    connection.execute(update(evidence_t).where(_this(sha256, hub)).values(**values))
    return _answer(_row(connection, sha256, hub)), None


def _part_of(sha256: str, hub: str) -> Any:
    return and_(evidence_parts_t.c.sha256 == sha256, evidence_parts_t.c.hub == hub)


def _parts(connection: Connection, sha256: str, hub: str) -> Any:
    return connection.execute(
        select(evidence_parts_t.c.data).where(_part_of(sha256, hub)).order_by(evidence_parts_t.c.start)
    ).scalars()


def _digest(connection: Connection, sha256: str, hub: str) -> str:
    hasher = hashlib.sha256()
    for data in _parts(connection, sha256, hub):
        hasher.update(data)
    return hasher.hexdigest()


@dataclass(frozen=True)
class Photo:
    name: str
    hub: str
    data: bytes


def read(connection: Connection, sha256: str, hub: str | None) -> Photo | None:
    """A complete photo: the one ``hub`` sent, or (``hub`` None: the portal) any hub's."""
    query = select(evidence_t).where(evidence_t.c.sha256 == sha256, evidence_t.c.complete.is_(True))
    row = connection.execute(query.where(evidence_t.c.hub == hub) if hub else query.limit(1)).first()
    if row is None:
        return None
    return Photo(row.name, row.hub, b"".join(_parts(connection, sha256, row.hub)))


def links(connection: Connection, kept: Any, hub: str | None) -> list[dict[str, Any]]:
    """Evidence named in an event of ``hub`` (a list of "sha256 file-name"), as the
    timeline links it: ``received`` is false while the hub has not sent it whole yet."""
    entries = kept if isinstance(kept, list) else []
    named = [entry.split(" ", 1) for entry in entries if isinstance(entry, str) and " " in entry]
    if not named:
        return []
    complete = set(
        connection.execute(
            select(evidence_t.c.sha256).where(
                evidence_t.c.sha256.in_([sha for sha, _ in named]),
                evidence_t.c.hub == hub,
                evidence_t.c.complete.is_(True),
            )
        ).scalars()
    )
    return [{"sha256": sha, "name": name, "href": href(sha), "received": sha in complete} for sha, name in named]
