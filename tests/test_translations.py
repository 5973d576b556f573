"""French and Dutch: every visible string and outcome translated, placeholders intact,
and the compiled translation used by Qt."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from hubscan.core.outcome import CATALOG
from hubscan.ui.i18n import SOURCES, compiled
from hubscan.ui.text import TITLE_CONTEXT
from hubscan.ui.translations import update

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
# Last scans gives an outcome's title one line beside the scan: a few words, in every language.
TITLE_MAX = 32


def messages(path: Path) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(context, source, disambiguation, translation, its type) of every message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    translation.text,
                    translation.get("type"),
                )
            )
    return found


def test_outcome_strings_are_generated_from_the_catalog() -> None:
    assert update.outcome_strings() == update.STRINGS.read_text(encoding="utf-8"), (
        "run: .venv/bin/python -m hubscan.ui.translations.update"
    )


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_visible_string_is_translated(language: str, tmp_path: Path) -> None:
    """lupdate over today's code, into a copy: nothing new, nothing unfinished."""
    copy = tmp_path / f"hubscan_{language}.ts"
    shutil.copy(SOURCES / copy.name, copy)
    update.lupdate([copy])
    found = messages(copy)
    unfinished = [source for _, source, _, _, kind in found if kind is not None]
    assert not unfinished, f"translate these (pyside6-linguist {SOURCES / copy.name}): {unfinished}"
    outcome_sources = {source for context, source, _, _, _ in found if context == "outcome"}
    assert outcome_sources == {info.template for info in CATALOG.values()}
    titles = {(code, source) for context, source, code, _, _ in found if context == TITLE_CONTEXT}
    assert titles == {(code, info.title) for code, info in CATALOG.items()}
    for _, source, _, translation, _ in found:
        assert translation, source
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize(("language", "expected"), [("fr", "Bienvenue {name}"), ("nl", "Welkom {name}")])
def test_the_compiled_translation_is_what_qt_uses(language: str, expected: str, tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled(language, tmp_path)))
    template = CATALOG["auth.login"].template
    assert translator.translate("outcome", template).startswith(expected)


def test_every_outcome_has_a_short_title() -> None:
    for code, info in CATALOG.items():
        assert info.title.strip() == info.title and info.title, code
        assert len(info.title) <= TITLE_MAX and not PLACEHOLDER.search(info.title), code


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_every_outcome_title_is_translated_in_the_compiled_translation(language: str, tmp_path: Path) -> None:
    """What Last scans shows: each code's title, looked up as the window looks it up."""
    translator = QTranslator()
    assert translator.load(str(compiled(language, tmp_path)))
    missing = []
    for code, info in CATALOG.items():
        translated = translator.translate(TITLE_CONTEXT, info.title, code)
        if not translated:
            missing.append(code)
        assert len(translated) <= TITLE_MAX, (code, translated)
    assert not missing, f"no {language} title for: {missing}"
