"""What devices and print jobs tell a person, as a code and parameters.

Like outcomes: the English template lives here, ``str()`` gives the English words (logs,
the command line, the database), and the window translates the template (Qt context
"devices") and fills in the parameters, so every language can say it in its own order.
A parameter may itself be a notice, or a tuple of notices (joined with "; ").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Union

Param = Union[str, "Notice", tuple["Notice", ...]]

TEMPLATES: dict[str, str] = {
    # printers
    "printer.unreachable": (
        "printer {url} does not answer ({reason}). Check that it is on and connected to the network, then print again."
    ),
    "printer.silent": (
        "printer {url} gives no status: it is probably out of labels, its head is open or it is in an error "
        "state. Check the printer, close the head, press FEED, then print again."
    ),
    "printer.unreadable": "printer {url} sent a status HubScan cannot read ({reason}). Is it a Zebra?",
    "printer.faults": "printer {url}: {faults}. Then print again.",
    "printer.dropped": "printer {url} dropped the job ({reason}). Print again.",
    "printer.file": "cannot write labels to {path}: {reason}",
    "printer.paper_out": "out of labels: load a new roll",
    "printer.head_open": "the print head is open: close it",
    "printer.ribbon_out": "out of ribbon: load a new ribbon",
    "printer.paused": "paused: press PAUSE on the printer to resume",
    "printer.buffer_full": "its memory is full: wait a moment",
    "printer.too_hot": "the head is too hot: let it cool down",
    "printer.too_cold": "the head is too cold: wait for it to warm up",
    # the operating system's print spooler
    "spooler.unknown_queue": (
        "print queue {queue} is not known to the spooler ({reason}). Check the queue name in the settings, "
        "or add the printer to the system."
    ),
    "spooler.stopped": "print queue {queue} is stopped. Start it again (cupsenable {name}).",
    "spooler.failed": "print queue {queue}: {reason}",
    "spooler.not_queued": (
        "print queue {queue} did not accept the job. Check the queue in the printer settings of the system, "
        "then print again."
    ),
    # print jobs
    "print.no_printer": "{what} waits: no printer is set for this station",
    "print.failed": (
        "{what} NOT printed: {fault} It is kept as print job {job}: scan HS:RETRY when the printer is ready "
        "(or hubscan print retry {job})."
    ),
    "print.failed_now": "{what} NOT printed: {fault}",
    "print.done": "{what} printed on {url}",
    "print.label": "{kind} label {reference}",
    "print.label_copy": "{kind} label {reference} (copy {copy})",
    "print.test_label": "test label",
    "print.kind.connote": "connote",
    "print.kind.rejection": "rejection",
    "print.kind.container": "container",
    "print.paper": "{kind} {reference}",
    "print.paper_copy": "{kind} {reference} (copy {copy})",
    "print.kind.parcel_list": "parcel list",
    "print.kind.customs_papers": "commercial invoice and packing list",
    "papers.folder": "cannot keep the papers in {path}: {reason}",
    "papers.layout": "the papers cannot be laid out ({reason})",
    "papers.windows_queue": (
        "HubScan sends PDF papers to a CUPS print queue only: on Windows, print them from the folder {path}"
    ),
    "print.bad_url": "printer {url}: use tcp://HOST:9100, spooler://QUEUE or file://PATH",
    "reprint.not_allowed": "only a dispatcher or an admin reprints labels",
    "reprint.no_reason": "give the reason for the reprint (torn, smudged, lost...)",
    "reprint.nothing": "no label has been printed here yet",
    "print.command_sheet": "{station} command sheet",
    # serial scanners
    "scanner.waiting": "scanner {url} not found: check its cable; HubScan keeps looking for it",
    "scanner.connected": "scanner {url} connected",
    "scanner.lost": "scanner {url} unplugged or lost ({reason}): plug it back in; HubScan reconnects by itself",
    "scanner.closed": "scanner {url} closed",
}


@dataclass(frozen=True)
class Notice:
    code: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEMPLATES:
            raise KeyError(f"no notice template {self.code!r}")

    def render(self, translate: Callable[[str], str]) -> str:
        """The words, each template passed through ``translate`` first."""
        values = {key: _render(value, translate) for key, value in self.params.items()}
        english = TEMPLATES[self.code]
        try:
            return translate(english).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the words
            return english.format(**values)

    def __str__(self) -> str:
        return self.render(_english)


def _english(template: str) -> str:
    return template


def _render(value: Param, translate: Callable[[str], str]) -> str:
    if isinstance(value, Notice):
        return value.render(translate)
    if isinstance(value, tuple):
        return "; ".join(v.render(translate) for v in value)
    return value
