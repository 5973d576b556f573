"""Weighing a container on the bench's scale when a scan asked for it (HS:WEIGH).

The scan's answer ("Weighing…") is committed first; then the scale is read on the same
thread (the dispatcher waits for the weight: the next scan comes after it) and the
weight is kept as its own transaction, whose answer replaces the scan's.
"""

from __future__ import annotations

import logging

from hubscan.core.outcome import Outcome, outcome
from hubscan.devices.scale import MtSicsScale, ScaleError
from hubscan.services.scanning import ScanRecorder

log = logging.getLogger("hubscan.scale")


def weigh_if_asked(recorder: ScanRecorder, scale: MtSicsScale | None, result: Outcome) -> Outcome:
    """``result`` itself, or, when it asks to weigh a container, the weighing's answer."""
    sscc = result.effects.weigh
    if sscc is None:
        return result
    if scale is None:
        return outcome("scale.none")
    try:
        reading = scale.weigh()
    except ScaleError as error:
        log.warning("weighing %s: %s", sscc, error)
        return outcome(error.code, **error.params)
    return recorder.weighed(sscc, reading.grams, reading.shown)
