"""The contract file in resources/ is the one the reference service serves."""

import json
from pathlib import Path

from hubscan_central.app import create_app

SPEC = Path(__file__).parents[1] / "resources" / "openapi.json"


def test_resources_openapi_is_current() -> None:
    served = create_app("sqlite://").openapi()
    assert json.loads(SPEC.read_text()) == served, "run: hubscan-central openapi > resources/openapi.json"
    assert {
        "/v1/events",
        "/v1/hubs/{hub}/manifest",
        "/v1/preadvice",
        "/v1/returns/{tracking}/timeline",
        "/v1/health",
    } <= set(served["paths"])
