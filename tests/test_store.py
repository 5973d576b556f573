import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from conftest import PARIS_1, STAFF, small_manifest
from sqlalchemy import insert, text

from hubscan.services.demo import demo_manifest
from hubscan.store import manifest, syncstate
from hubscan.store.database import StoreError
from hubscan.store.models import Base, outbox_table
from hubscan.store.rawsql import RawStatement
from hubscan.store.store import LocalStore


def test_every_connection_is_wal_with_full_sync(store: LocalStore) -> None:
    for engine in (store.writer, store.reader):
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_migrations_build_exactly_the_models(store: LocalStore) -> None:
    with store.reader.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.parametrize("table", ["events", "scans"])
def test_audit_tables_are_append_only(store: LocalStore, desk, table: str) -> None:  # type: ignore[no-untyped-def]
    desk.scan("OP1001")
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(f"UPDATE {table} SET station = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(f"DELETE FROM {table}")
    raw.close()


def test_database_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    LocalStore(db_path, "SYD", "07").close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer HubScan"):
        LocalStore(db_path, "SYD", "07")
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("shopping list\n" * 200)
    with pytest.raises(StoreError, match=r"notes\.db"):
        LocalStore(bogus, "SYD", "07")


def test_core_runs_where_qt_sqlalchemy_requests_and_serial_cannot_be_imported() -> None:
    """napari's headless check: the core must not need any of the heavy parts."""
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "sqlalchemy", "alembic", "requests", "serial", "platformdirs"}:
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        import hubscan.core
        for info in pkgutil.walk_packages(hubscan.core.__path__, "hubscan.core."):
            importlib.import_module(info.name)
        from hubscan.core.scan import ScanClassifier
        from hubscan.core.connote import make_connote
        assert ScanClassifier().classify("RR123456785AU").value == "RR123456785AU"
        print(make_connote("SYD", "07", 1))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CNSYD07")


def test_schema_head_constant_matches_the_migrations(store: LocalStore) -> None:
    from alembic.script import ScriptDirectory

    from hubscan.store.migrate import SCHEMA_HEAD, alembic_config, current_revision

    assert ScriptDirectory.from_config(alembic_config(store.writer)).get_current_head() == SCHEMA_HEAD
    assert current_revision(store.writer) == SCHEMA_HEAD


def test_background_checkpoint_moves_scans_into_the_database_file(store: LocalStore, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with store.writer.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0  # never inside a scan
    desk.scan("OP1001")
    store.close()  # the checkpointer's last round runs on close
    alone = tmp_path / "main-file-only.db"
    alone.write_bytes(store.path.read_bytes())  # without the -wal file
    raw = sqlite3.connect(alone)
    assert raw.execute("SELECT raw FROM scans").fetchall() == [("OP1001",)]
    raw.close()


def _wal_header(store: LocalStore) -> bytes:
    """The WAL header: its salts change each time the WAL restarts from the top."""
    with open(f"{store.path}-wal", "rb") as wal:
        return wal.read(32)


def test_the_checkpoint_restarts_the_wal_so_the_next_scan_only_appends(store: LocalStore, desk) -> None:  # type: ignore[no-untyped-def]
    """The first commit into a restarted WAL fsyncs a new header before its frames: the
    upkeep takes that on after a complete checkpoint, so a scan seconds after the last
    (a person scanning) makes one fsync, not two. Idle, the upkeep writes nothing."""
    from hubscan.store.checkpoint import WalUpkeep

    assert store.checkpointer is not None
    store.checkpointer.stop()  # the upkeep runs here, step by step
    upkeep = WalUpkeep(store.path)
    try:
        desk.scan(STAFF)
        before = _wal_header(store)
        upkeep.run()
        restarted = _wal_header(store)
        assert restarted != before
        desk.scan(PARIS_1)
        assert _wal_header(store) == restarted  # the scan appended behind the upkeep's restart
        upkeep.run()
        idle = Path(f"{store.path}-wal").read_bytes(), store.path.read_bytes()
        upkeep.run()
        upkeep.run()
        assert (Path(f"{store.path}-wal").read_bytes(), store.path.read_bytes()) == idle
    finally:
        upkeep.close()
    with store.reading() as connection:
        assert connection.exec_driver_sql("SELECT raw FROM scans ORDER BY id").scalars().all() == [STAFF, PARIS_1]
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == 0


def test_a_helper_process_store_checkpoints_after_each_of_its_transactions(store: LocalStore, tmp_path: Path) -> None:
    """The manifest pull's writes reach the database file in small steps of its own,
    not left in the WAL for the scans' commits and the once-a-second checkpoint."""
    store.close()  # no background checkpointer from here on
    helper = LocalStore.helper(store.path, store.hub_id, store.workstation_id, store.foreground_flag)
    try:
        record = {**small_manifest()[0], "tracking": "RR900000003GB"}
        assert manifest.apply_manifest_page(helper, [record], cursor=7) == (1, 0)
        alone = tmp_path / "main-file-only.db"
        alone.write_bytes(store.path.read_bytes())  # before the last connection closes
    finally:
        helper.close()
    raw = sqlite3.connect(alone)
    assert raw.execute("SELECT tracking FROM returns WHERE tracking = 'RR900000003GB'").fetchall() == [
        ("RR900000003GB",)
    ]
    assert raw.execute("SELECT value FROM sync_state WHERE key = 'manifest_cursor'").fetchall() == [("7",)]
    raw.close()


def test_a_manifest_page_written_while_scans_keep_coming_is_written_whole_and_once(store: LocalStore) -> None:
    """Each scan makes the pull roll back its transaction and write it again smaller:
    every return must still arrive once, with its lines, and the cursor with the last."""
    records = list(demo_manifest(3000, hub="LHR", start=40_000_000))
    done = threading.Event()

    def scans_keep_coming() -> None:
        while not done.is_set():
            with store.foreground():
                time.sleep(0.001)
            time.sleep(0.0005)

    scanner = threading.Thread(target=scans_keep_coming)
    scanner.start()
    try:
        assert manifest.apply_manifest_page(store, records, cursor=3000) == (3000, 0)
    finally:
        done.set()
        scanner.join()
    trackings = [r["tracking"] for r in records]
    lines = sum(len(r["items"]) for r in records)
    with store.reading() as connection:
        marks = ",".join("?" * len(trackings))
        returns = connection.exec_driver_sql(
            f"SELECT count(*) FROM returns WHERE tracking IN ({marks})", tuple(trackings)
        )
        assert returns.scalar_one() == 3000
        stored = connection.exec_driver_sql(
            f"SELECT count(*) FROM expected_lines WHERE tracking IN ({marks})", tuple(trackings)
        )
        assert stored.scalar_one() == lines
    assert syncstate.get_state(store)["manifest_cursor"] == "3000"


def test_upgrading_an_older_database_takes_a_backup_first(tmp_path: Path) -> None:
    from alembic import command

    from hubscan.store.database import make_engine
    from hubscan.store.migrate import SCHEMA_HEAD, alembic_config

    path = tmp_path / "old.db"
    engine = make_engine(path, immediate=False)
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    LocalStore(path, "SYD", "07").close()
    backups = list(tmp_path.glob("old.db.*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()
    new = sqlite3.connect(path)
    assert new.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    new.close()


def test_a_raw_insert_refuses_a_value_for_a_column_it_does_not_set() -> None:
    statement = RawStatement(insert(outbox_table), ["seq", "attempts"])
    with pytest.raises(ValueError, match="last_error"):
        statement.run(None, {"seq": 1, "attempts": 0, "last_error": "dropped"})  # type: ignore[arg-type]


def test_an_upgraded_database_indexes_only_the_returns_in_a_consolidation(tmp_path: Path) -> None:
    from alembic import command

    from hubscan.store.database import make_engine
    from hubscan.store.ledger import _MEMBERS
    from hubscan.store.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = make_engine(path, immediate=False)
    command.upgrade(alembic_config(engine), "0006")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO consolidations (id, destination, opened_at, opened_by) VALUES (7, 'D', 'x', 'OP1')")
    raw.executemany(
        "INSERT INTO returns (tracking, status, faulty, unexpected, on_hold, consolidation_id)"
        " VALUES (?, 'x', 0, 0, 0, ?)",
        [(f"RR{n:09d}", 7 if n % 100 == 0 else None) for n in range(1000)],
    )
    raw.commit()
    raw.close()
    store = LocalStore(path, "SYD", "07")
    try:
        with store.unit_of_work() as ledger:
            assert ledger.consolidation_members(7) == [f"RR{n:09d}" for n in range(0, 1000, 100)]
            assert ledger.consolidation_size(7) == 10
        with store.reading() as connection:
            members_sql = str(_MEMBERS.compile(dialect=connection.dialect))
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + members_sql, (7,)).all()
            assert any("ix_returns_consolidation_id" in str(step) for step in plan)
            definition = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_returns_consolidation_id'"
            ).scalar_one()
            assert definition.endswith("WHERE consolidation_id IS NOT NULL")
    finally:
        store.close()


def test_a_driver_error_is_raised_as_sqlalchemys_and_the_transaction_writes_nothing(store: LocalStore) -> None:
    from sqlalchemy.exc import IntegrityError

    from hubscan.store.rawsql import run_many

    with store.reader.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM outbox")).scalar()
    one = RawStatement(insert(outbox_table), ["seq", "attempts"])
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.writer.begin() as connection:
        one.run(connection, {"seq": 10**9, "attempts": 0})
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.writer.begin() as connection:
        run_many(connection, "INSERT INTO outbox (seq, attempts) VALUES (?, ?)", [(10**9 + 1, 0), (10**9 + 2, 0)])
    with store.reader.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM outbox")).scalar() == before
