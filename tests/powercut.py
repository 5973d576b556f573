"""A shift's work on a power-cut filesystem (``lazyfs.py``), each acknowledgement stamped.

``run_shift`` mounts the filesystem over a station's folder whose database is one schema
behind, then works as a bench does, each step through the real program: ``hubscan
manifest import`` (which first migrates, with its backup), ``hubscan sync`` (the pull
of pre-advice from the real central service), a ``hubscan session`` that receives,
processes, rejects with a photo kept as evidence, packs, weighs on the pty balance and
closes (labels to a printer on loopback, the parcel list to the papers folder; the WAL
checkpointer runs once a second meanwhile), and ``hubscan sync`` again (the push). Every
acknowledgement (a JSON line, an import's or a sync's success) and every label the
printer got is stamped with the count of filesystem operations by then.
``cutcheck.py`` checks the disk each cut leaves.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import select as io_select
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazyfs import Control, Op
from sqlalchemy import select

from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.evidence import keep_photo
from hubscan.store.database import make_engine
from hubscan.store.migrate import alembic_config
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore
from hubscan_central.models import events_t

HUB, WS = "SYD", "07"
OLD_SCHEMA = "0013"
DB = "station.db"
LAZYFS = Path(__file__).with_name("lazyfs.py")
ANSWERS = "answers.jsonl"
STAFF, SUPERVISOR, DISPATCHER = (op.badge for op in DEMO_OPERATORS[:3])


class LazyMount:
    """``lazyfs.py`` mounted on ``mount`` with ``seed``'s files, in its own process."""

    def __init__(self, seed: Path, mount: Path, work: Path) -> None:
        self.mount = mount
        self.log_path = work / "lazyfs.log"
        mount.mkdir(parents=True, exist_ok=True)
        work.mkdir(parents=True, exist_ok=True)
        control = work / "lazyfs.control"
        self.control = Control(control, create=True)
        self.errors = work / "lazyfs.err"
        with open(self.errors, "wb") as errors:
            self.process = subprocess.Popen(
                [sys.executable, str(LAZYFS), str(mount), str(seed), str(self.log_path), str(control)], stderr=errors
            )
        deadline = time.monotonic() + 30
        while not os.path.ismount(mount):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                self.process.wait()
                self.control.close()
                raise RuntimeError(
                    "the power-cut filesystem did not mount (it needs /dev/fuse and Debian's fuse3; in a "
                    f"container, --device /dev/fuse --cap-add SYS_ADMIN): {self.errors.read_text()[-2000:]}"
                )
            time.sleep(0.02)

    @property
    def count(self) -> int:
        return self.control.count

    def unmount(self) -> list[Op]:
        """Unmount (lazily, and the filesystem's process killed, if a program still holds
        it after 30 s: the mount never outlives the test) and read the log."""
        try:
            deadline = time.monotonic() + 30
            while subprocess.run(["fusermount3", "-u", str(self.mount)], capture_output=True).returncode:
                if time.monotonic() > deadline:
                    subprocess.run(["fusermount3", "-uz", str(self.mount)], capture_output=True)
                    raise RuntimeError(f"{self.mount} was still in use after 30 s")
                time.sleep(0.1)
            self.process.wait(30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.control.close()
        with open(self.log_path, "rb") as source:
            log: list[Op] = pickle.load(source)
        return log


@dataclass
class Ack:
    """Something the station acknowledged, by operation ``at`` at the latest."""

    at: int
    kind: str  # "scan", "import", "pull", "push", "photo"
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Shift:
    seed: Path
    log: list[Op]
    acks: list[Ack]
    labels: list[tuple[int, bytes]]  # (by operation, what the printer got)
    imported: list[str]
    pulled: list[str]
    pull_cursor: int = 0  # the manifest cursor the pull left
    sent: set[tuple[str, int]] = field(default_factory=set)  # (id, seq) of the events the service took


def make_seed(seed: Path) -> None:
    """A station folder whose database is one schema behind, with the demo operators."""
    seed.mkdir(parents=True)
    store = LocalStore(seed / DB, HUB, WS)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    store.close()
    engine = make_engine(seed / DB, immediate=True)
    from alembic import command

    command.downgrade(alembic_config(engine), OLD_SCHEMA)
    engine.dispose()
    raw = sqlite3.connect(seed / DB)
    try:  # everything into the database file (the last to close removes the WAL)
        assert raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        raw.close()
    assert os.listdir(seed) == [DB], os.listdir(seed)


def station_config(work: Path, central_url: str, printer_url: str, scale_url: str) -> Path:
    config = work / "hubscan.toml"
    config.write_text(
        f'hub_id = "{HUB}"\nworkstation_id = "{WS}"\n'
        f'[central]\nurl = "{central_url}"\n'
        f'[printer]\nurl = "{printer_url}"\n'
        f'[scale]\nurl = "{scale_url}"\n'
        '[dispatch]\ngs1_company_prefix = "9528765"\n'
    )
    return config


class Station:
    """The ``hubscan`` program run on the mount, each acknowledgement stamped."""

    def __init__(self, disk: LazyMount, config: Path, env: dict[str, str], printer: Any) -> None:
        self.disk, self.config, self.env, self.printer = disk, config, env, printer
        self.acks: list[Ack] = []
        self.labels: list[tuple[int, bytes]] = []

    def command(self, *args: str) -> subprocess.CompletedProcess[str]:
        db = self.disk.mount / DB
        done = subprocess.run(
            [sys.executable, "-m", "hubscan", "--db", str(db), "--config", str(self.config), *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
            check=False,
        )
        if done.returncode:
            raise AssertionError(f"hubscan {' '.join(args)} failed: {done.stdout}{done.stderr}")
        self.note_labels()
        return done

    def note_labels(self) -> None:
        count = self.disk.count
        while len(self.labels) < len(self.printer.jobs):
            self.labels.append((count, self.printer.jobs[len(self.labels)]))

    def session(self, scans: list[str | Path], photo_for: dict[int, str]) -> list[dict[str, Any]]:
        """Scans one at a time, each answered before the next; a Path is a photo to keep
        as evidence (as the window does) and then name with HS:EVIDENCE. The answers are
        written to ``ANSWERS`` on the mount."""
        session = Session(self, self.disk.mount / ANSWERS)
        answers = []
        try:
            for index, scan in enumerate(scans):
                if isinstance(scan, Path):
                    kept = keep_photo(self.disk.mount / "evidence", photo_for[index], scan)
                    self.acks.append(Ack(self.disk.count, "photo", {"kept": kept}))
                    scan = f"HS:EVIDENCE:{kept}"
                answers.append(session.scan(scan))
        finally:
            session.end()
        return answers


class Session:
    """``hubscan session`` on the mount: one scan in, its answer out.

    With ``answers`` (a file on the mount) the session prints its answers there, so each
    answer's write is an operation in the filesystem's log: the exact moment it was
    acknowledged (``stamp_answers``), which a cut before it need not keep and a cut after
    it must. Without, they come through a pipe (a frozen disk takes no more answers)."""

    TIMEOUT_S = 120.0

    def __init__(self, station: Station, answers: Path | None = None) -> None:
        self.station = station
        self.answers = answers
        self._out = open(answers, "wb") if answers else None  # noqa: SIM115 - the session's for its life
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hubscan",
                "--db",
                str(station.disk.mount / DB),
                "--config",
                str(station.config),
                "session",
            ],
            stdin=subprocess.PIPE,
            stdout=self._out or subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=station.env,
        )
        self._in = open(answers, "rb") if answers else self.process.stdout  # noqa: SIM115

    def _line(self, raw: str) -> bytes:
        assert self._in is not None and self.process.stderr
        deadline = time.monotonic() + self.TIMEOUT_S
        line = b""
        while not line.endswith(b"\n"):
            if self.answers is None:
                ready, _, _ = io_select.select([self._in], [], [], max(deadline - time.monotonic(), 0))
                piece = self._in.readline() if ready else b""
                if ready and not piece:
                    break
            else:
                piece = self._in.readline()
                if not piece:
                    if self.process.poll() is not None:
                        break
                    time.sleep(0.001)
            line += piece
            if time.monotonic() > deadline:
                raise AssertionError(f"no answer to {raw!r} in {self.TIMEOUT_S:.0f} s")
        if not line.endswith(b"\n"):
            raise AssertionError(f"the session ended at {raw!r}: {self.process.stderr.read().decode()}")
        return line

    def scan(self, raw: str) -> dict[str, Any]:
        """The answer; kept as an acknowledgement unless the disk was cut meanwhile."""
        assert self.process.stdin
        self.process.stdin.write(raw.encode() + b"\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._line(raw))
        count, _, frozen = self.station.disk.control.read()
        if not frozen:
            self.station.acks.append(Ack(count, "scan", answer))
        self.station.note_labels()
        return answer

    def end(self, kill: bool = False) -> None:
        """Close the session (``kill``: as the power goes); always releases the mount."""
        assert self.process.stdin and self.process.stderr
        try:
            if kill:
                self.process.kill()
            else:
                with contextlib.suppress(BrokenPipeError):
                    self.process.stdin.close()
            try:
                code = self.process.wait(self.TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                code = self.process.wait()
            error = self.process.stderr.read().decode()
        finally:
            for pipe in (self.process.stdin, self.process.stdout, self.process.stderr, self._out, self._in):
                if pipe is not None:
                    with contextlib.suppress(BrokenPipeError):
                        pipe.close()
        if code and not kill:
            raise AssertionError(f"the session failed: {error}")


def stamp_answers(acks: list[Ack], log: list[Op], name: str) -> None:
    """Give the scan acknowledgements, in order, the number of the operation just after
    the write that completed each answer's line in the file ``name`` on the mount."""
    files = {op[3] for op in log if op[0] == "create" and op[2] == name}
    content = bytearray()
    done: list[int] = []
    for number, op in enumerate(log):
        if op[0] == "write" and op[1] in files:
            offset, data = op[2], op[3]
            content[offset : offset + len(data)] = data
            done += [number + 1] * (content.count(b"\n") - len(done))
    scans = [ack for ack in acks if ack.kind == "scan"]
    assert len(done) == len(scans), f"{len(done)} answers written, {len(scans)} read"
    for ack, at in zip(scans, done, strict=True):
        ack.at = at


def scans_for(records: list[dict[str, Any]], photo: Path) -> tuple[list[str | Path], dict[int, str]]:
    """A shift: every parcel received; all but three processed item by item; two rejected,
    one with a photo; the processed parcels of the first destination packed in a bag,
    weighed on the balance, closed."""
    scans: list[str | Path] = [f"HS:LOGIN:{STAFF}", "HS:STATION:RECEIVE", *(r["tracking"] for r in records)]
    scans.append("HS:STATION:PROCESS")
    for record in records[3:]:
        scans.append(record["tracking"])
        scans.extend(item["barcode"] for item in record["items"] for _ in range(item["qty"]))
        scans.append("HS:DONE")
    photo_for: dict[int, str] = {}
    scans += [f"HS:LOGIN:{SUPERVISOR}", "HS:STATION:REJECT"]
    for number, record in enumerate(records[:2]):
        scans += [record["tracking"], "HS:REASON:DAMAGED"]
        if number == 0:
            photo_for[len(scans)] = record["tracking"]
            scans.append(photo)
        scans.append("HS:DONE")
    destination = records[3]["destination"]["code"]
    scans += [f"HS:LOGIN:{DISPATCHER}", "HS:STATION:CONSOLIDATE", "HS:CONTAINER"]
    scans += [r["tracking"] for r in records[3:] if r["destination"]["code"] == destination]
    scans += ["HS:WEIGH", "HS:DONE"]
    return scans, photo_for


def run_shift(work: Path, parcels: int, central: Any, printer: Any, scale_url: str, photo: Path) -> Shift:
    seed = work / "seed"
    make_seed(seed)
    records = list(demo_manifest(parcels, hub=HUB))
    pulled = list(demo_manifest(max(parcels // 2, 1), hub=HUB, start=30_000_000))
    central.load_preadvice(pulled)
    manifest = work / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in records))
    config = station_config(work, central.url, printer.url, scale_url)
    env = {**os.environ, "HUBSCAN_CENTRAL_TOKEN": central.token(HUB, WS)}
    disk = LazyMount(seed, work / "mnt", work)
    try:
        station = Station(disk, config, env, printer)
        station.command("manifest", "import", str(manifest))
        station.acks.append(Ack(disk.count, "import"))
        station.command("sync")
        station.acks.append(Ack(disk.count, "pull"))
        pull_cursor = json.loads(station.command("sync", "status", "--json").stdout)["manifest_cursor"]
        scans, photo_for = scans_for(records, photo)
        answers = station.session(scans, photo_for)
        station.command("sync")
        station.acks.append(Ack(disk.count, "push"))
        deadline = time.monotonic() + 30
        while len(printer.jobs) < 2 and time.monotonic() < deadline:  # the bag's label and the connote
            time.sleep(0.05)
        station.note_labels()
    finally:
        log = disk.unmount()
    stamp_answers(station.acks, log, ANSWERS)
    assert len(printer.jobs) >= 2, "the bag's label and the connote never reached the printer"
    codes = Counter(answer["code"] for answer in answers)
    for wanted in ("receive.ok", "process.done", "reject.done", "container.weighed", "consolidate.closed"):
        assert codes[wanted], f"the shift never reached {wanted}: {codes}"
    with central.engine.connect() as connection:
        taken = connection.execute(select(events_t.c.id, events_t.c.seq).where(events_t.c.workstation == WS))
        sent = {(row.id, row.seq) for row in taken}
    assert sent, "the push took nothing to the central service"
    return Shift(
        seed,
        log,
        station.acks,
        station.labels,
        [r["tracking"] for r in records],
        [r["tracking"] for r in pulled],
        pull_cursor,
        sent,
    )
