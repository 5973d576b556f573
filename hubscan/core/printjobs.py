"""Print jobs as records: what to print, for whom and why, kept before it is sent.

A job holds the label's *data*, not its ZPL, so a retry or a reprint renders it again
for whatever printer (and resolution) the station has then.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from hubscan.core.labels import (
    ConnoteLabelData,
    ContainerLabelData,
    Label,
    RejectionLabelData,
    connote_label,
    container_label,
    rejection_label,
)

CONNOTE = "connote"
REJECTION = "rejection"
CONTAINER = "container"


@dataclass(frozen=True)
class PrintRequest:
    kind: str
    reference: str
    payload: dict[str, Any]
    requested_by: str | None
    copy: int = 0
    reason: str | None = None


@dataclass(frozen=True)
class PrintJob:
    id: int
    kind: str
    reference: str
    payload: dict[str, Any]
    copy: int
    status: str  # pending, printed or failed
    created_at: datetime
    requested_by: str | None = None
    reason: str | None = None
    printer: str | None = None
    error: str | None = None
    attempts: int = 0
    printed_at: datetime | None = None


def connote_request(data: ConnoteLabelData, operator: str | None) -> PrintRequest:
    payload = asdict(data)
    payload["closed_at"] = data.closed_at.isoformat()
    payload["retailers"] = list(data.retailers)
    return PrintRequest(CONNOTE, data.connote, payload, operator, data.copy)


def rejection_request(data: RejectionLabelData, operator: str | None) -> PrintRequest:
    payload = asdict(data)
    payload["rejected_at"] = data.rejected_at.isoformat()
    return PrintRequest(REJECTION, data.tracking, payload, operator)


def container_request(data: ContainerLabelData, operator: str | None) -> PrintRequest:
    payload = asdict(data)
    payload["opened_at"] = data.opened_at.isoformat()
    return PrintRequest(CONTAINER, data.sscc, payload, operator, data.copy)


def label_for(job: PrintJob) -> Label:
    """The label a job prints; a reprint carries its copy number."""
    payload = dict(job.payload)
    if job.kind == CONNOTE:
        payload["closed_at"] = datetime.fromisoformat(payload["closed_at"])
        payload["retailers"] = tuple(payload["retailers"])
        payload["copy"] = job.copy
        return connote_label(ConnoteLabelData(**payload))
    if job.kind == REJECTION:
        payload["rejected_at"] = datetime.fromisoformat(payload["rejected_at"])
        return rejection_label(RejectionLabelData(**payload))
    if job.kind == CONTAINER:
        payload["opened_at"] = datetime.fromisoformat(payload["opened_at"])
        payload["copy"] = job.copy
        return container_label(ContainerLabelData(**payload))
    raise ValueError(f"print job {job.id} has an unknown kind {job.kind!r}")
