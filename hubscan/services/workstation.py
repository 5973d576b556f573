"""The workstation as a screen uses it: a scan in, its outcome and what to show next,
produced on the one thread that writes (the GUI's writer thread). Its labels print on
the printer's own thread afterwards (``PrintQueue``), reported through ``on_printed``."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from hubscan.core.notices import Notice
from hubscan.core.operators import Permission
from hubscan.core.outcome import Outcome, outcome
from hubscan.core.papers import PAPER_KINDS
from hubscan.core.pins import PinGuard, pin_matches
from hubscan.core.policy import HubPolicy
from hubscan.core.preadvice import ImportReport, Progress
from hubscan.core.printjobs import label_for
from hubscan.core.readmodels import ExceptionEntry, PreadviceMatch, ReturnTimeline, StationSnapshot, TimelineStep
from hubscan.devices.preview import preview_png
from hubscan.devices.scale import MtSicsScale
from hubscan.services.evidence import EvidenceError, keep_photo
from hubscan.services.print_queue import PrintQueue
from hubscan.services.printing import LabelPrinting, PrintResult
from hubscan.services.scanning import ScanRecorder
from hubscan.services.settings_file import SettingsError, save_settings, save_token
from hubscan.services.weighing import weigh_if_asked
from hubscan.store import printjobs, readmodels
from hubscan.store.manifest import import_file_in_steps
from hubscan.store.operators import pin_hash
from hubscan.store.preadvice_search import find_preadvice
from hubscan.store.store import LocalStore

if TYPE_CHECKING:  # requests loads only when a central service is set up (start-up time)
    from hubscan.sync.client import CentralClient

log = logging.getLogger("hubscan.ui")

PREVIEW_DPI = 96  # a screen's worth of the 4x6 in label


@dataclass(frozen=True)
class LabelPreview:
    """The label a scan made, as the screen shows it (its print job's kind and a PNG)."""

    kind: str
    png: bytes


@dataclass(frozen=True)
class ScanAnswer:
    raw: str
    outcome: Outcome
    snapshot: StationSnapshot
    label: LabelPreview | None = None


def _detail(detail: dict[str, object]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in detail.items() if value not in (None, ""))


class Workstation:
    """``scan`` and the methods that write: one thread only (the GUI's writer thread,
    or a test). ``timeline`` only reads and asks the central service, so the GUI runs
    it on its lookup thread, where a slow network never holds a scan up."""

    def __init__(
        self,
        store: LocalStore,
        policy: HubPolicy,
        printing: LabelPrinting,
        central: CentralClient | None = None,
        on_printed: Callable[[list[PrintResult]], None] = lambda results: None,
        scale: MtSicsScale | None = None,
    ) -> None:
        self.store = store
        self.scale = scale
        self.central = central
        self.policy = policy
        self.recorder = ScanRecorder(store, policy)
        self.printing = printing
        self.prints = PrintQueue(printing, on_printed)
        self.pins = PinGuard()
        with store.reading() as connection:
            self._shift = readmodels.shift_mark(connection, self.recorder.context.operator)

    def login_with_pin(self, badge: str, pin: str, now: Callable[[], float] = time.monotonic) -> ScanAnswer:
        """A typed badge id and its PIN; right, it is the badge's login scan. Wrong ones
        are answered like refused scans: nothing recorded, and the PIN never logged."""
        badge = badge.strip().upper()
        found, stored = pin_hash(self.store, badge)
        refused = None
        if not found:
            refused = outcome("auth.unknown_badge", badge=badge)
        elif (locked := self.pins.locked_for(badge, now())) > 0:
            refused = outcome("auth.pin_locked", badge=badge, minutes=max(1, round(locked / 60)))
        elif stored is None:
            refused = outcome("auth.no_pin", badge=badge)
        elif not pin_matches(pin, stored):
            self.pins.failed(badge, now())
            refused = outcome("auth.pin_wrong", badge=badge)
        if refused is not None:
            log.warning("typed login for %s refused: %s", badge, refused.code)
            return ScanAnswer(f"HS:LOGIN:{badge}", refused, self.snapshot())
        self.pins.succeeded(badge)
        return self.scan(f"HS:LOGIN:{badge}")

    def scan(self, raw: str) -> ScanAnswer:
        result = self.recorder.scan(raw)  # returns only after the commit
        effects = result.effects
        result = weigh_if_asked(self.recorder, self.scale, result)
        if effects.operator_changed:
            with self.store.reading() as connection:
                self._shift = readmodels.shift_mark(connection, self.recorder.context.operator)
        self.prints.after_commit(effects)
        return ScanAnswer(raw, result, self.snapshot(), self._preview(effects.print_jobs))

    def _preview(self, job_ids: tuple[int, ...]) -> LabelPreview | None:
        """The label just made, rendered for the screen while it goes to the printer."""
        job = printjobs.get_job(self.store, job_ids[-1]) if job_ids else None
        return LabelPreview(job.kind, preview_png(label_for(job), PREVIEW_DPI)) if job is not None else None

    def close(self) -> None:
        """Send the labels already queued, then stop the printer's thread."""
        self.prints.close()

    def reprint_last(self, reason: str) -> PrintResult:
        """Reprint this station's last label (COPY n), with who and why kept."""
        found = readmodels.operator(self.store, self.recorder.context.operator)
        if found is None or not found.may(Permission.REPRINT):
            return PrintResult(0, "reprint", False, Notice("reprint.not_allowed"))
        if not reason.strip():
            return PrintResult(0, "reprint", False, Notice("reprint.no_reason"))
        # The last label, not papers reprinted since from the command line.
        latest = [job for job in printjobs.list_jobs(self.store, limit=50) if job.kind not in PAPER_KINDS][:1]
        if not latest:
            return PrintResult(0, "reprint", False, Notice("reprint.nothing"))
        return self.printing.reprint(latest[0].id, found.badge, reason.strip())

    def add_photo(self, source: Path) -> ScanAnswer:
        """Keep ``source`` as evidence of the rejection under way, then tell the scan
        stream (so it is journaled and goes into the Return Rejected event)."""
        tracking = self.recorder.context.parcel
        if tracking is None:
            return ScanAnswer(str(source), outcome("parcel.none"), self.snapshot())
        try:
            kept = keep_photo(self.store.evidence_folder, tracking, source)
        except EvidenceError as exc:
            refused = outcome("reject.photo_unusable", tracking, reason=str(exc))
            return ScanAnswer(str(source), refused, self.snapshot())
        return self.scan(f"HS:EVIDENCE:{kept}")

    def import_manifest(self, path: Path, progress: Progress) -> ImportReport:
        """A pre-advice file imported while scanning goes on (its own thread: long work)."""
        return import_file_in_steps(self.store, path, progress)

    def save_settings(self, path: Path, changes: dict[str, object], token: str) -> tuple[bool, str]:
        """The Settings view's save: (done, what to tell the admin)."""
        try:
            save_settings(path, changes)
            if token:
                hub, workstation = (
                    str(changes.get("hub_id") or self.policy.hub_id),
                    str(changes.get("workstation_id") or self.policy.workstation_id),
                )
                save_token(hub, workstation, token)
        except SettingsError as exc:
            return False, str(exc)
        return True, f"saved to {path}; the new ids, scanner, printer and central service apply at the next start"

    def print_test_to(self, url: str, dpi: int) -> PrintResult:
        """A test label on a printer being set up (not yet this station's)."""
        try:
            printing = LabelPrinting.for_url(self.store, url or None, dpi)
        except ValueError:
            return PrintResult(0, "test label", False, Notice("print.bad_url", {"url": repr(url)}))
        return printing.print_test()

    def snapshot(self) -> StationSnapshot:
        return readmodels.station_snapshot(self.store, self.recorder.context, self._shift)

    def timeline(self, tracking: str) -> ReturnTimeline:
        """What this workstation recorded, then what the central service knows (when
        one is set up; a failure to ask is said, never raised)."""
        found = readmodels.local_timeline(self.store, tracking.strip().upper())
        if self.central is None:
            return replace(found, central_note="no central service is set up")
        from hubscan.sync.client import CentralRefused, CentralUnavailable

        try:
            answer = self.central.timeline(found.tracking)
        except (CentralUnavailable, CentralRefused) as exc:
            return replace(found, central_note=f"central service: {exc}")
        steps = tuple(
            TimelineStep(step["at"], step["status"], step.get("hub") or "", "", _detail(step.get("detail") or {}))
            for step in answer.get("statuses", [])
        )
        return replace(found, central=steps, central_note=None if steps else "the central service has nothing yet")

    def exceptions(self) -> list[ExceptionEntry]:
        return readmodels.exceptions(
            self.store,
            hold_labels=self.policy.hold_reasons,
            ageing_after=timedelta(hours=self.policy.ageing_hours),
        )

    def create_return(
        self, tracking: str, destination: str, retailer: str, fields: dict[str, str] | None = None
    ) -> ScanAnswer:
        """A supervisor gives an unexpected parcel its return from the Exceptions view:
        the command a scanner may send, naming the parcel, so the station's current
        parcel stays as it was. ``fields``: order, customer, type (one word each)."""
        given = " ".join(f"{name}={value.strip()}" for name, value in (fields or {}).items() if value.strip())
        words = [tracking.strip(), destination.strip(), " ".join(retailer.split()), given]
        return self.scan("HS:CREATE:" + " ".join(word for word in words if word))

    def find_preadvice(self, text: str) -> list[PreadviceMatch]:
        """Pre-advised returns not arrived yet, by order number, customer reference, SKU
        or barcode: for a parcel that was not pre-advised."""
        with self.store.reading() as connection:
            return find_preadvice(connection, text, self.policy.hub_id)

    def link_return(self, tracking: str, preadvice: str) -> ScanAnswer:
        """A supervisor links an unexpected parcel to its pre-advised return from the
        Exceptions view: the command a scanner may send, naming the parcel."""
        return self.scan(f"HS:LINK:{tracking.strip()} {preadvice.strip()}")

    def settle_misrouted(self, tracking: str, forward: bool) -> ScanAnswer:
        """A supervisor sends a misrouted parcel on to its hub, or keeps it here, from the
        Exceptions view: the command a scanner may send, naming the parcel."""
        return self.scan(f"HS:{'FORWARD' if forward else 'KEEP'}:{tracking.strip()}")

    def destinations(self) -> list[tuple[str, str]]:
        """The destinations the hub knows, (code, name), for a person to pick from."""
        return readmodels.destinations(self.store)

    def resolve_exception(self, tracking: str, note: str, escalate: bool = False) -> ScanAnswer:
        """A supervisor's resolution from the Exceptions view (``escalate``: a refusal
        handed to the office): the same command a scanner may send, so it is journaled,
        checked and shared like any scan."""
        command = "ESCALATE" if escalate else "RESOLVE"
        return self.scan(f"HS:{command}:{tracking.strip()} {' '.join(note.split())}".rstrip())
