"""Files that a power cut leaves whole or not at all, under names that stay.

An ``fsync`` of a file makes its content durable, not its name: a file created or
renamed is only in its folder for good once the folder itself is synced (POSIX; ext4
and XFS may lose a rename otherwise, and the power-cut tests' filesystem always does).
So a file the station acknowledges (a photo kept as evidence, the papers it printed, the
backup made before a migration) is written under a temporary name, synced, renamed, and
then its folder is synced; a folder made for it is synced into its parent too.

On Windows a folder cannot be opened to be synced; NTFS journals names itself, so the
folder steps do nothing there.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Make the names in ``folder`` (files created, renamed, removed) durable."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def make_folder(folder: Path, mode: int = 0o700) -> None:
    """``folder`` and any missing parents, each made durable in its parent."""
    missing = []
    at = folder
    while not at.exists():
        missing.append(at)
        at = at.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=mode)
        except FileExistsError:
            continue
        sync_folder(path.parent)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")


def replace_whole(partial: Path, target: Path) -> None:
    """Sync ``partial``'s content, rename it to ``target`` and sync the folder: after a
    power cut ``target`` is either as it was or ``partial``'s content, whole."""
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    sync_folder(target.parent)


def write_whole(target: Path, data: bytes, mode: int = 0o600) -> None:
    """``data`` as ``target``, readable by this user alone (``mode``), whole or not at all."""
    make_folder(target.parent)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=target.suffix)
    partial = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(partial, mode)
        replace_whole(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
