"""CaptureWriter: writes the records of each fetch to a spooled WARC file, rolls over, seals and uploads.

    writer = CaptureWriter(WriterConfig(spool_dir, crawl_id), store, on_sealed=catalog_ingest)
    written = writer.write_exchange(url, "GET", request_headers, b"", 200, response_headers, body,
                                    metadata={"portal-id": "p1", "via": None, "hopsFromSeed": "L", "role": "home"})
    writer.write_document_metadata(written.record_id, url, {"kind": "report", ...})
    writer.close()      # seal the last file, wait for uploads (catalog ingestion happens in on_sealed)

Per fetch (docs/INTERNALS.md): `response` (or `revisit`) + `request` sharing one WARC-Date, the request
`WARC-Concurrent-To` the response, then a provenance `metadata` record `WARC-Refers-To` the response. A 200
response whose payload digest was already captured (in this writer, or in the catalog through `digest_lookup`)
becomes an identical-payload-digest revisit referring to the first capture; `write_not_modified` writes the
server-not-modified revisit of a 304. Each record is one gzip member; its offset and length are kept for the
CDXJ written at seal time. Headers given to `write_exchange` are (name, value) strings: values decoded latin-1
from the wire bytes, or already masked `X-Crawler-*` by a browser capture.

Deterministic mode for tests: pass `make_id` (→ "<urn:uuid:…>"), `clock` (→ aware datetime) and `make_token`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from nianbao.archive import limits
from nianbao.archive.store import Store
from nianbao.archive.warc import records
from nianbao.archive.warc.cdxj import (
    KEYED_METHODS,
    KeyedRequest,
    entry_for,
    join_requests,
    keyed_request_read,
    request_method,
)
from nianbao.archive.warc.gzipwriter import LevelWARCWriter, write_member
from nianbao.archive.warc.http import (
    RECONSTRUCTION_NOTE,
    Headers,
    archived_request_headers,
    archived_response_headers,
    get_header,
    http_protocol,
    status_line,
)
from nianbao.archive.warc.reader import parse_record
from nianbao.archive.warc.spool import SealedFile, SpoolFile
from nianbao.archive.warc.truncation import truncated_fields
from nianbao.archive.warc.upload import OnSealed, Uploader

log = logging.getLogger(__name__)

SOFTWARE = "nianbao/0.1"
# payloads that are compressed data already (a further deflate pass gains < 1 %)
COMPRESSED_MIME_PREFIXES = ("image/jpeg", "image/png", "image/gif", "image/webp", "video/", "audio/",
                            "application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.")
COMPRESSED_MIMES = {"application/zip", "application/gzip", "application/x-gzip", "application/x-7z-compressed",
                    "application/x-rar-compressed", "application/vnd.rar", "application/x-bzip2", "application/x-xz",
                    "application/zstd", "application/ofd"}


@dataclass(frozen=True)
class OriginalRef:
    """The capture a revisit refers to."""
    record_id: str
    url: str
    warc_date: str
    payload_digest: str | None = None


@dataclass(frozen=True)
class Written:
    """What was written for one fetch."""
    record_id: str               # the response / revisit / resource record
    record_type: str             # response | revisit | resource
    payload_digest: str | None
    warc_date: str
    refers_to: OriginalRef | None = None
    revisit_profile: str | None = None


@dataclass
class WriterConfig:
    spool_dir: Path
    crawl_id: str
    gzip_level: int = limits.WARC_GZIP_LEVEL
    rollover_bytes: int = limits.WARC_ROLLOVER_BYTES
    prefix: str = "nianbao"
    operator: str = ""                                  # contact URL for the warcinfo record
    masked_cookies: tuple[str, ...] = ()                # cookie names never written (configured secrets)
    dedup_min_payload_bytes: int = 1                    # smaller payloads are always stored in full
    info: dict[str, str] = field(default_factory=dict)  # extra warcinfo fields


class _RandomIds:
    """`<urn:uuid:…>` version-4 record ids, as `uuid.uuid4()` makes them, from os.urandom read 256 ids at a time
    (one getrandom call per id cost ~20 µs in sandboxed kernels; a crawl makes ~4 ids per fetch)."""

    def __init__(self, batch: int = 256):
        self._lock, self._batch = threading.Lock(), batch
        self._pool, self._pos, self._pid = b"", 0, 0

    def __call__(self) -> str:
        with self._lock:
            if self._pos >= len(self._pool) or self._pid != os.getpid():   # (a forked child draws its own)
                self._pool, self._pos, self._pid = os.urandom(16 * self._batch), 0, os.getpid()
            raw = self._pool[self._pos:self._pos + 16]
            self._pos += 16
        return f"<urn:uuid:{uuid.UUID(bytes=raw, version=4)}>"


_default_id = _RandomIds()


def _keyed_request(record, chunks: list[bytes]) -> KeyedRequest | None:
    """The KeyedRequest of a POST/PUT request record being written (None for any other record), read back from
    its serialised bytes (its payload stream is spent) by the code that reads it for reindex."""
    if record.rec_type != "request" or request_method(record.http_headers) not in KEYED_METHODS:
        return None
    return keyed_request_read(parse_record(b"".join(chunks)))


def _default_clock() -> datetime:
    return datetime.now(timezone.utc)


class CaptureWriter:
    def __init__(self, config: WriterConfig, store: Store | None = None, on_sealed: OnSealed | None = None, *,
                 uploader: Uploader | None = None, background_upload: bool = True,
                 digest_lookup: Callable[[str], OriginalRef | None] | None = None,
                 make_id: Callable[[], str] | None = None, clock: Callable[[], datetime] | None = None,
                 make_token: Callable[[], str] | None = None, count: Callable[[str, int], None] | None = None):
        if not 0 <= int(config.gzip_level) <= 9:
            raise ValueError(f"WARC gzip level must be 0-9, not {config.gzip_level!r} (NIANBAO_WARC_GZIP_LEVEL)")
        if int(config.rollover_bytes) <= 0:
            raise ValueError(f"WARC rollover size must be positive, not {config.rollover_bytes!r}")
        self.config = config
        self.spool_dir = Path(config.spool_dir)
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        self.store = store
        self._count_external = count
        self.stats: dict[str, int] = {}
        if uploader is None and store is not None:
            uploader = Uploader(store, on_sealed, background=background_upload, count=count)
        self.uploader = uploader
        self.digest_lookup = digest_lookup
        self.make_id = make_id or _default_id
        self.clock = clock or _default_clock
        self.make_token = make_token or (lambda: secrets.token_hex(3))
        self.sealed: list[SealedFile] = []
        self._file: SpoolFile | None = None
        self._pos = 0                                   # bytes written to the open file
        self._warc = LevelWARCWriter(None, gzip_level=config.gzip_level)   # serialises records, writes nothing
        self._batch: list[tuple[list[bytes], int, object]] = []   # the records of the fetch being written
        self._serial = 0
        self._digests: dict[str, OriginalRef] = {}
        self._lock = threading.RLock()
        self.closed = False

    # ------------------------------------------------------------------ stats

    def _count(self, name: str, n: int = 1) -> None:
        self.stats[name] = self.stats.get(name, 0) + n
        if self._count_external is not None:
            self._count_external(name, n)

    # ------------------------------------------------------------------ files

    def _next_name(self) -> str:
        self._serial += 1
        now = self.clock().astimezone(timezone.utc)
        stamp = now.strftime("%Y%m%d%H%M%S") + f"{now.microsecond // 1000:03d}"
        return f"{self.config.prefix}-{stamp}-{self._serial:05d}-{self.make_token()}"

    def _open_file(self) -> None:
        spool = SpoolFile.create(self.spool_dir, self.config.crawl_id, self._next_name())
        self._file, self._pos = spool, 0
        date = records.warc_date(self.clock())
        info = [("software", f"{SOFTWARE} warcio"), ("format", "WARC File Format 1.1"),
                ("conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"),
                ("crawl-id", self.config.crawl_id), ("isPartOf", self.config.crawl_id),
                ("operator", self.config.operator), ("http-message", RECONSTRUCTION_NOTE),
                *sorted(self.config.info.items())]
        self._write_fetch([self._member(records.warcinfo(spool.filename, info, self.make_id(), date))])

    def _roll(self) -> None:
        """Rollover before a fetch: each fetch is written whole into one file."""
        if self._file is not None and self._pos >= self.config.rollover_bytes:
            self._seal_file()
        if self._file is None:
            self._open_file()

    def _begin(self) -> None:
        if self.closed:
            raise RuntimeError("CaptureWriter is closed")
        self._batch = []
        self._roll()

    def _member(self, record, level: int | None = None) -> tuple[list[bytes], int, object]:
        """A record serialised (digests, Content-Length), ready to be compressed into its gzip member."""
        return self._warc.serialize(record), self.config.gzip_level if level is None else level, record

    def _write(self, record, level: int | None = None) -> None:
        self._batch.append(self._member(record, level))

    def _write_members(self, members) -> None:
        """Compress and append members to the open file, keeping their index entries."""
        spool, out = self._file, self._file.handle
        filename, start = spool.filename, self._pos
        items: list = []      # index entries, and the POST/PUT requests that key the response before them
        try:
            for chunks, level, record in members:
                offset = self._pos
                length = write_member(out, chunks, level)
                self._pos = offset + length
                items.append(_keyed_request(record, chunks) or entry_for(record, offset, length, filename))
        finally:
            spool.entries.extend(join_requests(items))
        spool.records += len(members)
        self._count("warc/records", len(members))
        self._count("warc/bytes", self._pos - start)

    def _write_fetch(self, members) -> None:
        try:
            self._write_members(members)
            # Hand the members to the OS after each fetch: a kill -9 then loses at most the fetch being written.
            self._file.handle.flush()
        except OSError:   # a full disk (ENOSPC), an I/O error: the fetch is lost, the file keeps what is whole
            self._count("warc/write_errors")
            self._cut_short()
            raise

    def _cut_short(self) -> None:
        """After a failed write: close the open file, cut it after its last complete record and seal it (the
        spool recovery's own code), so what was written before is uploaded and nothing is left unsealed."""
        from nianbao.archive.warc.recovery import RecoveryReport, seal_leftover

        spool, self._file, self._pos = self._file, None, 0
        with contextlib.suppress(OSError):
            spool.handle.close()          # its unwritten buffer goes (close retries the flush, and fails again)
        with contextlib.suppress(OSError):
            spool.handle.raw.close()
        try:
            sealed = seal_leftover(spool.path, RecoveryReport())
        except OSError as exc:
            log.error("could not seal %s after a failed write (%s); the next start recovers it", spool.path, exc)
            return
        if sealed is not None:
            self.sealed.append(sealed)
            self._count("warc/files_sealed")
            if self.uploader is not None:
                self.uploader.submit(sealed)

    def _end(self) -> None:
        batch, self._batch = self._batch, []
        self._write_fetch(batch)

    # ------------------------------------------------------------------ sealing

    def _seal_file(self) -> SealedFile | None:
        if self._file is None:
            return None
        sealed = self._file.seal()
        self._file, self._pos = None, 0
        self.sealed.append(sealed)
        self._count("warc/files_sealed")
        log.info("sealed %s (%d records)", sealed.warc_path.name, sealed.records)
        if self.uploader is not None:
            self.uploader.submit(sealed)
        else:
            sealed.ensure_cdxj()
        return sealed

    def _abandon_file(self) -> None:
        if self._file is not None:
            self._file.abandon()
            self._file = None

    def seal(self) -> SealedFile | None:
        """Close the current file (fsync, CDXJ) and queue it for upload. Returns None when nothing was open."""
        with self._lock:
            return self._seal_file()

    def close(self, upload_timeout_s: float | None = limits.UPLOAD_DRAIN_AT_CLOSE_S) -> bool:
        """Seal the last file and wait for uploads. True when everything reached the store (otherwise the
        rest stays in the spool and is uploaded on the next start)."""
        with self._lock:
            if self.closed:
                return True
            self._seal_file()
            self.closed = True
        if self.uploader is None:
            return True
        return self.uploader.drain(upload_timeout_s)

    def abandon(self) -> None:
        """Stop without sealing (tests: simulate a crash)."""
        with self._lock:
            self._abandon_file()
            self.closed = True

    # ------------------------------------------------------------------ records

    def _provenance(self, url: str, refers_to: str, date: str, capture_method: str,
                    metadata: Mapping[str, object] | None) -> None:
        fields: list[tuple[str, str]] = [("crawl-id", self.config.crawl_id)]
        seen = {"crawl-id", "capture-method"}
        for name, value in (metadata or {}).items():
            if name not in seen and value is not None and value != "":
                fields.append((name, str(value)))
                seen.add(name)
        fields.append(("capture-method", str((metadata or {}).get("capture-method") or capture_method)))
        self._write(records.metadata_fields(url, fields, self.make_id(), date, refers_to))
        self._count("warc/metadata")

    def _payload_level(self, headers: Headers) -> int | None:
        """gzip level for a response record: level 1 when the payload is compressed data already (a
        content-encoded body, an image, a zip-based document), where higher levels cost CPU and save nothing;
        otherwise the configured level."""
        level = self.config.gzip_level
        if level <= 1:
            return None
        encoding = (get_header(headers, "Content-Encoding") or "").strip().lower()
        mime = (get_header(headers, "Content-Type") or "").split(";", 1)[0].strip().lower()
        if (encoding and encoding != "identity") or mime.startswith(COMPRESSED_MIME_PREFIXES) or \
                mime in COMPRESSED_MIMES:
            return 1
        return None

    def remember(self, digest: str, original: OriginalRef) -> None:
        if digest not in self._digests and len(self._digests) < limits.WARC_DIGEST_MEMORY_ENTRIES:
            self._digests[digest] = original

    def _original_for(self, digest: str) -> OriginalRef | None:
        original = self._digests.get(digest)
        if original is None and self.digest_lookup is not None:
            try:
                original = self.digest_lookup(digest)
            except Exception:  # a catalog problem must not stop the capture: store the full response
                log.exception("digest lookup failed; storing the full response")
                original = None
        return original

    def write_exchange(self, url: str, method: str = "GET", request_headers: Iterable[tuple[str, str]] = (),
                       request_body: bytes = b"", status: int = 200,
                       response_headers: Iterable[tuple[str, str]] = (), body: bytes = b"", *,
                       date: datetime | None = None, protocol: str | None = None, reason: str | None = None,
                       ip_address: str | None = None, capture_method: str = "scrapy-http11",
                       metadata: Mapping[str, object] | None = None, dedup: bool = True,
                       masked_cookies: Iterable[str] = (), truncated: str | None = None) -> Written:
        """Write request + response (or an identical-payload revisit) + provenance metadata. `truncated` (a
        WARC-Truncated reason, e.g. `disconnect`): the body is only part of the answer, so the response record
        says so and is never deduplicated (a partial payload is no original, nor a revisit of one)."""
        with self._lock:
            self._begin()
            when = records.warc_date(date or self.clock())
            resp_headers: Headers = archived_response_headers(response_headers, len(body))
            extra = {"WARC-IP-Address": ip_address, **truncated_fields(truncated)}
            if protocol and http_protocol(protocol) != protocol.upper():
                extra["WARC-Protocol"] = protocol.lower()
            response_id = self.make_id()
            proto, line = http_protocol(protocol), status_line(status, reason)
            record = records.response(url, proto, line, resp_headers, body, response_id, when, extra)
            digest = record.rec_headers.get_header("WARC-Payload-Digest")
            original = None
            if dedup and truncated is None and status == 200 and len(body) >= self.config.dedup_min_payload_bytes:
                original = self._original_for(digest)
            if original is not None:
                record = records.revisit(url, records.PROFILE_IDENTICAL, proto, line, resp_headers, digest,
                                         original.record_id, original.url, original.warc_date, response_id, when,
                                         extra)
                written = Written(response_id, "revisit", digest, when, original, records.PROFILE_IDENTICAL)
                self._count("warc/revisits/identical-payload-digest")
            else:
                written = Written(response_id, "response", digest, when)
                if truncated is None and status == 200 and len(body) >= self.config.dedup_min_payload_bytes:
                    self.remember(digest, OriginalRef(response_id, url, when, digest))
                self._count("warc/responses")
            if truncated is not None:
                self._count("warc/truncated")
            self._write(record, self._payload_level(resp_headers) if record.rec_type == "response" else None)
            req_headers = archived_request_headers(url, request_headers,
                                                   (*self.config.masked_cookies, *masked_cookies),
                                                   len(request_body or b""))
            self._write(records.request(url, method, req_headers, request_body or b"", self.make_id(), when,
                                        response_id))
            self._provenance(url, response_id, when, capture_method, metadata)
            self._end()
            return written

    def write_not_modified(self, url: str, original: OriginalRef, method: str = "GET",
                           request_headers: Iterable[tuple[str, str]] = (), status: int = 304,
                           response_headers: Iterable[tuple[str, str]] = (), *, date: datetime | None = None,
                           protocol: str | None = None, reason: str | None = None, ip_address: str | None = None,
                           capture_method: str = "scrapy-http11",
                           metadata: Mapping[str, object] | None = None,
                           masked_cookies: Iterable[str] = ()) -> Written:
        """A 304 to a conditional request: server-not-modified revisit of `original` + request + metadata."""
        with self._lock:
            self._begin()
            when = records.warc_date(date or self.clock())
            revisit_id = self.make_id()
            headers = archived_response_headers(response_headers, 0)
            record = records.revisit(url, records.PROFILE_NOT_MODIFIED, http_protocol(protocol),
                                     status_line(status, reason), headers, original.payload_digest,
                                     original.record_id, original.url, original.warc_date, revisit_id, when,
                                     {"WARC-IP-Address": ip_address})
            self._write(record)
            req_headers = archived_request_headers(url, request_headers,
                                                   (*self.config.masked_cookies, *masked_cookies))
            self._write(records.request(url, method, req_headers, b"", self.make_id(), when, revisit_id))
            self._provenance(url, revisit_id, when, capture_method, metadata)
            self._end()
            self._count("warc/revisits/server-not-modified")
            return Written(revisit_id, "revisit", original.payload_digest, when, original,
                           records.PROFILE_NOT_MODIFIED)

    def write_resource(self, uri: str, content_type: str, data: bytes, concurrent_to: str | None = None,
                       metadata: Mapping[str, object] | None = None, date: datetime | None = None) -> str:
        """A `resource` record (rendered DOM `urn:rendered-dom:<url>`, screenshot `urn:screenshot:<url>`),
        concurrent to the navigation response, with a provenance metadata record when `metadata` is given."""
        with self._lock:
            self._begin()
            when = records.warc_date(date or self.clock())
            record_id = self.make_id()
            self._write(records.resource(uri, content_type, data, record_id, when, concurrent_to))
            if metadata:
                self._provenance(uri, record_id, when, "rendered-dom", metadata)
            self._end()
            self._count("warc/resources")
            return record_id

    def write_document_metadata(self, record_id: str, url: str, document: Mapping[str, object],
                                date: datetime | None = None) -> str:
        """The classification record (`application/json; profile="nianbao-document"`) of a captured page."""
        with self._lock:
            self._begin()
            metadata_id = self.make_id()
            self._write(records.metadata_document(url, dict(document), metadata_id,
                                                  records.warc_date(date or self.clock()), record_id))
            self._end()
            self._count("warc/documents")
            return metadata_id
