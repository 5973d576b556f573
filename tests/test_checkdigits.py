from hypothesis import given
from hypothesis import strategies as st

from hubscan.core.checkdigits import gs1_valid, mod37_36_check_char, mod37_36_valid, s10_check_digit, s10_valid
from hubscan.core.connote import is_connote, make_connote


def test_published_gtins_check() -> None:
    assert gs1_valid("4006381333931")  # EAN-13 from the GS1 check digit calculator
    assert gs1_valid("036000291452")  # UPC-A
    assert gs1_valid("96385074")  # EAN-8
    assert not gs1_valid("4006381333932")


def test_s10_check_digit_follows_upu_weights() -> None:
    assert s10_check_digit("12345678") == 5
    assert s10_valid("RR123456785AU")
    assert not s10_valid("RR123456784AU")
    assert not s10_valid("rr123456785AU")


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=20), st.data())
def test_mod37_36_catches_every_single_substitution(body: str, data: st.DataObject) -> None:
    code = body + mod37_36_check_char(body)
    assert mod37_36_valid(code)
    position = data.draw(st.integers(0, len(code) - 1))
    other = data.draw(st.sampled_from([c for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != code[position]]))
    assert not mod37_36_valid(code[:position] + other + code[position + 1 :])


def test_connote_numbers_carry_hub_workstation_sequence_and_check() -> None:
    first = make_connote("SYD", "07", 1)
    assert first.startswith("CNSYD070000001") and len(first) == 15
    assert is_connote(first)
    assert first != make_connote("SYD", "08", 1) != make_connote("MEL", "07", 1)
    assert not is_connote(first[:-1] + ("0" if first[-1] != "0" else "1"))
