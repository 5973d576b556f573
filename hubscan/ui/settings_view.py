"""Settings (admins only): the station's ids, scanner, printer, central service and
language. Saved to the station's settings file, the token to the OS keyring; most
take effect at the next start (said on screen), the language at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubscan.ui.i18n import LANGUAGES
from hubscan.ui.panels import Panel
from hubscan.ui.text import notice_text
from hubscan.ui.writer import WriterThread

if TYPE_CHECKING:  # services load on the writer thread, after the first paint
    from hubscan.services.printing import PrintResult


class SettingsView(QWidget):
    save_requested = Signal(object, str)  # changes {setting: value}, token ("" leaves it)
    test_print_requested = Signal(str, int)  # printer URL, dpi

    def __init__(self, current: dict[str, Any]) -> None:
        super().__init__()
        self.panel = Panel(self.tr("Settings (admin)"))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        captions = {
            "hub_id": self.tr("Hub id (3 letters or digits)"),
            "workstation_id": self.tr("Workstation id (2 letters or digits)"),
            "scanner.url": self.tr("Serial scanner (/dev/ttyACM0, COM3; empty: keyboard-wedge only)"),
            "printer.url": self.tr("Label printer (tcp://HOST:9100, spooler://QUEUE, file://PATH)"),
            "central.url": self.tr("Central service (https://...; empty: offline)"),
        }
        for key, caption in captions.items():
            field = QLineEdit(str(current.get(key) or ""))
            form.addRow(caption, field)
            self.fields[key] = field
        self.dpi = QComboBox()
        self.dpi.addItems(["203", "300"])
        self.dpi.setCurrentText(str(current.get("printer.dpi", 203)))
        form.addRow(self.tr("Printer resolution (dpi)"), self.dpi)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current.get("ui.language", "en")))
        form.addRow(self.tr("Language"), self.language)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("Central token (kept in the OS keyring)"), self.token)
        self.last_scan = QLabel(self.tr("Scan something: it shows here, and nothing else happens."))
        self.last_scan.setObjectName("big")
        self.last_scan.setWordWrap(True)
        form.addRow(self.tr("Scanner test"), self.last_scan)
        holder = QWidget()
        holder.setLayout(form)
        self.test_print = QPushButton(self.tr("Test print"))
        self.test_print.clicked.connect(self._test_print)
        self.save = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save.clicked.connect(self.request_save)
        save_key = QShortcut(QKeySequence("Ctrl+S"), self, self.request_save)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("hint")
        self.panel.body.addWidget(holder)
        self.panel.body.addWidget(self.test_print)
        self.panel.body.addWidget(self.save)
        self.panel.body.addWidget(self.result)
        self.panel.body.addStretch(1)
        # Scrolled, so the longest caption never widens the window past a 1366-pixel screen.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(scroller)

    def changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: field.text().strip() for key, field in self.fields.items()}
        values["printer.dpi"] = int(self.dpi.currentText())
        values["ui.language"] = self.language.currentData()
        return values

    def request_save(self) -> None:
        self.save_requested.emit(self.changes(), self.token.text())
        self.token.clear()

    def _test_print(self) -> None:
        self.test_print_requested.emit(self.fields["printer.url"].text().strip(), int(self.dpi.currentText()))

    def show_scan(self, raw: str) -> None:
        self.last_scan.setText(raw)

    def show_result(self, ok: bool, message: str) -> None:
        self.result.setText(("\u2714 " if ok else "\u2716 ") + message)


class SettingsSaver(QObject):
    """Runs the Settings view's save and test print on the writer thread (they touch the
    disk, the keyring and a printer) and shows what came of them."""

    language_requested = Signal(str)
    answered = Signal()

    def __init__(
        self, view: SettingsView, writer: WriterThread, path: Path | None, language: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.writer = writer
        self.path = path
        self.language = language
        view.save_requested.connect(self.save)
        view.test_print_requested.connect(self.test_print)
        writer.job_done.connect(self._done)

    def save(self, changes: dict[str, object], token: str) -> None:
        path = self.path
        if path is None:
            self.view.show_result(False, self.tr("This window was started without a settings file."))
            return
        self.writer.run("settings", lambda workstation: workstation.save_settings(path, changes, token))
        language = str(changes.get("ui.language") or self.language)
        if language != self.language:
            self.language_requested.emit(language)

    def test_print(self, url: str, dpi: int) -> None:
        self.writer.run("test print to", lambda workstation: workstation.print_test_to(url, dpi))

    def _done(self, tag: str, result: object) -> None:
        if tag == "settings" and isinstance(result, tuple):
            self.view.show_result(bool(result[0]), str(result[1]))
        elif tag == "test print to":  # the writer's job answers a PrintResult
            printed = cast("PrintResult", result)
            self.view.show_result(printed.ok, notice_text(printed.notice))
        else:
            return
        self.answered.emit()
