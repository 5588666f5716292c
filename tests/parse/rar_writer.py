"""A RAR 4 archive of stored (uncompressed) members, written here for the tests: RAR's own writer is non-free and
no free one is installed (libarchive and unar only read RAR). The layout is RARLAB's published RAR 4 format
(technote.txt): the marker block, the archive header, a file header and the data of each member, the end block;
each header's CRC is the low 16 bits of the CRC-32 of the header after its CRC field. Fixed dates: the same
entries give the same bytes."""

from __future__ import annotations

import struct
import zlib

MARKER = b"Rar!\x1a\x07\x00"
_LONG_BLOCK, _UNICODE, _DIRECTORY, _SOLID = 0x8000, 0x0200, 0x00E0, 0x0010
_DOS_TIME = (2023 - 1980) << 25 | 3 << 21 | 1 << 16 | 9 << 11   # 2023-03-01 09:00


def _block(head_type: int, flags: int, body: bytes) -> bytes:
    header = struct.pack("<BHH", head_type, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(header) & 0xFFFF) + header


def rar4(entries: list[tuple[str | bytes, bytes | None]]) -> bytes:
    """A RAR 4 archive of `entries` (name, data; data None: a directory). A str name is written as UTF-8 with the
    Unicode flag (as WinRAR writes non-ASCII names), a bytes name as those raw bytes without it (a name in the
    writer's code page: GBK on Chinese Windows)."""
    out = [MARKER, _block(0x73, 0, bytes(6))]
    for name, data in entries:
        raw = name if isinstance(name, bytes) else name.encode()
        flags = _LONG_BLOCK | (_UNICODE if isinstance(name, str) and not name.isascii() else 0)
        flags |= _DIRECTORY if data is None else 0
        data = data or b""
        body = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), _DOS_TIME, 20, 0x30, len(raw),
                           0x10 if flags & _DIRECTORY == _DIRECTORY else 0x20) + raw
        out += [_block(0x74, flags, body), data]
    out.append(_block(0x7B, 0x4000, b""))
    return b"".join(out)
