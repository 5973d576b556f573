"""Telling a keyboard-wedge scanner from a person typing, by timing and prefix/suffix.

A wedge scanner types its data as keystrokes 7-16 ms apart and ends with Enter; people
type 80 ms apart and slower. This decoder sees one key at a time with its time (from
an injectable clock, so tests are exact) and whether a text field has the focus, and
says whether to swallow the key and when a scan is complete. Qt-free: the application's
event filter (hubscan.ui.wedge_filter) feeds it.

Rules, in order:
- In a text field the operator is using, keys are never taken, unless the configured
  prefix starts a scan (a scanner programmed to send one makes its bursts unambiguous).
- Elsewhere, keys are collected; at the terminator the text is a *scan* when every gap
  was at most ``max_gap_ms`` (and it has at least ``min_length`` characters), otherwise
  it is *typed* (a person keyed it in, which the station may also accept).
- GS (Ctrl+], FNC1) and AIM identifiers are ordinary characters and are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class WedgeSource(Enum):
    SCANNER = "scanner"
    TYPED = "typed"


@dataclass(frozen=True)
class WedgeSettings:
    max_gap_ms: float = 30.0
    min_length: int = 4
    prefix: str = ""
    terminator: str = "\r"
    idle_end_ms: float = 200.0  # with no terminator configured, a burst ends after this pause


@dataclass(frozen=True)
class WedgeInput:
    text: str
    source: WedgeSource


@dataclass(frozen=True)
class KeyVerdict:
    consume: bool
    completed: WedgeInput | None = None


@dataclass
class WedgeDecoder:
    settings: WedgeSettings = field(default_factory=WedgeSettings)
    _buffer: list[str] = field(default_factory=list)
    _last_ms: float | None = None
    _fast: bool = True
    _prefixed: bool = False

    def _reset(self) -> None:
        self._buffer, self._last_ms, self._fast, self._prefixed = [], None, True, False

    def _finish(self) -> WedgeInput | None:
        text = "".join(self._buffer)
        fast, prefixed = self._fast, self._prefixed
        self._reset()
        if not text:
            return None
        if prefixed or (fast and len(text) >= self.settings.min_length):
            return WedgeInput(text, WedgeSource.SCANNER)
        return WedgeInput(text, WedgeSource.TYPED)

    def key(self, text: str, at_ms: float, in_text_field: bool) -> KeyVerdict:
        """One key press with its text (``"\\r"`` for Enter, ``"\\x1d"`` for Ctrl+])."""
        if not text:
            return KeyVerdict(False)
        prefix = self.settings.prefix
        if in_text_field and not self._prefixed:
            if prefix and text == prefix:
                self._reset()
                self._prefixed = True
                self._last_ms = at_ms
                return KeyVerdict(True)
            return KeyVerdict(False)
        if self._last_ms is not None and self._buffer and at_ms - self._last_ms > self.settings.max_gap_ms:
            self._fast = False
        self._last_ms = at_ms
        if prefix and text == prefix and not self._buffer:
            self._prefixed = True
            return KeyVerdict(True)
        if self.settings.terminator and text == self.settings.terminator:
            return KeyVerdict(True, self._finish())
        if text == "\n" and self.settings.terminator == "\r":
            return KeyVerdict(True, self._finish())
        self._buffer.append(text)
        return KeyVerdict(True)

    def idle(self, now_ms: float) -> WedgeInput | None:
        """Call from a timer: ends a burst of a scanner set up without a terminator."""
        if self.settings.terminator or not self._buffer or self._last_ms is None:
            return None
        if now_ms - self._last_ms >= self.settings.idle_end_ms:
            return self._finish()
        return None
