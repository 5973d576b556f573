"""Photos kept as evidence go to the central service after the events that name them.

Each waiting photo is read from the evidence folder and checked against its SHA-256
first: a photo changed or lost on this disk is not sent, and its row says why. Then
the service says how much of it it holds (a cut upload goes on from there) and the
rest goes in parts. A part the service finds at the wrong offset (a retry that crossed
an earlier one) makes the uploader ask again where to go on. The photo is marked sent
only when the service answers that it holds every byte and they hash to the name: it
checks that too.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from pathlib import Path

from hubscan.store import evidence as queue
from hubscan.store.evidence import Waiting
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, CentralRefused

log = logging.getLogger("hubscan.sync")

PART_BYTES = 512 * 1024
MAX_CONFLICTS = 5
# Per sync round: the events of the next round do not wait long behind photos.
ROUND_PHOTOS, ROUND_BYTES = 50, 64 * 1024 * 1024
# The service's answers about the photo itself (not the token, the address, the TLS).
_PHOTO_REFUSALS = frozenset({409, 413, 422})


class PhotoUnusable(Exception):
    """The photo on this disk is not the one the event names (lost or changed)."""


def _read(folder: Path, photo: Waiting) -> bytes:
    path = folder / photo.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoUnusable(f"{path} cannot be read ({exc.strerror})") from exc
    if hashlib.sha256(data).hexdigest() != photo.sha256:
        raise PhotoUnusable(f"{path} has changed since it was kept (its SHA-256 is not {photo.sha256[:12]}…)")
    return data


def send_photo(client: CentralClient, photo: Waiting, data: bytes) -> None:
    """Send what the service does not hold yet; returns once it holds it whole."""
    answer = client.start_evidence(photo.sha256, len(data), photo.name, photo.tracking)
    conflicts = 0
    while not answer["complete"]:
        offset = int(answer["received"])
        try:
            answer = client.send_evidence_part(photo.sha256, offset, data[offset : offset + PART_BYTES])
        except CentralRefused as exc:
            # 409: the part did not go on (a crossed retry, or bytes garbled on the way):
            # ask where to go on. Again and again means something else is wrong.
            conflicts += 1
            if exc.status != 409 or conflicts > MAX_CONFLICTS:
                raise
            answer = client.start_evidence(photo.sha256, len(data), photo.name, photo.tracking)


def upload(store: LocalStore, client: CentralClient, now: datetime) -> int:
    """Send the waiting photos, up to ``ROUND_BYTES`` a round; returns how many the
    service now holds. The service unreachable, or refusing the bench itself (token,
    TLS, an old service without evidence), ends the round and counts against no photo;
    a photo it refuses, or one unusable here, keeps its reason and waits behind the
    others."""
    done = sent_bytes = 0
    for photo in queue.waiting(store, ROUND_PHOTOS):
        try:
            data = _read(store.evidence_folder, photo)
            send_photo(client, photo, data)
        except PhotoUnusable as exc:
            _failed(store, photo, exc)
            continue
        except CentralRefused as exc:
            if exc.status not in _PHOTO_REFUSALS:
                raise
            _failed(store, photo, exc)
            continue
        queue.sent(store, photo.sha256, now)
        done += 1
        sent_bytes += len(data)
        if sent_bytes >= ROUND_BYTES:
            break
    return done


def _failed(store: LocalStore, photo: Waiting, why: Exception) -> None:
    log.warning("photo %s of %s not sent: %s", photo.name, photo.tracking, why)
    queue.failed(store, photo.sha256, str(why))
