#!/usr/bin/env python3
"""Build HubScan's bundle and installers.

    .venv/bin/python installers/build.py deb            # PyInstaller bundle + build/installers/hubscan_<v>_<arch>.deb
    .venv/bin/python installers/build.py bundle         # the one-directory bundle only: build/installers/dist/hubscan
    .venv/bin/python installers/build.py nsis --bundle DIR   # the Windows installer around a bundle built on Windows
    .venv/bin/python installers/build.py nsis --stand-in     # ... around a stand-in bundle (proves the definition)

PyInstaller does not cross-compile: the Windows bundle is built on Windows (docs/installing.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "build" / "installers"
sys.path.insert(0, str(ROOT))

from dev import STATION_PACKAGES  # noqa: E402
from hubscan import __version__  # noqa: E402
from hubscan.settings_schema import SETTINGS  # noqa: E402

# The postinst adds a group; the bundled Qt loads the same libraries as a developer's window.
DEB_DEPENDS = ", ".join(("adduser", *STATION_PACKAGES))
SITE_CONFIG = "etc/xdg/HubScan/hubscan.toml"


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, env=env)


def stage(folder: Path) -> Path:
    """The compiled translations and the icon (PNG and ICO), drawn by the application."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from hubscan.ui import theme
    from hubscan.ui.i18n import LANGUAGES, compiled

    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    icon = theme.app_icon()
    image = icon.pixmap(QSize(256, 256)).toImage()
    if not image.save(str(folder / "hubscan.png")) or not image.save(str(folder / "hubscan.ico")):
        raise SystemExit("could not write the icon files")
    for language in LANGUAGES:
        if language != "en":
            shutil.copy(compiled(language, folder / "qm-cache"), folder / f"hubscan_{language}.qm")
    del app
    return folder


def bundle() -> Path:
    staged = stage(OUT / "stage")
    env = {**os.environ, "HUBSCAN_STAGE": str(staged)}
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", OUT / "dist", "--workpath", OUT / "work", HERE / "hubscan.spec", env=env,
    )  # fmt: skip
    return OUT / "dist" / "hubscan"


def config_template() -> str:
    """The station's settings file as the .deb installs it: every setting, commented out."""
    lines = [
        "# HubScan station settings. Uncomment and set what this station needs; every setting",
        "# can also come from its environment variable. Check with: hubscan config check",
        "# The central token is not kept here: run 'hubscan token set'.",
    ]
    table = ""
    for setting in SETTINGS:
        section, _, key = setting.key.rpartition(".")
        if section != table:
            lines += ["", f"# [{section}]"]
            table = section
        lines.append(f"# {setting.meaning} ({setting.env})")
        lines.append(f"# {key or setting.key} = {json.dumps(setting.default, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def deb(bundled: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    root = OUT / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundled, root / "opt" / "hubscan", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "hubscan").symlink_to("/opt/hubscan/hubscan")
    for source, target in (
        (HERE / "linux" / "hubscan.desktop", "usr/share/applications/hubscan.desktop"),
        (bundled / "_internal" / "hubscan.png", "usr/share/icons/hicolor/256x256/apps/hubscan.png"),
        (HERE / "linux" / "70-hubscan-scanners.rules", "usr/lib/udev/rules.d/70-hubscan-scanners.rules"),
    ):
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, root / target)
    (root / SITE_CONFIG).parent.mkdir(parents=True)
    (root / SITE_CONFIG).write_text(config_template(), encoding="utf-8")
    control = root / "DEBIAN"
    control.mkdir()
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (control / "control").write_text(
        f"Package: hubscan\nVersion: {__version__}\nArchitecture: {arch}\nMaintainer: HubScan <it@hubscan.invalid>\n"
        f"Installed-Size: {size_kib}\nDepends: {DEB_DEPENDS}\nRecommends: cups-bsd\nSection: misc\nPriority: optional\n"
        "Description: packing-station application of a cross-border returns hub\n"
        " Receive, process, reject and consolidate return parcels with a barcode scanner,\n"
        " print consolidated connote labels on a Zebra printer, sync with the central service.\n",
        encoding="utf-8",
    )
    (control / "conffiles").write_text(f"/{SITE_CONFIG}\n", encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(HERE / "linux" / script, control / script)
        (control / script).chmod(0o755)
    target = OUT / f"hubscan_{__version__}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "-z3", "--build", root, target)  # xz: minutes at this size
    return target


def stand_in(folder: Path) -> Path:
    """A bundle of placeholders: proves the installer definition compiles, nothing more."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "_internal").mkdir(parents=True)
    for name in ("hubscan.exe", "hubscan-window.exe", "_internal/python311.dll"):
        (folder / name).write_bytes(b"stand-in: build the real bundle on Windows\n")
    return folder


def nsis(bundled: Path) -> Path:
    target = OUT / f"HubScan-{__version__}-setup.exe"
    target.parent.mkdir(parents=True, exist_ok=True)
    run(
        "makensis", "-V2", f"-DVERSION={__version__}", f"-DBUNDLE={bundled}", f"-DOUTFILE={target}",
        HERE / "windows" / "hubscan.nsi",
    )  # fmt: skip
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["bundle", "deb", "nsis"])
    parser.add_argument("--bundle", type=Path, help="an existing bundle folder (default: build it)")
    parser.add_argument("--stand-in", action="store_true", help="nsis: around a stand-in bundle")
    args = parser.parse_args()
    if args.what == "nsis":
        bundled = stand_in(OUT / "stand-in") if args.stand_in else args.bundle
        if bundled is None:
            parser.error("nsis needs --bundle DIR (built on Windows) or --stand-in")
        print(nsis(bundled))
        return 0
    bundled = args.bundle or bundle()
    print(deb(bundled) if args.what == "deb" else bundled)
    return 0


if __name__ == "__main__":
    sys.exit(main())
