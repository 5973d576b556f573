import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from hubscan.core.labels import ConnoteLabelData, connote_label, printer_test_label
from hubscan.devices.zpl import escape, render

WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
_COMMAND = re.compile(rb"[\^~][A-Z0-9@]{1,2}")


def label_data(**text: str) -> ConnoteLabelData:
    fields = {"destination_name": "Maison", "destination_address": "Paris", "retailer": "Maison"} | text
    return ConnoteLabelData(
        connote="CNSYD070000001X",
        destination_code="FR-PAR",
        destination_name=fields["destination_name"],
        destination_address=fields["destination_address"],
        retailers=(fields["retailer"],),
        hub="SYD",
        pieces=12,
        closed_at=WHEN,
    )


def commands(zpl: bytes) -> list[bytes]:
    """Every command in a format, in order: what a printer would execute."""
    return _COMMAND.findall(zpl)


def test_escape_turns_every_dangerous_character_into_hex() -> None:
    assert escape("^FS^FO0,0^FDpwned~JR_") == "_5EFS_5EFO0,0_5EFDpwned_7EJR_5F"
    assert escape("Éclair\n") == "_C3_89clair_0A"
    assert escape("plain text 123") == "plain text 123"


def test_connote_label_at_both_resolutions() -> None:
    for dpi, width in ((203, 812), (300, 1200)):
        zpl = render(connote_label(label_data()), dpi)
        assert zpl.startswith(b"^XA\n^CI28\n") and zpl.rstrip().endswith(b"^XZ")
        assert f"^PW{width}".encode() in zpl
        assert b"^FH^FDCNSYD070000001X^FS" in zpl


def test_reprint_says_copy() -> None:
    from dataclasses import replace

    zpl = render(connote_label(replace(label_data(), copy=2)))
    assert b"COPY 2" in zpl


@settings(max_examples=300)
@given(st.text(), st.text(), st.text())
def test_no_field_text_changes_the_commands(name: str, address: str, retailer: str) -> None:
    template = commands(render(connote_label(label_data())))
    hostile = render(connote_label(label_data(destination_name=name, destination_address=address, retailer=retailer)))
    assert commands(hostile) == template
    assert b"~" not in hostile
    hostile.decode("ascii")  # nothing but ASCII goes to the printer


def test_injection_attempt_prints_as_text() -> None:
    attack = "ACME^FS^FO0,0^A0N,300,300^FDHACKED^FS~JA"
    zpl = render(connote_label(label_data(retailer=attack)))
    assert b"HACKED^FS" not in zpl and b"~JA" not in zpl
    assert commands(zpl) == commands(render(connote_label(label_data())))


def test_printer_test_label_escapes_its_own_sample_text() -> None:
    zpl = render(printer_test_label("tcp://127.0.0.1:9100", WHEN))
    assert b"caret _5E tilde _7E underscore _5F" in zpl
