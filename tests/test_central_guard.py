"""The central service under uvicorn refuses oversized bodies and brakes token guessing,
while the hub's benches with good tokens carry on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from central import CentralService
from sqlalchemy import func, select

from hubscan.services.demo import demo_manifest
from hubscan_central.guard import BAD_TOKENS
from hubscan_central.models import returns_t

HUB = "SYD"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CentralService]:
    central = CentralService(f"sqlite:///{tmp_path / 'central.db'}", serve_args=("--max-body-mb", "1"))
    yield central
    central.close()


def returns_kept(service: CentralService) -> int:
    with service.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(returns_t)).scalar_one())


def preadvice_body(count: int) -> bytes:
    return json.dumps({"returns": list(demo_manifest(count, hub=HUB))}).encode()


def post(service: CentralService, body: bytes | Iterator[bytes], **headers: str) -> requests.Response:
    return requests.post(
        f"{service.url}/v1/preadvice",
        data=body,
        headers={"Authorization": f"Bearer {service.portal_token}", "Content-Type": "application/json", **headers},
        timeout=60,
    )


def test_a_body_over_the_limit_is_refused_whole_and_nothing_is_kept(service: CentralService) -> None:
    body = preadvice_body(3000)
    assert len(body) > 1024 * 1024
    said = post(service, body)
    assert said.status_code == 413
    assert "larger than this service takes (1 MiB)" in said.json()["detail"]
    chunked = post(service, iter([body[i : i + 65536] for i in range(0, len(body), 65536)]))  # no Content-Length
    assert chunked.status_code == 413
    assert returns_kept(service) == 0
    small = preadvice_body(100)
    assert post(service, small).status_code == 200  # under the bound: taken as before
    assert returns_kept(service) == 100


def test_guessing_tokens_is_braked_and_a_good_token_still_works(service: CentralService) -> None:
    requests.get(
        f"{service.url}/v1/hubs/{HUB}/manifest", headers={"Authorization": f"Bearer {service.portal_token}"}, timeout=10
    )
    good = service.token(HUB, "01")
    url = f"{service.url}/v1/hubs/{HUB}/manifest?after=0&limit=10"
    answers = [
        requests.get(url, headers={"Authorization": f"Bearer guess-{n}"}, timeout=10) for n in range(BAD_TOKENS + 3)
    ]
    assert [a.status_code for a in answers[:BAD_TOKENS]] == [401] * BAD_TOKENS
    braked = answers[BAD_TOKENS:]
    assert {a.status_code for a in braked} == {429}
    assert 0 < int(braked[0].headers["Retry-After"]) <= 60
    assert "too many unknown tokens" in braked[0].json()["detail"]
    # The same address with a token the service knows (a bench beside the misconfigured
    # one, which talks to it all day) is served; a token it has not seen yet waits out the
    # window like any unknown one (else the brake would answer a guess with "right").
    assert requests.get(url, headers={"Authorization": f"Bearer {service.portal_token}"}, timeout=10).status_code == 200
    fresh = requests.get(url, headers={"Authorization": f"Bearer {good}"}, timeout=10)
    assert fresh.status_code == 429
