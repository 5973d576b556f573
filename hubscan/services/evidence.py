"""Photos kept as evidence of a rejection: copied into the evidence folder beside the
database under a name of their own, with their SHA-256, before the scan stream hears
of them (``HS:EVIDENCE:<sha256> <name>``). A file that is not a readable image is
refused with the reason; nothing is kept half-way."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from hubscan.durable import make_folder, replace_whole

MAX_BYTES = 25 * 1024 * 1024
_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "BMP": ".bmp"}


class EvidenceError(Exception):
    """Why a photo cannot be kept, in words for the operator."""


def keep_photo(folder: Path, tracking: str, source: Path, now: datetime | None = None) -> str:
    """Copy ``source`` into ``folder``; returns ``"<sha256> <file name>"``."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise EvidenceError(f"cannot read {source.name} ({exc.strerror})") from exc
    if size > MAX_BYTES:
        raise EvidenceError(f"{source.name} is {size // 1_048_576} MB, more than {MAX_BYTES // 1_048_576} MB")
    try:
        with Image.open(source) as image:
            image.verify()
            kind = image.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise EvidenceError(f"{source.name} is not a readable photo ({type(exc).__name__})") from exc
    if kind not in _FORMATS:
        raise EvidenceError(f"{source.name} is a {kind or 'unknown'} image; use JPEG or PNG")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    name = f"{tracking}-{stamp}-{digest[:8]}{_FORMATS[kind]}"
    partial = folder / (name + ".part")
    try:
        make_folder(folder)
        shutil.copyfile(source, partial)
        os.chmod(partial, 0o600)  # a parcel's photo shows its addresses: this user's alone
        replace_whole(partial, folder / name)  # whole or not at all, and still there after a power cut
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EvidenceError(f"cannot keep {source.name} in {folder} ({exc.strerror or exc})") from exc
    return f"{digest} {name}"
