"""The composition root of the workstation window: builds the writer thread, the
scanners and the window, opens the store's services on the writer thread, and wires
them. The one module that knows every layer.

Start-up paints the login screen first: the store, its services and their imports
(SQLAlchemy, the sync stack) open on the writer thread meanwhile (``Backend``), and a
scan made before they are open waits in the writer's queue, in order.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from hubscan.config import ConfigError, StationConfig, load_values
from hubscan.core.policy import HubPolicy
from hubscan.core.preadvice import ImportReport, Progress
from hubscan.core.readmodels import PreadviceMatch, ReturnTimeline
from hubscan.core.scan import ScanClassifier
from hubscan.devices.scanner import ScannerSettings, SerialScanner
from hubscan.services.settings_file import EDITABLE
from hubscan.ui import theme
from hubscan.ui.i18n import LanguageSwitch
from hubscan.ui.longwork import ImportThread
from hubscan.ui.lookup import LookupThread
from hubscan.ui.scanner_bridge import SerialScannerBridge
from hubscan.ui.sounds import FeedbackSounds
from hubscan.ui.wedge_filter import WedgeScannerFilter
from hubscan.ui.window import MainWindow
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # loaded on the writer thread, after the first paint
    from hubscan.services.printing import LabelPrinting
    from hubscan.services.workstation import Workstation
    from hubscan.store.store import LocalStore
    from hubscan.sync.client import CentralClient
    from hubscan.sync.engine import SyncEngine
    from hubscan.sync.station import StationSync


@dataclass
class Backend:
    """What the writer thread opens before the first scan: the store and what works on it."""

    store: LocalStore
    printing: LabelPrinting
    sync: SyncEngine | None = None  # None: no central service set up; the station works offline


@dataclass
class StationParts:
    """The window's options: printer (with a store already open), serial scanner, idle
    logout, language, and a folder for generated files (sounds, compiled translations)."""

    printing: LabelPrinting | None = None
    scanner_url: str | None = None
    scanner_baudrate: int = 9600
    scale_url: str | None = None  # an MT-SICS scale for the containers' weights
    scale_baudrate: int = 9600
    idle_logout_s: int = 900
    files: Path | None = None
    language: str = "en"
    sync: SyncEngine | None = None
    sync_interval_s: float = 10.0
    sync_max_backoff_s: float = 300.0
    settings_file: Path | None = None  # the station's hubscan.toml, edited by the Settings view
    central_configured: bool = False  # a sync engine will come with the backend
    play_sounds: bool = True
    settings: Mapping[str, Any] | None = None  # the values the station started with (its StationConfig's)


class FirstPaint(QObject):
    """Sets ``painted`` after the window's first paint."""

    def __init__(self, painted: threading.Event) -> None:
        super().__init__()
        self.painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Once this paint is done: the writer's imports and the GUI thread share one
            # interpreter lock, and building the window beside them slows both.
            QTimer.singleShot(0, self.painted.set)
            watched.removeEventFilter(self)
        return False


class OpenedWorkstation:
    """The workstation for the lookup and import threads, once the writer has opened it
    (both are only asked after a login, which needs it open)."""

    def __init__(self) -> None:
        self.workstation: Workstation | None = None

    def _open(self) -> Workstation:
        if self.workstation is None:
            raise RuntimeError("the station is still starting")
        return self.workstation

    def timeline(self, tracking: str) -> ReturnTimeline:
        return self._open().timeline(tracking)

    def import_manifest(self, path: Path, progress: Progress) -> ImportReport:
        return self._open().import_manifest(path, progress)

    def find_preadvice(self, text: str) -> list[PreadviceMatch]:
        return self._open().find_preadvice(text)


class SyncStatusBridge(QObject):
    """The sync thread's status after each round, and the returns the hub feed changed,
    into the GUI thread."""

    status_changed = Signal(object)  # SyncStatus
    hub_changed = Signal(object)  # the tracking numbers another bench's events changed


class StationApp:
    def __init__(
        self, app: QApplication, policy: HubPolicy, parts: StationParts, open_backend: Callable[[], Backend]
    ) -> None:
        theme.apply(app)
        self.app = app
        self.policy = policy
        self.parts = parts
        self.open_backend = open_backend
        self.backend: Backend | None = None
        self.lookup_client: CentralClient | None = None
        assert parts.files is not None, "the folder for sounds and compiled translations"
        self.languages = LanguageSwitch(parts.files / "translations")
        self.languages.use(parts.language)
        self.opened = OpenedWorkstation()
        self.painted = threading.Event()  # the writer opens the store once the window is on screen
        self.writer = WriterThread(self._open_workstation, self.painted)
        self.writer.opened.connect(self._opened)  # in the GUI thread, after this constructor
        self.writer.open()
        self.lookup = LookupThread(self.opened)
        self.importer = ImportThread(self.opened)
        self.sounds: FeedbackSounds | None = None
        self.wedge = WedgeScannerFilter()
        app.installEventFilter(self.wedge)
        self.serial: SerialScannerBridge | None = None
        self.sync_status = SyncStatusBridge()
        self.sync: StationSync | None = None
        self.sync_status.hub_changed.connect(self._hub_changed)
        self.window = self._new_window()
        self.first_paint = FirstPaint(self.painted)
        self.window.installEventFilter(self.first_paint)
        if parts.scanner_url:
            settings = ScannerSettings(parts.scanner_url, parts.scanner_baudrate)
            self.serial = SerialScannerBridge(partial(SerialScanner, settings))
            self.serial.scanned.connect(self._scanned)
            self.serial.status_changed.connect(self._scanner_status)
            self.serial.start()

    def _open_workstation(self) -> Workstation:
        """On the writer thread: the store, the label printing, the sync engine, the workstation."""
        from hubscan.services.workstation import Workstation

        backend = self.open_backend()
        if backend.sync is not None:
            from hubscan.sync.client import CentralClient

            # Timelines ask the central service on their own connection and thread.
            self.lookup_client = CentralClient(backend.sync.client.settings)
        self.backend = backend
        scale = None
        if self.parts.scale_url:
            from hubscan.devices.scale import MtSicsScale, ScaleSettings

            scale = MtSicsScale(ScaleSettings(self.parts.scale_url, self.parts.scale_baudrate))
        return Workstation(
            backend.store, self.policy, backend.printing, self.lookup_client, self.writer.labels_sent, scale
        )

    def _opened(self, workstation: Workstation) -> None:
        """In the GUI thread, once the writer has opened the workstation."""
        assert self.backend is not None
        self.opened.workstation = workstation
        printer = self.backend.printing.printer
        self.window.set_device(
            "printer",
            printer is not None,
            printer.url
            if printer is not None
            else self.window.tr("No label printer is set: set printer.url in the settings."),
        )
        if self.parts.files is not None and self.parts.play_sounds:
            self.sounds = self.window.sounds = FeedbackSounds(self.parts.files / "sounds")
        if self.backend.sync is None and self.parts.central_configured:
            no_token = self.window.tr(
                "The central service is set up but this station has no token: run 'hubscan token set'."
            )
            self.window.set_device("central", False, no_token)
        if self.backend.sync is not None:
            from hubscan.sync.station import StationSync

            self.sync = StationSync(
                self.backend.sync,
                self.parts.sync_interval_s,
                self.parts.sync_max_backoff_s,
                self.sync_status.status_changed.emit,
                self.sync_status.hub_changed.emit,
            )
            # A committed scan's events go out at once, for the hub's other benches.
            self.writer.answered.connect(self._wake_sync)
        # Everything built so far (modules, table metadata, widgets) lives as long as the
        # window: out of the collector's sight, a full collection never walks it (walking
        # it stalled the window noticeably during a burst of scans).
        gc.freeze()

    def _new_window(self) -> MainWindow:
        window = MainWindow(
            self.writer,
            self.policy.hub_id,
            self.policy.workstation_id,
            self.sounds,
            self.parts.idle_logout_s,
            self.languages.language,
            self.parts.sync is not None or self.parts.central_configured,
            self.lookup,
            self.importer,
            self.parts.settings_file,
            self._current_settings(),
            ScanClassifier(self.policy.scan_format),
        )
        self.wedge.scanned.connect(window.submit)
        self.sync_status.status_changed.connect(window.show_sync_status)
        self.writer.printed.connect(window.show_printed)
        window.language_requested.connect(self.switch_language)
        return window

    def _current_settings(self) -> dict[str, object]:
        """What the Settings view shows: the values the station started with, or, when
        the window is built again (a new language), the file as saved since."""
        values: Mapping[str, Any] = {}
        if getattr(self, "window", None) is None and self.parts.settings is not None:
            values = self.parts.settings
        else:
            try:
                values = load_values(self.parts.settings_file)
            except ConfigError:
                values = {}
        return {key: values.get(key) for key in EDITABLE} | {"ui.language": self.languages.language}

    def _wake_sync(self, _answer: object) -> None:
        if self.sync is not None:
            self.sync.wake()

    def _hub_changed(self, _trackings: object) -> None:
        """Another bench changed returns this one knows: show them as they are now."""
        self.writer.refresh()
        if self.window.pages.currentWidget() is self.window.exceptions:
            self.writer.list_exceptions()

    def _scanned(self, raw: str) -> None:
        self.window.submit(raw)

    def _scanner_status(self, state: str, message: str) -> None:
        self.window.set_device("scanner", state == "connected", message)

    def switch_language(self, language: str) -> None:
        """Every visible word in ``language``: the window is built again in it (what it
        shows comes back from the writer thread), at the same place and size."""
        self.languages.use(language)
        old = self.window
        self.wedge.scanned.disconnect(old.submit)
        self.sync_status.status_changed.disconnect(old.show_sync_status)
        self.window = self._new_window()
        self.first_paint = FirstPaint(self.painted)
        self.window.installEventFilter(self.first_paint)
        for device, (ok, message) in old.devices.items():
            self.window.set_device(device, ok, message)
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.hide()
        old.deleteLater()

    def close(self) -> None:
        """Stop input first, then let the writer finish what was posted."""
        self.app.removeEventFilter(self.wedge)
        if self.serial is not None:
            self.serial.stop()
        if self.sync is not None:
            self.sync.stop()
        self.painted.set()  # a writer still waiting for the paint opens (and is stopped)
        self.window.close()
        self.languages.release()
        self.writer.stop()
        if self.opened.workstation is not None:
            self.opened.workstation.close()  # the labels already queued are sent first
        self.lookup.stop()
        self.importer.stop()
        if self.lookup_client is not None:
            self.lookup_client.close()


def station_parts(config: StationConfig, files: Path) -> StationParts:
    """The window's options from the station's settings; ``files`` holds what the window
    generates (tones, compiled translations)."""
    station = config.station
    return StationParts(
        scanner_url=station.scanner_url,
        scanner_baudrate=station.scanner_baudrate,
        scale_url=station.scale_url,
        scale_baudrate=station.scale_baudrate,
        idle_logout_s=station.idle_logout_s,
        files=files,
        language=station.language,
        settings_file=config.file,
        central_configured=config.central_url is not None,
        settings=config.values,
    )


def station_backend(config: StationConfig, db: Path) -> Callable[[], Backend]:
    """What the writer thread opens before the first scan: the store at ``db``, the
    label printing and the sync with the central service (None when not set up) of
    ``config``. Imported there, off the GUI thread (start-up time)."""

    def open_backend() -> Backend:
        from hubscan.config import central_settings
        from hubscan.services.printing import LabelPrinting
        from hubscan.store.store import LocalStore
        from hubscan.sync.engine import engine_if_configured

        policy = config.policy
        store = LocalStore(db, policy.hub_id, policy.workstation_id)
        try:
            printing = LabelPrinting.for_settings(store, config.printer)
            # The token is read here: a keyring is slow to open.
            central = central_settings(config)
            return Backend(store, printing, engine_if_configured(store, central, policy.hub_id, policy.workstation_id))
        except BaseException:
            store.close()
            raise

    return open_backend


def build_window(app: QApplication, store: LocalStore, policy: HubPolicy, parts: StationParts) -> StationApp:
    """The window on a store already open, with ``parts.printing`` (and ``parts.sync``)."""
    assert parts.printing is not None
    printing = parts.printing
    files = parts.files or store.path.parent
    options = replace(parts, files=files, play_sounds=parts.files is not None)
    return StationApp(app, policy, options, lambda: Backend(store, printing, parts.sync))


def open_window(
    app: QApplication, policy: HubPolicy, parts: StationParts, open_backend: Callable[[], Backend]
) -> StationApp:
    """The window at once; ``open_backend`` (store, printer, sync) runs on the writer thread."""
    return StationApp(app, policy, parts, open_backend)
