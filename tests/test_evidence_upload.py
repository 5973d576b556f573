"""Photos kept as evidence reach the real central service (on SQLite and PostgreSQL)
after the events that name them: in parts, resumed after a cut, checked against their
SHA-256 at both ends, kept waiting while the service is away, and linked from the
return's timeline so the retailer sees them."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from central import CentralService, central_on
from conftest import BELT, PARIS_1, POLICY, SHIRT, STAFF, SUPERVISOR, run, small_manifest
from faultproxy import FaultProxy
from PIL import Image

from hubscan.services.evidence import keep_photo
from hubscan.services.scanning import ScanRecorder
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, CentralRefused, CentralUnavailable, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.evidence import PART_BYTES

HUB, WS = POLICY.hub_id, POLICY.workstation_id


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralService]:
    central = central_on(request, tmp_path)
    try:
        central.load_preadvice([{**small_manifest()[0], "hub": HUB}])  # PARIS_1
        yield central
    finally:
        central.close()


def noisy_photo(path: Path, seed: int = 1) -> Path:
    """A PNG of noise: it does not compress, so it is sent in several parts."""
    noise = random.Random(seed).randbytes(800 * 600 * 3)
    Image.frombytes("RGB", (800, 600), noise).save(path, "PNG")
    assert path.stat().st_size > 2 * PART_BYTES
    return path


def reject_with_photo(store: LocalStore, desk: ScanRecorder, source: Path) -> str:
    kept = keep_photo(store.evidence_folder, PARIS_1, source)
    run(desk, SUPERVISOR, "HS:STATION:RECEIVE", PARIS_1, "HS:STATION:REJECT", PARIS_1, f"HS:EVIDENCE:{kept}")
    assert [o.code for o in run(desk, "HS:REASON:DAMAGED", "HS:DONE")] == ["reject.reason", "reject.done"]
    return kept


def engine_for(store: LocalStore, url: str, token: str) -> SyncEngine:
    client = CentralClient(ClientSettings(url, token, retries=2, backoff_s=0.01))
    return SyncEngine(store, client, HUB, WS, use_helper=False)


def portal_get(service: CentralService, path: str) -> requests.Response:
    return requests.get(f"{service.url}{path}", headers={"Authorization": f"Bearer {service.portal_token}"}, timeout=10)


def test_a_rejection_photo_reaches_the_timeline(
    service: CentralService, store: LocalStore, desk: ScanRecorder, tmp_path: Path
) -> None:
    source = noisy_photo(tmp_path / "IMG_0001.PNG")
    sha, name = reject_with_photo(store, desk, source).split(" ")
    engine = engine_for(store, service.url, service.token(HUB, WS))
    assert engine.status().photos_waiting == 1
    result = engine.run_once()
    assert result.photos == 1 and engine.status().photos_waiting == 0

    rejected = next(e for e in engine.client.timeline(PARIS_1)["statuses"] if e["status"] == "Return Rejected")
    assert rejected["detail"]["evidence"] == [
        {"sha256": sha, "name": name, "href": f"/v1/evidence/{sha}", "received": True}
    ]
    photo = portal_get(service, f"/v1/evidence/{sha}")
    assert photo.status_code == 200 and photo.headers["content-type"] == "image/png"
    assert photo.content == source.read_bytes()
    assert engine.run_once().photos == 0  # sent once


def test_an_upload_cut_off_goes_on_from_what_the_service_holds(
    service: CentralService, store: LocalStore, desk: ScanRecorder, tmp_path: Path
) -> None:
    source = noisy_photo(tmp_path / "IMG_0002.PNG", seed=2)
    data = source.read_bytes()
    sha, name = reject_with_photo(store, desk, source).split(" ")
    engine = engine_for(store, service.url, service.token(HUB, WS))
    engine.push()
    # The bench sent the first part, then the link went: the service holds it.
    first = engine.client.start_evidence(sha, len(data), name, PARIS_1)
    assert first["received"] == 0
    held = engine.client.send_evidence_part(sha, 0, data[:PART_BYTES])
    assert held["received"] == PART_BYTES and not held["complete"]

    offsets: list[int] = []
    send = engine.client.send_evidence_part

    def watched(sha256: str, offset: int, part: bytes) -> dict[str, object]:
        offsets.append(offset)
        return send(sha256, offset, part)

    engine.client.send_evidence_part = watched  # type: ignore[method-assign]
    assert engine.run_once().photos == 1
    assert offsets[0] == PART_BYTES  # not from the start
    assert portal_get(service, f"/v1/evidence/{sha}").content == data


@pytest.mark.logs(r"Retrying .*Connection reset by peer")
def test_a_part_answered_into_a_reset_is_not_doubled(
    service: CentralService, store: LocalStore, desk: ScanRecorder, tmp_path: Path
) -> None:
    """The service keeps a part, the answer is lost; the client's retry of the same part
    is refused with the offset to go on from, and the photo arrives whole, once."""
    source = noisy_photo(tmp_path / "IMG_0003.PNG", seed=3)
    sha, _ = reject_with_photo(store, desk, source).split(" ")
    proxy = FaultProxy(service.port)
    try:
        engine = engine_for(store, proxy.url, service.token(HUB, WS))
        starts: list[int] = []
        start = engine.client.start_evidence

        def watched(*args: object) -> dict[str, object]:
            answer = start(*args)  # type: ignore[arg-type]
            starts.append(int(answer["received"]))  # type: ignore[call-overload]
            return answer

        engine.client.start_evidence = watched  # type: ignore[method-assign]
        # the events, the manifest pull, the photo's start, then its first part is kept
        # but its answer lost
        proxy.plan.extend(["pass", "pass", "pass", "reset_after_commit"])
        assert engine.run_once().photos == 1
    finally:
        proxy.close()
    assert starts == [0, PART_BYTES]  # the retried part was refused: asked again where to go on
    assert portal_get(service, f"/v1/evidence/{sha}").content == source.read_bytes()


@pytest.mark.logs(r"has changed since it was kept")
def test_a_photo_changed_on_disk_is_not_sent(
    service: CentralService, store: LocalStore, desk: ScanRecorder, tmp_path: Path
) -> None:
    sha, name = reject_with_photo(store, desk, noisy_photo(tmp_path / "IMG_0004.PNG", seed=4)).split(" ")
    (store.evidence_folder / name).write_bytes(b"\x89PNG something else")
    engine = engine_for(store, service.url, service.token(HUB, WS))
    assert engine.run_once().photos == 0
    status = engine.status()
    assert status.photos_waiting == 1 and status.queue_depth == 0
    assert portal_get(service, f"/v1/evidence/{sha}").status_code == 404
    rejected = next(e for e in engine.client.timeline(PARIS_1)["statuses"] if e["status"] == "Return Rejected")
    assert rejected["detail"]["evidence"][0]["received"] is False


@pytest.mark.logs(r"sync round failed", r"Retrying .*Connection refused")
def test_photos_wait_while_the_service_is_away(
    service: CentralService, store: LocalStore, desk: ScanRecorder, tmp_path: Path
) -> None:
    source = noisy_photo(tmp_path / "IMG_0005.PNG", seed=5)
    sha, _ = reject_with_photo(store, desk, source).split(" ")
    engine = engine_for(store, service.url, service.token(HUB, WS))
    assert engine.push() == (2, 0)  # Depot Scan and Return Rejected went; the service went before the photo
    service.stop()
    with pytest.raises(CentralUnavailable, match="unreachable"):
        engine.run_once()
    assert engine.status().photos_waiting == 1
    service.start()
    assert engine.run_once().photos == 1
    assert portal_get(service, f"/v1/evidence/{sha}").content == source.read_bytes()


def test_the_service_checks_what_it_is_sent(service: CentralService, tmp_path: Path) -> None:
    """Straight at the API: parts that do not hash to the name are dropped; a photo too
    large, a part too large or at the wrong offset are refused, saying why; a photo is
    for the hub that sent it and the portal, and another hub cannot get in its way."""
    client = CentralClient(ClientSettings(service.url, service.token(HUB, WS), retries=0))
    other_hub = CentralClient(ClientSettings(service.url, service.token("MEL", "01"), retries=0))
    data = b"\xff\xd8" + bytes(range(256)) * 5000  # three parts of PART_BYTES
    sha = hashlib.sha256(data).hexdigest()
    other_hub.start_evidence(sha, 7, "x.jpg", PARIS_1)  # knows the hash from a timeline: claims it
    assert client.start_evidence(sha, len(data), "x.jpg", PARIS_1)["received"] == 0  # not in SYD's way
    with pytest.raises(CentralRefused, match="send from offset 0") as wrong_offset:
        client.send_evidence_part(sha, 5, data[5:])
    assert wrong_offset.value.status == 409
    part = PART_BYTES
    client.send_evidence_part(sha, 0, data[:part])
    client.send_evidence_part(sha, part, data[part : 2 * part])
    with pytest.raises(CentralRefused, match="do not hash") as garbled:
        client.send_evidence_part(sha, 2 * part, data[2 * part : -1] + b"\x00")
    assert garbled.value.status == 409
    assert client.start_evidence(sha, len(data), "x.jpg", PARIS_1)["received"] == 0  # dropped: send again
    for offset in range(0, len(data), part):
        answer = client.send_evidence_part(sha, offset, data[offset : offset + part])
    assert answer["complete"] is True

    with pytest.raises(CentralRefused) as too_large:
        client.start_evidence("a" * 64, 26 * 1024 * 1024, "big.jpg", PARIS_1)
    assert too_large.value.status == 422 and "size" in str(too_large.value)
    client.start_evidence("b" * 64, 3 * 1024 * 1024, "big.jpg", PARIS_1)
    with pytest.raises(CentralRefused, match="at most") as big_part:
        client.send_evidence_part("b" * 64, 0, bytes(1024 * 1024 + 1))
    assert big_part.value.status == 413

    with pytest.raises(CentralRefused) as not_theirs:
        other_hub._call("GET", f"/evidence/{sha}")
    assert not_theirs.value.status == 404  # MEL's own claim is not complete; SYD's is not MEL's
    assert portal_get(service, f"/v1/evidence/{sha}").content == data
    portal = CentralClient(ClientSettings(service.url, service.portal_token, retries=0))
    with pytest.raises(CentralRefused) as portal_sends:
        portal.start_evidence(sha, len(data), "x.jpg", PARIS_1)
    assert portal_sends.value.status == 403
    for closing in (client, other_hub, portal):
        closing.close()


def test_an_item_rejected_at_process_shows_on_the_timeline_with_its_photo(
    service: CentralService, store: LocalStore, desk: ScanRecorder, tmp_path: Path
) -> None:
    source = noisy_photo(tmp_path / "IMG_0006.PNG", seed=6)
    run(desk, STAFF, PARIS_1, "HS:STATION:PROCESS", PARIS_1, SHIRT, "HS:REJECTITEM:DAMAGED")
    sha, name = keep_photo(store.evidence_folder, PARIS_1, source).split(" ")
    answers = run(desk, f"HS:EVIDENCE:{sha} {name}", SHIRT, BELT, "HS:DONE")
    assert [a.code for a in answers] == ["process.item_evidence", "process.item_ok", "process.item_ok", "process.done"]
    engine = engine_for(store, service.url, service.token(HUB, WS))
    assert engine.run_once().photos == 1
    processed = next(e for e in engine.client.timeline(PARIS_1)["statuses"] if e["status"] == "Return Processed")
    assert processed["detail"]["rejected_items"] == [
        {
            "item": SHIRT.rjust(14, "0"),
            "sku": "SHIRT",
            "reason": "DAMAGED",
            "reason_label": "Damaged",
            "evidence": [{"sha256": sha, "name": name, "href": f"/v1/evidence/{sha}", "received": True}],
        }
    ]
    assert portal_get(service, f"/v1/evidence/{sha}").content == source.read_bytes()
