"""The MT-SICS scale, read through a real serial port: a balance emulated on a pty."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ptyscale import PtyScale

from hubscan.devices.scale import MtSicsScale, Reading, ScaleError, ScaleSettings


@pytest.fixture
def balance(tmp_path: Path) -> Iterator[PtyScale]:
    fake = PtyScale(tmp_path / "ttyScale")
    yield fake
    fake.unplug()


def scale_at(balance: PtyScale, timeout_s: float = 2.0) -> MtSicsScale:
    return MtSicsScale(ScaleSettings(str(balance.link), timeout_s=timeout_s))


def test_a_stable_weight_is_read_in_grams(balance: PtyScale) -> None:
    balance.put("12.40")
    assert scale_at(balance).weigh() == Reading(12_400, "12.40 kg")
    balance.unit, balance.load = "g", "875.5"
    assert scale_at(balance).weigh() == Reading(876, "875.5 g")
    balance.unit, balance.load = "lb", "10.000"
    assert scale_at(balance).weigh().grams == 4536
    assert balance.commands[0] == "S"


def test_a_scale_that_does_not_settle_says_what_it_showed(balance: PtyScale) -> None:
    balance.put("7.83", settled=False)
    with pytest.raises(ScaleError) as raised:
        scale_at(balance).weigh()
    assert raised.value.code == "scale.unstable"
    assert raised.value.params["moving"] == "7.83 kg"
    assert balance.commands == ["S", "SI"]


@pytest.mark.parametrize(("state", "code"), [("overload", "scale.overload"), ("underload", "scale.underload")])
def test_out_of_range_is_named(balance: PtyScale, state: str, code: str) -> None:
    balance.state = state
    with pytest.raises(ScaleError) as raised:
        scale_at(balance).weigh()
    assert raised.value.code == code


def test_a_zero_weight_is_read_as_zero_for_the_rules_to_refuse(balance: PtyScale) -> None:
    balance.put("0.00")
    assert scale_at(balance).weigh().grams == 0


def test_a_silent_scale_is_given_up_after_the_timeout(balance: PtyScale) -> None:
    balance.state = "silent"
    with pytest.raises(ScaleError) as raised:
        scale_at(balance, timeout_s=0.3).weigh()
    assert raised.value.code == "scale.no_answer"
    assert raised.value.params["seconds"] == "0.3"


@pytest.mark.logs("cannot be opened")
def test_an_unplugged_scale_is_named_and_found_again_when_plugged_in(balance: PtyScale) -> None:
    scale = scale_at(balance)
    balance.unplug()
    with pytest.raises(ScaleError) as raised:
        scale.weigh()
    assert raised.value.code == "scale.unplugged"
    assert str(balance.link) in raised.value.params["url"]
    balance.plug()
    balance.put("3.10")
    assert scale.weigh().grams == 3100


@pytest.mark.parametrize("reply", ["ES", "S S  12.4", "S S abc kg", "X S 1 kg", "S Q"])
def test_replies_that_are_not_a_weight_are_refused_not_guessed(reply: str) -> None:
    class OneReply:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def reset_input_buffer(self) -> None:
            pass

        def write(self, data: bytes) -> None:
            pass

        def read_until(self, expected: bytes, size: int) -> bytes:
            return reply.encode() + b"\r\n"

        def close(self) -> None:
            pass

    # An in-memory port (not a pty): the reply is what is under test, not the port.
    with pytest.raises(ScaleError) as raised:
        MtSicsScale(ScaleSettings("memory"), open_port=OneReply).weigh()
    assert raised.value.code == ("scale.refused" if reply == "ES" else "scale.unreadable")


def test_a_port_that_fails_once_open_is_closed_and_named() -> None:
    import serial

    closed: list[bool] = []

    class PulledOut:  # in memory: the driver's error is what is under test, not the port
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def reset_input_buffer(self) -> None:
            raise serial.SerialException("device reports readiness to read but returned no data")

        def close(self) -> None:
            closed.append(True)

    with pytest.raises(ScaleError) as raised:
        MtSicsScale(ScaleSettings("memory"), open_port=PulledOut).weigh()
    assert raised.value.code == "scale.unplugged" and closed == [True]
