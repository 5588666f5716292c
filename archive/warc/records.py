"""Building the WARC 1.1 records of docs/INTERNALS.md ("WARC records written per fetch") with warcio.

Pure functions: every record gets its id and date from the caller, so tests are deterministic. Digests
(`sha1:` base32) are computed by warcio; the payload digest of a response is over the body as received
(still content-encoded for Scrapy captures), block digests at write time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from io import BytesIO

from nianbao.archive.warc.gzipwriter import FastDigests, RawHttpHeaders
from nianbao.archive.warc.http import Headers, request_target
from warcio.recordbuilder import RecordBuilder

WARC_VERSION = "WARC/1.1"
PROFILE_IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
PROFILE_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
DOCUMENT_CONTENT_TYPE = 'application/json; profile="nianbao-document"'
FIELDS_CONTENT_TYPE = "application/warc-fields"
DOCUMENT_URI_PREFIX = "urn:nianbao-document:"

class _Builder(FastDigests, RecordBuilder):
    pass


_builder = _Builder(warc_version="1.1")


def warc_date(moment: datetime) -> str:
    """UTC W3C date, always with six fractional digits (WARC 1.1 allows up to nine), so that dates sort as
    strings (warcio leaves the fraction out when it is zero)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    # = strftime("%Y-%m-%dT%H:%M:%S.%fZ"), at a tenth of its cost (a date per fetch and per record)
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}:"
            f"{moment.second:02d}.{moment.microsecond:06d}Z")


def _headers(record_id: str, date: str, extra: Mapping[str, str | None] | None = None) -> dict:
    headers = {"WARC-Record-ID": record_id, "WARC-Date": date}
    for name, value in (extra or {}).items():
        if value:
            headers[name] = value
    return headers


def warcinfo(filename: str, fields: Iterable[tuple[str, str]], record_id: str, date: str):
    body = fields_block(fields)
    return _builder.create_warc_record(
        "", "warcinfo", payload=BytesIO(body), length=len(body),
        warc_headers_dict=_headers(record_id, date, {"WARC-Filename": filename,
                                                     "Content-Type": FIELDS_CONTENT_TYPE}))


def response(url: str, protocol: str, status_line: str, headers: Headers, body: bytes, record_id: str, date: str,
             extra: Mapping[str, str | None] | None = None):
    http = RawHttpHeaders(status_line, list(headers), protocol=protocol)
    return _builder.create_warc_record(url, "response", payload=BytesIO(body), length=len(body), http_headers=http,
                                       warc_headers_dict=_headers(record_id, date, extra))


def request(url: str, method: str, headers: Headers, body: bytes, record_id: str, date: str, concurrent_to: str):
    http = RawHttpHeaders(f"{method.upper()} {request_target(url)} HTTP/1.1", list(headers))
    http.protocol = ""
    record = _builder.create_warc_record(url, "request", payload=BytesIO(body), length=len(body), http_headers=http,
                                         warc_headers_dict=_headers(record_id, date,
                                                                    {"WARC-Concurrent-To": concurrent_to}))
    return record


def revisit(url: str, profile: str, protocol: str, status_line: str, headers: Headers, payload_digest: str | None,
            refers_to: str, refers_to_uri: str, refers_to_date: str, record_id: str, date: str,
            extra: Mapping[str, str | None] | None = None):
    """A revisit keeping the HTTP response headers (block = headers only, so `WARC-Truncated: length` for the
    identical-payload profile, as Heritrix writes it)."""
    http = RawHttpHeaders(status_line, list(headers), protocol=protocol)
    fields = dict(extra or {})
    fields.update({"WARC-Profile": profile, "WARC-Refers-To": refers_to, "WARC-Refers-To-Target-URI": refers_to_uri,
                   "WARC-Refers-To-Date": refers_to_date, "WARC-Payload-Digest": payload_digest})
    if profile == PROFILE_IDENTICAL:
        fields["WARC-Truncated"] = "length"
    return _builder.create_warc_record(url, "revisit", http_headers=http,
                                       warc_headers_dict=_headers(record_id, date, fields))


def resource(uri: str, content_type: str, data: bytes, record_id: str, date: str, concurrent_to: str | None):
    return _builder.create_warc_record(
        uri, "resource", payload=BytesIO(data), length=len(data), warc_content_type=content_type,
        warc_headers_dict=_headers(record_id, date, {"WARC-Concurrent-To": concurrent_to,
                                                     "Content-Type": content_type}))


def metadata_fields(url: str, fields: Iterable[tuple[str, str]], record_id: str, date: str, refers_to: str):
    body = fields_block(fields)
    return _builder.create_warc_record(
        url, "metadata", payload=BytesIO(body), length=len(body), warc_content_type=FIELDS_CONTENT_TYPE,
        warc_headers_dict=_headers(record_id, date, {"WARC-Refers-To": refers_to,
                                                     "Content-Type": FIELDS_CONTENT_TYPE}))


def document_uri(url: str) -> str:
    """The target URI of a classification record: a pseudo-URI, so that replay tools indexing every record
    (cdxj-indexer, pywb) never serve the JSON in place of the page it describes."""
    return f"{DOCUMENT_URI_PREFIX}{url}"


def metadata_document(url: str, document: Mapping, record_id: str, date: str, refers_to: str):
    body = json.dumps({"url": url, **document}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return _builder.create_warc_record(
        document_uri(url), "metadata", payload=BytesIO(body), length=len(body), warc_content_type=DOCUMENT_CONTENT_TYPE,
        warc_headers_dict=_headers(record_id, date, {"WARC-Refers-To": refers_to,
                                                     "Content-Type": DOCUMENT_CONTENT_TYPE}))


def fields_block(fields: Iterable[tuple[str, str]]) -> bytes:
    """`application/warc-fields`: one `name: value` line per field; empty values are left out; line breaks in
    values are folded to spaces (a value cannot span lines)."""
    lines = []
    for name, value in fields:
        if value is None or value == "":
            continue
        text = " ".join(str(value).split("\n")).replace("\r", " ")
        lines.append(f"{name}: {text}\r\n")
    return "".join(lines).encode("utf-8")


def parse_fields_block(data: bytes) -> list[tuple[str, str]]:
    out = []
    for line in data.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep:
            out.append((name.strip(), value.strip()))
    return out
