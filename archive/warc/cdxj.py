"""CDXJ index lines for WARC records (pywb / webrecorder CDXJ 0.1.0), the same lines `cdxj-indexer` writes.

`<SURT> <timestamp14> {"url", "mime", "status", "digest", "length", "offset", "filename"}` sorted in byte order
(LC_ALL=C). Indexed record types are cdxj-indexer's defaults: response, revisit, resource, and metadata whose
Content-Type is not `application/warc-fields` (so our JSON classification records are indexed, provenance
`warc-fields` records are not). Values are strings, as cdxj-indexer writes them; `status` only for HTTP records.

`index_warc(fileobj, filename)` rebuilds the entries of a file by reading it (recovery, reindex, tests);
the writer builds the same entries while writing, from the offsets it counted.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import surt
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_timestamp

INDEXED_TYPES = ("response", "revisit", "resource", "metadata")
_MIME_SPLIT = re.compile(r"[;\s]")


@dataclass(frozen=True)
class IndexEntry:
    url: str
    warc_date: str            # WARC-Date as written (ISO 8601)
    mime: str | None
    status: str | None
    digest: str | None
    offset: int
    length: int
    filename: str

    def line(self) -> str:
        fields: dict[str, str] = {"url": self.url}
        if self.mime is not None:
            fields["mime"] = self.mime
        if self.status is not None:
            fields["status"] = self.status
        if self.digest is not None:
            fields["digest"] = self.digest
        fields.update(length=str(self.length), offset=str(self.offset), filename=self.filename)
        return f"{surt_key(self.url)} {iso_date_to_timestamp(self.warc_date)} {json.dumps(fields)}\n"


def surt_key(url: str) -> str:
    try:
        return surt.surt(url)
    except Exception:  # surt refuses some odd URLs; cdxj-indexer falls back to the URL too
        return url


def is_indexed(rec_type: str, warc_content_type: str | None) -> bool:
    if rec_type not in INDEXED_TYPES:
        return False
    return not (rec_type in ("resource", "metadata") and warc_content_type == "application/warc-fields")


def index_mime(rec_type: str, http_content_type: str | None, warc_content_type: str | None) -> str | None:
    if rec_type == "revisit":
        return "warc/revisit"
    value = http_content_type if rec_type in ("response", "request") else warc_content_type
    if not value:
        return value
    return _MIME_SPLIT.split(value, 1)[0].strip()


def entry_for(record, offset: int, length: int, filename: str) -> IndexEntry | None:
    """The index entry of a warcio record (None when the record type is not indexed)."""
    rec_headers = record.rec_headers
    warc_content_type = rec_headers.get_header("Content-Type")
    if not is_indexed(record.rec_type, warc_content_type):
        return None
    http = record.http_headers
    status = http.get_statuscode() if (record.rec_type in ("response", "revisit") and http) else None
    return IndexEntry(
        url=rec_headers.get_header("WARC-Target-URI") or "", warc_date=rec_headers.get_header("WARC-Date"),
        mime=index_mime(record.rec_type, http.get_header("Content-Type") if http else None, warc_content_type),
        status=status, digest=rec_headers.get_header("WARC-Payload-Digest"), offset=offset, length=length,
        filename=filename)


def index_warc(fileobj: BinaryIO, filename: str) -> list[IndexEntry]:
    """Index every record of a (gzip-per-record) WARC stream."""
    entries = []
    it = ArchiveIterator(fileobj)
    for record in it:
        record.raw_stream.read()  # consume, so the length is known
        entry = entry_for(record, it.get_record_offset(), it.get_record_length(), filename)
        if entry is not None:
            entries.append(entry)
    return entries


def entry_for_read(record, filename: str) -> IndexEntry | None:
    """The index entry of a record read by nianbao.archive.warc.reader (the same values `entry_for` gives warcio's)."""
    warc_content_type = record.header("Content-Type")
    if record.damaged or not is_indexed(record.rec_type, warc_content_type):
        return None
    http = record.http_headers
    status = http.get_statuscode() if (record.rec_type in ("response", "revisit") and http) else None
    return IndexEntry(
        url=record.url, warc_date=record.warc_date,
        mime=index_mime(record.rec_type, http.get_header("Content-Type") if http else None, warc_content_type),
        status=status, digest=record.header("WARC-Payload-Digest"), offset=record.offset, length=record.length,
        filename=filename)


def index_records(fileobj: BinaryIO, filename: str) -> list[IndexEntry]:
    """Index a WARC stream reading on past damaged members (nianbao.archive.warc.reader.iter_records): the entries of
    every intact record, where warcio's iterator stops at the first bad member."""
    from nianbao.archive.warc.reader import iter_records

    return [e for e in (entry_for_read(r, filename) for r in iter_records(fileobj)) if e is not None]


def sorted_lines(entries: Iterable[IndexEntry]) -> list[str]:
    return sorted((e.line() for e in entries), key=lambda s: s.encode("utf-8"))


def write_cdxj(entries: Iterable[IndexEntry], path: str | os.PathLike) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.writelines(sorted_lines(entries))
        out.flush()
        os.fsync(out.fileno())


def iter_cdxj(lines: Iterable[str]) -> Iterator[tuple[str, str, dict]]:
    """Parse CDXJ lines into (surt, timestamp, fields)."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("!"):
            continue
        key, stamp, rest = line.split(" ", 2)
        yield key, stamp, json.loads(rest)
