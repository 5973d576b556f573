"""Every setting a station reads (``SETTINGS``): its key, type, default, meaning, what
is allowed and its environment variable (``HUBSCAN_`` + the key in capitals, dots as
underscores). ``config.py`` reads and checks values against it; ``docs/configuration.md``
is generated from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hubscan.core.policy import DEFAULT_DISPOSITIONS, DEFAULT_HOLD_REASONS, DEFAULT_REASONS
from hubscan.core.scan import ScanFormat


def _regex_problem(pattern: Any) -> str | None:
    try:
        re.compile(str(pattern))
    except re.error as exc:
        return f"{pattern!r} is not a valid regular expression ({exc})"
    return None


def _central_url(url: str) -> str | None:
    if url and not url.startswith(("http://", "https://")):
        return f"{url!r} must start with https:// (or http:// on a test bench)"
    return None


def _printer_url(url: str) -> str | None:
    if url and not url.startswith(("tcp://", "spooler://", "file://")):
        return f"{url!r}: use tcp://HOST:9100, spooler://QUEUE or file://PATH"
    return None


def _one_of(*allowed: Any) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"{value!r} is not one of {', '.join(map(str, allowed))}"

    return check


def _at_least(low: int, unit: str) -> Callable[[Any], str | None]:
    return lambda value: None if value >= low else f"{value}: give at least {low} {unit}"


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    meaning: str
    # Returns what is wrong with a value of the right type, or None.
    check: Callable[[Any], str | None] | None = None

    @property
    def env(self) -> str:
        return "HUBSCAN_" + self.key.upper().replace(".", "_")


_FORMAT = ScanFormat()
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

SETTINGS: tuple[Setting, ...] = (
    Setting("hub_id", str, "HUB", "This hub's id: 3 upper-case letters or digits (in connote numbers)."),
    Setting("workstation_id", str, "01", "This workstation's id within the hub: 2 letters or digits."),
    Setting("grades", list, ["A", "B", "C", "D"], "Condition grades an item can be given (HS:GRADE:<grade>)."),
    Setting("default_grade", str, "A", "Grade an item gets until another is scanned."),
    Setting("reject_reasons", dict, dict(DEFAULT_REASONS), "Reject reason codes (HS:REASON:<code>) and their labels."),
    Setting(
        "hold_reasons",
        dict,
        dict(DEFAULT_HOLD_REASONS),
        "Hold reason codes (HS:HOLD:<code> [note]) and their labels; the first is a plain HS:HOLD's.",
    ),
    Setting(
        "dispositions",
        dict,
        dict(DEFAULT_DISPOSITIONS),
        "Item dispositions (HS:DISPOSITION:<code>) and their labels, where the pre-advice names no list of its own.",
    ),
    Setting("ageing_hours", int, 48, "Hours a parcel may stay in the hub before it is listed as ageing."),
    Setting(
        "scan.tracking_patterns",
        list,
        list(_FORMAT.tracking_patterns),
        "Regular expressions for tracking numbers besides UPU S10 (checked with their check digit).",
        lambda patterns: "; ".join(p for p in map(_regex_problem, patterns) if p) or None,
    ),
    Setting(
        "scan.badge_pattern", str, _FORMAT.badge_pattern, "Regular expression for an operator badge.", _regex_problem
    ),
    Setting("scan.max_length", int, _FORMAT.max_length, "Longest scan accepted, in characters.", _at_least(8, "chars")),
    Setting(
        "printer.url",
        str,
        "",
        "Label printer: tcp://HOST:9100, spooler://QUEUE or file://PATH; empty: none.",
        _printer_url,
    ),
    Setting("printer.dpi", int, 203, "The label printer's resolution: 203 or 300 dpi.", _one_of(203, 300)),
    Setting(
        "papers.folder",
        str,
        "",
        "Folder where the dispatch papers (parcel list PDF and CSV) are kept; empty: 'papers' beside the database.",
    ),
    Setting(
        "papers.printer",
        str,
        "",
        "Office printer for the dispatch papers: spooler://QUEUE (a CUPS queue); empty: the folder only.",
        lambda url: None if not url or url.startswith("spooler://") else f"{url!r}: use spooler://QUEUE",
    ),
    Setting(
        "central.url", str, "", "The central service, e.g. https://central.example:8443; empty: offline.", _central_url
    ),
    Setting("central.ca_bundle", str, "", "A CA bundle file to verify the central service's TLS with; empty: system."),
    Setting("scanner.url", str, "", "Serial scanner port (/dev/ttyACM0, COM3); empty: keyboard-wedge scanners only."),
    Setting("scanner.baudrate", int, 9600, "Serial scanner speed in baud.", _at_least(300, "baud")),
    Setting(
        "scale.url", str, "", "Serial scale speaking MT-SICS (/dev/ttyUSB0, COM4); empty: weights are typed by hand."
    ),
    Setting("scale.baudrate", int, 9600, "Serial scale speed in baud.", _at_least(300, "baud")),
    Setting(
        "dispatch.gs1_company_prefix",
        str,
        "",
        "The hub's GS1 company prefix (6-12 digits): HubScan numbers and prints container SSCC labels under it; "
        "empty: only pre-printed container labels.",
    ),
    Setting("dispatch.sscc_extension", str, "0", "The SSCC extension digit of the containers HubScan numbers."),
    Setting(
        "dispatch.container_kinds",
        list,
        ["BAG", "CAGE", "PALLET"],
        "Kinds of container (HS:CONTAINER:<kind>); the first is opened when a parcel comes and none is open.",
    ),
    Setting(
        "dispatch.sender_name",
        str,
        "",
        "The hub's name as the connote and the dispatch papers give the sender, e.g. ACME Returns Hub Sydney.",
    ),
    Setting(
        "dispatch.sender_address",
        str,
        "",
        "The hub's address as the sender, its lines separated by new lines (\\n in the file).",
    ),
    Setting(
        "dispatch.customs_territory",
        str,
        "",
        "The hub's customs territory, e.g. AU or EU; empty: no consolidation needs export papers.",
    ),
    Setting(
        "dispatch.destination_territories",
        dict,
        {},
        'Destinations in another customs territory than the hub, and that territory (FR-PAR = "EU"): '
        "their consolidations need every item's customs data and print a commercial invoice and packing list.",
    ),
    Setting(
        "ui.idle_logout_minutes", int, 15, "Log the operator out after this many idle minutes.", _at_least(1, "minute")
    ),
    Setting(
        "ui.language",
        str,
        "en",
        "The window's language: en (English), fr (French) or nl (Dutch).",
        _one_of("en", "fr", "nl"),
    ),
    Setting("log.dir", str, "", "Folder for the log files and crash reports; empty: the platform's log folder."),
    Setting(
        "log.level",
        str,
        "INFO",
        "Least important log messages kept: DEBUG, INFO, WARNING or ERROR.",
        _one_of(*LOG_LEVELS),
    ),
)
BY_KEY = {setting.key: setting for setting in SETTINGS}
DICT_SETTINGS = frozenset(setting.key for setting in SETTINGS if setting.kind is dict)
