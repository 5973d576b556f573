"""The Settings view's file and token: a bad value is refused naming the setting and the
file stays as it was; the token goes to a keyring, never into the file. The keyring
here is keyrings.alt's file backend in a temporary folder: a Secret Service daemon or
the Windows Credential Manager cannot run on this machine."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from hubscan.config import TOKEN_ENV, central_settings, load_config
from hubscan.services.settings_file import SettingsError, save_settings, save_token


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    previous = keyring.get_keyring()
    ring = PlaintextKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_saved_settings_are_what_the_station_loads(tmp_path: Path) -> None:
    path = tmp_path / "hubscan.toml"
    path.write_text("[scan]\nmax_length = 300\n")  # kept: the window does not edit it
    save_settings(path, {"hub_id": "SYD", "workstation_id": "07", "printer.url": "tcp://10.0.0.5:9100"})
    data = tomllib.loads(path.read_text())
    assert data["hub_id"] == "SYD" and data["printer"]["url"] == "tcp://10.0.0.5:9100"
    assert data["scan"]["max_length"] == 300
    policy = load_config(path, {}).policy
    assert (policy.hub_id, policy.workstation_id) == ("SYD", "07")


def test_a_bad_value_is_refused_and_the_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "hubscan.toml"
    save_settings(path, {"hub_id": "SYD"})
    before = path.read_text()
    with pytest.raises(SettingsError, match="hub_id"):
        save_settings(path, {"hub_id": "SYDNEY-1"})
    with pytest.raises(SettingsError, match=r"central\.url"):
        save_settings(path, {"central.url": "ftp://nowhere"})
    assert path.read_text() == before and not list(tmp_path.glob("*.new"))


def test_the_token_goes_to_the_keyring_not_the_file(tmp_path: Path, file_keyring: PlaintextKeyring) -> None:
    path = tmp_path / "hubscan.toml"
    save_settings(path, {"hub_id": "SYD", "workstation_id": "07", "central.url": "https://central.example"})
    save_token("SYD", "07", "s3cret-token")
    assert "s3cret" not in path.read_text()
    assert central_settings(load_config(path)).token == "s3cret-token"  # read back from the keyring
    save_token("SYD", "07", "")
    assert central_settings(load_config(path)).token is None
