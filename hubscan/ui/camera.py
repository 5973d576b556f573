"""Taking an evidence photo: from the station's webcam when it has one (QtMultimedia),
otherwise from a file (a phone's photo copied over, say)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

log = logging.getLogger("hubscan.ui")


def has_camera() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


def choose_photo_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Evidence photo"), str(Path.home()), parent.tr("Photos (*.jpg *.jpeg *.png *.webp *.bmp)")
    )
    return Path(name) if name else None


class CameraDialog(QDialog):
    """A live view; Enter (or a scan of HS:DONE through the wedge) takes the photo."""

    taken = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence photo"))
        self.view = QVideoWidget()
        self.hint = QLabel(self.tr("Enter: take the photo \u00b7 Esc: cancel"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.camera = QCamera(QMediaDevices.defaultVideoInput())
        self.capture = QImageCapture()
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.capture.imageSaved.connect(self._saved)
        self.capture.errorOccurred.connect(self._error)
        QShortcut(QKeySequence("Return"), self, self._take)
        self.camera.start()
        self.resize(800, 600)

    def _take(self) -> None:
        target = Path(tempfile.mkdtemp(prefix="hubscan-photo-")) / "photo.jpg"
        self.capture.captureToFile(str(target))

    def _saved(self, _id: int, path: str) -> None:
        self.camera.stop()
        self.taken.emit(path)
        self.accept()

    def _error(self, _id: int, _error: object, message: str) -> None:
        log.warning("camera: %s", message)
        self.hint.setText(self.tr("The camera failed: {0}. Esc, then choose a file instead.").format(message))
