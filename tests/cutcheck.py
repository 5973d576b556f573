"""What must hold on the disk a power cut leaves (the shift of ``powercut.py``).

``check_cut`` takes the disk a cut just before operation N leaves and checks it: the
database passes ``PRAGMA integrity_check``; every scan acknowledged before N is in it;
an import acknowledged is whole; a photo acknowledged is kept, whole; every connote and
SSCC a label carried is known (so neither is handed out again); the outbox and the
returns agree with the events; a migrated database has its backup beside it; papers
printed are whole; and the station starts on it (opened as at a restart, migrating if
the cut came first, and answering a scan). It returns the repairs the restart makes.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lazyfs import ROOT, Disk, sync_points
from powercut import DB, HUB, OLD_SCHEMA, STAFF, WS, Ack, Shift

from hubscan.core.policy import HubPolicy
from hubscan.core.records import EventType
from hubscan.core.status import Status
from hubscan.services.scanning import ScanRecorder
from hubscan.store.migrate import SCHEMA_HEAD
from hubscan.store.store import LocalStore

POLICY = HubPolicy(hub_id=HUB, workstation_id=WS, gs1_company_prefix="9528765")
CONNOTE = re.compile(rb"\^FD(CN[A-Z0-9]{6,})\^FS")
BEFORE_HUB = ", ".join(f"'{s.value}'" for s in (Status.CREATED, Status.IN_TRANSIT, Status.TRANSFERRED))
SSCC = re.compile(rb"\(00\) (\d) (\d{7}) (\d{9}) (\d)")


def check_every_cut(shift: Shift, out: Path, every: int = 1) -> tuple[int, Counter[str]]:
    """Cut just before every ``every``-th sync of the shift's log, and after its last
    operation; check each disk (written to ``out``, the last one left there); returns the
    count of cuts and the repairs the restarts made."""
    points = [*sync_points(shift.log)[::every], len(shift.log)]
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
                # The pull's commits are NORMAL: one lost takes its cursor back with it.
                cursor = raw.execute("SELECT value FROM sync_state WHERE key = 'manifest_cursor'").fetchone()
                assert int(cursor[0] if cursor else 0) < shift.pull_cursor, f"{where}: pre-advice lost for good"
                report.repairs["pre-advice pulled again (its commits are not made durable)"] += 1
        if any(ack.kind == "push" for ack in acks):
            kept = {row for row in raw.execute("SELECT id, seq FROM events")}
            lost = shift.sent - kept
            assert not lost, f"{where}: {len(lost)} events the central service took are gone, their numbers free"
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
