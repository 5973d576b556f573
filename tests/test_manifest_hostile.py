"""Hostile manifest files: each is refused with the line named, nothing of it is kept, and
reading it takes bounded memory, through the command line and the window's import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from hubscan.services.demo import demo_manifest
from hubscan.store.manifest import MAX_LINE_BYTES, import_file_in_steps, import_lines
from hubscan.store.models import returns_table
from hubscan.store.store import LocalStore
from hubscan_central.schemas import Preadvice as CentralPreadvice

GOOD = [json.dumps(record) for record in demo_manifest(3, hub="HUB")]
# The import on the command line, in a child that says its peak resident memory: the
# kernel's high-water mark of its own address space (VmHWM), which starts afresh at exec
# (getrusage's ru_maxrss would carry over the forking test process's size).
MEASURED_IMPORT = """
import sys
from pathlib import Path
from hubscan.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
status = Path("/proc/self/status").read_text()
peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
print(f"peak-rss-kib {peak}", file=sys.stderr)
sys.exit(code)
"""


def returns_kept(db: Path) -> int:
    store = LocalStore(db, "HUB", "01")
    try:
        with store.reading() as connection:
            return int(connection.execute(select(func.count()).select_from(returns_table)).scalar_one())
    finally:
        store.close()


def import_on_the_command_line(db: Path, path: Path) -> tuple[int, str, int]:
    """(exit code, what it said on stderr, peak resident memory in MiB)."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURED_IMPORT, "--db", str(db), "manifest", "import", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    said = done.stderr.splitlines()
    peak = int(said[-1].split()[1]) // 1024
    return done.returncode, "\n".join(said[:-1]), peak


def test_a_500_mb_line_is_refused_as_it_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as out:
        out.write((GOOD[0] + "\n").encode())
        out.seek(500 * 1024 * 1024, 1)  # a 500 MB hole: zero bytes, no newline
        out.write(("\n" + GOOD[1] + "\n").encode())
    code, said, peak_mib = import_on_the_command_line(tmp_path / "station.db", path)
    assert code == 1
    assert said.startswith(f"{path}:2: the line is 524,288,001 bytes long; a return's line may be {MAX_LINE_BYTES:,}")
    assert "Traceback" not in said
    assert returns_kept(tmp_path / "station.db") == 0  # not even the good lines around it
    # Python and HubScan's modules take about 100 MiB; the line never comes in whole.
    assert peak_mib < 200, f"peak resident memory {peak_mib} MiB"


def hostile_lines(name: str) -> tuple[list[bytes], int, str]:
    """A file's lines with one hostile line, that line's number and what it is told."""
    record: dict[str, Any] = json.loads(GOOD[2])
    if name == "truncated":
        return [line.encode() + b"\n" for line in GOOD[:2]] + [GOOD[2][:57].encode()], 3, "not valid JSON ("
    if name == "invalid UTF-8":
        retailer = record["retailer"]
        broken = GOOD[2].replace(retailer, retailer[:2] + "\udcff" + retailer[2:]).encode("utf-8", "surrogateescape")
        assert b"\xff" in broken
        return [GOOD[0].encode() + b"\n", broken + b"\n"], 2, "not UTF-8 text (byte "
    if name == "duplicate key":
        twice = GOOD[2][:-1] + ', "retailer": "Someone Else"}'
        return [twice.encode() + b"\n", GOOD[0].encode() + b"\n"], 1, '"retailer" is given twice in one object'
    if name == "duplicate key in an item":
        item = json.dumps(record["items"][0])[:-1] + ', "qty": 999}'
        line = GOOD[2].replace(json.dumps(record["items"][0]), item)
        assert line != GOOD[2]
        return [GOOD[0].encode() + b"\n", line.encode() + b"\n"], 2, '"qty" is given twice in one object'
    if name == "100,000 items":
        many = {**record, "items": [{"sku": f"S{n}", "description": "x"} for n in range(100_000)]}
        return [json.dumps(many).encode() + b"\n"], 1, "the line is "
    if name == "nested too deeply":
        return [GOOD[0].encode() + b"\n", b"[" * 100_000 + b"\n"], 2, "not valid pre-advice (its JSON is nested"
    assert name == "600 items"
    many = {**record, "items": [{"sku": f"S{n}", "description": "x"} for n in range(600)]}
    return (
        [GOOD[0].encode() + b"\n", json.dumps(many).encode() + b"\n"],
        2,
        '"items" has 600 lines; a return may have 500',
    )


NAMES = [
    "truncated",
    "invalid UTF-8",
    "duplicate key",
    "duplicate key in an item",
    "nested too deeply",
    "100,000 items",
    "600 items",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_line_is_named_and_nothing_is_kept(name: str, tmp_path: Path) -> None:
    lines, number, told = hostile_lines(name)
    store = LocalStore(tmp_path / "station.db", "HUB", "01")
    try:
        report = import_lines(store, lines)
        assert [line for line, _ in report.errors] == [number]
        assert report.errors[0][1].startswith(told), report.errors
        path = tmp_path / "hostile.jsonl"
        path.write_bytes(b"".join(lines))
        # The window's import checks the whole file before it writes anything.
        windowed = import_file_in_steps(store, path, lambda done, total, stage: None)
        assert windowed.errors == report.errors and windowed.imported == 0
    finally:
        store.close()
    assert returns_kept(tmp_path / "station.db") == 0


def test_the_central_api_takes_no_more_items_than_the_import() -> None:
    lines, number, _ = hostile_lines("600 items")
    with pytest.raises(ValidationError, match="at most 500 items"):
        CentralPreadvice.model_validate_json(lines[number - 1])
