"""Feedback sounds: three distinct generated tones; without an audio output the system
beep stands in and the log says why (this machine has no sound card: that path is the
one exercised here; playing a tone needs a real audio device)."""

from __future__ import annotations

import itertools
import logging
import struct
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hubscan.ui.sounds import TONES, FeedbackSounds, write_tone


def zero_crossings(path: Path) -> tuple[float, int]:
    with wave.open(str(path)) as sound:
        frames = sound.readframes(sound.getnframes())
        seconds = sound.getnframes() / sound.getframerate()
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    return seconds, sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))


@pytest.mark.parametrize("result", list(TONES))
def test_each_result_has_its_own_tone(result: str, tmp_path: Path) -> None:
    frequency, seconds, repeats = TONES[result]
    path = tmp_path / f"{result}.wav"
    write_tone(path, frequency, seconds, repeats)
    length, crossings = zero_crossings(path)
    assert length == pytest.approx(seconds * repeats + 0.06 * (repeats - 1), abs=0.01)
    # Two zero crossings a cycle: the pitch is the one asked for.
    assert crossings / (seconds * repeats) == pytest.approx(2 * frequency, rel=0.05)


def test_distinct_tones_for_ok_warning_error() -> None:
    assert len({(f, s, r) for f, s, r in TONES.values()}) == 3


@pytest.mark.logs(r"^feedback sounds: no audio output device")
# Without an audio device Qt Multimedia warns of every audio library it cannot load.
@pytest.mark.qt_log_level_fail("CRITICAL")
def test_without_an_audio_output_the_log_says_why(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hubscan.ui"):
        sounds = FeedbackSounds(tmp_path / "sounds")
    if sounds.effects:  # a machine with a sound card plays real tones instead
        assert set(sounds.effects) == set(TONES)
        return
    assert sounds.fallback_reason == "no audio output device"  # QtMultimedia is a dependency
    assert "using the system beep" in caplog.text and sounds.fallback_reason in caplog.text
    for result in TONES:
        sounds.play(result)  # the beep stands in; nothing raises
