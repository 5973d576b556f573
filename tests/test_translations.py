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
from hubscan.ui.translations import update

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def messages(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation.text, translation.get("type")))
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
    unfinished = [source for _, source, _, kind in found if kind is not None]
    assert not unfinished, f"translate these (pyside6-linguist {SOURCES / copy.name}): {unfinished}"
    outcome_sources = {source for context, source, _, _ in found if context == "outcome"}
    assert outcome_sources == {info.template for info in CATALOG.values()}
    for _, source, translation, _ in found:
        assert translation, source
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize(("language", "expected"), [("fr", "Bienvenue {name}"), ("nl", "Welkom {name}")])
def test_the_compiled_translation_is_what_qt_uses(language: str, expected: str, tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled(language, tmp_path)))
    template = CATALOG["auth.login"].template
    assert translator.translate("outcome", template).startswith(expected)
