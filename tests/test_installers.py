"""The Linux package and the Windows installer definition, built as IT gets them.

The .deb is built (PyInstaller bundle + dpkg-deb), its contents checked, unpacked and
its bundled program run headless (version, doctor, a scan session, the window offscreen
in French), then installed with dpkg and purged (CI runs as root). The Windows
installer is compiled with makensis around a stand-in bundle: PyInstaller cannot build
a Windows bundle here, so this proves the NSIS definition, not the Windows program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from hubscan import __version__
from hubscan.services.demo import demo_manifest

ROOT = Path(__file__).parents[1]
BUILD = [sys.executable, str(ROOT / "installers" / "build.py")]


@pytest.fixture(scope="module")
def deb() -> Path:
    done = subprocess.run([*BUILD, "deb"], capture_output=True, text=True, timeout=1800, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    path = Path(done.stdout.strip().splitlines()[-1])
    assert path.name == f"hubscan_{__version__}_amd64.deb" and path.exists()
    return path


def station_env(tmp_path: Path) -> dict[str, str]:
    """A clean operator account: its own home, config and log folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUBSCAN_", "PYTHON", "VIRTUAL_ENV"))}
    return env | {
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share"),
        "XDG_STATE_HOME": str(tmp_path / "home" / ".local" / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_the_deb_holds_what_a_station_needs(deb: Path) -> None:
    contents = subprocess.run(["dpkg-deb", "--contents", deb], capture_output=True, text=True, check=True).stdout
    for path in (
        "./opt/hubscan/hubscan",
        "./usr/share/applications/hubscan.desktop",
        "./usr/share/icons/hicolor/256x256/apps/hubscan.png",
        "./usr/lib/udev/rules.d/70-hubscan-scanners.rules",
        "./etc/xdg/HubScan/hubscan.toml",
        "./opt/hubscan/_internal/hubscan/store/migrations/versions/0001_initial_schema.py",
        "./opt/hubscan/_internal/hubscan/ui/translations/hubscan_fr.qm",
    ):
        assert path in contents, path
    assert "./usr/bin/hubscan -> /opt/hubscan/hubscan" in contents
    info = subprocess.run(["dpkg-deb", "--info", deb], capture_output=True, text=True, check=True).stdout
    assert "Depends: adduser, libegl1" in info and "postinst" in info and "conffiles" in info


def test_the_bundled_program_works_headless(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    program = root / "opt" / "hubscan" / "hubscan"
    env = station_env(tmp_path)
    config = root / "etc" / "xdg" / "HubScan" / "hubscan.toml"  # as shipped: every setting commented out

    def bundled(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        command = [str(program), "--db", str(tmp_path / "station.db"), "--config", str(config), *args]
        return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, timeout=180, check=False)

    version = bundled("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"hubscan {__version__}"
    check = bundled("config", "check")
    assert check.returncode == 0, check.stderr
    doctor = bundled("doctor", "--offline", "--json")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert {c["name"]: c["status"] for c in json.loads(doctor.stdout)["checks"]}["settings"] == "pass"
    # Migrations (Alembic reading the bundled files), a scan session and a label print.
    assert bundled("demo", "--count", "5").returncode == 0
    tracking = next(demo_manifest(1, hub="HUB"))["tracking"]
    session = bundled("session", "--operator", "OP1001", "--station", "receive", stdin=f"{tracking}\n")
    assert session.returncode == 0, session.stderr
    assert json.loads(session.stdout.splitlines()[-1])["result"] == "ok"
    labels = tmp_path / "labels.zpl"
    assert bundled("print-test", "--printer", f"file://{labels}").returncode == 0
    assert labels.read_bytes().startswith(b"^XA")
    # A dispatch close: its connote label, and its parcel list drawn by the bundled ReportLab.
    record = next(demo_manifest(1, hub="HUB"))
    items = [item["barcode"] for item in record["items"] for _ in range(item["qty"])]
    scans = ["HS:STATION:PROCESS", tracking, *items, "HS:DONE", "HS:STATION:CONSOLIDATE", tracking]
    scans += ["HS:WEIGHT:2.5", "HS:DONE"]  # an admin types the weight: no scale here
    env["HUBSCAN_DISPATCH_GS1_COMPANY_PREFIX"] = "9528765"
    closing = bundled(
        "session",
        "--operator",
        "OP9001",
        "--printer",
        f"file://{labels}",
        stdin="\n".join(scans) + "\n",
    )
    assert closing.returncode == 0, closing.stderr
    assert json.loads(closing.stdout.splitlines()[-1])["code"] == "consolidate.closed", closing.stdout
    [parcel_list] = (tmp_path / "papers").glob("*-parcel-list.pdf")
    assert tracking in "".join(page.extract_text() for page in pypdf.PdfReader(parcel_list).pages)
    # The window, offscreen, in French (the shipped .qm): started when its log says so.
    logs = tmp_path / "home" / ".local" / "state" / "HubScan" / "log" / "hubscan.log"
    window = subprocess.Popen(
        [str(program), "--db", str(tmp_path / "station.db"), "--config", str(config), "gui", "--language", "fr"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while "window shown" not in (logs.read_text() if logs.exists() else ""):
            assert window.poll() is None, window.stderr.read().decode() if window.stderr else ""
            assert time.monotonic() < deadline, "the bundled window did not start in 120 s"
            time.sleep(0.2)
        assert "language fr" in logs.read_text()
    finally:
        window.terminate()
        window.wait(30)
        if window.stderr:
            window.stderr.close()


# What installing the .deb puts on the machine; the test leaves all of it as it found it.
INSTALLED_PATHS = (
    "/opt/hubscan",
    "/usr/bin/hubscan",
    "/etc/xdg/HubScan",
    "/usr/lib/udev/rules.d/70-hubscan-scanners.rules",
    "/usr/share/applications/hubscan.desktop",
    "/usr/share/icons/hicolor/256x256/apps/hubscan.png",
)


def machine_traces() -> list[str]:
    """What of HubScan's package is on this machine: paths, the group, dpkg's record."""
    traces = [path for path in INSTALLED_PATHS if os.path.lexists(path)]
    if subprocess.run(["getent", "group", "hubscan"], capture_output=True, check=False).returncode == 0:
        traces.append("group hubscan")
    status = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${db:Status-Status}", "hubscan"],
        capture_output=True,
        text=True,
        check=False,
    )
    if status.returncode == 0 and status.stdout.strip() not in ("", "not-installed"):
        traces.append(f"package hubscan ({status.stdout.strip()})")
    return traces


@pytest.fixture
def installed(deb: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root (CI runs as root)")
    found = machine_traces()
    if found:
        pytest.fail(
            f"HubScan is already on this machine ({', '.join(found)}): the test would remove it. Purge it first."
        )
    done = subprocess.run(["dpkg", "-i", deb], capture_output=True, text=True, timeout=600, check=False)
    try:
        # A failed install (a missing dependency) leaves the package half-configured,
        # and apt refuses every later install until it is gone: purge it in any case.
        assert done.returncode == 0, done.stdout + done.stderr
        yield Path("/usr/bin/hubscan")
    finally:
        purged = subprocess.run(
            ["dpkg", "--purge", "hubscan"], capture_output=True, text=True, timeout=600, check=False
        )
        left = machine_traces()
        assert not left, f"the purge left {left} behind: {purged.stdout}{purged.stderr}"


def test_the_deb_installs_and_purges(installed: Path, tmp_path: Path) -> None:
    env = station_env(tmp_path)
    version = subprocess.run([installed, "--version"], capture_output=True, text=True, env=env, check=False)
    assert version.stdout.strip() == f"hubscan {__version__}"
    doctor = subprocess.run(
        [installed, "doctor", "--offline"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "/etc/xdg/HubScan/hubscan.toml" in doctor.stdout  # the station's file, as installed
    assert subprocess.run(["getent", "group", "hubscan"], capture_output=True, check=False).returncode == 0
    assert Path("/usr/lib/udev/rules.d/70-hubscan-scanners.rules").read_text().count('GROUP="hubscan"') == 2
    subprocess.run(["dpkg", "--purge", "hubscan"], capture_output=True, timeout=600, check=True)
    assert not Path("/opt/hubscan").exists() and not Path("/etc/xdg/HubScan/hubscan.toml").exists()
    assert subprocess.run(["getent", "group", "hubscan"], capture_output=True, check=False).returncode != 0


def test_the_windows_installer_definition_compiles(tmp_path: Path) -> None:
    done = subprocess.run([*BUILD, "nsis", "--stand-in"], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    setup = Path(done.stdout.strip().splitlines()[-1])
    data = setup.read_bytes()
    assert setup.name == f"HubScan-{__version__}-setup.exe" and data[:2] == b"MZ" and b"Nullsoft" in data
