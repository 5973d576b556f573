"""The pre-advice check, field by field: what it keeps, and the answer it gives to bad input."""

from typing import Any

import pytest

from hubscan.core.preadvice import Preadvice, PreadviceError, PreadviceLine, parse_preadvice
from hubscan.services.demo import demo_manifest


def record(**changes: Any) -> dict[str, Any]:
    base = next(demo_manifest(1, start=55_000_000))
    return {**base, **changes}


def item(**changes: Any) -> dict[str, Any]:
    return {"sku": "SKU-1", "barcode": "4006381333931", "description": "Linen shirt", "qty": 1, **changes}


def test_a_good_record_is_kept_trimmed_and_upper_cased_where_codes_are() -> None:
    raw = record(
        tracking=" rr123456785fr ",
        retailer="  Maison\u00a0Éclair  ",  # a no-break space is text, not a control character
        destination={"code": "fr-par", "name": "Retours\u2028Paris", "address": "x" * 500},
        origin_country="fr",
        hub="syd",
        items=[item(reason=" Too small "), item(sku="SKU-2", barcode=None, qty=999)],
    )
    parsed = parse_preadvice(raw)
    assert parsed == Preadvice(
        tracking="RR123456785FR",
        retailer="Maison\u00a0Éclair",
        destination="FR-PAR",
        origin_country="FR",
        hub="SYD",
        faulty=False,
        items=(
            PreadviceLine("SKU-1", "4006381333931", "Linen shirt", 1, "Too small"),
            PreadviceLine("SKU-2", None, "Linen shirt", 999, None),
        ),
        destination_name="Retours\u2028Paris",
        destination_address="x" * 500,
    )


@pytest.mark.parametrize(
    ("changes", "answer"),
    [
        ({"retailer": None}, '"retailer" is missing'),
        ({"retailer": "   "}, '"retailer" is empty'),
        ({"retailer": 7}, '"retailer" must be text, not int'),
        ({"retailer": "x" * 201}, '"retailer" is longer than 200 characters'),
        ({"retailer": "Maison\tÉclair"}, '"retailer" holds control characters'),
        ({"retailer": "Maison\x00"}, '"retailer" holds control characters'),
        ({"retailer": "Mai\x1fson"}, '"retailer" holds control characters'),
        ({"hub": "S\nY"}, '"hub" holds control characters'),
        ({"tracking": "RR1"}, "must be 6 to 40 letters and digits"),
        ({"origin_country": "France"}, '"origin_country" is longer than 2 characters'),
        ({"destination": {"code": "FR PAR"}}, "must be a code of letters"),
        ({"destination": {"code": "FR-PAR", "address": "y" * 501}}, '"address" is longer than 500 characters'),
        ({"faulty": "no"}, '"faulty" must be true or false'),
        ({"items": []}, '"items" must be a list of at least one item'),
        ({"items": ["shirt"]}, "items[0] must be an object"),
        ({"items": [item(), item(sku=None)]}, 'items[1]: "sku" is missing'),
        ({"items": [item(description="d" * 301)]}, 'items[0]: "description" is longer than 300 characters'),
        ({"items": [item(reason="la\rte")]}, 'items[0]: "reason" holds control characters'),
        ({"items": [item(barcode="4006381333932")]}, "items[0]: barcode 4006381333932 is not a valid GTIN"),
        ({"items": [item(qty=0)]}, "items[0]: qty must be a whole number from 1 to 999"),
        ({"items": [item(qty=True)]}, "items[0]: qty must be a whole number from 1 to 999"),
        ({"items": [item(), item()]}, "the same sku appears twice"),
    ],
)
def test_a_bad_field_is_named_with_what_is_wrong(changes: dict[str, Any], answer: str) -> None:
    with pytest.raises(PreadviceError) as refused:
        parse_preadvice(record(**changes))
    assert answer in str(refused.value)


def test_whitespace_around_text_is_trimmed_not_refused() -> None:
    parsed = parse_preadvice(record(hub="\n", items=[item(reason="late\r\x1f")]))
    assert parsed.hub is None  # optional and blank
    assert parsed.items[0].reason == "late"
