"""OLE compound files ([MS-CFB] version 3, 512-byte sectors), the container of Office 97-2003 files (.doc, .xls):
the sandbox writes them itself because no library at hand writes one (olefile only reads and rewrites)."""

from __future__ import annotations

import struct

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
SECTOR = 512
ENDOFCHAIN, FATSECT, FREESECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
MINI_CUTOFF = 4096   # a stream shorter than this would live in the mini stream: each is padded past it instead
RED, BLACK = 0, 1


def _entry(name: str, kind: int, *, child: int = NOSTREAM, right: int = NOSTREAM, start: int = ENDOFCHAIN,
           size: int = 0, color: int = BLACK) -> bytes:
    """A 128-byte directory entry (no CLSID, no times)."""
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, color)
            + struct.pack("<III", NOSTREAM, right, child) + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
            + struct.pack("<III", start, size, 0))


def _directory_order(names: list[str]) -> list[str]:
    """The order [MS-CFB] compares sibling names in: shorter first, then by upper case."""
    return sorted(names, key=lambda n: (len(n), n.upper()))


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file whose root storage holds `streams` (name → bytes, each padded to MINI_CUTOFF): the FAT
    sectors, the directory, then each stream's sectors in a row. The root's children are a chain of right
    siblings in directory order, the first black and the rest red (one black node on every path)."""
    names = _directory_order(list(streams))
    data = {n: streams[n].ljust(MINI_CUTOFF, b"\0") for n in names}
    counts = {n: -(-len(data[n]) // SECTOR) for n in names}
    entries_count = 1 + len(names)
    dir_sectors = -(-entries_count * 128 // SECTOR)
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < fat_sectors + dir_sectors + sum(counts.values()):
        fat_sectors += 1
    fat = [FATSECT] * fat_sectors
    fat += [len(fat) + i + 1 for i in range(dir_sectors - 1)] + [ENDOFCHAIN]
    starts = {}
    for n in names:
        starts[n] = len(fat)
        fat += [starts[n] + i + 1 for i in range(counts[n] - 1)] + [ENDOFCHAIN]
    fat += [FREESECT] * (fat_sectors * SECTOR // 4 - len(fat))
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    header = (OLE_MAGIC + b"\0" * 16 + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, fat_sectors, 0, MINI_CUTOFF, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    entries = _entry("Root Entry", 5, child=1)
    for i, n in enumerate(names):
        right = i + 2 if i + 1 < len(names) else NOSTREAM
        entries += _entry(n, 2, right=right, start=starts[n], size=len(data[n]), color=BLACK if i == 0 else RED)
    entries = entries.ljust(dir_sectors * SECTOR, b"\0")   # unused entries: all zero but siblings/child NOSTREAM
    unused = _entry("", 0, color=RED)
    entries = entries[:entries_count * 128] + unused * (dir_sectors * SECTOR // 128 - entries_count)
    body = b"".join(data[n].ljust(counts[n] * SECTOR, b"\0") for n in names)
    return header + struct.pack(f"<{len(fat)}I", *fat) + entries + body
