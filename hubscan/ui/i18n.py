"""Choosing the window's language: English (the source), French or Dutch.

Translations are Qt Linguist ``.ts`` files in ``hubscan/ui/translations``; Qt loads
compiled ``.qm`` files, which are built from them with lrelease (shipped in the
PySide6 wheel) the first time a language is chosen, into a cache folder, and rebuilt
when the ``.ts`` is newer. An installer may ship the ``.qm`` files beside the ``.ts``.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger("hubscan.ui")

LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands"}
SOURCES = Path(__file__).with_name("translations")


class LanguageError(Exception):
    pass


def _lrelease() -> Path:
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def compiled(language: str, cache: Path) -> Path:
    """The ``.qm`` for ``language``: shipped, cached, or compiled now."""
    source = SOURCES / f"hubscan_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists():
        return shipped
    target = cache / f"hubscan_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(_lrelease()), "-silent", str(source), "-qm", str(target)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or not target.exists():
        raise LanguageError(f"cannot compile the {LANGUAGES[language]} translation: {done.stderr.strip()}")
    return target


class LanguageSwitch:
    """Installs the translator for a language on the application (one at a time)."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.language = "en"
        self._translator: QTranslator | None = None

    def release(self) -> None:
        """Take this window's translator off the application (the window is closing)."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None

    def use(self, language: str) -> None:
        if language not in LANGUAGES:
            raise LanguageError(f"no language {language!r}; use one of {', '.join(LANGUAGES)}")
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator()
            if not translator.load(str(compiled(language, self.cache))):
                raise LanguageError(f"the {LANGUAGES[language]} translation did not load")
            app.installTranslator(translator)
            self._translator = translator
        self.language = language
        log.info("language: %s", LANGUAGES[language])
