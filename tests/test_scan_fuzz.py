"""Generated scans through the classifier and every station's rules on a real store: no
crash, every answer from the catalogue, no event from a refused scan. The short form of
``benchmarks/fuzz_scans.py`` (a million scans)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scanfuzz import ScanStream, check

from hubscan.core.policy import HubPolicy
from hubscan.services.demo import DEMO_OPERATORS, demo_manifest
from hubscan.services.scanning import ScanRecorder
from hubscan.store.manifest import import_lines
from hubscan.store.operators import save_operator
from hubscan.store.store import LocalStore

POLICY = HubPolicy(hub_id="HUB", workstation_id="01", gs1_company_prefix="9528765")
MANIFEST = list(demo_manifest(300, hub="HUB"))


def station(folder: Path) -> tuple[LocalStore, ScanRecorder]:
    store = LocalStore(folder / "fuzz.db", POLICY.hub_id, POLICY.workstation_id)
    for operator in DEMO_OPERATORS:
        save_operator(store, operator)
    assert import_lines(store, (json.dumps(record) for record in MANIFEST)).ok
    return store, ScanRecorder(store, POLICY)


def test_20000_generated_scans_are_all_answered(tmp_path: Path) -> None:
    store, recorder = station(tmp_path)
    try:
        stream = islice(ScanStream(MANIFEST, seed=1), 20_000)
        answered = {answer.code for raw in stream for answer in check(recorder, store, raw)}
    finally:
        store.close()
    # The stream reaches deep into the stations, not only their refusals.
    deep = ("receive.ok", "process.done", "consolidate.opened_added", "container.weighed", "reject.done")
    for reached in (*deep, "consolidate.closed", "handover.opened"):
        assert reached in answered, reached


ANCHORS = ["HS:DONE", "HS:CANCEL", "OP9001", "HS:STATION:PROCESS", MANIFEST[0]["tracking"], "HS:LOGOUT"]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalStore, ScanRecorder]]:
    """One station takes every example, one after another."""
    store, recorder = station(tmp_path_factory.mktemp("fuzz"))
    yield store, recorder
    store.close()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=80) | st.sampled_from(ANCHORS) | st.from_regex(r"HS:[A-Z]{2,10}(:.{0,20})?")))
def test_any_text_is_answered(shared: tuple[LocalStore, ScanRecorder], scans: list[str]) -> None:
    store, recorder = shared
    for raw in scans:
        check(recorder, store, raw)
