"""A serial scale that speaks Mettler Toledo MT-SICS (level 0): the weight of a container.

Why MT-SICS: the bench asks when the dispatcher weighs (``S``, "send the stable
weight") and the balance answers one line saying whether the weight is stable, over
or under its range, so an unsteady container is never recorded by accident. A scale
that streams continuously would have to be parsed while it moves. The protocol is
ASCII lines ended by CR LF: ``S`` → ``S S     12.40 kg`` (stable), ``S I`` (it gave up
waiting for stability), ``S +`` (overload) or ``S -`` (underload); ``SI`` → ``S D …``
sends the weight at once, moving or not (used only to say what the scale showed);
``ES``/``ET``/``EL`` refuse a command. The value is right-aligned with spaces: split,
never cut by column. See ``docs/devices.md``.

The port is opened for each weighing and closed after, so a scale unplugged and
plugged in again between two containers is simply found again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import serial

log = logging.getLogger("hubscan.scale")

# Grams in one of each unit an MT-SICS balance may answer in.
UNITS: dict[str, Decimal] = {
    "mg": Decimal("0.001"),
    "g": Decimal(1),
    "kg": Decimal(1000),
    "t": Decimal(1_000_000),
    "lb": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}


@dataclass(frozen=True)
class ScaleSettings:
    url: str
    baudrate: int = 9600
    # ``S`` waits for stability before it answers: longer than the balance's own wait.
    timeout_s: float = 5.0


@dataclass(frozen=True)
class Reading:
    """A stable weight as the scale gave it (``shown``: "12.40 kg") and in grams."""

    grams: int
    shown: str


@dataclass
class ScaleError(Exception):
    """Why no weight was read: an outcome code (``scale.*``) and its values."""

    code: str
    params: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code} {self.params}"


PortOpener = Callable[..., Any]


class MtSicsScale:
    def __init__(self, settings: ScaleSettings, open_port: PortOpener = serial.serial_for_url) -> None:
        self.settings = settings
        self._open_port = open_port

    def weigh(self) -> Reading:
        """The stable weight on the scale now, or a ``ScaleError`` saying why not."""
        port = self._open()
        try:
            try:
                port.reset_input_buffer()  # an answer to an earlier, abandoned request
            except (serial.SerialException, OSError) as exc:
                raise ScaleError("scale.unplugged", {"url": self.settings.url}) from exc
            reply = self._ask(port, "S")
            status, value = _parse(reply, "S")
            if status == "S":
                assert value is not None
                return value
            if status == "I":
                raise ScaleError("scale.unstable", {"moving": self._moving(port)})
            raise ScaleError("scale.overload" if status == "+" else "scale.underload", {"url": self.settings.url})
        finally:
            port.close()

    def _open(self) -> Any:
        try:
            port = self._open_port(self.settings.url, baudrate=self.settings.baudrate, timeout=self.settings.timeout_s)
        except (serial.SerialException, OSError, ValueError) as exc:
            log.warning("scale %s cannot be opened: %s", self.settings.url, exc)
            raise ScaleError("scale.unplugged", {"url": self.settings.url}) from exc
        return port

    def _ask(self, port: Any, command: str) -> str:
        try:
            port.write(command.encode("ascii") + b"\r\n")
            raw = port.read_until(b"\n", 200)
        except (serial.SerialException, OSError) as exc:
            raise ScaleError("scale.unplugged", {"url": self.settings.url}) from exc
        if not raw.endswith(b"\n"):
            seconds = f"{self.settings.timeout_s:g}"
            raise ScaleError("scale.no_answer", {"url": self.settings.url, "seconds": seconds})
        return str(raw.decode("ascii", errors="replace")).strip()

    def _moving(self, port: Any) -> str:
        """What the scale shows while it moves (``SI``), for the answer; "" if it says nothing."""
        try:
            status, value = _parse(self._ask(port, "SI"), "S")
        except ScaleError:
            return ""
        return value.shown if value is not None and status in ("S", "D") else ""


def _parse(reply: str, command: str) -> tuple[str, Reading | None]:
    """A reply line: its status and, with a weight, the reading."""
    words = reply.split()
    if words and words[0] in ("ES", "ET", "EL"):
        raise ScaleError("scale.refused", {"reply": reply})
    if len(words) < 2 or words[0] != command:
        raise ScaleError("scale.unreadable", {"reply": reply[:60]})
    status = words[1]
    if status in ("S", "D"):
        if len(words) != 4 or words[3] not in UNITS:
            raise ScaleError("scale.unreadable", {"reply": reply[:60]})
        try:
            amount = Decimal(words[2])
        except InvalidOperation:
            raise ScaleError("scale.unreadable", {"reply": reply[:60]}) from None
        grams = int((amount * UNITS[words[3]]).to_integral_value())
        return status, Reading(grams, f"{words[2]} {words[3]}")
    if status in ("I", "+", "-"):
        return status, None
    raise ScaleError("scale.unreadable", {"reply": reply[:60]})
