"""CDXJ index lines for WARC records (pywb / webrecorder CDXJ 0.1.0), the same lines `cdxj-indexer` writes.

`<SURT> <timestamp14> {"url", "mime", "status", "digest", "length", "offset", "filename"}` sorted in byte order
(LC_ALL=C). Indexed record types are cdxj-indexer's defaults: response, revisit, resource, and metadata whose
Content-Type is not `application/warc-fields` (so our JSON classification records are indexed, provenance
`warc-fields` records are not). Values are strings, as cdxj-indexer writes them; `status` only for HTTP records.

A POST or PUT capture is keyed as cdxj-indexer `--post-append` and pywb's own indexer key it, so that pywb finds
page 3 of a pager form apart from page 2 (both have the same URL): its response (or revisit, as pywb's indexer
does; cdxj-indexer pairs responses only) is joined with its request record, the next record in our WARCs, and the
key is the SURT of the URL with `__wb_method=post` and the request body appended as a query (cdxj-indexer's
`append_method_query`: a form body decoded, JSON flattened to parameters, anything else base64 in
`__wb_post_data`); the line gains `requestBody` and `method`, and `url` stays the URL requested.

`index_warc(fileobj, filename)` rebuilds the entries of a file by reading it (recovery, reindex, tests);
the writer builds the same entries while writing, from the offsets it counted.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

import surt
from cdxj_indexer.postquery import append_method_query
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_timestamp

INDEXED_TYPES = ("response", "revisit", "resource", "metadata")
KEYED_METHODS = ("POST", "PUT")          # requests whose body is part of their capture's key
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
    record_id: str | None = None        # WARC-Record-ID, which its request record names in WARC-Concurrent-To
    method: str | None = None           # POST / PUT (with the two below): keyed by its request (`keyed_by`)
    request_body: str | None = None     # the body as a query (cdxj-indexer's `requestBody`)
    lookup_url: str | None = None       # the URL with `__wb_method=…` and the body appended: what the key is of

    def line(self) -> str:
        fields: dict[str, str] = {"url": self.url}
        if self.mime is not None:
            fields["mime"] = self.mime
        if self.status is not None:
            fields["status"] = self.status
        if self.digest is not None:
            fields["digest"] = self.digest
        fields.update(length=str(self.length), offset=str(self.offset), filename=self.filename)
        if self.method is not None:     # in cdxj-indexer's order
            fields.update(requestBody=self.request_body, method=self.method)
        key = surt_key(self.lookup_url or self.url)
        return f"{key} {iso_date_to_timestamp(self.warc_date)} {json.dumps(fields)}\n"

    def keyed_by(self, request: KeyedRequest) -> IndexEntry:
        """This entry keyed by its POST/PUT request (the module docstring)."""
        query, appended = append_method_query(request.method, request.content_type, len(request.body),
                                              io.BytesIO(request.body), self.url)
        return replace(self, method=request.method, request_body=query or "", lookup_url=self.url + appended)


@dataclass(frozen=True)
class KeyedRequest:
    """A POST or PUT request record: what keys the entry of the response it is concurrent to."""
    url: str
    concurrent_to: str | None
    method: str
    content_type: str | None
    body: bytes


def request_method(http_headers) -> str:
    """The method of a request record's HTTP headers: the protocol as warcio's parser reads it, or the status
    line's first word as our writer builds it (archive/warc/records.py)."""
    return (http_headers.protocol or http_headers.statusline.split(" ", 1)[0]).upper()


def join_requests(items: Iterable[IndexEntry | KeyedRequest | None]) -> Iterator[IndexEntry]:
    """The entries of a record sequence (None: a record neither indexed nor keying), each response or revisit
    keyed by the POST/PUT request record that follows it and names it (WARC-Concurrent-To, same URL), the way
    cdxj-indexer and pywb pair adjacent records."""
    previous: IndexEntry | None = None
    for item in items:
        if isinstance(item, KeyedRequest):
            # a status: a response or revisit (resource and metadata entries have none)
            if (previous is not None and previous.status is not None and previous.url == item.url
                    and previous.record_id == item.concurrent_to):
                previous = previous.keyed_by(item)
            continue
        if previous is not None:
            yield previous
        previous = item
    if previous is not None:
        yield previous


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
    """The index entry of a warcio record (None when the record type is not indexed); a POST/PUT's is keyed by
    its request afterwards (`join_requests`)."""
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
        filename=filename, record_id=rec_headers.get_header("WARC-Record-ID"))


def _keyed(rec_type: str, http_headers, url: str, concurrent_to: str | None,
           read_body: Callable[[], bytes]) -> KeyedRequest | None:
    if rec_type != "request" or http_headers is None:
        return None
    method = request_method(http_headers)
    if method not in KEYED_METHODS:
        return None
    # the whole body, as cdxj-indexer reads it (it keys by at most 4,096 characters of it): our request records
    # hold the form fields the crawler sent
    return KeyedRequest(url, concurrent_to, method, http_headers.get_header("Content-Type"), read_body())


def keyed_request(record) -> KeyedRequest | None:
    """The KeyedRequest of a warcio request record of a POST/PUT (its body read), else None."""
    headers = record.rec_headers
    return _keyed(record.rec_type, record.http_headers, headers.get_header("WARC-Target-URI") or "",
                  headers.get_header("WARC-Concurrent-To"), lambda: record.content_stream().read())


def index_warc(fileobj: BinaryIO, filename: str) -> list[IndexEntry]:
    """Index every record of a (gzip-per-record) WARC stream."""
    it = ArchiveIterator(fileobj)

    def items() -> Iterator[IndexEntry | KeyedRequest | None]:
        for record in it:
            request = keyed_request(record)
            record.raw_stream.read()  # consume, so the length is known
            yield request or entry_for(record, it.get_record_offset(), it.get_record_length(), filename)

    return list(join_requests(items()))


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
        filename=filename, record_id=record.header("WARC-Record-ID"))


def keyed_request_read(record) -> KeyedRequest | None:
    """The KeyedRequest of a request record of a POST/PUT read by nianbao.archive.warc.reader, else None."""
    if record.damaged:
        return None
    return _keyed(record.rec_type, record.http_headers, record.url, record.header("WARC-Concurrent-To"),
                  lambda: record.payload)


def index_records(fileobj: BinaryIO, filename: str) -> list[IndexEntry]:
    """Index a WARC stream reading on past damaged members (nianbao.archive.warc.reader.iter_records): the entries of
    every intact record, where warcio's iterator stops at the first bad member."""
    from nianbao.archive.warc.reader import iter_records

    return list(join_requests(keyed_request_read(r) or entry_for_read(r, filename) for r in iter_records(fileobj)))


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
