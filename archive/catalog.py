"""The catalog: a SQLite index (WAL) of what the store holds, built only by reading WARC files.

    catalog = Catalog(path)                     # creates the schema; `catalog.conn` is the sqlite3 connection
    catalog.ingest_warc(key, fileobj)           # the ONLY way rows get in; idempotent per key
    catalog.original_for_digest(digest)         # -> OriginalRef | None  (identical-payload revisits)
    catalog.conditional_state(url, variant)     # -> ConditionalState | None  (If-None-Match / If-Modified-Since)
    catalog.captures_for_urls(urls), catalog.captures_by_ids(ids), catalog.capture(record_id)
    catalog.documents_matching(term, year), catalog.report_urls(report_id), catalog.warc_files()

Module-level query functions take a connection (a step's, or a read-only one) and answer one question each:
for the run history (`run_counts`, `mark_gone`, `refresh_gone`, `gone_urls`), the steps (`report_documents`,
`payload_capture`, `capture_at`, `requisite_captures`), the audit (`first_ok_captures`, `portal_coverage`) and
the coverage and demo reports. No other module names these tables in SQL (tests/archive/test_table_owners.py).

The owner of the tables (docs/INTERNALS.md "Catalog"): `warc_files`, `captures` (one row per response / revisit / resource
record), `documents` (from `nianbao-document` metadata records), `url_state` (conditional GET state per URL and
variant, derived from captures and their provenance's `variant`: archive/warc/variants.py), plus
`capture_provenance` (the provenance metadata records, joined into captures in whichever order the files are
ingested). Because rows come only from WARC records, `nianbao.archive.reindex.rebuild` reproduces
them from the store; `url_state.gone_at` (set by the run history) is the one operational column it cannot.
Dates are stored as WARC-Date strings normalised to `YYYY-MM-DDTHH:MM:SS.ffffffZ` (sortable as text).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from nianbao.archive import derived, runs, schema
from nianbao.archive.warc.cdxj import index_mime, surt_key
from nianbao.archive.warc.crawl_config import CONFIG_CONTENT_TYPE, apply_config_document
from nianbao.archive.warc.reader import HashingReader, RecordRead, iter_records
from nianbao.archive.warc.records import (
    DOCUMENT_CONTENT_TYPE,
    DOCUMENT_URI_PREFIX,
    FIELDS_CONTENT_TYPE,
    parse_fields_block,
)
from nianbao.archive.warc.run_records import RUN_CONTENT_TYPE
from nianbao.archive.warc.truncation import truncation_of
from nianbao.archive.warc.variants import PLAIN, VARIANT_FIELD
from nianbao.archive.warc.writer import OriginalRef

log = logging.getLogger(__name__)

PROVENANCE_FIELDS = {"crawl-id": "crawl_id", "portal-id": "portal_id", "via": "via", "hopsFromSeed": "hops",
                     "role": "role", "capture-method": "capture_method", "fetchTimeMs": "fetch_ms",
                     "charset": "charset", VARIANT_FIELD: "variant"}
DOCUMENT_FIELDS = ("kind", "title", "agency", "year", "published", "portal_id", "site_id_code", "found_on",
                   "parent_url", "reason", "format", "link_text", "column_text")
CAPTURE_TYPES = ("response", "revisit", "resource")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$")


def normalise_date(value: str) -> str:
    """A WARC-Date as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (fractions beyond microseconds are cut)."""
    match = _DATE.match(value or "")
    if not match:
        return value or ""
    return f"{match.group(1)}.{(match.group(2) or '')[:6].ljust(6, '0')}Z"


@dataclass(frozen=True)
class ConditionalState:
    """What a conditional GET of a URL needs: validators, and where its last payload is."""
    url: str
    etag: str | None
    last_modified: str | None
    record_id: str
    record_url: str
    warc_key: str
    offset: int
    length: int
    warc_date: str
    payload_digest: str | None

    def original(self) -> OriginalRef:
        return OriginalRef(self.record_id, self.record_url, self.warc_date, self.payload_digest)


@dataclass
class IngestResult:
    key: str
    records: int = 0
    captures: int = 0
    documents: int = 0
    provenance: int = 0
    problems: int = 0


def crawl_id_from_key(key: str) -> str | None:
    parts = key.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == "warcs" else None


def connect_readonly(path: Path, timeout_s: float = 60.0) -> sqlite3.Connection:
    """A connection that never writes, for commands that only read (verify, provenance, export). SQLite needs to
    create the `-shm` file beside a WAL database even to read it; where the folder cannot be written and no
    `-shm` is there, the file is opened as immutable (no other process may be writing it then anyway)."""
    uri = path.resolve().as_uri()
    shm = Path(str(path) + "-shm")
    immutable = not os.access(path.parent, os.W_OK) and not shm.exists()
    conn = sqlite3.connect(f"{uri}?{'immutable=1' if immutable else 'mode=ro'}", uri=True, timeout=timeout_s,
                           check_same_thread=False)
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()   # fails here, not later, if unreadable
    return conn


class Catalog:
    def __init__(self, path: str | Path, timeout_s: float = 60.0, readonly: bool = False):
        self.path = Path(path)
        self.lock = threading.RLock()
        if readonly:
            self.conn = connect_readonly(self.path, timeout_s)
            if schema.version(self.conn) < schema.SCHEMA_VERSION and os.access(self.path, os.W_OK):
                self.conn.close()      # an older catalog is upgraded once, by whoever opens it first
                Catalog(self.path, timeout_s).close()
                self.conn = connect_readonly(self.path, timeout_s)
            schema.check(self.conn, str(self.path))
            derived.register(self.conn)
            return
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Usable from the uploader thread too (ingestion) — calls that write or look up take `self.lock`.
        self.conn = sqlite3.connect(str(path), timeout=timeout_s, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        schema.ensure(self.conn, str(self.path))
        derived.register(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ ingestion

    def ingest_warc(self, key: str, fileobj: BinaryIO) -> IngestResult:
        """Index every record of one WARC file from the store (re-ingesting a key replaces its rows)."""
        result = IngestResult(key)
        reader = HashingReader(fileobj)
        captures, provenance, documents, others, run_documents, configs = [], [], [], [], [], []
        crawl_id = crawl_id_from_key(key)
        latest = ""
        for record in iter_records(reader):
            if record.damaged:  # costs this record only: the ones after it are indexed
                result.problems += 1
                log.warning("%s@%d: %s; %d bytes skipped", key, record.offset, record.problems[0], record.length)
                continue
            result.records += 1
            if record.problems:
                result.problems += 1
                log.warning("%s@%d: %s", key, record.offset, "; ".join(record.problems))
            latest = max(latest, normalise_date(record.warc_date))
            rec_type = record.rec_type
            if rec_type not in CAPTURE_TYPES:
                linked = record.header("WARC-Refers-To") or record.header("WARC-Concurrent-To")
                others.append((record.record_id, key, record.offset, record.length, rec_type, linked))
            if rec_type == "warcinfo":
                info = dict(parse_fields_block(record.block))
                crawl_id = crawl_id or info.get("crawl-id")
            elif rec_type in CAPTURE_TYPES:
                captures.append(self._capture_row(key, record))
            elif rec_type == "metadata":
                content_type = (record.header("Content-Type") or "").strip()
                if content_type == FIELDS_CONTENT_TYPE and record.header("WARC-Refers-To"):
                    provenance.append(self._provenance_row(key, record))
                elif content_type == DOCUMENT_CONTENT_TYPE and record.header("WARC-Refers-To"):
                    row = self._document_row(key, record)
                    if row is not None:
                        documents.append(row)
                elif content_type == CONFIG_CONTENT_TYPE:
                    try:
                        configs.append((json.loads(record.block), normalise_date(record.warc_date)))
                    except ValueError as exc:
                        result.problems += 1
                        log.warning("%s@%d: unreadable crawl configuration record (%s)", key, record.offset, exc)
                elif content_type == RUN_CONTENT_TYPE:
                    try:
                        run_documents.append(json.loads(record.block))
                    except ValueError as exc:
                        result.problems += 1
                        log.warning("%s@%d: unreadable run record (%s)", key, record.offset, exc)
        reader.read()  # hash any trailing bytes after the last member
        with self.lock, self.conn:
            self._forget(key)
            self.conn.executemany(
                "INSERT OR REPLACE INTO capture_provenance (record_id, metadata_record_id, warc_key, crawl_id, "
                "portal_id, via, hops, role, capture_method, fetch_ms, charset, variant) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", provenance)
            self.conn.executemany("INSERT OR REPLACE INTO warc_records VALUES (?,?,?,?,?,?)", others)
            for row in captures:
                self.conn.execute(f"INSERT OR REPLACE INTO captures ({', '.join(row)}) VALUES "
                                  f"({', '.join('?' * len(row))})", list(row.values()))
            # provenance joins in both directions: metadata ingested before or after its capture
            self.conn.execute(
                "UPDATE captures SET (crawl_id, portal_id, via, hops, role, capture_method, fetch_ms, charset, "
                "variant) = (SELECT COALESCE(p.crawl_id, captures.crawl_id), p.portal_id, p.via, p.hops, p.role, "
                "p.capture_method, p.fetch_ms, p.charset, p.variant FROM capture_provenance p "
                "WHERE p.record_id = captures.record_id) "
                "WHERE record_id IN (SELECT record_id FROM capture_provenance WHERE warc_key = ?) "
                "OR (warc_key = ? AND record_id IN (SELECT record_id FROM capture_provenance))", (key, key))
            if crawl_id:
                self.conn.execute("UPDATE captures SET crawl_id = ? WHERE warc_key = ? AND crawl_id IS NULL",
                                  (crawl_id, key))
            self.conn.executemany(
                f"INSERT OR REPLACE INTO documents (record_id, url, {', '.join(DOCUMENT_FIELDS)}, metadata_record_id, "
                f"warc_key, classified_at) VALUES ({', '.join('?' * (len(DOCUMENT_FIELDS) + 5))})", documents)
            variants = dict(self.conn.execute("SELECT record_id, variant FROM captures WHERE warc_key = ?", (key,)))
            for row in captures:
                self._update_url_state(row, variants.get(row["record_id"], PLAIN))
            for document in run_documents:
                runs.apply_run_document(self.conn, document)
            if run_documents:
                refresh_gone(self.conn)
            for document, archived_at in configs:
                apply_config_document(self.conn, document, archived_at)
            self.conn.execute("INSERT OR REPLACE INTO warc_files VALUES (?,?,?,?,?,?)",
                              (key, crawl_id, reader.size, reader.sha256.hexdigest(), result.records, latest or None))
        result.captures, result.documents, result.provenance = len(captures), len(documents), len(provenance)
        return result

    def _forget(self, key: str) -> None:
        for table in ("captures", "capture_provenance", "documents", "warc_records"):
            self.conn.execute(f"DELETE FROM {table} WHERE warc_key = ?", (key,))
        self.conn.execute("DELETE FROM warc_files WHERE key = ?", (key,))

    @staticmethod
    def _capture_row(key: str, record: RecordRead) -> dict:
        http = record.http_headers
        rec_type = record.rec_type
        header = http.get_header if http is not None else (lambda name, default=None: default)
        refers_to = record.header("WARC-Refers-To") if rec_type == "revisit" else record.header("WARC-Concurrent-To")
        return {
            "record_id": record.record_id, "warc_key": key, "offset": record.offset, "length": record.length,
            "record_type": rec_type, "url": record.url, "surt": surt_key(record.url),
            "captured_at": normalise_date(record.warc_date), "warc_date": record.warc_date, "status": record.status,
            "mime": index_mime(rec_type, header("Content-Type"), record.header("Content-Type")),
            "payload_digest": record.header("WARC-Payload-Digest"), "block_digest": record.header("WARC-Block-Digest"),
            "refers_to": refers_to, "revisit_profile": record.header("WARC-Profile") if rec_type == "revisit" else None,
            "etag": header("ETag"), "last_modified": header("Last-Modified"),
            # a revisit's `WARC-Truncated: length` is its profile's (headers only), not a cut answer
            "truncated": truncation_of(record) if rec_type != "revisit" else None,
        }

    @staticmethod
    def _provenance_row(key: str, record: RecordRead) -> tuple:
        fields = {PROVENANCE_FIELDS[name]: value for name, value in parse_fields_block(record.block)
                  if name in PROVENANCE_FIELDS}
        try:
            fetch_ms = int(fields["fetch_ms"]) if fields.get("fetch_ms") else None
        except ValueError:
            fetch_ms = None
        return (record.header("WARC-Refers-To"), record.record_id, key, fields.get("crawl_id"),
                fields.get("portal_id"), fields.get("via"), fields.get("hops"), fields.get("role"),
                fields.get("capture_method"), fetch_ms, fields.get("charset"), fields.get("variant") or PLAIN)

    @staticmethod
    def _document_row(key: str, record: RecordRead) -> tuple | None:
        try:
            doc = json.loads(record.block.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("%s@%d: unreadable nianbao-document metadata", key, record.offset)
            return None
        if not isinstance(doc, dict) or not doc.get("kind"):
            return None
        year = doc.get("year")
        try:
            year = int(year) if year not in (None, "") else None
        except (TypeError, ValueError):
            year = None
        values = [doc.get(name) if name != "year" else year for name in DOCUMENT_FIELDS]
        values = [v if v is None or isinstance(v, (int, float)) else str(v) for v in values]
        url = doc.get("url") or record.url.removeprefix(DOCUMENT_URI_PREFIX)
        return (record.header("WARC-Refers-To"), url, *values, record.record_id, key,
                normalise_date(record.warc_date))

    def _update_url_state(self, row: dict, variant: str) -> None:
        """Validators and payload location per URL and variant (a cookie choice's answer apart from the plain
        page's), from the newest capture (ingestion order does not matter)."""
        url, when = row["url"], row["captured_at"]
        if row["record_type"] == "resource" or row["url"].startswith("urn:"):
            return
        status, rec_type = row["status"], row["record_type"]
        key = (url, variant)
        if row.get("truncated"):
            # A cut answer's validators are the whole answer's: asking with them, the server would say 304 and
            # the whole payload would never be fetched. Keep the URL seen and its payload where it is, unvalidated.
            row = {**row, "etag": None, "last_modified": None}
        if rec_type == "response" and status == 200:
            self.conn.execute(
                "INSERT INTO url_state (url, variant, etag, last_modified, payload_digest, record_id, captured_at, "
                "last_seen) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url, variant) DO UPDATE SET etag=excluded.etag, "
                "last_modified=excluded.last_modified, payload_digest=excluded.payload_digest, "
                "record_id=excluded.record_id, captured_at=excluded.captured_at, gone_at=NULL, "
                "last_seen=MAX(COALESCE(url_state.last_seen, ''), excluded.last_seen) "
                "WHERE COALESCE(url_state.captured_at, '') <= excluded.captured_at",
                (*key, row["etag"], row["last_modified"], row["payload_digest"], row["record_id"], when, when))
            self.conn.execute("UPDATE url_state SET last_seen = ? WHERE url = ? AND variant = ? "
                              "AND COALESCE(last_seen, '') < ?", (when, *key, when))
        elif rec_type == "revisit":
            profile = row["revisit_profile"] or ""
            # The revisit's own validators (a 304 repeats them, an identical-payload revisit keeps all headers);
            # the payload stays where the original is.
            if profile.endswith("identical-payload-digest") and status == 200:
                self.conn.execute(
                    "INSERT INTO url_state (url, variant, etag, last_modified, payload_digest, record_id, "
                    "captured_at, last_seen) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url, variant) DO UPDATE SET "
                    "etag=excluded.etag, last_modified=excluded.last_modified, "
                    "payload_digest=excluded.payload_digest, record_id=excluded.record_id, "
                    "captured_at=excluded.captured_at, gone_at=NULL "
                    "WHERE COALESCE(url_state.captured_at, '') <= excluded.captured_at",
                    (*key, row["etag"], row["last_modified"], row["payload_digest"], row["refers_to"], when, when))
            elif profile.endswith("server-not-modified"):
                self.conn.execute(
                    "UPDATE url_state SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
                    "gone_at = NULL WHERE url = ? AND variant = ? AND COALESCE(captured_at, '') <= ?",
                    (row["etag"], row["last_modified"], *key, when))
            self.conn.execute("UPDATE url_state SET last_seen = ? WHERE url = ? AND variant = ? "
                              "AND COALESCE(last_seen, '') < ?", (when, *key, when))

    # ------------------------------------------------------------------ lookups for the crawler

    def original_for_digest(self, digest: str) -> OriginalRef | None:
        with self.lock:
            row = self.conn.execute(
            "SELECT record_id, url, warc_date, payload_digest FROM captures "
                "WHERE payload_digest = ? AND record_type = 'response' AND truncated IS NULL "
                "ORDER BY captured_at LIMIT 1",
                (digest,)).fetchone()
        return OriginalRef(*row) if row else None

    def has_validators(self) -> bool:
        """Whether any URL has an ETag or Last-Modified to revalidate (an empty catalog: no lookups needed)."""
        with self.lock:
            return self.conn.execute("SELECT 1 FROM url_state WHERE COALESCE(etag, '') != '' "
                                     "OR COALESCE(last_modified, '') != '' LIMIT 1").fetchone() is not None

    def conditional_state(self, url: str, variant: str = PLAIN) -> ConditionalState | None:
        """The validators of the last answer to `url` in `variant` (archive/warc/variants.py: "" for the plain
        request, `cookie:…` for a cookie choice's), and where that answer's payload is."""
        with self.lock:
            row = self.conn.execute(
                "SELECT s.url, s.etag, s.last_modified, c.record_id, c.url, c.warc_key, c.offset, c.length, "
                "c.warc_date, c.payload_digest FROM url_state s JOIN captures c ON c.record_id = s.record_id "
                "WHERE s.url = ? AND s.variant = ? AND c.record_type = 'response'", (url, variant)).fetchone()
        if row is None or not (row[1] or row[2]):
            return None
        return ConditionalState(*row)

    # ------------------------------------------------------------------ queries for provenance / fixity / export

    CAPTURE_COLUMNS = ("record_id, warc_key, offset, length, record_type, url, captured_at, warc_date, status, mime, "
                       "payload_digest, block_digest, refers_to, revisit_profile, crawl_id, portal_id, via, hops, "
                       "role, capture_method, truncated")

    def _rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        with self.lock:
            cursor = self.conn.execute(sql, tuple(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def capture(self, record_id: str) -> dict | None:
        rows = self._rows(f"SELECT {self.CAPTURE_COLUMNS} FROM captures WHERE record_id = ?", (record_id,))
        return rows[0] if rows else None

    def _captures_where_in(self, column: str, values: Iterable[str], condition: str = "",
                           params: tuple = ()) -> list[dict]:
        """Captures whose `column` is one of `values` (duplicates asked once), and `condition` (SQL with `params`)
        where given; asked 500 values at a time, below SQLite's limit on bound parameters (999 before 3.32)."""
        unique = list(dict.fromkeys(values))
        out = []
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            out += self._rows(f"SELECT {self.CAPTURE_COLUMNS} FROM captures WHERE {condition}{column} IN "
                              f"({', '.join('?' * len(chunk))})", [*params, *chunk])
        return out

    def captures_by_ids(self, record_ids: Iterable[str]) -> list[dict]:
        return sorted(self._captures_where_in("record_id", record_ids),
                      key=lambda r: (r["captured_at"], r["record_id"]))

    def captures_for_urls(self, urls: Iterable[str]) -> list[dict]:
        return sorted(self._captures_where_in("url", urls), key=lambda r: (r["captured_at"], r["record_id"]))

    def captures_found_on(self, urls: Iterable[str], role: str) -> list[dict]:
        """Captures in `role` whose `via` (the page they were found on) is one of `urls` (e.g. a report page's
        requisites: images, stylesheets)."""
        return self._captures_where_in("via", urls, "role = ? AND ", (role,))

    def all_captures(self, crawl_id: str | None = None) -> list[dict]:
        if crawl_id:
            return self._rows(f"SELECT {self.CAPTURE_COLUMNS} FROM captures WHERE crawl_id = ? "
                              "ORDER BY warc_key, offset", (crawl_id,))
        return self._rows(f"SELECT {self.CAPTURE_COLUMNS} FROM captures ORDER BY warc_key, offset")

    def documents_for_records(self, record_ids: Iterable[str]) -> dict[str, dict]:
        out = {}
        ids = list(record_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self._rows(f"SELECT * FROM documents WHERE record_id IN ({', '.join('?' * len(chunk))})",
                                  chunk):
                out[row["record_id"]] = row
        return out

    def documents_matching(self, term: str, year: int) -> list[dict]:
        """Report documents of `year` whose agency is `term` (index lookup); failing that, whose agency or title
        contains it, or whose portal id / site id code is it (a scan of that year's documents)."""
        exact = self._rows("SELECT * FROM documents WHERE agency = ? AND year = ? AND kind IN ('report', 'attachment') "
                           "ORDER BY classified_at", (term, year))
        if exact:
            return exact
        like = f"%{term}%"
        return self._rows(
            "SELECT * FROM documents WHERE year = ? AND kind IN ('report', 'attachment') AND "
            "(agency LIKE ? OR title LIKE ? OR portal_id = ? OR site_id_code LIKE ?) ORDER BY classified_at",
            (year, like, like, term, f"{term}%"))

    def reports_matching(self, term: str, year: int) -> list[str]:
        """URLs of parsed reports (`nianbao parse`) of `year` whose region code is `term` or whose agency
        contains it."""
        urls: list[str] = []
        with self.lock:
            for _, record in derived.reports(self.conn, "year = ? AND (region_code = ? OR agency LIKE ?)",
                                             (year, term, f"%{term}%"), order="rowid"):
                urls += self._report_record_urls(record)
        return urls

    @staticmethod
    def _report_record_urls(record: dict) -> list[str]:
        urls = [record.get("canonical", {}).get("url")]
        urls += [d.get("url") for d in record.get("duplicates") or []]
        urls += [v.get("url") for v in record.get("previous_versions") or []]
        return [u for u in urls if u]

    def report_urls(self, report_id: str) -> list[str]:
        """The URLs of a parsed report (canonical, duplicates, previous versions)."""
        with self.lock:
            found = derived.report(self.conn, report_id)
        return self._report_record_urls(found[0]) if found else []

    def attachment_urls(self, page_urls: list[str]) -> list[str]:
        """URLs of the documents found on the report pages `page_urls` (their attachments)."""
        placeholders = ", ".join("?" * len(page_urls))
        with self.lock:
            return [r[0] for r in self.conn.execute(
                f"SELECT url FROM documents INDEXED BY documents_parent WHERE parent_url IN ({placeholders})",
                page_urls)]

    def captures_in_warc(self, key: str) -> list[dict]:
        """The captures one WARC file holds (record_id, offset, length, url, record_type, refers_to,
        payload_digest)."""
        return self._rows("SELECT record_id, offset, length, url, record_type, refers_to, payload_digest "
                          "FROM captures WHERE warc_key = ?", (key,))

    def linked_records(self, record_id: str) -> list[dict]:
        """Request and metadata records written with a capture (Concurrent-To / Refers-To it)."""
        return self._rows("SELECT record_id, warc_key, offset, length, record_type FROM warc_records "
                          "WHERE linked_to = ? ORDER BY warc_key, offset", (record_id,))

    def warc_files(self) -> list[dict]:
        return self._rows("SELECT * FROM warc_files ORDER BY key")


# ---------------------------------------------------------------------- queries for the pipeline steps

def report_documents(conn: sqlite3.Connection, only_new: bool = True) -> list[dict]:
    """Report pages and report attachments (their `documents` row) with the capture holding their bytes
    (`cap_id`, `cap_url`, `captured_at`, `warc_key`, `offset`, `length`, `payload_digest`, `cap_portal`,
    `record_type`, `refers_to`); `only_new`: those without a parse yet (of their payload or, for a zip archive, of
    its members: `parsed_documents.capture_id`). A revisit points at the record that holds the payload (its
    refers_to), so re-crawls do not parse the same bytes twice."""
    query = """
        SELECT d.*, c.record_id AS cap_id, c.url AS cap_url, c.captured_at, c.warc_key, c.offset, c.length,
               c.payload_digest, c.portal_id AS cap_portal, c.record_type, c.refers_to
        FROM documents d JOIN captures c ON c.record_id = d.record_id
        WHERE d.kind IN ('report', 'attachment')
    """
    if only_new:
        query += " AND d.record_id NOT IN (SELECT capture_id FROM parsed_documents WHERE capture_id IS NOT NULL)"
    query += " ORDER BY c.captured_at, d.record_id"
    out = []
    for row in schema.rows(conn, query):
        if row["record_type"] == "revisit" and row["refers_to"]:
            original = conn.execute("SELECT warc_key, offset, length FROM captures WHERE record_id = ?",
                                    (row["refers_to"],)).fetchone()
            if original is None:
                continue
            row["warc_key"], row["offset"], row["length"] = original
        out.append(row)
    return out


def attachments_by_page(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Report page URL → URLs of the report attachments linked from it."""
    out: dict[str, set[str]] = {}
    for url, parent in conn.execute(
            "SELECT DISTINCT url, parent_url FROM documents WHERE kind = 'attachment' AND parent_url IS NOT NULL"):
        out.setdefault(parent, set()).add(url)
    return out


def payload_capture(conn: sqlite3.Connection, record_id: str | None) -> dict | None:
    """Where the bytes of capture `record_id` are (its own record, or a revisit's original): record_id, warc,
    offset, length, url, captured_at, payload_digest."""
    found = conn.execute("SELECT record_type, refers_to FROM captures WHERE record_id = ?", (record_id,)).fetchone()
    target = found[1] if found and found[0] == "revisit" and found[1] else record_id
    row = conn.execute("SELECT record_id, warc_key, offset, length, url, captured_at, payload_digest FROM captures "
                       "WHERE record_id = ?", (target,)).fetchone()
    if row is None:
        return None
    return dict(zip(("record_id", "warc", "offset", "length", "url", "captured_at", "payload_digest"), row,
                    strict=True))


def capture_at(conn: sqlite3.Connection, url: str, captured_at: str) -> dict | None:
    """The capture of `url` at `captured_at` (a response before a revisit): record_id, warc, offset, length,
    payload_digest."""
    row = conn.execute(
        "SELECT record_id, warc_key, offset, length, payload_digest FROM captures WHERE url = ? AND "
        "captured_at = ? ORDER BY record_type = 'response' DESC LIMIT 1", (url, captured_at)).fetchone()
    return dict(zip(("record_id", "warc", "offset", "length", "payload_digest"), row, strict=True)) if row else None


def article_page_capture(conn: sqlite3.Connection, url: str, first_captured_at: str,
                         crawl_id: str | None) -> str | None:
    """The capture (record id) of a later page of a report article cut into pages, for the first page captured at
    `first_captured_at` in crawl `crawl_id`: a successful response or revisit of `url` from that crawl (a crawl
    fetches the later pages after the first), else the newest captured at or before the first page."""
    row = conn.execute(
        "SELECT record_id FROM captures WHERE url = ? AND record_type IN ('response', 'revisit') "
        "AND (status = 200 OR status IS NULL) AND (crawl_id IS ? OR captured_at <= ?) "
        "ORDER BY crawl_id IS ? DESC, captured_at DESC, record_type = 'response' DESC LIMIT 1",
        (url, crawl_id, first_captured_at, crawl_id)).fetchone()
    return row[0] if row else None


def last_seen_ok(conn: sqlite3.Connection, url: str) -> str | None:
    """When `url` was last fetched with success (a 200 response or revisit, or one without a status)."""
    row = conn.execute(
        "SELECT captured_at FROM captures WHERE url = ? AND record_type IN ('response', 'revisit') "
        "AND (status = 200 OR status IS NULL) ORDER BY captured_at DESC LIMIT 1", (url,)).fetchone()
    return row[0] if row else None


def portals_of(conn: sqlite3.Connection, record_ids: Iterable[str]) -> dict[str, str | None]:
    """Capture record id → the portal it was captured for."""
    ids = list(dict.fromkeys(i for i in record_ids if i))
    out: dict[str, str | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update((row[0], row[1]) for row in conn.execute(
            f"SELECT record_id, portal_id FROM captures WHERE record_id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def first_ok_captures(conn: sqlite3.Connection, grouped_urls: list[tuple[str, str]]) -> dict[str, dict]:
    """For (group, url) pairs (e.g. a report id and each of its URLs): each group's earliest successful capture
    (response or revisit of a 200) of any of its URLs: captured_at, url, warc, offset, record_id."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS first_capture_urls (grp TEXT, url TEXT)")
    conn.execute("DELETE FROM first_capture_urls")
    conn.executemany("INSERT INTO first_capture_urls VALUES (?, ?)", grouped_urls)
    out: dict[str, dict] = {}
    rows = conn.execute("""
        SELECT a.grp, c.captured_at, c.url, c.warc_key, c.offset, c.record_id
        FROM first_capture_urls a JOIN captures c ON c.url = a.url
        WHERE c.record_type IN ('response', 'revisit') AND (c.status = 200 OR c.status IS NULL)""")
    for group, at, url, warc, offset, record_id in rows:
        if group not in out or at < out[group]["captured_at"]:
            out[group] = {"captured_at": at, "url": url, "warc": warc, "offset": offset, "record_id": record_id}
    conn.execute("DROP TABLE first_capture_urls")
    return out


def portal_coverage(conn: sqlite3.Connection) -> list[tuple[str, int, str, str, int]]:
    """Per portal: (portal_id, crawls, first capture time, last capture time, captures)."""
    return conn.execute("SELECT portal_id, COUNT(DISTINCT crawl_id), MIN(captured_at), MAX(captured_at), COUNT(*) "
                        "FROM captures WHERE portal_id IS NOT NULL GROUP BY portal_id").fetchall()


def crawl_of(conn: sqlite3.Connection, record_id: str) -> str | None:
    """The crawl that captured `record_id`."""
    row = conn.execute("SELECT crawl_id FROM captures WHERE record_id = ?", (record_id,)).fetchone()
    return row[0] if row else None


def requisite_captures(conn: sqlite3.Connection, urls: list[str]) -> list[tuple]:
    """Captures of requisites (images, stylesheets) at `urls`, oldest first, each with where its bytes are (a
    revisit's original; a revisit whose original is not indexed is left out): (url, record_id, captured_at,
    payload_digest, crawl_id, mime, warc_key, offset, length)."""
    marks = ", ".join("?" * len(urls))
    return conn.execute(
        "SELECT c.url, c.record_id, c.captured_at, c.payload_digest, c.crawl_id, c.mime, "
        "COALESCE(o.warc_key, c.warc_key), COALESCE(o.offset, c.offset), COALESCE(o.length, c.length) "
        "FROM captures c LEFT JOIN captures o ON c.record_type = 'revisit' AND o.record_id = c.refers_to "
        f"WHERE c.role = 'requisite' AND c.url IN ({marks}) AND (c.record_type != 'revisit' OR o.record_id "
        "IS NOT NULL) ORDER BY c.captured_at", urls).fetchall()


def _crawl_filter(crawl_id: str | None) -> tuple[str, tuple]:
    return ("AND c.crawl_id = ?", (crawl_id,)) if crawl_id else ("", ())


def report_pages_seen(conn: sqlite3.Connection, crawl_id: str | None = None) -> list[tuple]:
    """Report documents captured (by one crawl): (portal_id, url, agency, year, found_on)."""
    where, params = _crawl_filter(crawl_id)
    return conn.execute(
        f"SELECT d.portal_id, d.url, d.agency, d.year, d.found_on FROM documents d JOIN captures c "
        f"ON c.record_id = d.record_id WHERE d.kind = 'report' {where}", params).fetchall()


def column_and_list_pages(conn: sqlite3.Connection, crawl_id: str | None = None) -> list[tuple]:
    """Column and list pages fetched (by one crawl): (portal_id, url, role, status, via)."""
    where, params = _crawl_filter(crawl_id)
    return conn.execute(
        f"SELECT c.portal_id, c.url, c.role, c.status, c.via FROM captures c WHERE c.role IN ('column', 'list')"
        f" AND c.record_type IN ('response', 'revisit') {where}", params).fetchall()


def rendered_list_pages(conn: sqlite3.Connection, prefix: str, crawl_id: str | None = None) -> list[tuple]:
    """Rendered DOMs (resource records whose URL starts with `prefix`) of column and list pages (of one crawl):
    (portal_id, resource url)."""
    where, params = _crawl_filter(crawl_id)
    return conn.execute(
        f"SELECT c.portal_id, r.url FROM captures r JOIN captures c ON r.refers_to = c.record_id "
        f"WHERE r.url LIKE ? AND c.role IN ('column', 'list') {where}", (prefix + "%", *params)).fetchall()


def report_document_urls(conn: sqlite3.Connection) -> set[str]:
    """URLs classified as report pages or report attachments."""
    return {row[0] for row in conn.execute("SELECT url FROM documents WHERE kind IN ('report', 'attachment')")}


def pages_captured(conn: sqlite3.Connection) -> int:
    """Pages fetched: response and revisit records (resources, such as rendered DOMs, not counted)."""
    return conn.execute("SELECT COUNT(*) FROM captures WHERE record_type IN ('response', 'revisit')").fetchone()[0]


def warc_bytes(conn: sqlite3.Connection) -> int:
    """The size of every WARC file the catalog indexes."""
    return conn.execute("SELECT COALESCE(SUM(size), 0) FROM warc_files").fetchone()[0]


# ---------------------------------------------------------------------- queries for the run history

def run_counts(conn: sqlite3.Connection, crawl_id: str, recovered: tuple[str, ...] | list[str] = ()) -> dict:
    """What a crawl fetched and how the report documents it saw changed (from the ingested catalog).

    new: a report URL captured for the first time; changed: a report URL captured again with a payload digest
    that differs from its previous capture; gone: a report URL seen in an earlier crawl of the same portal that
    this crawl requested and got 404/410 for, or no longer reached although the portal was crawled.
    `recovered`: crawl ids whose spool files this run recovered (a crashed crawl's captures, archived now):
    they count as this run's."""
    ids = list(dict.fromkeys([crawl_id, *recovered]))
    among = f"IN ({', '.join('?' * len(ids))})"
    pages = dict(conn.execute(
        "SELECT CASE WHEN record_type='revisit' AND revisit_profile LIKE '%server-not-modified' THEN 'nm' "
        "WHEN record_type='revisit' THEN 'rv' ELSE 'new' END AS k, COUNT(*) FROM captures "
        f"WHERE crawl_id {among} AND record_type IN ('response','revisit') GROUP BY k", ids).fetchall())
    report_urls = """SELECT DISTINCT d.url FROM documents d JOIN captures c ON c.record_id = d.record_id
                     WHERE d.kind IN ('report','attachment') AND c.crawl_id {op}"""
    now_urls = {r[0] for r in conn.execute(report_urls.format(op=among), ids)}
    before_urls = {r[0] for r in conn.execute(report_urls.format(op="NOT " + among), ids)}
    changed = 0
    for url in now_urls & before_urls:
        digests = [r[0] for r in conn.execute(
            "SELECT payload_digest FROM captures WHERE url = ? AND record_type = 'response' "
            "ORDER BY captured_at DESC LIMIT 2", (url,))]
        latest_crawl = conn.execute("SELECT crawl_id FROM captures WHERE url = ? AND record_type='response' "
                                    "ORDER BY captured_at DESC LIMIT 1", (url,)).fetchone()
        if len(digests) == 2 and digests[0] != digests[1] and latest_crawl and latest_crawl[0] in ids:
            changed += 1
    crawled_portals = {r[0] for r in conn.execute(
        f"SELECT DISTINCT portal_id FROM captures WHERE crawl_id {among} AND portal_id IS NOT NULL", ids)}
    gone = []
    for url in before_urls - now_urls:
        row = conn.execute(
            "SELECT c.portal_id, MAX(c.captured_at) FROM captures c WHERE c.url = ? AND c.status = 200",
            (url,)).fetchone()
        if row and row[0] in crawled_portals:
            gone.append((url, row[1]))
    return {"pages_new": pages.get("new", 0), "pages_revisit": pages.get("rv", 0),
            "pages_not_modified": pages.get("nm", 0), "reports_new": len(now_urls - before_urls),
            "reports_changed": changed, "reports_gone": len(gone), "gone": gone}


def mark_gone(conn: sqlite3.Connection, gone: list[tuple[str, str]], run_id: str,
              now: datetime | None = None) -> None:
    """Record removed reports, (url, last_seen) each, for this run in the run history (archive/runs.py: what its
    run record carries to the store); url_state.gone_at is derived from there (refresh_gone). Their captures
    stay."""
    stamp = runs.iso(now or runs.utcnow())
    conn.executemany("UPDATE url_state SET last_seen = COALESCE(last_seen, ?) WHERE url = ?",
                     [(last_seen, url) for url, last_seen in gone])
    runs.record_gone(conn, run_id, [(url, stamp, last_seen) for url, last_seen in gone])
    refresh_gone(conn)
    conn.commit()


def refresh_gone(conn: sqlite3.Connection) -> None:
    """url_state.gone_at from the run history's gone marks: the latest time a URL was found gone, unless it was
    seen again after that (ingestion order does not matter)."""
    times: dict[str, list[str]] = {}
    for url, gone_at in runs.gone_marks(conn):
        times.setdefault(url, []).append(gone_at)
    for url, marks in times.items():
        for variant, last_seen in conn.execute("SELECT variant, last_seen FROM url_state WHERE url = ?",
                                               (url,)).fetchall():
            since = [at for at in marks if at >= (last_seen or "")]
            conn.execute("UPDATE url_state SET gone_at = ? WHERE url = ? AND variant = ?",
                         (max(since) if since else None, url, variant))


def gone_urls(conn: sqlite3.Connection) -> dict[str, str]:
    """URL → when it was found gone, for URLs gone now."""
    return dict(conn.execute("SELECT url, gone_at FROM url_state WHERE gone_at IS NOT NULL"))


def restore_gone(conn: sqlite3.Connection, gone: dict[str, str]) -> None:
    """Put back gone marks (URL → gone_at) kept across a rebuild (`gone_urls` before it)."""
    conn.executemany("UPDATE url_state SET gone_at = ? WHERE url = ?", [(at, url) for url, at in gone.items()])
