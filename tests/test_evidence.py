"""Evidence photos: kept whole with their SHA-256, named in the Return Rejected event;
anything that is not a photo is refused with the reason and nothing is kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import PARIS_1, SUPERVISOR, codes, run
from PIL import Image
from sqlalchemy import select

from hubscan.services.evidence import EvidenceError, keep_photo
from hubscan.services.scanning import ScanRecorder
from hubscan.store.models import events_table
from hubscan.store.store import LocalStore


def photo(path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 30, 30)).save(path, "JPEG")
    return path


def test_a_photo_is_kept_whole_with_its_digest(tmp_path: Path) -> None:
    source = photo(tmp_path / "IMG_0001.JPG")
    kept = keep_photo(tmp_path / "evidence", PARIS_1, source)
    digest, name = kept.split(" ")
    assert digest == hashlib.sha256(source.read_bytes()).hexdigest()
    assert name.startswith(PARIS_1) and name.endswith(".jpg")
    assert (tmp_path / "evidence" / name).read_bytes() == source.read_bytes()
    assert not list((tmp_path / "evidence").glob("*.part"))


@pytest.mark.parametrize(
    ("content", "why"), [(b"not a picture at all", "not a readable photo"), (b"", "not a readable")]
)
def test_a_file_that_is_not_a_photo_is_refused(tmp_path: Path, content: bytes, why: str) -> None:
    source = tmp_path / "notes.jpg"
    source.write_bytes(content)
    with pytest.raises(EvidenceError, match=why):
        keep_photo(tmp_path / "evidence", PARIS_1, source)
    assert not (tmp_path / "evidence").exists() or not any((tmp_path / "evidence").iterdir())


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match=r"cannot read gone\.jpg"):
        keep_photo(tmp_path / "evidence", PARIS_1, tmp_path / "gone.jpg")


def test_photos_go_into_the_rejection_event(desk: ScanRecorder, store: LocalStore) -> None:
    kept = "a" * 64 + f" {PARIS_1}-20261122T090000Z-aaaaaaaa.jpg"
    outcomes = run(
        desk,
        SUPERVISOR,
        "HS:STATION:RECEIVE",
        PARIS_1,
        "HS:STATION:REJECT",
        PARIS_1,
        f"HS:EVIDENCE:{kept}",
        "HS:EVIDENCE:../../etc/passwd",
        "HS:REASON:DAMAGED",
        "HS:DONE",
    )
    assert codes(outcomes)[5:] == ["reject.evidence", "reject.bad_evidence", "reject.reason", "reject.done"]
    with store.reading() as connection:
        payload = connection.execute(
            select(events_table.c.payload).where(events_table.c.type == "ReturnRejected")
        ).scalar_one()
    assert payload["evidence"] == [kept]
    assert desk.context.evidence == []  # cleared with the finished rejection


def test_a_photo_too_large_is_refused_naming_its_size_and_nothing_is_kept(tmp_path: Path) -> None:
    source = tmp_path / "IMG_HUGE.JPG"
    with open(source, "wb") as handle:
        handle.truncate(26 * 1024 * 1024)  # sparse: no need to write it
    with pytest.raises(EvidenceError, match=r"IMG_HUGE\.JPG is 26 MB, more than 25 MB"):
        keep_photo(tmp_path / "evidence", PARIS_1, source)
    assert not (tmp_path / "evidence").exists()
