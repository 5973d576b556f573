import importlib.util
from pathlib import Path

from hubscan.core.outcome import CATALOG
from hubscan.core.scan import COMMANDS

DOCS = Path(__file__).parents[1] / "docs"


def test_outcome_table_is_generated_from_the_catalog() -> None:
    spec = importlib.util.spec_from_file_location("generate", DOCS / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    text = (DOCS / "scan-grammar.md").read_text(encoding="utf-8")
    assert generate.render(text) == text, "run: .venv/bin/python docs/generate.py"
    for code in CATALOG:
        assert f"`{code}`" in text


def test_configuration_doc_is_generated_from_the_schema() -> None:
    spec = importlib.util.spec_from_file_location("generate", DOCS / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    assert (DOCS / "configuration.md").read_text(encoding="utf-8") == generate.config_doc(), (
        "run: .venv/bin/python docs/generate.py"
    )


def test_every_command_is_documented() -> None:
    text = (DOCS / "scan-grammar.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"`HS:{command}" in text, command
