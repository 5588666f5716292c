"""The entries of a RAR archive (RAR 4 and RAR 5), read with libarchive through libarchive-c: no I/O, no
extractor process. Portals post yearly bundles as `.rar` as often as `.zip`.

    check_rar(data, max_members, max_bytes) -> (entries, inflated bytes)   # UnpackLimit, RarUnreadable
    for entry in rar_entries(data):                                        # in the archive's order
        entry.name, entry.size, entry.is_dir, entry.encrypted
        entry.read(cap) -> bytes                                           # before the next entry is reached

A RAR archive has no central directory and may be solid (each entry's data depend on the ones before), so its
entries are read in order, one at a time. Its headers may lie about sizes as a zip's may, and libarchive inflates
whatever the data hold, so `check_rar` reads every entry once, counting in blocks and holding none, before anything
is handed on: the callers' refusal comes before the first member, as `check_zip`'s does (the price: a RAR is
inflated twice). libarchive-c rather than rarfile: rarfile runs an extractor program (unrar, unar or bsdtar) per
archive and asks it for whole members; libarchive (Debian's libarchive13, a library already on most systems) is
called in process and streams.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from nianbao.parse.unpack import UnpackLimit

_BLOCK = 64 * 1024
INSTALL_HINT = ("install the Debian package libarchive13 (apt-get install libarchive13; .ci/bootstrap does) and the "
                "Python package libarchive-c (a nianbao dependency: pip install -e .)")


class RarUnreadable(ValueError):
    """The bytes are not a RAR archive that can be read (cut short, damaged, headers encrypted), or no RAR
    reader is installed (the message says how to install one)."""


@dataclass
class RarEntry:
    name: str | bytes      # bytes when libarchive could not decode it (a RAR 4 name in the writer's code page)
    size: int | None       # declared (None when the headers do not say)
    is_dir: bool
    encrypted: bool
    _entry: Any

    def read(self, cap: int) -> bytes:
        """The entry's data, at most `cap` bytes; UnpackLimit beyond."""
        data = bytearray()
        for block in self.blocks():
            data += block
            if len(data) > cap:
                raise UnpackLimit(f"{self.name!r} inflates to more than {cap} bytes")
        return bytes(data)

    def blocks(self) -> Iterator[bytes]:
        """The entry's data in blocks as libarchive inflates them; RarUnreadable when they cannot be had."""
        try:
            yield from self._entry.get_blocks(_BLOCK)
        except _libarchive().ArchiveError as exc:   # a bad CRC, data cut short, a wrong or missing password
            raise RarUnreadable(f"{self.name!r} cannot be read ({exc})") from exc


def _libarchive():
    try:
        import libarchive  # loads libarchive.so when imported
        import libarchive.ffi
        import libarchive.read
        if not hasattr(libarchive.ffi, "entry_is_encrypted"):   # not wrapped by libarchive-c (libarchive >= 3.2)
            libarchive.ffi.ffi("entry_is_encrypted", [libarchive.ffi.c_archive_entry_p], ctypes.c_int)
    except (ImportError, OSError, AttributeError, TypeError) as exc:
        raise RarUnreadable(f"no RAR reader ({type(exc).__name__}: {exc}): {INSTALL_HINT}") from exc
    return libarchive


@contextmanager
def _reader(data: bytes) -> Iterator[Any]:
    libarchive = _libarchive()
    try:
        with libarchive.read.new_archive_read("rar", "none") as pointer:
            libarchive.ffi.get_read_format_function("rar5")(pointer)
            libarchive.ffi.read_open_memory(pointer, ctypes.cast(data, ctypes.c_void_p), len(data))
            yield libarchive.read.ArchiveRead(pointer)
    except libarchive.ArchiveError as exc:
        raise RarUnreadable(f"the RAR archive cannot be read ({exc}); if it was cut short in transfer, fetch it "
                            "again") from exc


def rar_entries(data: bytes) -> Iterator[RarEntry]:
    """Every entry of the archive in order; read each (or not) before asking for the next."""
    libarchive = _libarchive()
    with _reader(data) as archive:
        for entry in archive:
            encrypted = libarchive.ffi.entry_is_encrypted(entry._entry_p) > 0
            yield RarEntry(entry.pathname, entry.size, entry.isdir, encrypted, entry)


def check_rar(data: bytes, max_members: int, max_bytes: int) -> tuple[int, int]:
    """(entries, bytes inflated) of the archive within the bounds: at most `max_members` entries and `max_bytes`
    inflated in all (counted, not declared), no entry inflating past its declared size. UnpackLimit beyond."""
    count = total = 0
    for entry in rar_entries(data):
        count += 1
        if count > max_members:
            raise UnpackLimit(f"the archive holds more than {max_members} files")
        if entry.is_dir or entry.encrypted:
            continue
        declared = entry.size if entry.size is not None else max_bytes
        for block in entry.blocks():
            total += len(block)
            declared -= len(block)
            if declared < 0:
                raise UnpackLimit(f"{entry.name!r} inflates to more than the {entry.size} bytes its RAR headers "
                                  "declare (headers that lie)")
            if total > max_bytes:
                raise UnpackLimit(f"the archive unpacks to more than {max_bytes} bytes")
    return count, total
