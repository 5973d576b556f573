"""The answer of a Zebra printer to ``~HS`` (host status), read into what matters."""

from __future__ import annotations

from dataclasses import dataclass

from hubscan.core.notices import Notice


@dataclass(frozen=True)
class HostStatus:
    paper_out: bool
    paused: bool
    buffer_full: bool
    under_temperature: bool
    over_temperature: bool
    head_open: bool
    ribbon_out: bool
    labels_waiting: int

    def problems(self) -> list[Notice]:
        """Each fault, in words an operator can act on."""
        faults = (
            (self.paper_out, "printer.paper_out"),
            (self.head_open, "printer.head_open"),
            (self.ribbon_out, "printer.ribbon_out"),
            (self.paused, "printer.paused"),
            (self.buffer_full, "printer.buffer_full"),
            (self.over_temperature, "printer.too_hot"),
            (self.under_temperature, "printer.too_cold"),
        )
        return [Notice(code) for present, code in faults if present]


class HostStatusError(ValueError):
    pass


def parse_host_status(answer: bytes) -> HostStatus:
    """Three ``STX ... ETX`` lines; line 1 ``aaa,b,c,dddd,eee,f,g,h,iii,j,k,l``, line 2
    ``mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www`` (ZPL manual, ~HS)."""
    lines = [part.strip(b"\x02\r\n ").decode("ascii", "replace") for part in answer.split(b"\x03")][:3]
    if len(lines) < 2:
        raise HostStatusError("printer status answer is incomplete")
    first, second = lines[0].split(","), lines[1].split(",")
    if len(first) < 12 or len(second) < 9:
        raise HostStatusError("printer status answer has too few fields")

    def flag(value: str) -> bool:
        return value.strip() == "1"

    return HostStatus(
        paper_out=flag(first[1]),
        paused=flag(first[2]),
        buffer_full=flag(first[5]),
        under_temperature=flag(first[10]),
        over_temperature=flag(first[11]),
        head_open=flag(second[2]),
        ribbon_out=flag(second[3]),
        labels_waiting=int(second[7]) if second[7].strip().isdigit() else 0,
    )
