"""A FUSE filesystem that forgets at a power cut what was not made durable, like LazyFS.

Programs on the mount see every write at once (the live view), as on any disk with an
operating system's cache in front. Only ``fsync``/``fdatasync`` of a file makes its
content durable, and only ``fsync`` of a directory makes durable the names in it (a
file created, renamed or removed): POSIX's promise and nothing more. A power cut keeps
the durable view alone.

Every change is one operation of a log, numbered from 0. The log, replayed by
``Disk.apply`` up to any number, gives the durable view a cut at that point would have
left: one workload on the mount gives as many cut points as it has operations. A live
cut is also possible: the control block's ``cut_at`` freezes the filesystem when the
count reaches it (every later change fails with EIO and nothing more becomes durable).

Run as a program (``python lazyfs.py MOUNT SEED LOG CONTROL``), in the foreground until
unmounted; the log is written to LOG on unmount. ``SEED`` is a real folder whose files
are the disk's content, durable, at the start.
"""

from __future__ import annotations

import errno
import mmap
import os
import pickle
import stat
import struct
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = 1
CONTROL_SIZE = 24  # count, cut_at, frozen: three unsigned 64-bit integers
NEVER = 2**63


@dataclass
class Node:
    directory: bool
    mode: int
    data: bytearray = field(default_factory=bytearray)
    children: dict[str, int] = field(default_factory=dict)

    def copy(self) -> Node:
        return Node(self.directory, self.mode, bytearray(self.data), dict(self.children))


# Operations of the log, as tuples: ("create", parent, name, ino, mode), ("mkdir", parent,
# name, ino, mode), ("write", ino, offset, data), ("truncate", ino, size), ("unlink",
# parent, name), ("rename", parent, name, new_parent, new_name), ("chmod", ino, mode),
# ("fsync", ino), ("fsyncdir", ino).
Op = tuple[Any, ...]
SYNCS = ("fsync", "fsyncdir")


class Disk:
    """The live view and the durable view of one filesystem, changed by log operations."""

    def __init__(self, seed: Path | None = None) -> None:
        self.live: dict[int, Node] = {ROOT: Node(True, 0o40755)}
        self.next_ino = ROOT + 1
        if seed is not None:
            self._load(seed, ROOT)
        self.durable: dict[int, Node] = {ino: node.copy() for ino, node in self.live.items()}

    def _load(self, folder: Path, parent: int) -> None:
        for entry in sorted(folder.iterdir()):
            ino = self.next_ino
            self.next_ino += 1
            info = entry.lstat()
            if entry.is_dir():
                self.live[ino] = Node(True, info.st_mode)
                self._load(entry, ino)
            else:
                self.live[ino] = Node(False, info.st_mode, bytearray(entry.read_bytes()))
            self.live[parent].children[entry.name] = ino

    def apply(self, op: Op) -> None:
        kind = op[0]
        live = self.live
        if kind == "write":
            _, ino, offset, data = op
            node = live[ino].data
            if offset > len(node):
                node.extend(bytes(offset - len(node)))
            node[offset : offset + len(data)] = data
        elif kind == "truncate":
            _, ino, size = op
            node = live[ino].data
            if size < len(node):
                del node[size:]
            else:
                node.extend(bytes(size - len(node)))
        elif kind in ("create", "mkdir"):
            _, parent, name, ino, mode = op
            live[ino] = Node(kind == "mkdir", mode)
            live[parent].children[name] = ino
            self.next_ino = max(self.next_ino, ino + 1)
        elif kind == "unlink":
            _, parent, name = op
            del live[parent].children[name]
        elif kind == "rename":
            _, parent, name, new_parent, new_name = op
            live[new_parent].children[new_name] = live[parent].children.pop(name)
        elif kind == "chmod":
            _, ino, mode = op
            live[ino].mode = mode
        elif kind == "fsync":
            node = live[op[1]]
            self.durable[op[1]] = Node(node.directory, node.mode, bytearray(node.data), dict(node.children))
        elif kind == "fsyncdir":
            node = live[op[1]]
            self.durable.setdefault(op[1], Node(True, node.mode)).children = dict(node.children)
            for child in node.children.values():
                if child not in self.durable:  # named now, its content never synced: empty
                    self.durable[child] = Node(live[child].directory, live[child].mode)
        else:
            raise ValueError(f"unknown operation {kind}")

    def write_durable(self, target: Path) -> None:
        """The files a power cut now would leave, written under ``target`` (emptied first)."""
        _clear(target)
        self._write(self.durable, ROOT, target)

    def _write(self, nodes: dict[int, Node], ino: int, folder: Path) -> None:
        for name, child in nodes[ino].children.items():
            node = nodes[child]
            path = folder / name
            if node.directory:
                path.mkdir()
                self._write(nodes, child, path)
            else:
                path.write_bytes(node.data)
                os.chmod(path, stat.S_IMODE(node.mode))


def _clear(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in target.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            _clear(entry)
            entry.rmdir()
        else:
            entry.unlink()


def sync_points(log: list[Op]) -> list[int]:
    """The numbers of the log's syncs: a cut just before each leaves a different disk
    (between two syncs, a cut anywhere leaves the same one)."""
    return [number for number, op in enumerate(log) if op[0] in SYNCS]


class Control:
    """The count of operations so far and the live cut, shared with the test through a
    small file (``mmap``)."""

    def __init__(self, path: Path, create: bool = False) -> None:
        if create:
            path.write_bytes(struct.pack("<QQQ", 0, NEVER, 0))
        self._file = open(path, "r+b")  # noqa: SIM115 - kept open for the mapping's life
        self._map = mmap.mmap(self._file.fileno(), CONTROL_SIZE)

    def read(self) -> tuple[int, int, bool]:
        count, cut_at, frozen = struct.unpack_from("<QQQ", self._map, 0)
        return count, cut_at, bool(frozen)

    @property
    def count(self) -> int:
        return self.read()[0]

    def set_count(self, count: int) -> None:
        struct.pack_into("<Q", self._map, 0, count)

    def cut_at(self, number: int) -> None:
        struct.pack_into("<Q", self._map, 8, number)

    def freeze(self) -> None:
        struct.pack_into("<Q", self._map, 16, 1)

    def close(self) -> None:
        self._map.close()
        self._file.close()


def serve(mount: Path, seed: Path, log_path: Path, control_path: Path) -> None:
    from mfusepy import FUSE, FuseOSError, Operations

    disk = Disk(seed)
    control = Control(control_path)
    log: list[Op] = []
    handles: dict[int, int] = {}
    next_handle = [1]

    def change(op: Op) -> None:
        count, cut_at, frozen = control.read()
        if frozen or count >= cut_at:
            control.freeze()
            raise FuseOSError(errno.EIO)
        disk.apply(op)
        log.append(op)
        control.set_count(len(log))

    class LazyFS(Operations):  # type: ignore[misc]
        use_ns = True

        def _find(self, path: str) -> int:
            ino = ROOT
            for part in path.strip("/").split("/"):
                if part:
                    try:
                        ino = disk.live[ino].children[part]
                    except KeyError:
                        raise FuseOSError(errno.ENOENT) from None
            return ino

        def _parent(self, path: str) -> tuple[int, str]:
            head, _, name = path.rstrip("/").rpartition("/")
            parent = self._find(head or "/")
            if not disk.live[parent].directory:
                raise FuseOSError(errno.ENOTDIR)
            return parent, name

        def _ino(self, path: str | None, fh: int | None) -> int:
            if fh and fh in handles:
                return handles[fh]
            return self._find(path or "/")

        def _open(self, ino: int) -> int:
            handle = next_handle[0]
            next_handle[0] += 1
            handles[handle] = ino
            return handle

        def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
            node = disk.live[self._ino(path, fh)]
            now = time.time_ns()
            return {
                "st_mode": node.mode,
                "st_nlink": 2 if node.directory else 1,
                "st_size": len(node.data),
                "st_uid": os.getuid(),
                "st_gid": os.getgid(),
                "st_atime": now,
                "st_mtime": now,
                "st_ctime": now,
            }

        def readdir(self, path: str, fh: int) -> list[str]:
            return [".", "..", *disk.live[self._find(path)].children]

        def open(self, path: str, flags: int) -> int:
            return self._open(self._find(path))

        def create(self, path: str, mode: int, fi: Any = None) -> int:
            parent, name = self._parent(path)
            if name in disk.live[parent].children:
                return self._open(disk.live[parent].children[name])
            ino = disk.next_ino
            change(("create", parent, name, ino, stat.S_IFREG | stat.S_IMODE(mode)))
            return self._open(ino)

        def release(self, path: str, fh: int) -> int:
            handles.pop(fh, None)
            return 0

        def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
            return bytes(disk.live[self._ino(path, fh)].data[offset : offset + size])

        def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
            change(("write", self._ino(path, fh), offset, bytes(data)))
            return len(data)

        def truncate(self, path: str, length: int, fh: int | None = None) -> int:
            change(("truncate", self._ino(path, fh), length))
            return 0

        def fsync(self, path: str, datasync: int, fh: int) -> int:
            change(("fsync", self._ino(path, fh)))
            return 0

        def fsyncdir(self, path: str, datasync: int, fh: int) -> int:
            change(("fsyncdir", self._find(path)))
            return 0

        def mkdir(self, path: str, mode: int) -> int:
            parent, name = self._parent(path)
            if name in disk.live[parent].children:
                raise FuseOSError(errno.EEXIST)
            change(("mkdir", parent, name, disk.next_ino, stat.S_IFDIR | stat.S_IMODE(mode)))
            return 0

        def unlink(self, path: str) -> int:
            parent, name = self._parent(path)
            self._find(path)
            change(("unlink", parent, name))
            return 0

        def rmdir(self, path: str) -> int:
            if disk.live[self._find(path)].children:
                raise FuseOSError(errno.ENOTEMPTY)
            return self.unlink(path)

        def rename(self, old: str, new: str) -> int:
            parent, name = self._parent(old)
            self._find(old)
            new_parent, new_name = self._parent(new)
            change(("rename", parent, name, new_parent, new_name))
            return 0

        def chmod(self, path: str, mode: int) -> int:
            ino = self._find(path)
            change(("chmod", ino, (disk.live[ino].mode & ~0o7777) | stat.S_IMODE(mode)))
            return 0

        def chown(self, path: str, uid: int, gid: int) -> int:
            return 0

        def utimens(self, path: str, times: Any = None) -> int:
            return 0

        def statfs(self, path: str) -> dict[str, int]:
            return {"f_bsize": 4096, "f_frsize": 4096, "f_blocks": 1 << 20, "f_bfree": 1 << 19, "f_bavail": 1 << 19}

    try:
        FUSE(LazyFS(), str(mount), foreground=True, nothreads=True, hard_remove=True)
    finally:
        with open(log_path, "wb") as out:
            pickle.dump(log, out, protocol=pickle.HIGHEST_PROTOCOL)
        control.close()


if __name__ == "__main__":
    serve(*(Path(arg) for arg in sys.argv[1:5]))
