import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubscan.core.outcome import CATALOG, outcome
from hubscan.core.scan import ScanClassifier, ScanFormat, ScanKind

classify = ScanClassifier().classify


@pytest.mark.parametrize(
    ("raw", "kind", "value"),
    [
        ("RR123456785AU", ScanKind.TRACKING, "RR123456785AU"),
        ("rr123456785au\r\n", ScanKind.TRACKING, "RR123456785AU"),
        ("SEKO00012345678", ScanKind.TRACKING, "SEKO00012345678"),
        ("OP1001", ScanKind.BADGE, "OP1001"),
        ("4006381333931", ScanKind.ITEM, "04006381333931"),
        ("]E04006381333931", ScanKind.ITEM, "04006381333931"),
        ("96385074", ScanKind.ITEM, "00000096385074"),
        ("106141411234567897", ScanKind.SSCC, "106141411234567897"),
        ("]C100106141411234567897", ScanKind.SSCC, "106141411234567897"),
        ("]C1010400638133393110LOT42\x1d21SER9", ScanKind.ITEM, "04006381333931"),
        ("]d2010400638133393117261231", ScanKind.ITEM, "04006381333931"),
        ("(01)04006381333931(10)ABC", ScanKind.ITEM, "04006381333931"),
        ("HS:DONE", ScanKind.COMMAND, "DONE"),
        ("hs:station:process", ScanKind.COMMAND, "STATION"),
        ("Some SKU-1", ScanKind.TEXT, "Some SKU-1"),
    ],
)
def test_classifies(raw: str, kind: ScanKind, value: str) -> None:
    scan = classify(raw)
    assert (scan.kind, scan.value) == (kind, value)


def test_gs1_keeps_every_element_and_the_symbology() -> None:
    scan = classify("]C1010400638133393110LOT42\x1d21SER9")
    assert scan.symbology == "]C1"
    assert [(e.ai, e.value) for e in scan.gs1] == [("01", "04006381333931"), ("10", "LOT42"), ("21", "SER9")]


def test_command_arguments() -> None:
    assert classify("HS:STATION:process").argument == "PROCESS"
    assert classify("HS:NOTE:Box crushed, item ok").argument == "Box crushed, item ok"
    assert classify("HS:LOGIN:op2001").argument == "OP2001"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "scan.empty"),
        ("   \r\n", "scan.empty"),
        ("]C1", "scan.empty"),
        ("X" * 201, "scan.too_long"),
        ("RR123\x07456785AU", "scan.control_chars"),
        ("4006381333932", "scan.bad_check_digit"),
        ("RR123456784AU", "scan.bad_check_digit"),
        ("]C10104006381333932", "scan.bad_gs1"),
        ("]C1051234", "scan.bad_gs1"),
        ("]C1991234", "scan.gs1_without_key"),
        ("]C110LOT", "scan.gs1_without_key"),
        ("(01)123", "scan.bad_gs1"),
        ("HS:EXPLODE", "scan.unknown_command"),
        ("HS:STATION", "scan.command_needs_value"),
        ("HS:DONE:NOW", "scan.command_takes_no_value"),
        ("caf\ufffd", "scan.bad_encoding"),
    ],
)
def test_bad_input_gets_a_clear_error(raw: str, code: str) -> None:
    scan = classify(raw)
    assert scan.kind is ScanKind.INVALID
    assert scan.error_code == code
    message = outcome(code, None, None, **scan.error_params).message
    assert message and "{" not in message


def test_configured_formats_are_used() -> None:
    custom = ScanClassifier(ScanFormat(tracking_patterns=(r"ZZ[0-9]{6}",), badge_pattern=r"B[0-9]{3}", max_length=10))
    assert custom.classify("ZZ123456").kind is ScanKind.TRACKING
    assert custom.classify("B123").kind is ScanKind.BADGE
    assert custom.classify("OP1001").kind is ScanKind.TEXT
    assert custom.classify("ZZ12345678901").error_code == "scan.too_long"


@given(st.text(max_size=300))
def test_no_input_crashes_the_classifier(raw: str) -> None:
    scan = classify(raw)
    if scan.kind is ScanKind.INVALID:
        assert scan.error_code in CATALOG
        outcome(scan.error_code, None, None, **scan.error_params)
    else:
        assert scan.value


@given(st.binary(max_size=120))
def test_no_bytes_crash_it_either(data: bytes) -> None:
    scan = classify(data.decode("utf-8", errors="replace"))
    assert scan.kind is not ScanKind.INVALID or scan.error_code in CATALOG


@given(st.sampled_from(["]C1", "]d2", "]Q3", "]e0", ""]), st.text(alphabet="0123456789\x1dABC()", max_size=60))
def test_gs1_like_noise_never_crashes(prefix: str, body: str) -> None:
    scan = classify(prefix + body)
    assert scan.kind is not ScanKind.INVALID or scan.error_code in CATALOG
