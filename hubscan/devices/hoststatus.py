"""The answer of a Zebra printer to ``~HS`` (host status), read into what matters."""

from __future__ import annotations

from dataclasses import dataclass


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

    def problems(self) -> list[str]:
        """Each fault in words an operator can act on."""
        found = []
        if self.paper_out:
            found.append("out of labels: load a new roll")
        if self.head_open:
            found.append("the print head is open: close it")
        if self.ribbon_out:
            found.append("out of ribbon: load a new ribbon")
        if self.paused:
            found.append("paused: press PAUSE on the printer to resume")
        if self.buffer_full:
            found.append("its memory is full: wait a moment")
        if self.over_temperature:
            found.append("the head is too hot: let it cool down")
        if self.under_temperature:
            found.append("the head is too cold: wait for it to warm up")
        return found


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
