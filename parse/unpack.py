"""Bounds on what an untrusted document unpacks to, checked before (and while) a reader inflates it.

    check_zip(data)            DOCX/OFD/ZIP: member count and sizes (zipfile inflates a member to its declared size
                               at most, and fails its CRC check beyond it, so the declared sizes are the bound)
    check_pdf_streams(data)    PDF: every Flate stream inflated here, in chunks, counting, and stopped at the bound
    inflate(data, wbits, cap)  zlib with an output cap (gzip, deflate bodies)

Each raises `UnpackLimit` with a message that names the limit (parse/limits.py). The readers (python-docx, pdfium)
inflate whole parts into memory without a bound of their own: a 3.7 MB DOCX that unpacks to 1.5 GB otherwise
takes ~9 GB of memory in lxml. Hand-written because neither library offers a cap on what it inflates.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from nianbao.parse import limits

UNPACK_STAGE = "unpack"   # the error stage of a document refused here (counted by the callers)


class UnpackLimit(ValueError):
    """A document unpacks to more than the limits allow; it is not parsed."""


def check_zip(data: bytes, max_members: int | None = None, max_bytes: int | None = None) -> tuple[int, int]:
    """The declared sizes within the bounds, and each deflated member inflating to no more than it declares:
    zipfile's `read()` inflates a member's whole compressed data in one call before it cuts the output to the
    declared size, so a member whose headers lie (4 KB declared, 1.5 GB inside) would take 1.5 GB (measured:
    2 GB peak for python-docx on such a file). `max_members`, `max_bytes`: what is left of the bounds for a zip
    inside a zip (parse/zip_members.py), else the bounds themselves. Returns (members, declared bytes in all)."""
    max_members = limits.MAX_ARCHIVE_MEMBERS if max_members is None else max_members
    max_bytes = limits.MAX_UNPACKED_BYTES if max_bytes is None else max_bytes
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > max_members:
            raise UnpackLimit(f"the archive holds {len(members)} files, more than {max_members}")
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > limits.MAX_UNPACKED_PART_BYTES and member.filename.endswith((".xml", ".rels")):
                raise UnpackLimit(f"{member.filename} unpacks to {member.file_size} bytes, more than "
                                  f"{limits.MAX_UNPACKED_PART_BYTES}")
            if total > max_bytes:
                raise UnpackLimit(f"the archive unpacks to more than {max_bytes} bytes")
            if member.compress_type == zipfile.ZIP_DEFLATED:
                _check_declared_size(data, member)
    return len(members), total


_LOCAL_HEADER = struct.Struct("<4s5H3I2H")   # signature … file name length, extra field length


def _check_declared_size(data: bytes, member: zipfile.ZipInfo) -> None:
    """Inflate the member's raw deflate data in chunks, counting, and stop one byte past its declared size."""
    start = member.header_offset
    fields = _LOCAL_HEADER.unpack_from(data, start) if start + _LOCAL_HEADER.size <= len(data) else None
    if fields is None or fields[0] != b"PK\x03\x04":
        return            # zipfile itself refuses it
    begin = start + _LOCAL_HEADER.size + fields[-2] + fields[-1]
    raw = memoryview(data)[begin:begin + member.compress_size]
    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
    allowed, produced, pos = member.file_size, 0, 0
    try:
        while pos < len(raw) and not decompressor.eof:
            piece = raw[pos:pos + _CHUNK]
            produced += len(decompressor.decompress(piece, allowed + 1 - produced))
            pos += len(piece) - len(decompressor.unconsumed_tail)
            if produced > allowed:
                raise UnpackLimit(f"{member.filename} inflates to more than the {allowed} bytes its zip headers "
                                  "declare (headers that lie)")
    except zlib.error:
        return            # corrupt data: zipfile's CRC check says so


def inflate(data: bytes, wbits: int, cap: int) -> bytes:
    """Decompress with zlib, at most `cap` bytes out; UnpackLimit beyond (zlib.error on bad data)."""
    decompressor = zlib.decompressobj(wbits)
    out = decompressor.decompress(data, cap + 1)
    if len(out) > cap:
        raise UnpackLimit(f"the data inflates to more than {cap} bytes")
    return out + decompressor.flush()[: max(0, cap - len(out))]


def _zlib_header(head: bytes) -> bool:
    return len(head) == 2 and head[0] & 0x0F == 8 and head[0] >> 4 <= 7 and (head[0] << 8 | head[1]) % 31 == 0


_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 64 * 1024


def _inflated_size(data: bytes, start: int, cap: int, depth: int = 0) -> int:
    """Bytes a zlib stream at `start` inflates to (counted in chunks, stopped past `cap`); 0 when it is not
    zlib data (an image, an uncompressed or otherwise-filtered stream). A stream that inflates to zlib data
    again (`/Filter [/FlateDecode /FlateDecode]`) is counted through the second layer too."""
    decompressor = zlib.decompressobj()
    total, head, pos = 0, b"", start
    try:
        while pos < len(data) and not decompressor.eof:
            out = decompressor.decompress(data[pos:pos + _CHUNK], cap + 1 - total)
            pos += _CHUNK
            while True:
                if len(head) < 2:
                    head += out[:2]
                total += len(out)
                if total > cap:
                    return total
                if not decompressor.unconsumed_tail:
                    break
                out = decompressor.decompress(decompressor.unconsumed_tail, cap + 1 - total)
    except zlib.error:
        if total == 0:
            return 0
    if depth < 2 and _zlib_header(head):
        inner = zlib.decompressobj().decompress(data[start:start + limits.MAX_UNPACKED_PART_BYTES],
                                                limits.MAX_UNPACKED_PART_BYTES)
        return max(total, _inflated_size(inner, 0, cap, depth + 1))
    return total


def check_pdf_streams(data: bytes) -> None:
    total = 0
    for count, match in enumerate(_STREAM.finditer(data)):
        if count >= limits.MAX_PDF_OBJECTS_SCANNED:
            raise UnpackLimit(f"the PDF has more than {limits.MAX_PDF_OBJECTS_SCANNED} streams")
        if not _zlib_header(data[match.end():match.end() + 2]):
            continue
        size = _inflated_size(data, match.end(), limits.MAX_UNPACKED_PART_BYTES)
        if size > limits.MAX_UNPACKED_PART_BYTES:
            raise UnpackLimit(f"a PDF stream at byte {match.end()} inflates to more than "
                              f"{limits.MAX_UNPACKED_PART_BYTES} bytes")
        total += size
        if total > limits.MAX_UNPACKED_BYTES:
            raise UnpackLimit(f"the PDF's streams inflate to more than {limits.MAX_UNPACKED_BYTES} bytes")
