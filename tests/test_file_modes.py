"""The station's files are its user's alone: the database and its WAL (PIN hashes, the
hub's day), photos kept as evidence (addresses on labels), logs and support bundles."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import PARIS_1
from PIL import Image

from hubscan.services.evidence import keep_photo
from hubscan.store.store import LocalStore


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_are_the_users_alone(tmp_path: Path) -> None:
    old = os.umask(0o022)  # as a lenient system leaves it
    try:
        store = LocalStore(tmp_path / "station.db", "SYD", "07")
        try:
            assert mode(tmp_path / "station.db") == 0o600
            assert mode(tmp_path / "station.db-wal") == 0o600
            assert mode(tmp_path / "station.db-shm") == 0o600
        finally:
            store.close()
    finally:
        os.umask(old)


def test_a_kept_photo_and_its_folder_are_the_users_alone(tmp_path: Path) -> None:
    source = tmp_path / "IMG_0001.JPG"
    Image.new("RGB", (32, 24), (10, 200, 30)).save(source, "JPEG")
    old = os.umask(0o022)
    try:
        kept = keep_photo(tmp_path / "evidence", PARIS_1, source)
    finally:
        os.umask(old)
    assert mode(tmp_path / "evidence") == 0o700
    assert mode(tmp_path / "evidence" / kept.split(" ")[1]) == 0o600


def hubscan(db: Path, logs: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line with its own log folder, under a lenient umask."""
    env = {**os.environ, "HUBSCAN_LOG_DIR": str(logs)}
    command = [sys.executable, "-m", "hubscan", "--db", str(db), *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False, preexec_fn=lambda: os.umask(0o022)
    )


def test_the_command_line_writes_private_files(tmp_path: Path) -> None:
    db = tmp_path / "data" / "station.db"
    logs = tmp_path / "logs"
    done = hubscan(db, logs, "demo", "--count", "5")
    assert done.returncode == 0, done.stderr
    assert mode(db) == 0o600
    log_files = list(logs.glob("hubscan.log*"))
    assert log_files and all(mode(path) == 0o600 for path in log_files)
    bundle = tmp_path / "support.zip"
    made = hubscan(db, logs, "support-bundle", "--output", str(bundle), "--offline")
    assert made.returncode == 0, made.stderr
    assert mode(bundle) == 0o600
    with zipfile.ZipFile(bundle) as opened:
        names = opened.namelist()
        assert "settings.txt" in names
        assert all("pin_hash" not in opened.read(name).decode(errors="replace") for name in names)
