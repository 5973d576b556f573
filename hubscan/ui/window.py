"""The workstation window: login, the four stations, exceptions; the scanner drives it.

Every input (serial scanner, keyboard wedge, a station button, a function key, the
typed badge) becomes a line of the scan stream and goes to the writer thread; the
window only shows what comes back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubscan.core.notices import Notice
from hubscan.core.operators import Permission, Role
from hubscan.core.printjobs import CONNOTE
from hubscan.core.readmodels import ExceptionEntry, ReturnTimeline, StationSnapshot, SyncStatus
from hubscan.core.records import Station
from hubscan.core.scan import ScanClassifier, lookup_key
from hubscan.core.session import allowed_stations
from hubscan.ui.camera import CameraDialog, choose_photo_file, has_camera
from hubscan.ui.create_return import CreateReturnAction
from hubscan.ui.exceptions_view import ExceptionsView
from hubscan.ui.i18n import LANGUAGES
from hubscan.ui.link_return import LinkReturnAction
from hubscan.ui.login_view import LoginView
from hubscan.ui.longwork import ImportThread, ManifestImport
from hubscan.ui.lookup import LookupThread
from hubscan.ui.panels import nav_button
from hubscan.ui.reprint import ReprintAction
from hubscan.ui.resolve import MisroutedAction, ResolveAction
from hubscan.ui.search_view import SearchView
from hubscan.ui.settings_view import SettingsSaver, SettingsView
from hubscan.ui.sounds import FeedbackSounds
from hubscan.ui.station_view import StationView
from hubscan.ui.sync_view import SyncView
from hubscan.ui.text import notice_text, outcome_text
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # services load on the writer thread, after the first paint
    from hubscan.services.printing import PrintResult
    from hubscan.services.workstation import ScanAnswer

log = logging.getLogger("hubscan.ui")

_KEYS = {Station.RECEIVE: "F1", Station.PROCESS: "F2", Station.REJECT: "F3", Station.CONSOLIDATE: "F4"}


class MainWindow(QMainWindow):
    scan_submitted = Signal(str)
    answer_shown = Signal(object)  # ScanAnswer, once it is on screen (GUI thread)
    labels_printed = Signal(object)  # list[PrintResult], once shown (GUI thread)
    exceptions_shown = Signal()
    timeline_shown = Signal()
    language_requested = Signal(str)

    def __init__(
        self,
        writer: WriterThread,
        hub: str,
        workstation: str,
        sounds: FeedbackSounds | None = None,
        idle_logout_s: int = 900,
        language: str = "en",
        sync_configured: bool = False,
        lookup: LookupThread | None = None,
        importer: ImportThread | None = None,
        settings_file: Path | None = None,
        current_settings: dict[str, object] | None = None,
        classifier: ScanClassifier | None = None,
    ) -> None:
        super().__init__()
        self.language = language
        self.writer = writer
        self.sounds = sounds
        self.snapshot: StationSnapshot | None = None
        self.setWindowTitle(self.tr("HubScan \u2014 hub {0}, workstation {1}").format(hub, workstation))
        self.login = LoginView(hub, workstation)
        self.station = StationView()
        self.exceptions = ExceptionsView()
        self.sync = SyncView(sync_configured)
        self.search = SearchView()
        self.lookup = lookup
        self.classifier = classifier or ScanClassifier()
        self.settings = SettingsView(current_settings or {})
        self.settings_saver = SettingsSaver(self.settings, writer, settings_file, language, self)
        self.settings_saver.language_requested.connect(self.language_requested)
        self.reprint = ReprintAction(self, writer)
        self.reprint.finished.connect(lambda ok, text: self.station.banner.show_feedback("ok" if ok else "error", text))
        self.resolving = ResolveAction(self, self.exceptions, writer, self._feedback)
        self.creating = CreateReturnAction(self, self.exceptions, writer, self._feedback)
        self.linking = LinkReturnAction(self, self.exceptions, writer, self._feedback, lookup)
        self.misrouted = MisroutedAction(self, self.exceptions, writer, self._feedback)
        self.pages = QStackedWidget()
        for page in (self.login, self.station, self.exceptions, self.sync, self.search, self.settings):
            self.pages.addWidget(page)
        self.top = self._top_bar()
        self.trouble = QLabel()
        self.trouble.setObjectName("trouble")
        self.trouble.setWordWrap(True)
        self.trouble.hide()
        self.devices: dict[str, tuple[bool, str | Notice]] = {}
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.top)
        layout.addWidget(self.trouble)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._shortcuts()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_logout_s * 1000)
        self.idle.timeout.connect(self._idle_logout)
        self.login.login_requested.connect(self.submit)
        self.login.pin_login_requested.connect(self.writer.login_with_pin)
        self.search.search_requested.connect(self.look_up)
        if lookup is not None:
            lookup.found.connect(self._show_timeline)
            lookup.failed.connect(self.show_failure)
        self.manifest_import = ManifestImport(importer, self.progress, self) if importer is not None else None
        if self.manifest_import is not None:
            self.manifest_import.finished.connect(self._import_finished)
            self.manifest_import.failed.connect(self.show_failure)
        writer.answered.connect(self.show_answer)
        writer.refreshed.connect(self.show_snapshot)
        writer.exceptions_listed.connect(self._show_exceptions)
        writer.failed.connect(self.show_failure)
        writer.scan_failed.connect(self.show_failure)
        writer.refresh()

    def _top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("topBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(bar)
        outer.setContentsMargins(12, 6, 12, 4)
        outer.setSpacing(2)
        row = QHBoxLayout()
        outer.addLayout(row)
        brand = QLabel("HubScan")
        brand.setStyleSheet("color: white; font-size: 20px; font-weight: 800; background: transparent;")
        row.addWidget(brand)
        self.buttons: dict[Station, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        names = {
            Station.RECEIVE: self.tr("Receive"),
            Station.PROCESS: self.tr("Process"),
            Station.REJECT: self.tr("Reject"),
            Station.CONSOLIDATE: self.tr("Consolidate"),
        }
        for station, name in names.items():
            text = f"{name}  {_KEYS[station]}"
            self.buttons[station] = nav_button(
                text, lambda _=False, s=station: self.submit(f"HS:STATION:{s.name}"), group, row
            )
        self.exceptions_button = nav_button(self.tr("Exceptions  F5"), self.show_exceptions, group, row)
        self.sync_button = nav_button(self.tr("Sync  F6"), self.show_sync, group, row)
        self.search_button = nav_button(self.tr("Search  F7"), self.show_search, group, row)
        self.operator = QLabel()
        self.operator.setStyleSheet("color: white; font-size: 16px; font-weight: 600; background: transparent;")
        self.device_label = QLabel()
        self.device_label.setStyleSheet("color: #c9d1da; background: transparent;")
        # Who is logged in and the devices' state get a line of their own under the
        # buttons: in every language, at 1366 pixels, nothing is clipped.
        self.device_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = QHBoxLayout()
        status.addWidget(self.operator, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(360)
        self.progress.hide()
        status.addWidget(self.progress)
        status.addWidget(self.device_label)
        outer.addLayout(status)
        row.addStretch(1)
        self.language_button = QPushButton(f"{self.language.upper()}  F9")
        self.language_button.setObjectName("station")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_button.setToolTip(self.tr("Next language: English, French, Dutch"))
        self.language_button.clicked.connect(self.next_language)
        row.addWidget(self.language_button)
        return bar

    def next_language(self) -> None:
        order = list(LANGUAGES)
        self.language_requested.emit(order[(order.index(self.language) + 1) % len(order)])

    def _shortcuts(self) -> None:
        for station, key in _KEYS.items():
            QShortcut(QKeySequence(key), self, lambda s=station: self.submit(f"HS:STATION:{s.name}"))
        QShortcut(QKeySequence("F5"), self, self.show_exceptions)
        QShortcut(QKeySequence("F6"), self, self.show_sync)
        QShortcut(QKeySequence("F7"), self, self.show_search)
        QShortcut(QKeySequence("F8"), self, self.take_photo)
        QShortcut(QKeySequence("Ctrl+I"), self, self.choose_manifest)
        QShortcut(QKeySequence("F10"), self, self.show_settings)
        QShortcut(QKeySequence("Escape"), self, lambda: self.submit("HS:CANCEL"))
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.submit("HS:LOGOUT"))
        QShortcut(QKeySequence("F9"), self, self.next_language)

    # Input ---------------------------------------------------------------

    def submit(self, raw: str) -> None:
        """A line of the scan stream, from any source: to the writer thread, in order.
        On the Search page a scan looks the parcel up instead (commands still act)."""
        self.scan_submitted.emit(raw)
        if self.pages.currentWidget() is self.settings:
            self.settings.show_scan(raw)  # the scanner test: shown, nothing else
            return
        if raw.strip().upper() == "HS:PHOTO":
            self.take_photo()
            return
        key = lookup_key(self.classifier.classify(raw)) if self.pages.currentWidget() is self.search else None
        if key is not None:
            self.look_up(key)
            return
        self.writer.submit(raw)

    def take_photo(self) -> None:
        """Evidence for the rejection under way: the webcam, or a file without one."""
        if self.snapshot is None or self.snapshot.operator is None:
            return
        if has_camera():
            dialog = CameraDialog(self)
            dialog.taken.connect(lambda path: self.add_photo_file(Path(path)))
            dialog.open()
            return
        chosen = choose_photo_file(self)
        if chosen is not None:
            self.add_photo_file(chosen)

    def add_photo_file(self, source: Path) -> None:
        self.writer.add_photo(source)

    def choose_manifest(self) -> None:
        """Admins import a pre-advice file (JSON Lines) while the station keeps working."""
        operator = self.snapshot.operator if self.snapshot is not None else None
        if operator is None or operator.role is not Role.ADMIN:
            self.station.banner.show_feedback("error", self.tr("Only an admin imports manifests (Ctrl+I)."))
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Manifest to import"), "", "JSON Lines (*.jsonl *.json)")
        if name:
            self.import_manifest(Path(name))

    def import_manifest(self, path: Path) -> None:
        if self.manifest_import is not None:
            self.manifest_import.start(path)

    def _import_finished(self, result: str, message: str) -> None:
        self.station.banner.show_feedback(result, message)
        self.writer.refresh()

    def show_settings(self) -> None:
        operator = self.snapshot.operator if self.snapshot is not None else None
        if operator is None or operator.role is not Role.ADMIN:
            self.station.banner.show_feedback("error", self.tr("Only an admin changes the settings (F10)."))
            return
        self.pages.setCurrentWidget(self.settings)

    def show_search(self) -> None:
        self._open(self.search, self.search_button)

    def look_up(self, tracking: str) -> None:
        if self.lookup is not None:
            self.lookup.timeline(tracking)

    def _show_timeline(self, found: ReturnTimeline) -> None:
        self.search.show_timeline(found)
        self.timeline_shown.emit()

    def _open(self, page: QWidget, button: QPushButton) -> bool:
        """Show a page of a logged-in station; False when nobody is logged in."""
        if self.snapshot is None or self.snapshot.operator is None:
            return False
        self.pages.setCurrentWidget(page)
        button.setChecked(True)
        return True

    def show_exceptions(self) -> None:
        if self._open(self.exceptions, self.exceptions_button):
            self.exceptions.answer.hide()  # a resolution's answer belongs to its moment
            self.writer.list_exceptions()

    def show_sync(self) -> None:
        self._open(self.sync, self.sync_button)

    def show_sync_status(self, status: SyncStatus) -> None:
        """From the sync thread, after each round: the Sync view and the top bar."""
        self.sync.show_status(status)
        if status.online:
            self.set_device("central", True, self.tr("central service reachable"))
        else:
            self.set_device(
                "central",
                False,
                self.tr(
                    "Central service unreachable: {0} event(s) wait and are kept; they are sent when it answers. "
                    "Scanning goes on."
                ).format(status.queue_depth),
            )

    def _show_exceptions(self, entries: list[ExceptionEntry]) -> None:
        operator = self.snapshot.operator if self.snapshot is not None else None
        self.exceptions.show_entries(entries, may_resolve=operator is not None and operator.may(Permission.RESOLVE))
        self.exceptions_shown.emit()

    def _idle_logout(self) -> None:
        if self.snapshot is not None and self.snapshot.operator is not None:
            log.info("idle logout of %s", self.snapshot.operator.badge)
            self.submit("HS:LOGOUT")

    # Output --------------------------------------------------------------

    def show_answer(self, answer: ScanAnswer) -> None:
        self.show_snapshot(answer.snapshot)
        if answer.label is not None and answer.label.kind == CONNOTE:
            self.station.consolidations.show_label(answer.label.png)
        self._feedback(answer.outcome.result.value, outcome_text(answer.outcome), both=True)
        self.answer_shown.emit(answer)

    def show_printed(self, printed: list[PrintResult], snapshot: StationSnapshot) -> None:
        """Labels sent after their scans were answered: a failure takes the banner (the
        label waits, kept, for HS:RETRY), and the Last scans list shows what printed."""
        self.show_snapshot(snapshot)
        if failed := [p for p in printed if not p.ok]:
            self._feedback("error", " ".join(notice_text(p.notice) for p in failed), both=True)
        last = (failed or printed)[-1]
        self.set_device("printer", last.ok, last.notice)
        self.labels_printed.emit(printed)

    def _feedback(self, result: str, message: str, both: bool = False) -> None:
        """The banner (the login screen's too, with ``both``) and the sound of ``result``."""
        for banner in (self.station.banner, self.login.banner) if both else (self.station.banner,):
            banner.show_feedback(result, message)
        if self.sounds is not None:
            self.sounds.play(result)

    def show_snapshot(self, snapshot: StationSnapshot) -> None:
        self.snapshot = snapshot
        operator = snapshot.operator
        if operator is None:
            self.idle.stop()
            self.pages.setCurrentWidget(self.login)
            self.operator.setText(self.tr("nobody logged in"))
            for button in self.buttons.values():
                button.setEnabled(False)
            self.exceptions_button.setEnabled(False)
            self.sync_button.setEnabled(False)
            self.search_button.setEnabled(False)
            return
        self.idle.start()
        self.operator.setText(f"{operator.name} \u00b7 {QCoreApplication.translate('terms', operator.role.value)}")
        allowed = set(allowed_stations(operator))
        for station, button in self.buttons.items():
            button.setEnabled(station in allowed)
        self.exceptions_button.setEnabled(True)
        self.sync_button.setEnabled(True)
        self.search_button.setEnabled(True)
        if self.pages.currentWidget() not in (self.exceptions, self.sync, self.search) or self.writer.pending == 0:
            self.pages.setCurrentWidget(self.station)
            self.buttons[snapshot.station].setChecked(True)
        self.station.show_snapshot(snapshot)

    def show_failure(self, what: str, why: str) -> None:
        self._feedback(
            "error", self.tr("NOT DONE: {0} ({1}). Try again; if it keeps failing, call IT.").format(what, why)
        )

    def set_device(self, device: str, ok: bool, message: str | Notice) -> None:
        """Scanner, printer or central: shown in the top bar; trouble also in words
        under it, with what to do, until the device is fine again."""
        self.devices[device] = (ok, message)
        names = {"printer": self.tr("printer"), "scanner": self.tr("scanner"), "central": self.tr("central")}
        marks = [
            ("\u25cf " if fine else "\u2716 ") + names.get(name, name)
            for name, (fine, _) in sorted(self.devices.items())
        ]
        self.device_label.setText("   ".join(marks))
        trouble = [notice_text(said) for fine, said in (state for _, state in sorted(self.devices.items())) if not fine]
        self.trouble.setText("\n".join(f"\u26a0 {text}" for text in trouble))
        self.trouble.setVisible(bool(trouble))
