from pathlib import Path

from pytestqt.qtbot import QtBot

from hubscan.core.policy import HubPolicy
from hubscan.ui.placeholder import PlaceholderWindow


def test_placeholder_window_names_the_station_and_database(qtbot: QtBot, tmp_path: Path) -> None:
    window = PlaceholderWindow(tmp_path / "station.db", HubPolicy(hub_id="SYD", workstation_id="07"))
    qtbot.addWidget(window)
    window.show()
    assert "SYD" in window.windowTitle() and "07" in window.windowTitle()
    text = window.centralWidget().text()  # type: ignore[attr-defined]
    assert "station.db" in text and "hubscan session" in text
