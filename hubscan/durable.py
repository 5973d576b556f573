"""Files that a power cut leaves whole or not at all, under names that stay.

An ``fsync`` of a file makes its content durable, not its name: a file created or
renamed is only in its folder for good once the folder itself is synced (POSIX; ext4
and XFS may lose a rename otherwise, and the power-cut tests' filesystem always does).
So a file the station acknowledges (a photo kept as evidence, the papers it printed, the
settings file) is written under a temporary name, synced, renamed, and then its folder
is synced; a folder made for it is synced into its parent too. A file another program
writes in place (SQLite's backup copy before a migration) has its folder synced after.

On Windows a folder cannot be opened to be synced, and the folder steps do nothing: the
rename is atomic there (NTFS journals it), though not necessarily durable at once. A
filesystem that refuses to sync a folder (some network and FUSE ones) is left to do its
best, as SQLite does with its own folder syncs: the file's content is still synced.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger("hubscan.files")
_UNSYNCABLE = (errno.EINVAL, errno.ENOTSUP, errno.EBADF)
_told: set[str] = set()


def sync_folder(folder: Path) -> None:
    """Make the names in ``folder`` (files created, renamed, removed) durable."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    except OSError as exc:
        if exc.errno not in _UNSYNCABLE:
            raise
        if str(folder) not in _told:
            _told.add(str(folder))
            log.info("the filesystem of %s does not sync folders (%s); names there rely on it", folder, exc.strerror)
    finally:
        os.close(handle)


def make_folder(folder: Path, mode: int = 0o700) -> None:
    """``folder`` (with ``mode``) and any missing parents (with the default mode), each
    made durable in its parent."""
    missing = []
    at = folder
    while not at.exists():
        missing.append(at)
        at = at.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another: synced below all the same
            path.mkdir(mode=mode) if path == folder else path.mkdir()
        sync_folder(path.parent)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))


def replace_whole(partial: Path, target: Path) -> None:
    """Sync ``partial``'s content, rename it to ``target`` and sync the folder: after a
    power cut ``target`` is either as it was or ``partial``'s content, whole."""
    with open(partial, "rb") as handle:
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
