"""A distinct sound for ok, warning and error.

Tones are generated (no sound files to ship) and played with QtMultimedia when it is
installed and an audio output exists; otherwise the system beep sounds for warnings
and errors, and the log says why once.
"""

from __future__ import annotations

import importlib
import logging
import math
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

log = logging.getLogger("hubscan.ui")

# result -> (frequency Hz, duration s, repeats)
TONES = {"ok": (880.0, 0.08, 1), "warning": (520.0, 0.12, 2), "error": (220.0, 0.35, 1)}


def write_tone(path: Path, frequency: float, seconds: float, repeats: int, rate: int = 22050) -> None:
    frames = bytearray()
    for repeat in range(repeats):
        for n in range(int(rate * seconds)):
            envelope = min(1.0, n / 200, (rate * seconds - n) / 200)
            frames += struct.pack("<h", int(12000 * envelope * math.sin(2 * math.pi * frequency * n / rate)))
        if repeat < repeats - 1:
            frames += b"\0\0" * int(rate * 0.06)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


class FeedbackSounds:
    def __init__(self, folder: Path) -> None:
        self.effects: dict[str, Any] = {}
        self.fallback_reason = self._load(folder)
        if self.fallback_reason:
            log.warning("feedback sounds: %s; using the system beep", self.fallback_reason)

    def _load(self, folder: Path) -> str | None:
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError:
            return "QtMultimedia is not installed"
        if not multimedia.QMediaDevices.audioOutputs():
            return "no audio output device"
        folder.mkdir(parents=True, exist_ok=True)
        for result, (frequency, seconds, repeats) in TONES.items():
            path = folder / f"{result}.wav"
            if not path.exists():
                write_tone(path, frequency, seconds, repeats)
            effect = multimedia.QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self.effects[result] = effect
        return None

    def play(self, result: str) -> None:
        effect = self.effects.get(result)
        if effect is not None:
            effect.play()
        elif result != "ok":
            QApplication.beep()
