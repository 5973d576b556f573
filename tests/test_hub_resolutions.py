"""What a supervisor's word does at one bench reaches every bench of the hub (and the
other hub of a misrouted parcel), through the real central service on SQLite and on
PostgreSQL: a return created or linked at the hub, a misrouted parcel forwarded or
kept, a refused link taken back, dispositions named at another bench."""

from __future__ import annotations

import uuid
from pathlib import Path

import hubbench
import requests
from central import CentralService
from conftest import hand_over, sscc
from hubbench import HUB, MANIFEST, Bench, items_of
from sqlalchemy import func, select

from hubscan.core.status import Status
from hubscan.services.demo import s10
from hubscan.store.models import expected_lines_table
from hubscan.store.readmodels import exceptions

# The hub's central service and three benches (``hubbench``), as this module's fixtures.
service, benches = hubbench.service, hubbench.benches


def test_a_parcel_not_pre_advised_gets_its_return_at_one_bench_and_goes_on_at_the_others(
    benches: list[Bench], service: CentralService
) -> None:
    dock, packing, dispatch = benches
    stranger = s10(77_000_001, "CX", "DE")
    destination = MANIFEST[0]["destination"]["code"]
    retailer = MANIFEST[0]["retailer"]
    assert dock.scan("OP2001", stranger) == ["auth.login", "receive.unexpected"]
    # The retailer from the pre-advice; the order number and customer reference the agent read.
    assert dock.scan(f"HS:CREATE:{destination.lower()} order=SO-77 customer=C-0042") == ["create.done"]
    assert dock.scan("HS:CREATE:NOWHERE") == ["create.has_return"]
    dock.exchange()
    packing.exchange()
    seen = packing.get(stranger)
    assert (seen.unexpected, seen.retailer, seen.destination) == (False, retailer, destination)
    assert seen.facts == {"order_number": "SO-77", "customer_reference": "C-0042"}
    assert packing.scan("OP1001", "HS:STATION:PROCESS", stranger)[-1] == "process.started"
    assert packing.scan(items_of(MANIFEST[0])[0], "HS:DONE")[-1] == "process.done_discrepancy"
    packing.exchange()
    dispatch.exchange()
    assert dispatch.scan("OP3001", "HS:STATION:CONSOLIDATE", stranger)[-1] == "consolidate.opened_added"

    # The service keeps it as created at the hub, by whom; a second creation is refused.
    timeline = requests.get(
        f"{service.url}/v1/returns/{stranger}/timeline",
        headers={"Authorization": f"Bearer {service.token(HUB, '01')}"},
        timeout=10,
    ).json()
    created = [step for step in timeline["statuses"] if step["status"] == "Return Created"]
    assert created[0]["hub"] == HUB
    assert created[0]["detail"] == {
        "retailer": retailer,
        "destination": destination,
        "order_number": "SO-77",
        "customer_reference": "C-0042",
        "created_by": "OP2001",
    }
    second = {
        "id": str(uuid.uuid4()),
        "seq": 10_000,
        "type": "ReturnCreated",
        "tracking": stranger,
        "occurred_at": "2026-12-03T10:00:00+00:00",
        "station": "receive",
        "operator": "OP2001",
        "payload": {"retailer": "Someone Else", "destination": destination},
    }
    answer = requests.post(
        f"{service.url}/v1/events",
        json={"hub": HUB, "workstation": "03", "events": [second]},
        headers={"Authorization": f"Bearer {service.token(HUB, '03')}"},
        timeout=10,
    ).json()
    assert answer["results"][0]["result"] == "refused"
    assert answer["results"][0]["reason"] == f"already has its return: hub {HUB} gave it one"


def test_a_parcel_linked_to_its_pre_advice_at_one_bench_is_that_return_at_every_bench(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    """A parcel arrives under a number nobody pre-advised; a supervisor finds its return
    by an item's SKU and links them. Every bench then knows the parcel as that return,
    the return's own label is refused everywhere, and its timeline shows the parcel."""
    dock, packing, dispatch = benches
    stranger = s10(77_000_002, "CX", "DE")
    wanted = MANIFEST[5]
    assert dock.scan("OP2001", stranger) == ["auth.login", "receive.unexpected"]
    found = found_by_search(dock, wanted["items"][0]["sku"])
    assert wanted["tracking"] in found
    assert dock.scan(f"HS:LINK:{wanted['tracking']}") == ["link.done"]
    assert dock.scan(f"HS:LINK:{wanted['tracking']}") == ["create.has_return"]
    dock.exchange()
    packing.exchange()
    seen, own = packing.get(stranger), packing.get(wanted["tracking"])
    assert (seen.unexpected, seen.retailer, seen.destination) == (
        False,
        wanted["retailer"],
        wanted["destination"]["code"],
    )
    assert own.arrived_as == stranger
    assert packing.scan("OP1001", wanted["tracking"]) == ["auth.login", "receive.arrived_as"]
    assert packing.scan("HS:STATION:PROCESS", stranger)[-1] == "process.started"
    for barcode in items_of(wanted):
        packing.scan(barcode)
    assert packing.scan("HS:DONE")[-1] == "process.done"  # the pre-advised items, all there
    packing.exchange()
    dispatch.exchange()
    assert dispatch.scan("OP3001", "HS:STATION:CONSOLIDATE", stranger)[-1] == "consolidate.opened_added"

    headers = {"Authorization": f"Bearer {service.token(HUB, '01')}"}
    timeline = requests.get(f"{service.url}/v1/returns/{wanted['tracking']}/timeline", headers=headers, timeout=10)
    steps = [(step["status"], step["detail"].get("parcel")) for step in timeline.json()["statuses"]]
    assert ("Linked to its pre-advice", stranger) in steps
    assert ("Depot Scan", None) in steps and ("Return Processed", None) in steps  # the parcel's, as the return's
    # A bench that did not hear of the link yet receives the return's own label: refused.
    late = {
        "id": str(uuid.uuid4()),
        "seq": 10_000,
        "type": "DepotScan",
        "tracking": wanted["tracking"],
        "occurred_at": "2026-12-03T10:00:00+00:00",
        "station": "receive",
        "operator": "OP2001",
        "payload": {"hub": HUB, "unexpected": False},
    }
    answer = requests.post(
        f"{service.url}/v1/events",
        json={"hub": HUB, "workstation": "03", "events": [late]},
        headers={"Authorization": f"Bearer {service.token(HUB, '03')}"},
        timeout=10,
    ).json()["results"][0]
    assert answer["result"] == "refused" and f"arrived already as parcel {stranger}" in answer["reason"]
    # A bench that joins the hub now learns the link from its first manifest pull.
    late = Bench(tmp_path, service.url, service.token(HUB, "09"), "09")
    try:
        assert late.get(wanted["tracking"]).arrived_as == stranger
        assert wanted["tracking"] not in found_by_search(late, wanted["items"][0]["sku"])
    finally:
        late.close()


def found_by_search(bench: Bench, text: str) -> list[str]:
    from hubscan.store.preadvice_search import find_preadvice

    with bench.store.reading() as connection:
        return [match.tracking for match in find_preadvice(connection, text)]


def test_a_misrouted_parcel_forwarded_to_its_hub_is_received_and_exported_there(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    """Pre-advised to SYD, received at MEL: a MEL supervisor forwards it; MEL consolidates
    it unopened to SYD as a destination and exports it; SYD receives it as its own,
    processes and exports it to the retailer."""
    dock, packing, dispatch = benches
    record = MANIFEST[8]
    tracking = record["tracking"]
    mel = Bench(tmp_path, service.url, service.token("MEL", "01"), "01", hub="MEL")
    mel2 = Bench(tmp_path, service.url, service.token("MEL", "02"), "02", hub="MEL")
    try:
        assert mel.scan("OP2001", tracking)[-1] == "receive.unexpected"
        mel.exchange()
        assert mel.scan("HS:FORWARD") == ["forward.done"]
        assert mel.scan("HS:FORWARD") == ["forward.not_misrouted"]  # once
        mel.exchange()
        mel2.exchange()
        seen = mel2.get(tracking)
        assert (seen.forwarded_to, seen.unexpected, seen.exception) == ("SYD", False, None)
        # Another MEL bench consolidates it, unopened, to SYD as a destination.
        assert mel2.scan("OP3001", "HS:STATION:CONSOLIDATE", tracking)[-1] == "consolidate.opened_added"
        assert mel2.scan("HS:WEIGH", "HS:DONE")[-1] == "consolidate.closed"
        mel2.exchange()
        mel.exchange()
        # The first MEL bench hands the second's container over to the linehaul carrier.
        handed = mel.scan("OP3001", "HS:STATION:CONSOLIDATE", *hand_over(sscc(1, "02")))
        assert handed[-1] == "handover.closed"
        mel.exchange()
        # A carrier's report puts the return in SYD's manifest delta again: the export to
        # SYD is not "finished" there.
        reported = requests.post(
            f"{service.url}/v1/carrier-status",
            json={"tracking": tracking, "status": "Return In Transit", "at": "2026-12-03T09:00:00+00:00"},
            headers={"Authorization": f"Bearer {service.portal_token}"},
            timeout=10,
        )
        assert reported.status_code == 200, reported.text
        dock.exchange()
        assert dock.get(tracking).exception is None  # SYD knows it is coming after all
        assert dock.get(tracking).status != Status.EXPORTED.value
        assert dock.scan("OP1001", tracking)[-1] == "receive.ok"
        dock.exchange()
        assert dock.get(tracking).exception is None  # the service took the receipt: no refusal
        packing.exchange()
        assert packing.scan("OP1001", "HS:STATION:PROCESS", tracking)[-1] == "process.started"
        for barcode in items_of(record):
            packing.scan(barcode)
        assert packing.scan("HS:DONE")[-1] == "process.done"
        packing.exchange()
        dispatch.exchange()
        assert dispatch.scan("OP3001", "HS:STATION:CONSOLIDATE", tracking)[-1] == "consolidate.opened_added"
        assert dispatch.scan("HS:WEIGH", "HS:DONE", *hand_over(sscc(1, "03")))[-1] == "handover.closed"
        dispatch.exchange()
        assert dispatch.get(tracking).exception is None  # exported at SYD: accepted
        statuses = [(s["status"], s["hub"]) for s in dispatch.client.timeline(tracking)["statuses"]]
        assert statuses[1:] == [
            ("Depot Scan", "MEL"),
            ("Forwarded to hub SYD", "MEL"),
            ("Sent on to hub SYD", "MEL"),
            ("Return In Transit", None),
            ("Depot Scan", HUB),
            ("Return Processed", HUB),
            ("Return Exported", HUB),
        ]
    finally:
        mel.close()
        mel2.close()


def test_a_misrouted_parcel_kept_where_it_is_gets_its_pre_advice_there(
    benches: list[Bench], service: CentralService, tmp_path: Path
) -> None:
    dock = benches[0]
    record = MANIFEST[9]
    tracking = record["tracking"]
    mel = Bench(tmp_path, service.url, service.token("MEL", "01"), "01", hub="MEL")
    try:
        assert mel.scan("OP1001", tracking)[-1] == "receive.unexpected"
        mel.exchange()
        assert mel.scan("HS:KEEP") == ["auth.resolve_not_allowed"]  # a supervisor's word
        assert mel.scan("OP2001", f"HS:KEEP:{tracking}") == ["auth.login", "forward.kept"]
        mel.exchange()  # the service moves the pre-advice to MEL: it comes with the pull
        kept = mel.get(tracking)
        assert (kept.unexpected, kept.hub, kept.retailer, kept.exception) == (False, "MEL", record["retailer"], None)
        assert mel.scan("HS:STATION:PROCESS", tracking)[-1] == "process.started"
        for barcode in items_of(record):
            mel.scan(barcode)
        assert mel.scan("HS:DONE")[-1] == "process.done"
        dock.exchange()
        at_syd = dock.get(tracking)
        assert (at_syd.hub, at_syd.exception) == ("MEL", None)  # not coming: off SYD's lists
        assert not any(e.tracking == tracking for e in exceptions(dock.store))
        # The portal sends the pre-advice again, still naming SYD: the parcel stays MEL's.
        service.load_preadvice([record])
        mel.exchange()
        dock.exchange()
        assert mel.get(tracking).hub == "MEL" and dock.get(tracking).hub == "MEL"
    finally:
        mel.close()


def test_dispositions_given_at_one_bench_are_named_when_another_consolidates(benches: list[Bench]) -> None:
    dock, packing, dispatch = benches
    record = next(r for r in MANIFEST[10:] if sum(item["qty"] for item in r["items"]) >= 2)
    tracking = record["tracking"]
    barcodes = items_of(record)
    assert dock.scan("OP1001", tracking)[-1] == "receive.ok"
    dock.exchange()
    packing.exchange()
    packing.scan("OP1001", "HS:STATION:PROCESS", tracking)
    assert packing.scan(barcodes[0], "HS:DISPOSITION:RECYCLE", "HS:REJECTITEM:DAMAGED") == [
        "process.item_ok",
        "process.disposed",
        "process.item_rejected",
    ]
    for barcode in barcodes[1:]:
        assert packing.scan(barcode, "HS:DISPOSITION:RESTOCK")[-1] == "process.disposed"
    assert packing.scan("HS:DONE")[-1] == "process.done"
    packing.exchange()
    dispatch.exchange()
    dispatch.recorder.scan("OP3001")
    dispatch.recorder.scan("HS:STATION:CONSOLIDATE")
    added = dispatch.recorder.scan(tracking)
    assert added.code == "consolidate.opened_added"
    restocked = len(barcodes) - 1
    # The recycled item was then rejected: it is named REJECTED, not RECYCLE.
    assert added.message.endswith(f"Items: RESTOCK {restocked}, REJECTED 1.")


def test_a_link_the_service_refuses_is_taken_back_at_the_bench(benches: list[Bench]) -> None:
    """Bench 01 links a stranger to a return whose own parcel bench 02, cut off, had
    received: the service keeps the receipt and refuses the link; bench 01 takes it
    back, and the stranger is unexpected again, with the refusal saying why."""
    dock, packing, _ = benches
    stranger = s10(77_000_003, "CX", "DE")
    wanted = MANIFEST[11]["tracking"]
    assert packing.scan("OP1001", wanted) == ["auth.login", "receive.ok"]
    packing.exchange()  # the service holds the receipt; bench 01 has not heard of it yet
    assert dock.scan("OP2001", stranger, f"HS:LINK:{wanted}") == ["auth.login", "receive.unexpected", "link.done"]
    dock.sync.run_once()
    parcel, own = dock.get(stranger), dock.get(wanted)
    assert (parcel.unexpected, parcel.retailer, parcel.destination) == (True, None, None)
    assert "arrived already under its own number" in parcel.exception
    assert own.arrived_as is None
    with dock.store.reading() as connection:
        lines = connection.execute(
            select(func.count()).select_from(expected_lines_table).where(expected_lines_table.c.tracking == stranger)
        ).scalar_one()
    assert lines == 0


def test_a_refusal_escalated_at_a_bench_is_on_the_offices_list(benches: list[Bench], service: CentralService) -> None:
    dock, packing, _ = benches
    tracking = MANIFEST[6]["tracking"]
    assert packing.scan("OP1001", tracking)[-1] == "receive.ok"
    packing.exchange()
    assert dock.scan("OP1001", tracking)[-1] == "receive.ok"  # cut off: it had not heard
    dock.exchange()
    refusal = dock.get(tracking).exception
    assert "received twice" in refusal
    assert dock.scan("OP2001", f"HS:ESCALATE:{tracking} both benches hold a parcel with this label")[-1] == (
        "resolve.escalated"
    )
    dock.exchange()
    portal = {"Authorization": f"Bearer {service.portal_token}"}
    listed = requests.get(f"{service.url}/v1/escalations", headers=portal, timeout=10).json()
    assert [(e["tracking"], e["hub"], e["workstation"], e["operator"]) for e in listed["escalations"]] == [
        (tracking, HUB, "01", "OP2001")
    ]
    assert listed["escalations"][0]["note"] == "both benches hold a parcel with this label"
    assert listed["escalations"][0]["exception"] == refusal and listed["more"] is False
    later = requests.get(
        f"{service.url}/v1/escalations", params={"after": listed["cursor"]}, headers=portal, timeout=10
    ).json()
    assert later["escalations"] == [] and later["cursor"] == listed["cursor"]
    bench = {"Authorization": f"Bearer {service.token(HUB, '01')}"}
    assert requests.get(f"{service.url}/v1/escalations", headers=bench, timeout=10).status_code == 403
    steps = [s["status"] for s in dock.client.timeline(tracking)["statuses"]]
    assert "Escalated to the office" in steps
