"""``hubscan doctor`` on real parts: a pty scanner, a loopback Zebra-like printer, the
real central service under uvicorn. It must tell a broken printer, a missing scanner
and an unreachable central service apart, each with what to do."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from central import CentralService, free_port
from fakeprinter import LoopbackPrinter
from ptyport import PtyScanner
from ptyscale import PtyScale

from hubscan.services.demo import demo_manifest


def doctor(tmp_path: Path, config: str, *options: str, env: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "hubscan.toml"
    path.write_text(config)
    command = [sys.executable, "-m", "hubscan", "--db", str(tmp_path / "hubscan.db"), "--config", str(path)]
    done = subprocess.run(
        [*command, "doctor", "--json", *options],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout)


def by_name(report: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {check["name"]: check for check in report["checks"]}


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    device = LoopbackPrinter()
    yield device
    device.close()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    yield central
    central.close()


def _station(tmp_path: Path) -> None:
    config = ["--config", str(tmp_path / "hubscan.toml")] if (tmp_path / "hubscan.toml").exists() else []
    done = subprocess.run(
        [sys.executable, "-m", "hubscan", "--db", str(tmp_path / "hubscan.db"), *config, "demo", "--count", "3"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0


def config_text(printer: str, scanner: str, central: str, scale: str = "") -> str:
    return (
        f'hub_id = "SYD"\nworkstation_id = "07"\n[printer]\nurl = "{printer}"\n'
        f'[scanner]\nurl = "{scanner}"\n[scale]\nurl = "{scale}"\n[central]\nurl = "{central}"\n'
    )


def test_a_healthy_station_passes_every_check(
    tmp_path: Path, printer: LoopbackPrinter, service: CentralService
) -> None:
    _station(tmp_path)
    scanner = PtyScanner(tmp_path / "scanner")
    balance = PtyScale(tmp_path / "scale")
    try:
        token = {"HUBSCAN_CENTRAL_TOKEN": service.token("SYD", "07")}
        text = config_text(printer.url, str(scanner.link), service.url, str(balance.link))
        status, report = doctor(tmp_path, text, env=token)
    finally:
        scanner.unplug()
        balance.unplug()
    checks = by_name(report)
    assert status == 0 and report["ok"] is True
    assert {name: c["status"] for name, c in checks.items()} == {
        "settings": "pass",
        "database": "pass",
        "disk": "pass",
        "scanner": "pass",
        "scale": "pass",
        "printer": "pass",
        "papers": "pass",
        "queue": "pass",
        "central": "pass",
        "clock": "pass",
    }
    assert "schema" in checks["database"]["found"] and "token accepted" in checks["central"]["found"]
    assert "answers: 0.00 kg on it" in checks["scale"]["found"]


def test_printer_scanner_and_central_faults_are_told_apart(tmp_path: Path, printer: LoopbackPrinter) -> None:
    _station(tmp_path)
    printer.status = "paper_out"
    closed = f"http://127.0.0.1:{free_port()}"
    status, report = doctor(
        tmp_path,
        config_text(printer.url, str(tmp_path / "ttyACM9"), closed, str(tmp_path / "ttyUSB9")),
        env={"HUBSCAN_CENTRAL_TOKEN": "t0ken"},
    )
    checks = by_name(report)
    assert status == 1 and report["ok"] is False
    assert checks["scale"]["status"] == "fail" and "plug the scale in" in checks["scale"]["action"]
    assert checks["printer"]["status"] == "fail" and "out of labels" in checks["printer"]["found"]
    assert checks["scanner"]["status"] == "fail" and "not there" in checks["scanner"]["found"]
    assert "plug the scanner in" in checks["scanner"]["action"]
    assert checks["central"]["status"] == "fail" and "unreachable" in checks["central"]["found"]
    assert "check the network" in checks["central"]["action"]
    assert checks["database"]["status"] == "pass"

    printer.status = "silent"  # a Zebra with its head open says nothing to ~HS
    status, report = doctor(tmp_path, config_text(printer.url, "", ""), "--offline")
    checks = by_name(report)
    assert checks["printer"]["status"] == "fail" and "gives no status" in checks["printer"]["found"]
    assert "close the head" in checks["printer"]["action"]
    assert checks["scanner"]["status"] == "pass" and checks["central"]["status"] == "skip"

    printer.close()  # switched off
    status, report = doctor(tmp_path, config_text(printer.url, "", ""), "--offline")
    assert "does not answer" in by_name(report)["printer"]["found"]


def test_a_papers_folder_or_office_queue_that_cannot_take_the_papers_is_named(tmp_path: Path) -> None:
    _station(tmp_path)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    text = config_text("", "", "") + f'[papers]\nfolder = "{blocked / "papers"}"\n'
    status, report = doctor(tmp_path, text, "--offline")
    papers = by_name(report)["papers"]
    assert status == 1 and papers["status"] == "fail" and "cannot be written" in papers["found"]
    assert "papers.folder" in papers["action"]
    text = config_text("", "", "") + '[papers]\nprinter = "spooler://no_such_office_queue"\n'
    status, report = doctor(tmp_path, text, "--offline", env={"CUPS_SERVER": str(tmp_path / "no-cupsd.sock")})
    papers = by_name(report)["papers"]
    assert papers["status"] == "fail" and "no_such_office_queue" in papers["found"]


def test_a_bad_token_and_clock_are_named(tmp_path: Path, service: CentralService) -> None:
    _station(tmp_path)
    config = config_text("", "", service.url)
    status, report = doctor(tmp_path, config, env={"HUBSCAN_CENTRAL_TOKEN": "not-a-token"})
    central = by_name(report)["central"]
    assert status == 1 and central["status"] == "fail" and "hubscan token set" in central["action"]
    other = service.token("MEL", "01")
    status, report = doctor(tmp_path, config, env={"HUBSCAN_CENTRAL_TOKEN": other})
    assert "another hub" in by_name(report)["central"]["action"]
    status, report = doctor(tmp_path, config, env={"HUBSCAN_CENTRAL_TOKEN": ""})
    assert "no token" in by_name(report)["central"]["found"]


def test_database_states(tmp_path: Path) -> None:
    status, report = doctor(tmp_path, config_text("", "", ""), "--offline")
    database = by_name(report)["database"]
    assert status == 0 and database["status"] == "warn" and "no database" in database["found"]
    assert not (tmp_path / "hubscan.db").exists(), "doctor must not create the database"

    _station(tmp_path)
    with sqlite3.connect(tmp_path / "hubscan.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = (tmp_path / "hubscan.db").read_bytes()
    status, report = doctor(tmp_path, config_text("", "", ""), "--offline")
    database = by_name(report)["database"]
    assert status == 1 and "newer HubScan" in database["found"] and "install" in database["action"]
    assert (tmp_path / "hubscan.db").read_bytes() == before

    (tmp_path / "hubscan.db").write_bytes(b"this is not sqlite" * 100)
    shutil.rmtree(tmp_path / "hubscan.db-wal", ignore_errors=True)
    status, report = doctor(tmp_path, config_text("", "", ""), "--offline")
    database = by_name(report)["database"]
    assert status == 1 and database["status"] == "fail" and ".bak" in database["action"]


def test_bad_settings_fail_and_the_rest_is_still_checked(tmp_path: Path) -> None:
    status, report = doctor(tmp_path, 'hub_id = "sydney"\n[printer]\ndpi = 301\n', "--offline")
    checks = by_name(report)
    assert status == 1 and checks["settings"]["status"] == "fail"
    assert "printer.dpi" in checks["settings"]["found"] and "hub_id" in checks["settings"]["found"]
    assert checks["disk"]["status"] == "pass" and checks["printer"]["status"] == "skip"


def test_an_old_queue_is_named(tmp_path: Path) -> None:
    (tmp_path / "hubscan.toml").write_text(config_text("", "", ""))
    _station(tmp_path)
    db = tmp_path / "hubscan.db"
    tracking = next(demo_manifest(1, hub="SYD"))["tracking"]
    scans = f"HS:LOGIN:OP1001\nHS:STATION:RECEIVE\n{tracking}\n"
    session = subprocess.run(
        [sys.executable, "-m", "hubscan", "--db", str(db), "--config", str(tmp_path / "hubscan.toml"), "session"],
        input=scans,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert session.returncode == 0, session.stderr
    closed = f"http://127.0.0.1:{free_port()}"
    status, report = doctor(tmp_path, config_text("", "", closed), "--offline")
    queue = by_name(report)["queue"]
    assert queue["status"] == "pass" and "1 events waiting" in queue["found"]
    with sqlite3.connect(db) as connection:  # the scan made long ago: past the append-only guard
        guards = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
        )
        triggers = guards.fetchall()
        for name, _ in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        connection.execute("UPDATE events SET occurred_at = '2026-01-01T00:00:00.000000+00:00'")
        for _, sql in triggers:
            connection.execute(sql)
    status, report = doctor(tmp_path, config_text("", "", closed), "--offline")
    queue = by_name(report)["queue"]
    assert status == 1 and queue["status"] == "fail" and "hubscan sync --once" in queue["action"]
    status, report = doctor(tmp_path, config_text("", "", ""), "--offline")
    queue = by_name(report)["queue"]
    assert queue["status"] == "warn" and "set central.url" in queue["action"]


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost, as a private CA would issue to the central service."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "central.pem", folder / "central.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_tls_the_station_does_not_trust_is_named(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    service = CentralService(f"sqlite:///{tmp_path / 'central.db'}", tls=(cert, key))
    try:
        token = {"HUBSCAN_CENTRAL_TOKEN": service.token("SYD", "07")}
        status, report = doctor(tmp_path, config_text("", "", service.url), env=token)
        central = by_name(report)["central"]
        assert status == 1 and "TLS" in central["found"] and "central.ca_bundle" in central["action"]
        trusted = config_text("", "", service.url) + f'ca_bundle = "{cert}"\n'
        status, report = doctor(tmp_path, trusted, env=token)
        central = by_name(report)["central"]
        assert central["status"] == "pass" and "TLS and token accepted" in central["found"], central
    finally:
        service.close()
