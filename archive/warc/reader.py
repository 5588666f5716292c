"""Reading WARC records back, one gzip member at a time, and checking their digests.

    read_record(store, key, offset, length) -> RecordRead    one ranged read = exactly one record
    iter_records(stream) -> Iterator[RecordRead]              every record of a file, with its offset and length
    HashingReader(stream)                                     the file's SHA-256 and size, taken as it is read
    RecordRead.problems                                       [] when block and payload digests match
    decoded_payload(record) -> bytes                          the payload with its Content-Encoding removed

Why not warcio's `check_digests`: it skips revisit records entirely and reports through a side object; fixity
needs every record's block digest checked, the member boundaries exact, and a clear message per failure.
Parsing is still warcio's for HTTP headers. Sizes are bounded by MAX_WARC_RECORD_READ_BYTES.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from nianbao.archive import limits
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser

HTTP_TYPES = ("response", "request", "revisit")
_CHUNK = 1024 * 1024


class RecordError(Exception):
    """The bytes at an offset are not one readable WARC record."""


@dataclass
class RecordRead:
    offset: int
    length: int
    warc_headers: list[tuple[str, str]]
    block: bytes
    http_headers: StatusAndHeaders | None = None
    payload: bytes = b""
    problems: list[str] = field(default_factory=list)
    damaged: bool = False   # bytes that are no readable record: `length` is the span skipped to the next member

    def header(self, name: str) -> str | None:
        index = self.__dict__.get("_index")
        if index is None:
            index = {}
            for key, value in self.warc_headers:
                index.setdefault(key.lower(), value)
            self.__dict__["_index"] = index
        return index.get(name.lower())

    @property
    def rec_type(self) -> str:
        return self.header("WARC-Type") or ""

    @property
    def record_id(self) -> str:
        return self.header("WARC-Record-ID") or ""

    @property
    def url(self) -> str:
        return self.header("WARC-Target-URI") or ""

    @property
    def warc_date(self) -> str:
        return self.header("WARC-Date") or ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def status(self) -> int | None:
        if self.http_headers is None or self.rec_type not in ("response", "revisit"):
            return None
        try:
            return int(self.http_headers.get_statuscode())
        except ValueError:
            return None


def digest_matches(expected: str, data: bytes) -> bool:
    algo, _, value = expected.partition(":")
    try:
        digest = hashlib.new(algo.lower().replace("-", ""), data).digest()
    except ValueError:
        return False
    value = value.strip()
    return value.upper() == base64.b32encode(digest).decode() or value.lower() == digest.hex()


def sha1_base32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def parse_record(data: bytes, offset: int = 0, length: int = 0) -> RecordRead:
    """Parse one decompressed record and check its digests."""
    end = data.find(b"\r\n\r\n")
    if not data.startswith(b"WARC/") or end < 0:
        raise RecordError(f"no WARC record at offset {offset}")
    lines = data[:end].decode("utf-8", "replace").split("\r\n")
    headers = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.append((name.strip(), value.strip()))
    record = RecordRead(offset, length, headers, b"")
    try:
        block_length = int(record.header("Content-Length") or "")
    except ValueError as exc:
        raise RecordError(f"record at offset {offset} has no valid Content-Length") from exc
    start = end + 4
    record.block = data[start:start + block_length]
    if len(record.block) != block_length:
        record.problems.append(f"block truncated: {len(record.block)} of {block_length} bytes")
    elif data[start + block_length:] != b"\r\n\r\n":
        record.problems.append("record does not end with CRLF CRLF after its block")
    block_digest = record.header("WARC-Block-Digest")
    if block_digest and not digest_matches(block_digest, record.block):
        record.problems.append(f"block digest mismatch (expected {block_digest}, got {sha1_base32(record.block)})")
    content_type = (record.header("Content-Type") or "").lower()
    if record.rec_type in HTTP_TYPES and content_type.startswith("application/http"):
        split = record.block.find(b"\r\n\r\n")
        head, record.payload = (record.block, b"") if split < 0 else (record.block[:split + 4],
                                                                      record.block[split + 4:])
        try:
            record.http_headers = StatusAndHeadersParser([], verify=False).parse(io.BytesIO(head))
        except (EOFError, ValueError):
            record.problems.append("unreadable HTTP headers")
    else:
        record.payload = record.block
    payload_digest = record.header("WARC-Payload-Digest")
    if payload_digest and record.rec_type != "revisit" and not digest_matches(payload_digest, record.payload):
        record.problems.append(f"payload digest mismatch (expected {payload_digest}, "
                               f"got {sha1_base32(record.payload)})")
    return record


def read_record(store, key: str, offset: int, length: int) -> RecordRead:
    """One record by a ranged read; RecordError when the range is not exactly one gzip member."""
    if length <= 0 or length > limits.MAX_WARC_RECORD_READ_BYTES:
        raise RecordError(f"{key}@{offset}: a record length of {length} bytes is out of bounds")
    raw = store.get_range(key, offset, length)
    if len(raw) != length:
        raise RecordError(f"{key}@{offset}: read {len(raw)} of {length} bytes (file shorter than the index says)")
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        data = decompressor.decompress(raw, limits.MAX_WARC_RECORD_READ_BYTES)
    except zlib.error as exc:
        raise RecordError(f"{key}@{offset}: not a valid gzip member ({exc})") from exc
    if not decompressor.eof:
        raise RecordError(f"{key}@{offset}+{length}: the gzip member is incomplete")
    if decompressor.unused_data:
        raise RecordError(f"{key}@{offset}+{length}: more than one gzip member in the range")
    record = parse_record(data, offset, length)
    return record


def iter_members(stream: BinaryIO) -> Iterator[tuple[int, int, bytes]]:
    """(offset, length, decompressed bytes) of each gzip member of a stream; a truncated or corrupt member
    raises RecordError with its offset."""
    offset = 0
    pending = b""
    while True:
        if not pending:
            pending = stream.read(_CHUNK)
            if not pending:
                return
        decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        parts, size, consumed = [], 0, 0
        while True:
            try:
                out = decompressor.decompress(pending)
            except zlib.error as exc:
                raise RecordError(f"corrupt gzip member at offset {offset} ({exc})") from exc
            size += len(out)
            if size > limits.MAX_WARC_RECORD_READ_BYTES:
                raise RecordError(f"record at offset {offset} exceeds {limits.MAX_WARC_RECORD_READ_BYTES} bytes")
            parts.append(out)
            if decompressor.eof:
                rest = decompressor.unused_data
                consumed += len(pending) - len(rest)
                pending = rest
                break
            consumed += len(pending)
            pending = stream.read(_CHUNK)
            if not pending:
                raise RecordError(f"truncated gzip member at offset {offset}")
        yield offset, consumed, b"".join(parts)
        offset += consumed


def iter_records(stream: BinaryIO) -> Iterator[RecordRead]:
    """Every record of a file, reading on past damage: a corrupt or truncated gzip member, or a member that is
    no WARC record, comes out as one `damaged` RecordRead spanning the bytes up to the next readable member,
    so one flipped byte costs that one record and the records after it are still read and checked."""
    for offset, length, data, problem in iter_members_resync(stream):
        if data is not None:
            try:
                yield parse_record(data, offset, length)
                continue
            except RecordError as exc:
                problem = str(exc)
        yield RecordRead(offset, length, [], b"", problems=[problem], damaged=True)


class HashingReader:
    """A stream that hashes what is read through it: once iter_records(HashingReader(stream)) has read the file
    to its end, `sha256` and `size` are the whole file's (what the catalog records and fixity compares)."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.sha256, self.size = stream, hashlib.sha256(), 0

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        self.sha256.update(data)
        self.size += len(data)
        return data


GZIP_MAGIC = b"\x1f\x8b\x08"
_FEED = 64 * 1024          # input fed to zlib per call: unused_data (copied each call) stays small
_PROBE = 16 * 1024         # compressed bytes tried at a candidate member start
_KEEP = 4 * 1024 * 1024    # buffer bytes kept behind the read position before they are dropped


class _Buffer:
    """A window on a stream: `data` holds the bytes from absolute offset `base` on."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.data, self.base, self.eof = stream, bytearray(), 0, False

    def fill(self) -> bool:
        chunk = b"" if self.eof else self.stream.read(_CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.data += chunk
        return True

    def drop_before(self, pos: int) -> int:
        """Forget bytes before index `pos` once enough piled up; returns pos's new index."""
        if pos > _KEEP:
            del self.data[:pos]
            self.base += pos
            return 0
        return pos


def _inflate_member(buf: _Buffer, pos: int) -> tuple[int, bytes | None, str]:
    """Decompress the member starting at index pos: (end index, data, "") or (pos, None, problem)."""
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    parts, size, i = [], 0, pos
    while True:
        if i >= len(buf.data) and not buf.fill():
            return pos, None, f"truncated gzip member at offset {buf.base + pos}"
        j = min(len(buf.data), i + _FEED)
        try:
            out = decompressor.decompress(bytes(buf.data[i:j]))
        except zlib.error as exc:
            return pos, None, f"corrupt gzip member at offset {buf.base + pos} ({exc})"
        size += len(out)
        if size > limits.MAX_WARC_RECORD_READ_BYTES:
            return pos, None, f"record at offset {buf.base + pos} exceeds {limits.MAX_WARC_RECORD_READ_BYTES} bytes"
        parts.append(out)
        if decompressor.eof:
            return j - len(decompressor.unused_data), b"".join(parts), ""
        i = j


def _looks_like_member(buf: _Buffer, pos: int) -> bool:
    """Whether a gzip member holding a WARC record plausibly starts at index pos (its first bytes inflate to
    `WARC/`): a chance `1f 8b 08` inside compressed data almost never passes."""
    while len(buf.data) - pos < _PROBE and buf.fill():
        pass
    try:
        out = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(bytes(buf.data[pos:pos + _PROBE]), 16)
    except zlib.error:
        return False
    return out[:5] == b"WARC/"


def _next_member(buf: _Buffer, start: int) -> int:
    """Index of the next plausible member start at or after `start` (len(data) at the end of the stream)."""
    pos = start
    while True:
        hit = buf.data.find(GZIP_MAGIC, pos)
        if hit >= 0:
            if _looks_like_member(buf, hit):
                return hit
            pos = hit + 1
            continue
        pos = buf.drop_before(max(pos, len(buf.data) - len(GZIP_MAGIC) + 1))  # a long damaged span is not kept
        if not buf.fill():
            return len(buf.data)


def iter_members_resync(stream: BinaryIO) -> Iterator[tuple[int, int, bytes | None, str]]:
    """(offset, length, decompressed bytes, "") per gzip member, or (offset, length, None, problem) for a damaged
    span: a corrupt or truncated member and anything up to the next member that inflates to a WARC record.
    Written by hand because warcio's ArchiveIterator (like gzip) stops at the first bad member."""
    buf = _Buffer(stream)
    pos = 0
    while True:
        pos = buf.drop_before(pos)
        if pos >= len(buf.data) and not buf.fill():
            return
        start = buf.base + pos
        end, data, problem = _inflate_member(buf, pos)
        if data is None:
            end = _next_member(buf, pos + 1)
        yield start, buf.base + end - start, data, problem
        pos = end


def decoded_payload(record: RecordRead) -> tuple[bytes, bool]:
    """The payload with Content-Encoding (gzip, deflate, br) removed; (payload, decoded?). An unknown or
    broken encoding, or one that decodes to more than limits.MAX_CONTENT_DECODED_BYTES (a bomb), returns the
    payload as stored and False."""
    from nianbao.parse.unpack import UnpackLimit, inflate

    encoding = (record.http_headers.get_header("Content-Encoding") or "").strip().lower() \
        if record.http_headers else ""
    if not encoding or encoding == "identity":
        return record.payload, True
    cap = limits.MAX_CONTENT_DECODED_BYTES
    try:
        if encoding in ("gzip", "x-gzip"):
            return inflate(record.payload, zlib.MAX_WBITS | 32, cap), True
        if encoding == "deflate":
            try:
                return inflate(record.payload, zlib.MAX_WBITS, cap), True
            except zlib.error:
                return inflate(record.payload, -zlib.MAX_WBITS, cap), True
        if encoding == "br":
            import brotli  # optional, as in Scrapy

            decoder = brotli.Decompressor()
            out = decoder.process(record.payload, output_buffer_limit=cap + 1)
            if len(out) > cap or not decoder.is_finished():
                raise UnpackLimit(f"the body decodes to more than {cap} bytes")
            return out, True
    except (UnpackLimit, zlib.error, ImportError, Exception):
        return record.payload, False
    return record.payload, False
