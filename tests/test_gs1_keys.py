"""Every barcode form a GTIN or an SSCC travels in reads back to the same key; a wrong
check digit is refused, naming it. Keys are generated, their check digits computed by
biip (the library the classifier reads them with) and by python-stdnum."""

from __future__ import annotations

from urllib.parse import quote

from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_messages import GS1Message
from hypothesis import given
from hypothesis import strategies as st
from stdnum import ean

from hubscan.core.outcome import outcome
from hubscan.core.scan import ScanClassifier, ScanKind

classify = ScanClassifier().classify

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
lot = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-", min_size=1, max_size=20)
domain = st.sampled_from(["https://id.gs1.org", "https://brand.example", "http://example.com/p", "HTTPS://ID.GS1.ORG"])


def with_check(body: str) -> str:
    return body + ean.calc_check_digit(body)


def wrong(key: str) -> str:
    return key[:-1] + str((int(key[-1]) + 1) % 10)


gtin_body = st.sampled_from([7, 11, 12, 13]).flatmap(lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n))
sscc_body = st.text(alphabet="0123456789", min_size=17, max_size=17)


def gtin_forms(gtin: str, batch: str, link: str) -> list[str]:
    g14 = gtin.rjust(14, "0")
    return [
        gtin,
        f"]C101{g14}10{batch}\x1d21S1",
        f"]d201{g14}17261231\x1d10{batch}",
        f"(01){g14}(10){batch}",
        f"]Q3{link}/01/{g14}/10/{quote(batch)}?17=261231",
        f"{link}/01/{g14}",
    ]


@given(gtin_body, lot, domain)
def test_a_gtin_reads_back_to_its_key_in_every_form(body: str, batch: str, link: str) -> None:
    gtin = with_check(body)
    for raw in gtin_forms(gtin, batch, link):
        scan = classify(raw)
        assert (scan.kind, scan.value) == (ScanKind.ITEM, gtin.rjust(14, "0")), raw


@given(gtin_body, lot, domain)
def test_a_gtin_with_a_wrong_check_digit_is_refused_naming_it(body: str, batch: str, link: str) -> None:
    bad = wrong(with_check(body))
    for raw in gtin_forms(bad, batch, link):
        scan = classify(raw)
        assert scan.kind is ScanKind.INVALID, raw
        message = outcome(scan.error_code or "", None, None, **scan.error_params).message
        assert "check digit" in message and bad.rjust(14, "0").lstrip("0") in message, (raw, message)


@given(sscc_body, domain)
def test_an_sscc_reads_back_to_its_key_and_a_wrong_check_digit_is_refused(body: str, link: str) -> None:
    key = with_check(body)
    for form in (key, f"00{key}", f"]C100{key}", f"]d200{key}", f"(00){key}", f"{link}/00/{key}"):
        scan = classify(form)
        assert (scan.kind, scan.value) == (ScanKind.SSCC, key), form
        refused = classify(form.replace(key, wrong(key)))
        assert (
            refused.kind is ScanKind.INVALID
            and "check digit" in outcome(refused.error_code or "", None, None, **refused.error_params).message
        )


def test_a_upc_e_read_as_the_upc_a_it_stands_for() -> None:
    assert classify("]E001234565").value == "00012345000065"  # UPC-E 0123456(5) = UPC-A 012345000065
    assert classify("01234565").value == "00000001234565"  # without ]E0, eight digits are an EAN-8


def test_a_product_barcodes_other_ais_are_kept() -> None:
    scan = classify("]d2010952123454321321SER7\x1d3103000150\x1d17261231")
    assert scan.kind is ScanKind.ITEM
    assert {(e.ai, e.value) for e in scan.gs1} >= {("21", "SER7"), ("3103", "000150"), ("17", "261231")}
    assert {e.ai: e.title for e in scan.gs1}["21"] == "SERIAL"


def test_a_web_address_that_is_no_digital_link_is_refused_with_a_reason() -> None:
    for raw in ("https://example.com/returns/help", "]Q1https://id.gs1.org/AREFNo9QbKE"):
        scan = classify(raw)
        assert scan.kind is ScanKind.INVALID and scan.error_code == "scan.bad_gs1"
        assert "compressed GS1 Digital Link" in scan.error_params["reason"]


@given(gtin_body, lot, st.sampled_from(["id.gs1.org", "brand.example", "returns.shop.example"]))
def test_what_biips_own_encoders_write_reads_back_to_the_same_key(body: str, batch: str, host: str) -> None:
    """The element string, its bracketed text and its Digital Link, each written by
    biip from one set of elements, all read as the same item with the same lot."""
    gtin14 = with_check(body).rjust(14, "0")
    message = GS1Message.parse(f"01{gtin14}10{batch}\x1d17261231")
    link = GS1DigitalLinkURI.from_element_strings(message.element_strings).as_uri(domain=host)
    for raw in (f"]C1{message.value}", message.as_hri(), f"]Q3{link}"):
        scan = classify(raw)
        assert (scan.kind, scan.value) == (ScanKind.ITEM, gtin14), raw
        assert {(e.ai, e.value) for e in scan.gs1} == {("01", gtin14), ("10", batch), ("17", "261231")}, raw
