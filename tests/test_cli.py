import json
from pathlib import Path

import pytest
from clihelp import hubscan, session
from conftest import hand_over, sscc

from hubscan.services.demo import demo_manifest

BADGES = {"staff": "OP1001", "supervisor": "OP2001", "dispatcher": "OP3001"}


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "station.db"
    done = hubscan(db, "demo", "--count", "40")
    assert done.returncode == 0, done.stderr
    assert "40 pre-advised returns" in done.stdout
    return db


def test_a_whole_day_through_hubscan_session(demo_db: Path) -> None:
    day = list(demo_manifest(40, hub="HUB"))
    paris = [r for r in day if r["destination"]["code"] == "FR-PAR-RTN"][:3]
    keep, reject = paris[:2], paris[2]

    def items(record: dict) -> list[str]:  # type: ignore[type-arg]
        return [item["barcode"] for item in record["items"] for _ in range(item["qty"])]

    staff = session(demo_db, [r["tracking"] for r in paris], "--operator", BADGES["staff"], "--station", "receive")
    assert [o["code"] for o in staff] == ["receive.ok"] * 3
    assert all(o["status"] == "Depot Scan" for o in staff)

    scans = ["HS:STATION:PROCESS"]
    for record in keep:
        scans += [record["tracking"], *items(record), "HS:DONE"]
    processed = session(demo_db, scans, "--operator", BADGES["staff"])
    assert [o["code"] for o in processed if o["scan"] == "HS:DONE"] == ["process.done", "process.done"]

    supervisor = session(
        demo_db,
        ["HS:STATION:REJECT", reject["tracking"], "HS:HOLD", "HS:RELEASE", "HS:REASON:DAMAGED", "HS:DONE"],
        "--operator",
        BADGES["supervisor"],
    )
    assert [o["code"] for o in supervisor] == [
        "station.changed",
        "reject.parcel",
        "hold.on",
        "hold.off",
        "reject.reason",
        "reject.done",
    ]

    dispatch = session(
        demo_db,
        [*(r["tracking"] for r in paris), "HS:WEIGH", "HS:DONE", *hand_over(sscc(1, "01"))],
        "--operator",
        BADGES["dispatcher"],
        "--station",
        "consolidate",
    )
    assert [o["code"] for o in dispatch] == [
        "consolidate.opened_added",
        "consolidate.added",
        "consolidate.rejected",
        "container.weighed",
        "consolidate.closed",
        "handover.opened",
        "handover.loaded",
        "handover.closed",
    ]
    weighed = dispatch[3]
    assert weighed["scan"] == "HS:WEIGH" and "12.400 kg, 2 parcel(s)" in weighed["message"]
    connote = dispatch[4]["message"].split()[1].rstrip(":")

    events = [json.loads(line) for line in hubscan(demo_db, "events").stdout.splitlines()]
    kinds = [(e["type"], e["tracking"]) for e in events if e["tracking"]]
    for record in paris:
        assert ("DepotScan", record["tracking"]) in kinds
    for record in keep:
        assert ("ReturnProcessed", record["tracking"]) in kinds
        exported = [e for e in events if e["type"] == "ReturnExported" and e["tracking"] == record["tracking"]]
        assert exported[0]["payload"]["connote"] == connote
        assert exported[0]["synced"] is False
    assert ("ReturnRejected", reject["tracking"]) in kinds
    assert ("ParcelHeld", reject["tracking"]) in kinds
    assert {"id", "type", "tracking", "occurred_at", "station", "operator", "payload", "synced"} <= events[0].keys()


def test_json_line_has_the_documented_fields(demo_db: Path) -> None:
    line = session(demo_db, ["HS:WHAT"], "--operator", "OP1001")[0]
    assert line == {
        "scan": "HS:WHAT",
        "station": "receive",
        "result": "error",
        "code": "scan.unknown_command",
        "message": "Unknown command HS:WHAT. Use the station's command sheet.",
        "tracking": None,
        "status": None,
    }


def test_unknown_operator_option_is_a_clear_error(demo_db: Path) -> None:
    done = hubscan(demo_db, "session", "--operator", "OP7777", stdin="RR100000003BE\n")
    assert done.returncode == 2 and "OP7777 is not known" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_manifest_import_reports_bad_lines_and_keeps_nothing(tmp_path: Path) -> None:
    manifest = tmp_path / "preadvice.jsonl"
    records = [json.dumps(r) for r in demo_manifest(3)]
    manifest.write_text("\n".join([records[0], '{"tracking": "RR100000017DE"}', records[2]]) + "\n")
    done = hubscan(tmp_path / "m.db", "manifest", "import", str(manifest))
    assert done.returncode == 1
    assert f"{manifest}:2:" in done.stderr and '"retailer" is missing' in done.stderr
    assert "nothing imported" in done.stderr and "Traceback" not in done.stderr
    assert hubscan(tmp_path / "m.db", "events").stdout == ""
    manifest.write_text("\n".join(records) + "\n")
    ok = hubscan(tmp_path / "m.db", "manifest", "import", str(manifest))
    assert ok.returncode == 0 and "imported 3 returns" in ok.stdout


def test_bad_config_is_named_without_a_traceback(tmp_path: Path) -> None:
    config = tmp_path / "hubscan.toml"
    config.write_text('hub_id = "sydney"\n')
    done = hubscan(tmp_path / "c.db", "events", config=config)
    assert done.returncode == 2 and "hub_id" in done.stderr and "3 upper-case" in done.stderr
    assert "Traceback" not in done.stderr
    config.write_text('hub_id = "SYD"\ncolour = "blue"\n')
    done = hubscan(tmp_path / "c.db", "events", config=config)
    assert done.returncode == 2 and "colour" in done.stderr


def test_configured_hub_goes_into_connotes(tmp_path: Path) -> None:
    config = tmp_path / "hubscan.toml"
    config.write_text('hub_id = "SYD"\nworkstation_id = "07"\n[reject_reasons]\nSMELLY = "Smells"\n')
    db = tmp_path / "s.db"
    assert hubscan(db, "demo", "--count", "4", config=config).returncode == 0
    record = next(demo_manifest(1, hub="SYD"))
    scans = [record["tracking"], "HS:STATION:REJECT", record["tracking"], "HS:REASON:DAMAGED", "HS:REASON:SMELLY"]
    out = session(db, scans, "--operator", "OP9001", config=config)
    assert [o["code"] for o in out][-2:] == ["reject.unknown_reason", "reject.reason"]


def test_gui_without_a_display_says_so(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "hubscan", "--db", str(tmp_path / "g.db"), "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "no display" in done.stderr and "Traceback" not in done.stderr


def test_a_supervisors_resolutions_through_hubscan_session(demo_db: Path) -> None:
    """Headless, with stable codes: an item rejected at process, a parcel that was not
    pre-advised found by its return's SKU and linked, one given its return at the hub
    with the order number read off it, and a bad retailer refused."""
    day = list(demo_manifest(40, hub="HUB"))
    first, second = day[0], day[1]
    stranger, another = "CX880000012DE", "CX880000026DE"
    received = session(demo_db, [stranger, another], "--operator", BADGES["supervisor"], "--station", "receive")
    assert [o["code"] for o in received] == ["receive.unexpected", "receive.unexpected"]
    destination = first["destination"]["code"]
    words = session(
        demo_db,
        [
            stranger,
            f"HS:LINK:{first['tracking']}",
            another,
            f"HS:CREATE:{destination} No Such Retailer",
            f"HS:CREATE:{destination} order=SO-1 type=EXCHANGE",
            "HS:STATION:PROCESS",
            second["tracking"],
        ],
        "--operator",
        BADGES["supervisor"],
    )
    assert [o["code"] for o in words] == [
        "receive.repeat",
        "link.done",
        "receive.repeat",
        "create.unknown_retailer",
        "create.done",
        "station.changed",
        "process.not_received",
    ]
    items = [item["barcode"] for item in first["items"] for _ in range(item["qty"])]
    process = session(
        demo_db,
        ["HS:STATION:PROCESS", stranger, items[0], "HS:REJECTITEM:DAMAGED", *items[1:], "HS:DONE"],
        "--operator",
        BADGES["staff"],
    )
    codes = [o["code"] for o in process]
    assert codes[:4] == ["station.changed", "process.started", "process.item_ok", "process.item_rejected"]
    assert codes[-1] == "process.done" and "1 item(s) rejected" in process[-1]["message"]
    events = [json.loads(line) for line in hubscan(demo_db, "events").stdout.splitlines()]
    processed = next(e for e in events if e["type"] == "ReturnProcessed" and e["tracking"] == stranger)
    assert [item["reason"] for item in processed["payload"]["rejected_items"]] == ["DAMAGED"]
    assert any(e["type"] == "ReturnLinked" and e["payload"]["preadvice"] == first["tracking"] for e in events)
