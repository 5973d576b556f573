"""``hubscan config show|check``, ``hubscan token``, environment overrides, the log
files, and the support bundle, run as IT would: the real command in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hubscan import config as config_module
from hubscan.cli import gui_cmd
from hubscan.cli.common import policy_from, printer_from
from hubscan.cli.main import build_parser
from hubscan.config import ConfigError, load_config, load_values, resolve
from hubscan.settings_schema import SETTINGS


def hubscan(tmp_path: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        **{k: v for k, v in os.environ.items() if k != "HUBSCAN_CENTRAL_TOKEN"},
        "HUBSCAN_LOG_DIR": str(tmp_path / "logs"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        **env,
    }
    command = [sys.executable, "-m", "hubscan", "--db", str(tmp_path / "h.db"), "--config", str(tmp_path / "h.toml")]
    done = subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, timeout=120, env=environ, check=False
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_every_bad_value_is_named_at_once_with_what_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "h.toml").write_text(
        'hub_id = "sydney"\n[printer]\ndpi = 301\nurl = "lpt1"\n[ui]\nlanguage = "de"\n[central]\ntoken = "abc"\n'
    )
    done = hubscan(tmp_path, "config", "check")
    assert done.returncode == 2
    for words in ("hub_id", "3 upper-case", "printer.dpi", "203, 300", "printer.url", "tcp://HOST:9100"):
        assert words in done.stderr, words
    assert "ui.language" in done.stderr and "en, fr, nl" in done.stderr
    assert "central.token" in done.stderr and "hubscan token set" in done.stderr
    assert "5 problem(s)" in done.stderr


def test_environment_overrides_the_file_and_show_names_the_source(tmp_path: Path) -> None:
    (tmp_path / "h.toml").write_text('hub_id = "SYD"\n[printer]\nurl = "tcp://ops:hunter2@10.0.0.5:9100"\ndpi = 203\n')
    done = hubscan(tmp_path, "config", "show", HUBSCAN_PRINTER_DPI="300", HUBSCAN_UI_LANGUAGE="nl")
    assert done.returncode == 0, done.stderr
    lines = {line.split(" = ")[0]: line for line in done.stdout.splitlines() if " = " in line}
    assert lines["printer.dpi"].startswith("printer.dpi = 300") and "from HUBSCAN_PRINTER_DPI" in lines["printer.dpi"]
    assert '"nl"' in lines["ui.language"] and lines["hub_id"].endswith("# file")
    assert lines["workstation_id"].endswith("# default")
    assert "hunter2" not in done.stdout and "ops:***@10.0.0.5" in done.stdout
    bad = hubscan(tmp_path, "config", "check", HUBSCAN_PRINTER_DPI="lots")
    assert bad.returncode == 2 and "HUBSCAN_PRINTER_DPI" in bad.stderr


def test_every_setting_has_an_environment_variable_and_a_documented_line() -> None:
    text = (Path(__file__).parents[1] / "docs" / "configuration.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.key}`" in text and f"`{setting.env}`" in text
    values = load_values(None, {s.env: "" for s in SETTINGS})
    assert values == {s.key: s.default for s in SETTINGS}
    assert resolve(None, {"HUBSCAN_SCANNER_BAUDRATE": "115200"}).sources["scanner.baudrate"] == "env"
    try:
        load_values(None, {"HUBSCAN_GRADES": "A,B"})
    except ConfigError as exc:
        assert "HUBSCAN_GRADES" in str(exc) and "expected list" in str(exc)
    else:
        raise AssertionError("a list setting given as plain text must be refused")


def test_the_token_lives_in_the_keyring_never_in_the_file_or_the_logs(tmp_path: Path) -> None:
    (tmp_path / "h.toml").write_text('hub_id = "SYD"\nworkstation_id = "07"\n')
    assert "not set" in hubscan(tmp_path, "token", "status").stdout
    done = hubscan(tmp_path, "token", "set", stdin="s3cr3t-t0ken-value\n")
    assert done.returncode == 0 and "stored in the OS keyring" in done.stdout and "s3cr3t" not in done.stdout
    assert "set, in the OS keyring" in hubscan(tmp_path, "token", "status").stdout
    show = hubscan(tmp_path, "config", "show")
    assert "set, in the OS keyring" in show.stdout and "s3cr3t" not in show.stdout
    assert "s3cr3t" not in (tmp_path / "h.toml").read_text()
    # A sync that fails still logs what it tried: never the token (from the keyring here).
    synced = hubscan(tmp_path, "sync", "--once", "--central", "http://127.0.0.1:9")
    assert synced.returncode == 1 and "unreachable" in synced.stdout, synced.stdout + synced.stderr
    bundle = tmp_path / "support.zip"
    assert hubscan(tmp_path, "support-bundle", "--offline", "--output", str(bundle)).returncode == 0
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(name) for name in names)
    assert {"settings.txt", "doctor.txt", "doctor.json", "versions.txt", "logs/hubscan.log"} <= set(names)
    assert b"s3cr3t" not in everything and b'hub_id = "SYD"' in everything and b"hubscan 0." in everything
    for log in (tmp_path / "logs").iterdir():
        assert "s3cr3t" not in log.read_text(errors="replace"), log
    assert hubscan(tmp_path, "token", "clear").returncode == 0
    assert "not set" in hubscan(tmp_path, "token", "status").stdout


def test_a_keyring_that_keeps_nothing_is_said(tmp_path: Path) -> None:
    (tmp_path / "h.toml").write_text('hub_id = "SYD"\n')
    done = hubscan(tmp_path, "token", "set", stdin="abcdef\n", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    assert done.returncode == 2 and "did not keep the token" in done.stderr and "HUBSCAN_CENTRAL_TOKEN" in done.stderr
    assert hubscan(tmp_path, "token", "set", stdin="\n").returncode == 2


def test_commands_write_named_loggers_to_a_rotating_file(tmp_path: Path) -> None:
    (tmp_path / "h.toml").write_text('hub_id = "SYD"\n')
    assert hubscan(tmp_path, "demo", "--count", "2").returncode == 0
    assert hubscan(tmp_path, "sync", "--once", "--central", "http://127.0.0.1:9", HUBSCAN_CENTRAL_TOKEN="x").returncode
    text = (tmp_path / "logs" / "hubscan.log").read_text()
    assert " INFO    hubscan.cli " in text and " WARNING hubscan.sync " in text, text
    quiet = hubscan(tmp_path, "events", HUBSCAN_LOG_LEVEL="ERROR", HUBSCAN_LOG_DIR=str(tmp_path / "quiet"))
    assert quiet.returncode == 0 and (tmp_path / "quiet" / "hubscan.log").read_text() == ""


@pytest.mark.logs(r"^sent with \*\*\* and \*\*\*$")
def test_a_secret_hidden_after_start_never_reaches_the_log(tmp_path: Path) -> None:
    import logging

    from hubscan import logs

    logs.start(tmp_path, secrets=["env-token-1"])
    try:
        logs.hide("keyring-token-2")
        logging.getLogger("hubscan.sync").warning("sent with %s and %s", "env-token-1", "keyring-token-2")
    finally:
        logs.start(Path(os.environ["HUBSCAN_LOG_DIR"]))
    text = (tmp_path / "hubscan.log").read_text()
    assert "sent with *** and ***" in text and "token-" not in text


def test_a_flag_is_a_setting_for_one_run_checked_like_the_file() -> None:
    config = load_config(None, {}, overrides={"printer.url": "tcp://10.0.0.9:9100", "ui.language": "fr"})
    assert config.printer.url == "tcp://10.0.0.9:9100" and config.station.language == "fr"
    assert config.sources["printer.url"] == "command line" and config.sources["hub_id"] == "default"
    with pytest.raises(ConfigError, match=r"setting printer\.url \(from the command line\): 'lpt1'"):
        load_config(None, {}, overrides={"printer.url": "lpt1"})


def test_a_window_start_reads_the_settings_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.toml"
    path.write_text('hub_id = "SYD"\n[printer]\nurl = "tcp://10.0.0.5:9100"\n[ui]\nlanguage = "nl"\n')
    reads: list[Path | None] = []
    real = config_module.read_file
    monkeypatch.setattr(config_module, "read_file", lambda p: reads.append(p) or real(p))
    args = build_parser().parse_args(["--config", str(path), "--db", str(tmp_path / "h.db"), "gui", "--language", "fr"])
    policy, parts, _open_backend = gui_cmd._station(args)  # what 'hubscan gui' checks before its window shows
    assert policy.hub_id == "SYD" and parts.language == "fr" and parts.settings_file == path
    assert printer_from(args).url == "tcp://10.0.0.5:9100" and policy_from(args) is policy
    assert reads == [path]
