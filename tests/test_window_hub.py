"""The window follows the hub: another bench's work on the real central service shows
at this station without a scan here, and an exception resolved here closes at the other
bench (offscreen Qt, the service under uvicorn)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import AMS_1, PARIS_1, POLICY, STAFF, SUPERVISOR, small_manifest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_workstation_ui import scan

from hubscan.app import StationParts, build_window
from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS
from hubscan.services.printing import LabelPrinting
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.models import events_table, returns_table
from hubscan.store.operators import save_operator
from hubscan.store.readmodels import exceptions
from hubscan.store.store import LocalStore
from hubscan.sync.client import CentralClient, ClientSettings
from hubscan.sync.engine import SyncEngine
from hubscan.sync.feed import FeedFollower

OTHER = "08"


@dataclass
class TwoBenches:
    """This window's station and another bench of its hub (bench 08, driven headless),
    both on one central service; the window's station link running."""

    built: Any
    engine: SyncEngine
    other: LocalStore
    other_client: CentralClient
    other_desk: ScanRecorder
    other_sync: SyncEngine


@pytest.fixture
def benches(qtbot: QtBot, store: LocalStore, tmp_path: Path) -> Iterator[TwoBenches]:
    from central import CentralService

    service = CentralService(f"sqlite:///{tmp_path / 'central.db'}")
    client = CentralClient(ClientSettings(service.url, service.token(POLICY.hub_id, POLICY.workstation_id)))
    other = LocalStore(tmp_path / "other-bench.db", POLICY.hub_id, OTHER)
    other_client = CentralClient(ClientSettings(service.url, service.token(POLICY.hub_id, OTHER)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    engine = SyncEngine(store, client, POLICY.hub_id, POLICY.workstation_id)
    parts = StationParts(LabelPrinting(store, None), sync=engine, sync_interval_s=0.2)
    built = build_window(app, store, POLICY, parts)
    try:
        for operator in DEMO_OPERATORS:
            save_operator(other, operator)
        assert import_lines(other, (json.dumps(r) for r in small_manifest())).ok
        built.window.show()
        yield TwoBenches(
            built,
            engine,
            other,
            other_client,
            ScanRecorder(other, HubPolicy(hub_id=POLICY.hub_id, workstation_id=OTHER, gs1_company_prefix="9528765")),
            SyncEngine(other, other_client, POLICY.hub_id, OTHER, use_helper=False),
        )
    finally:
        built.close()
        client.close()
        other_client.close()
        other.close()
        service.close()


def test_a_hold_at_another_bench_shows_here_without_a_scan(qtbot: QtBot, benches: TwoBenches) -> None:
    built, engine = benches.built, benches.engine
    scan(qtbot, built, STAFF)
    assert scan(qtbot, built, PARIS_1).outcome.code == "receive.ok"
    assert "ON HOLD" not in built.window.station.parcel.details.text()

    # The supervisor's bench holds the parcel this station has on screen.
    qtbot.waitUntil(lambda: engine.status().queue_depth == 0, timeout=10_000)
    assert [benches.other_desk.scan(raw).code for raw in (SUPERVISOR, PARIS_1, "HS:HOLD")][-1] == "hold.on"
    benches.other_sync.push()

    qtbot.waitUntil(lambda: "ON HOLD" in built.window.station.parcel.details.text(), timeout=15_000)
    with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
        qtbot.keyClick(built.window, Qt.Key.Key_F5)
    table = built.window.exceptions.table
    row = [table.item(0, column).text() for column in range(6)]
    assert row[0] == PARIS_1 and row[4] == OTHER and row[5] == SUPERVISOR


def test_a_refusal_is_resolved_in_the_exceptions_view_and_closes_at_the_other_bench(
    qtbot: QtBot, store: LocalStore, benches: TwoBenches
) -> None:
    built, engine, other = benches.built, benches.engine, benches.other
    scan(qtbot, built, STAFF)
    assert scan(qtbot, built, PARIS_1).outcome.code == "receive.ok"
    qtbot.waitUntil(lambda: engine.status().queue_depth == 0, timeout=10_000)
    # The other bench, cut off until now, received the same parcel: the service refuses it.
    assert [benches.other_desk.scan(raw).code for raw in (STAFF, PARIS_1)] == ["auth.login", "receive.ok"]
    assert benches.other_sync.push() == (1, 1)  # its receipt, refused
    qtbot.waitUntil(lambda: any(e.kind == "refused" for e in exceptions(store)), timeout=15_000)

    scan(qtbot, built, "HS:LOGOUT")
    scan(qtbot, built, SUPERVISOR)
    with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
        qtbot.keyClick(built.window, Qt.Key.Key_F5)
    view = built.window.exceptions
    assert view.resolve_button.isVisible() and not view.resolve_button.isEnabled()
    view.select(PARIS_1, "refused")
    assert view.resolve_button.isEnabled()
    view.resolve_button.click()
    dialog = built.window.resolving.dialog
    assert dialog is not None and dialog.isVisible()
    assert PARIS_1 in dialog.windowTitle() and f"bench {OTHER}" in dialog.detail.text()
    assert dialog.escalate_button.isVisible() and not dialog.escalate_button.isEnabled()  # a note first
    dialog.note.setText("the other bench says it has the parcel too: two labels?")
    assert dialog.escalate_button.isEnabled() and dialog.accept_button.isEnabled()
    with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
        dialog.escalate_button.click()
    assert "escalated to the office" in view.answer.text() and view.answer.isVisible()
    assert [e.kind for e in view.entries if e.tracking == PARIS_1] == []
    assert built.window.pages.currentWidget() is view  # the supervisor stays on the list

    qtbot.waitUntil(lambda: engine.status().queue_depth == 0, timeout=10_000)
    assert other_exception(other) is not None
    FeedFollower(other, benches.other_client, POLICY.hub_id).catch_up()
    assert other_exception(other) is None


def test_staff_are_not_offered_resolve(qtbot: QtBot, store: LocalStore) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    built = build_window(app, store, POLICY, StationParts(LabelPrinting(store, None)))
    try:
        built.window.show()
        scan(qtbot, built, STAFF)
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            qtbot.keyClick(built.window, Qt.Key.Key_F5)
        assert not built.window.exceptions.resolve_button.isVisible()
    finally:
        built.close()


def other_exception(other: LocalStore) -> str | None:
    with other.reading() as connection:
        found = connection.execute(select(returns_table.c.exception).where(returns_table.c.tracking == PARIS_1))
        return found.scalar_one()  # type: ignore[no-any-return]


def test_an_unexpected_parcel_gets_its_return_from_the_exceptions_view(qtbot: QtBot, store: LocalStore) -> None:
    from hubscan.services.demo import s10

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    built = build_window(app, store, POLICY, StationParts(LabelPrinting(store, None)))
    stranger = s10(88_000_001, "CX", "DE")
    try:
        built.window.show()
        scan(qtbot, built, SUPERVISOR)
        scan(qtbot, built, "HS:STATION:RECEIVE")
        assert scan(qtbot, built, stranger).outcome.code == "receive.unexpected"
        assert scan(qtbot, built, PARIS_1).outcome.code == "receive.ok"  # the current parcel: PARIS_1
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            qtbot.keyClick(built.window, Qt.Key.Key_F5)
        view = built.window.exceptions
        assert view.create_button.isVisible() and not view.create_button.isEnabled()
        view.select(stranger, "unexpected")
        assert view.create_button.isEnabled() and not view.resolve_button.isEnabled()
        view.create_button.click()
        qtbot.waitUntil(lambda: built.window.creating.dialog is not None, timeout=5000)
        dialog = built.window.creating.dialog
        assert dialog is not None and dialog.isVisible() and stranger in dialog.windowTitle()
        codes_offered = [dialog.destination.itemData(i) for i in range(dialog.destination.count())]
        assert codes_offered == ["FR-PAR", "NL-AMS"]
        dialog.destination.setCurrentIndex(1)
        dialog.order.setText("SO-4471")
        qtbot.keyClicks(dialog.customer, "C 77")  # one word: the space is not taken
        assert dialog.customer.text() == "C77"
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            dialog.accept()
        assert "now has its return: Maison Éclair, to NL-AMS" in view.answer.text()
        assert [e.kind for e in view.entries if e.tracking == stranger] == []
        with store.reading() as connection:
            row = connection.execute(select(returns_table).where(returns_table.c.tracking == stranger)).one()
        assert (row.unexpected, row.destination) == (False, "NL-AMS")
        assert row.facts == {"order_number": "SO-4471", "customer_reference": "C77"}
    finally:
        built.close()
    with store.unit_of_work() as ledger:
        assert ledger.load_context().parcel == PARIS_1  # the station's current parcel stayed


def test_an_unexpected_parcel_is_linked_to_its_pre_advice_from_the_exceptions_view(
    qtbot: QtBot, store: LocalStore
) -> None:
    from hubscan.services.demo import s10

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    built = build_window(app, store, POLICY, StationParts(LabelPrinting(store, None)))
    stranger = s10(88_000_001, "CX", "DE")
    try:
        built.window.show()
        scan(qtbot, built, SUPERVISOR)
        assert scan(qtbot, built, stranger).outcome.code == "receive.unexpected"
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            qtbot.keyClick(built.window, Qt.Key.Key_F5)
        view = built.window.exceptions
        view.select(stranger, "unexpected")
        assert view.link_button.isEnabled()
        view.link_button.click()
        dialog = built.window.linking.dialog
        assert dialog is not None and dialog.isVisible() and stranger in dialog.windowTitle()
        assert not dialog.link_button.isEnabled()  # nothing found yet
        dialog.query.setText("bike bell")  # nothing is called that
        dialog.search_button.click()
        qtbot.waitUntil(lambda: dialog.found.text() == "No return found.", timeout=5000)
        dialog.query.setText("bell")  # the SKU of AMS_1's only item
        dialog.search_button.click()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
        assert dialog.table.item(0, 0).text() == AMS_1 and dialog.table.item(0, 6).text() == "Bike bell"
        assert dialog.link_button.isEnabled()  # the one found is chosen
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            dialog.link_button.click()
        assert f"{stranger} is return {AMS_1}: Maison Éclair, to NL-AMS, 1 item(s) expected" in view.answer.text()
        assert [e.kind for e in view.entries if e.tracking == stranger] == []
        assert built.window.linking.dialog is None
    finally:
        built.close()


def test_a_misrouted_parcel_is_sent_to_its_hub_from_the_exceptions_view(qtbot: QtBot, store: LocalStore) -> None:
    from sqlalchemy import update

    from hubscan.services.demo import s10

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    built = build_window(app, store, POLICY, StationParts(LabelPrinting(store, None)))
    stranger = s10(88_000_004, "CX", "DE")
    try:
        built.window.show()
        scan(qtbot, built, SUPERVISOR)
        assert scan(qtbot, built, stranger).outcome.code == "receive.unexpected"
        with store.writing() as connection:  # as the central service's answer leaves it
            connection.execute(
                update(returns_table)
                .where(returns_table.c.tracking == stranger)
                .values(exception="misrouted: pre-advised to hub MEL, received at hub SYD")
            )
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            qtbot.keyClick(built.window, Qt.Key.Key_F5)
        view = built.window.exceptions
        view.select(stranger, "misrouted")
        assert view.forward_button.isEnabled() and view.keep_button.isEnabled()
        assert not view.link_button.isEnabled()
        view.keep_button.click()
        asked = built.window.misrouted.question
        assert asked is not None and "Keep" in asked.text()
        asked.button(QMessageBox.StandardButton.Cancel).click()  # thought better of it: nothing sent
        view.forward_button.click()
        asked = built.window.misrouted.question
        assert asked is not None and f"Send {stranger} on" in asked.text()
        with qtbot.waitSignal(built.window.exceptions_shown, timeout=5000):
            next(b for b in asked.buttons() if b.text() == "Send to its hub").click()
        assert f"{stranger} goes on to hub MEL, unopened: consolidate it to HUB-MEL" in view.answer.text()
        assert [e.kind for e in view.entries if e.tracking == stranger] == []
        with store.reading() as connection:
            row = connection.execute(select(returns_table).where(returns_table.c.tracking == stranger)).one()
        assert (row.forwarded_to, row.exception, row.unexpected) == ("MEL", None, False)
        with store.reading() as connection:
            kinds = connection.execute(select(events_table.c.type).where(events_table.c.tracking == stranger))
            assert "ParcelKept" not in kinds.scalars().all()  # the cancelled question sent nothing
    finally:
        built.close()
