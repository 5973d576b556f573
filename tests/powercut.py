"""A shift's work on a power-cut filesystem (``lazyfs.py``), and what must hold on the
disk every cut could leave.

``run_shift`` mounts the filesystem over a station's folder whose database is one schema
behind, then works as a bench does, each step through the real program: ``hubscan
manifest import`` (which first migrates, with its backup), ``hubscan sync`` (the pull
of pre-advice from the real central service), a ``hubscan session`` that receives,
processes, rejects with a photo kept as evidence, packs, weighs on the pty balance and
closes (labels to a printer on loopback, the parcel list to the papers folder; the WAL
checkpointer runs once a second meanwhile), and ``hubscan sync`` again (the push). Every
acknowledgement (a JSON line, an import's or a sync's success) and every label the
printer got is stamped with the count of filesystem operations by then.

``check_cut`` then takes the disk a cut just before operation N leaves and checks it: the
database passes ``PRAGMA integrity_check``; every scan acknowledged before N is in it;
an import acknowledged is whole; a photo acknowledged is kept, whole; every connote and
SSCC a label carried is known (so neither is handed out again); the outbox and the
returns agree with the events; a migrated database has its backup beside it; papers
printed are whole; and the station starts on it (opened as at a restart, migrating if
the cut came first, and answering a scan). It returns the repairs the restart makes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazyfs import ROOT, Control, Disk, Op, sync_points

from hubscan.core.policy import HubPolicy
from hubscan.core.records import EventType
from hubscan.core.status import Status
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.evidence import keep_photo
from hubscan.services.scanning import ScanRecorder
from hubscan.store.database import make_engine
from hubscan.store.migrate import SCHEMA_HEAD, alembic_config
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

HUB, WS = "SYD", "07"
POLICY = HubPolicy(hub_id=HUB, workstation_id=WS, gs1_company_prefix="9528765")
OLD_SCHEMA = "0013"
DB = "station.db"
LAZYFS = Path(__file__).with_name("lazyfs.py")
STAFF, SUPERVISOR, DISPATCHER = (op.badge for op in DEMO_OPERATORS[:3])
CONNOTE = re.compile(rb"\^FD(CN[A-Z0-9]{6,})\^FS")
BEFORE_HUB = ", ".join(f"'{s.value}'" for s in (Status.CREATED, Status.IN_TRANSIT, Status.TRANSFERRED))
SSCC = re.compile(rb"\(00\) (\d) (\d{7}) (\d{9}) (\d)")


class LazyMount:
    """``lazyfs.py`` mounted on ``mount`` with ``seed``'s files, in its own process."""

    def __init__(self, seed: Path, mount: Path, work: Path) -> None:
        self.mount = mount
        self.log_path = work / "lazyfs.log"
        mount.mkdir(parents=True, exist_ok=True)
        work.mkdir(parents=True, exist_ok=True)
        control = work / "lazyfs.control"
        self.control = Control(control, create=True)
        self.process = subprocess.Popen(
            [sys.executable, str(LAZYFS), str(mount), str(seed), str(self.log_path), str(control)]
        )
        deadline = time.monotonic() + 30
        while not os.path.ismount(mount):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the power-cut filesystem did not mount")
            time.sleep(0.02)

    @property
    def count(self) -> int:
        return self.control.count

    def unmount(self) -> list[Op]:
        deadline = time.monotonic() + 30
        while subprocess.run(["fusermount3", "-u", str(self.mount)], capture_output=True).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError(f"cannot unmount {self.mount}")
            time.sleep(0.1)
        self.process.wait(30)
        self.control.close()
        import pickle

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
    for name in os.listdir(seed):
        if name != DB:
            os.unlink(seed / name)


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
        as evidence (as the window does) and then name with HS:EVIDENCE."""
        session = Session(self)
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
    """``hubscan session`` on the mount: one scan in, its answer (acknowledged) out."""

    def __init__(self, station: Station) -> None:
        self.station = station
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
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=station.env,
        )

    def scan(self, raw: str) -> dict[str, Any]:
        """The answer; kept as an acknowledgement unless the disk was cut meanwhile."""
        assert self.process.stdin and self.process.stdout and self.process.stderr
        self.process.stdin.write(raw.encode() + b"\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"the session ended at {raw!r}: {self.process.stderr.read().decode()}")
        answer: dict[str, Any] = json.loads(line)
        count, _, frozen = self.station.disk.control.read()
        if not frozen:
            self.station.acks.append(Ack(count, "scan", answer))
        self.station.note_labels()
        return answer

    def end(self, kill: bool = False) -> None:
        assert self.process.stdin and self.process.stdout and self.process.stderr
        if kill:
            self.process.kill()
        else:
            self.process.stdin.close()
        code = self.process.wait(120)
        error = self.process.stderr.read().decode()
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            pipe.close()
        if code and not kill:
            raise AssertionError(f"the session failed: {error}")


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
    codes = Counter(answer["code"] for answer in answers)
    for wanted in ("receive.ok", "process.done", "reject.done", "container.weighed", "consolidate.closed"):
        assert codes[wanted], f"the shift never reached {wanted}: {codes}"
    return Shift(
        seed,
        log,
        station.acks,
        station.labels,
        [r["tracking"] for r in records],
        [r["tracking"] for r in pulled],
    )


def check_every_cut(shift: Shift, out: Path, every: int = 1) -> tuple[int, Counter[str]]:
    """Cut just before every ``every``-th sync of the shift's log, check each disk (written
    to ``out``); returns the count of cuts and the repairs the restarts made."""
    points = sync_points(shift.log)[::every]
    disk = Disk(shift.seed)
    done = 0
    repairs: Counter[str] = Counter()
    for point in points:
        for op in shift.log[done:point]:
            disk.apply(op)
        done = point
        disk.write_durable(out)
        repairs.update(check_cut(out, point, shift).repairs)
    return len(points), repairs


def syncs_by_file(shift: Shift) -> Counter[str]:
    """How many syncs the shift made of each file (by the name it was created under) and
    folder: where the cut points fall."""
    names = {ROOT: "/"}
    seed = Disk(shift.seed)
    for node in seed.live.values():
        names.update({child: name for name, child in node.children.items()})
    for op in shift.log:
        if op[0] in ("create", "mkdir"):
            names[op[3]] = op[2] + ("/" if op[0] == "mkdir" else "")
    return Counter(
        (names[op[1]] + " (folder)" if op[0] == "fsyncdir" else names[op[1]])
        for op in shift.log
        if op[0] in ("fsync", "fsyncdir")
    )


@dataclass
class CutReport:
    repairs: Counter[str] = field(default_factory=Counter)


def check_cut(folder: Path, cut: int, shift: Shift) -> CutReport:
    """What must hold on the disk a cut just before operation ``cut`` left in ``folder``;
    an AssertionError names the first thing that does not."""
    acks = [ack for ack in shift.acks if ack.at <= cut]
    report = CutReport()
    db = folder / DB
    assert db.exists(), f"cut {cut}: the database is gone"
    raw = sqlite3.connect(db)
    try:
        where = f"cut {cut}"
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",), where
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        _acknowledged_kept(raw, folder, acks, shift, where)
        _numbers_known(raw, [label for at, label in shift.labels if at <= cut], where)
        if version == SCHEMA_HEAD:
            _events_agree(raw, where)
            _backup_kept(folder, where)
            report.repairs.update(_papers_whole(raw, folder, where))
        else:
            assert version == OLD_SCHEMA, where
            report.repairs["migration done again at the start"] += 1
        if any(ack.kind == "pull" for ack in acks):
            present = {row[0] for row in raw.execute("SELECT tracking FROM returns")}
            if not set(shift.pulled) <= present:
                report.repairs["pre-advice pulled again (its commits are not made durable)"] += 1
        printed = b"".join(label for at, label in shift.labels if at <= cut)
        for (reference,) in raw.execute("SELECT reference FROM print_jobs WHERE status = 'pending'"):
            if reference.encode() in printed:
                report.repairs["a label printed again (its job's end is not made durable)"] += 1
    finally:
        raw.close()
    _station_starts(db, where)
    return report


def _acknowledged_kept(raw: sqlite3.Connection, folder: Path, acks: list[Ack], shift: Shift, where: str) -> None:
    # A weighing's answer is journaled as what the scale showed ("scale: 12.40 kg"); the
    # session prints it as the answer to the HS:WEIGH that asked.
    scans = Counter(
        ("HS:WEIGH" if journaled.startswith("scale: ") else journaled, code)
        for journaled, code in raw.execute("SELECT raw, code FROM scans")
    )
    wanted = Counter((ack.detail["scan"], ack.detail["code"]) for ack in acks if ack.kind == "scan")
    missing = wanted - scans
    assert not missing, f"{where}: acknowledged scans lost: {list(missing)[:5]}"
    if any(ack.kind == "import" for ack in acks):
        present = {row[0] for row in raw.execute("SELECT tracking FROM returns")}
        lost = [t for t in shift.imported if t not in present]
        assert not lost, f"{where}: an acknowledged import lost {len(lost)} returns"
    for ack in acks:
        if ack.kind == "photo":
            digest, name = ack.detail["kept"].split(" ", 1)
            photo = folder / "evidence" / name
            assert photo.exists(), f"{where}: the photo {name} acknowledged is gone"
            assert hashlib.sha256(photo.read_bytes()).hexdigest() == digest, f"{where}: the photo {name} is not whole"


def _numbers_known(raw: sqlite3.Connection, labels: list[bytes], where: str) -> None:
    """Every connote and SSCC on a label printed before the cut is in the database, so
    the station never hands the same number out again."""
    connotes = {row[0] for row in raw.execute("SELECT connote FROM consolidations WHERE connote IS NOT NULL")}
    ssccs = {row[0] for row in raw.execute("SELECT sscc FROM containers")}
    for label in labels:
        for connote in CONNOTE.findall(label):
            assert connote.decode() in connotes, f"{where}: connote {connote.decode()} printed, then forgotten"
        for parts in SSCC.findall(label):
            sscc = b"".join(parts).decode()
            assert sscc in ssccs, f"{where}: SSCC {sscc} printed, then forgotten"


def _events_agree(raw: sqlite3.Connection, where: str) -> None:
    """Each event has its one place in the outbox, and the returns' states follow them."""
    queued = {seq for (seq,) in raw.execute("SELECT seq FROM outbox")}
    outbound = {seq for seq, kind in raw.execute("SELECT seq, type FROM events") if EventType(kind).outbound}
    assert queued == outbound, f"{where}: events not queued {outbound - queued}, queued wrongly {queued - outbound}"
    unreceived = raw.execute(
        "SELECT count(*) FROM events JOIN returns USING (tracking) "
        f"WHERE events.type = 'DepotScan' AND returns.status IN ({BEFORE_HUB})"
    ).fetchone()[0]
    assert unreceived == 0, f"{where}: {unreceived} returns received by an event but still expected"
    unexplained = raw.execute(
        f"SELECT count(*) FROM returns WHERE status NOT IN ({BEFORE_HUB}) AND tracking NOT IN "
        "(SELECT tracking FROM events WHERE tracking IS NOT NULL)"
    ).fetchone()[0]
    assert unexplained == 0, f"{where}: {unexplained} returns moved on without an event"


def _backup_kept(folder: Path, where: str) -> None:
    backups = sorted(folder.glob(f"{DB}.*.bak"))
    assert backups, f"{where}: migrated, but the backup made first is gone"
    copy = sqlite3.connect(backups[-1])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"{where}: the backup is damaged"
        version = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (OLD_SCHEMA,), f"{where}: the backup is not the database before the migration"
    finally:
        copy.close()


def _papers_whole(raw: sqlite3.Connection, folder: Path, where: str) -> Counter[str]:
    repairs: Counter[str] = Counter()
    for reference, status in raw.execute("SELECT reference, status FROM print_jobs WHERE kind = 'parcel_list'"):
        pdf = folder / "papers" / f"{reference}-parcel-list.pdf"
        if status == "printed":
            assert pdf.exists(), f"{where}: the parcel list of {reference} printed, but its file is gone"
        if pdf.exists():
            data = pdf.read_bytes()
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), f"{where}: {pdf.name} is cut short"
        elif status != "printed":
            repairs["parcel list written again"] += 1
    return repairs


def _station_starts(db: Path, where: str) -> None:
    """Open the store as a restart does (migrating if the cut came before) and scan."""
    store = LocalStore(db, HUB, WS)
    try:
        answer = ScanRecorder(store, POLICY).scan(f"HS:LOGIN:{STAFF}")
        assert answer.ok, f"{where}: the station started but refused a login: {answer.message}"
    finally:
        store.close()
    raw = sqlite3.connect(db)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"{where}: damaged by the restart"
    finally:
        raw.close()
