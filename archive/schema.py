"""The catalog's schema: every table, its version (`PRAGMA user_version`) and the migrations between versions.

    schema.ensure(conn)          # a new catalog gets every table; an older one is upgraded in place
    schema.check(conn)           # read-only: raises CatalogOutdated / CatalogTooNew instead of upgrading
    schema.rows(conn, sql, ...)  # -> list[dict], without touching the shared connection's row_factory

This module only defines tables; each table has one owner module that reads and writes it, and the others call
its query functions (INTERNALS.md "Catalog", checked by tests/archive/test_table_owners.py): archive/catalog.py the tables built from WARC records (`warc_files`, `captures`,
`capture_provenance`, `warc_records`, `documents`, `url_state`); archive/derived.py the parse results
(`parsed_documents`, `reports`, `blob_dicts`); archive/revisions.py `revisions`; archive/runs.py `runs` and `gone_reports`;
archive/schedules.py `schedules`; archive/warc/crawl_config.py `crawl_configs`; archive/dedup/persist.py and
bands.py the deduper's tables (`doc_features`, `clusters`, `cluster_members`, `dedup_meta`, `dedup_lsh_bands`).

A catalog written before the schema had a version number (user_version 0, tables made by each module when it
first needed them) is version 0. Migrations run in order, each in one transaction with the version bump, so a
failure half-way leaves the catalog as it was. A fresh catalog takes the same path from version 0, so the
migrations are exercised by every test that opens a catalog; tests/archive/test_catalog_migration.py opens a
catalog written by the release before versions (tests/archive/fixtures/).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

from nianbao.archive import codec

# Version 1: the tables as nianbao wrote them before the schema had a version (one statement per table).
TABLES_V1 = """
CREATE TABLE IF NOT EXISTS warc_files (
    key TEXT PRIMARY KEY,
    crawl_id TEXT,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    records INTEGER NOT NULL,
    sealed_at TEXT                  -- latest WARC-Date in the file
);
CREATE TABLE IF NOT EXISTS captures (
    record_id TEXT PRIMARY KEY,
    warc_key TEXT NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    record_type TEXT NOT NULL,      -- response | revisit | resource
    url TEXT NOT NULL,
    surt TEXT,
    captured_at TEXT NOT NULL,      -- normalised WARC-Date
    warc_date TEXT NOT NULL,        -- WARC-Date as written (what a revisit's WARC-Refers-To-Date repeats)
    status INTEGER,
    mime TEXT,
    payload_digest TEXT,
    block_digest TEXT,
    refers_to TEXT,                 -- revisit: WARC-Refers-To, resource: WARC-Concurrent-To
    revisit_profile TEXT,
    crawl_id TEXT,
    portal_id TEXT,
    via TEXT,
    hops TEXT,
    role TEXT,
    capture_method TEXT,
    etag TEXT,
    last_modified TEXT,
    fetch_ms INTEGER,
    charset TEXT
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url, captured_at);
CREATE INDEX IF NOT EXISTS captures_surt ON captures(surt, captured_at);
CREATE INDEX IF NOT EXISTS captures_digest ON captures(payload_digest, captured_at) WHERE record_type = 'response';
CREATE INDEX IF NOT EXISTS captures_warc ON captures(warc_key, offset);
CREATE INDEX IF NOT EXISTS captures_crawl ON captures(crawl_id);
CREATE INDEX IF NOT EXISTS captures_refers ON captures(refers_to);
CREATE TABLE IF NOT EXISTS capture_provenance (
    record_id TEXT PRIMARY KEY,     -- the record the provenance metadata refers to
    metadata_record_id TEXT NOT NULL,
    warc_key TEXT NOT NULL,
    crawl_id TEXT, portal_id TEXT, via TEXT, hops TEXT, role TEXT, capture_method TEXT,
    fetch_ms INTEGER, charset TEXT
);
CREATE INDEX IF NOT EXISTS capture_provenance_warc ON capture_provenance(warc_key);
CREATE TABLE IF NOT EXISTS warc_records (  -- the other records (warcinfo, request, metadata), for exports
    record_id TEXT PRIMARY KEY,
    warc_key TEXT NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    record_type TEXT NOT NULL,
    linked_to TEXT                  -- request: WARC-Concurrent-To, metadata: WARC-Refers-To
);
CREATE INDEX IF NOT EXISTS warc_records_linked ON warc_records(linked_to);
CREATE INDEX IF NOT EXISTS warc_records_warc ON warc_records(warc_key, offset);
CREATE TABLE IF NOT EXISTS documents (
    record_id TEXT PRIMARY KEY,     -- the response / revisit record this classifies (WARC-Refers-To)
    url TEXT NOT NULL,
    kind TEXT NOT NULL,             -- report | attachment | not_report
    title TEXT, agency TEXT, year INTEGER, published TEXT, portal_id TEXT, site_id_code TEXT,
    found_on TEXT, parent_url TEXT, reason TEXT, format TEXT,
    link_text TEXT, column_text TEXT,   -- the anchor texts of the link and of its column (parse weighs them)
    metadata_record_id TEXT NOT NULL,
    warc_key TEXT NOT NULL,
    classified_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_agency_year ON documents(agency, year);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year, kind);
CREATE INDEX IF NOT EXISTS documents_parent ON documents(parent_url);
CREATE INDEX IF NOT EXISTS documents_warc ON documents(warc_key);
CREATE TABLE IF NOT EXISTS url_state (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    payload_digest TEXT,
    record_id TEXT,                 -- the capture holding the payload (a response record)
    captured_at TEXT,               -- when that payload was captured
    last_seen TEXT,                 -- latest capture of any kind (response, revisit)
    gone_at TEXT                    -- set by the run history when the URL disappeared
);
CREATE TABLE IF NOT EXISTS parsed_documents (
    record_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    captured_at TEXT,
    content_type TEXT,
    record_json TEXT NOT NULL,      -- parse_report() output for this one document
    parse_score REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS parsed_documents_url ON parsed_documents(url, captured_at);
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY,     -- the dedup cluster id (deterministic, sticky)
    canonical_record_id TEXT NOT NULL,
    agency TEXT, year INTEGER, region_code TEXT, is_report INTEGER,
    record_json TEXT NOT NULL       -- the DESIGN export record
);
CREATE INDEX IF NOT EXISTS reports_agency_year ON reports(agency, year);
CREATE INDEX IF NOT EXISTS reports_region_year ON reports(region_code, year);   -- region pages (nianbao serve)
CREATE TABLE IF NOT EXISTS revisions (
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,           -- 0, 1, … in time order within the report
    kind TEXT NOT NULL,             -- edited | replaced | gone
    at TEXT NOT NULL,               -- capture time of the new version, for gone when it was found gone
    region_code TEXT, agency TEXT, year INTEGER,
    revision_json TEXT NOT NULL,    -- the export's revisions[] entry
    PRIMARY KEY (report_id, seq)
);
CREATE INDEX IF NOT EXISTS revisions_at ON revisions(at);
CREATE TABLE IF NOT EXISTS schedules (
    name TEXT PRIMARY KEY,
    cron TEXT NOT NULL,
    portals TEXT NOT NULL,          -- JSON list of portal ids, [] = the whole registry
    registry TEXT,                  -- registry file, NULL = DATA/registry.csv
    max_pages INTEGER NOT NULL DEFAULT 0,
    time_limit_s INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,        -- the crawl id
    schedule TEXT,                  -- NULL for a run started by hand
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL,           -- running | ok | failed | skipped
    pages_new INTEGER, pages_revisit INTEGER, pages_not_modified INTEGER,
    reports_new INTEGER, reports_changed INTEGER, reports_gone INTEGER,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS runs_schedule ON runs(schedule, started_at);
CREATE TABLE IF NOT EXISTS gone_reports (
    url TEXT NOT NULL,
    run_id TEXT NOT NULL,           -- the run that found the URL gone
    gone_at TEXT NOT NULL,
    last_seen TEXT,
    PRIMARY KEY (url, run_id)
);
CREATE TABLE IF NOT EXISTS crawl_configs (
    crawl_id TEXT PRIMARY KEY,
    archived_at TEXT NOT NULL,      -- WARC-Date of the record
    registry_csv TEXT NOT NULL,     -- the registry rows the crawl used
    settings_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_features (
    doc_id TEXT PRIMARY KEY,        -- the capture's WARC-Record-ID
    seq INTEGER NOT NULL UNIQUE,    -- order of arrival, a rebuild replays it
    url TEXT, host_tier INTEGER, fmt TEXT, published TEXT, captured_at TEXT, parse_score REAL,
    agency TEXT,                    -- as given
    agency_key TEXT,                -- normalised agency (NULL when unknown)
    year INTEGER,                   -- report year (NULL when unknown)
    year_source TEXT,               -- metadata | title | unknown
    digest TEXT NOT NULL,           -- sha1 of the normalised text
    norm_chars INTEGER NOT NULL,
    digits TEXT NOT NULL,
    names TEXT NOT NULL,            -- self descriptions (normalize.self_descriptions), one a line
    norm_text BLOB NOT NULL,        -- zlib(utf-8 normalised text)
    signature BLOB                  -- uint32 MinHash values (see dedup_meta.signature_fingerprint)
);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id TEXT PRIMARY KEY,    -- deterministic: from the founding member's doc id
    canonical_id TEXT NOT NULL,
    reason TEXT NOT NULL,           -- why the canonical is canonical (canonical.py)
    founder_id TEXT NOT NULL,
    canonical_since INTEGER NOT NULL,  -- seq of the arrival that made it canonical
    agency_key TEXT, year INTEGER,  -- the cluster's blocking key (known values of its members)
    size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_members (
    doc_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    similarity REAL NOT NULL,       -- to the cluster's canonical (1.0 for the canonical itself)
    evidence TEXT NOT NULL          -- canonical | identical | ratio | containment | keyed_containment | only_member
);
CREATE INDEX IF NOT EXISTS cluster_members_cluster ON cluster_members(cluster_id);
CREATE TABLE IF NOT EXISTS dedup_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS dedup_lsh_bands (
    band_key INTEGER NOT NULL,      -- namespaced band hash (signed 64-bit)
    doc_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dedup_lsh_bands_key ON dedup_lsh_bands(band_key);
"""
# columns a version-0 catalog may lack (it made each table when first needed, with the columns of that day)
V1_ADDED_COLUMNS = {"documents": ("link_text", "column_text")}


class CatalogVersionError(Exception):
    """The catalog's schema is not the one this nianbao reads; the message says what to do."""


class CatalogOutdated(CatalogVersionError):
    pass


class CatalogTooNew(CatalogVersionError):
    pass


def _statements(script: str) -> Iterable[str]:
    """One SQL statement at a time (executescript would COMMIT the migration's transaction first)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    for statement in _statements(script):
        conn.execute(statement)


def _to_v1(conn: sqlite3.Connection) -> None:
    execute_script(conn, TABLES_V1)
    for table, names in V1_ADDED_COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for name in names:
            if name not in present:   # empty until a reindex reads it from the store
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} TEXT")


# Version 2: parse results compressed and stored once (archive/derived.py); the version-1 tables are renamed
# `*_v1`, copied over and dropped.
TABLES_V2_DERIVED = """
CREATE TABLE blob_dicts (           -- zstd dictionaries of the compressed records (archive/derived.py)
    dict_id INTEGER PRIMARY KEY,    -- the id zstd writes in each frame that uses it
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE TABLE parsed_documents (
    record_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    captured_at TEXT,
    content_type TEXT,
    parse_score REAL NOT NULL,
    record BLOB NOT NULL            -- zstd(JSON of parse_report() output for this one document)
);
CREATE INDEX parsed_documents_url ON parsed_documents(url, captured_at);
CREATE TABLE reports (
    report_id TEXT PRIMARY KEY,     -- the dedup cluster id (deterministic, sticky)
    canonical_record_id TEXT NOT NULL,
    agency TEXT, year INTEGER, region_code TEXT, is_report INTEGER, title TEXT, level TEXT, published TEXT,
    record BLOB NOT NULL            -- zstd(JSON of what the DESIGN export record adds to its canonical's parse)
);
CREATE INDEX reports_agency_year ON reports(agency, year);
CREATE INDEX reports_region_year ON reports(region_code, year);   -- region pages (nianbao serve)
"""


def _to_v2(conn: sqlite3.Connection) -> None:
    for index in ("parsed_documents_url", "reports_agency_year", "reports_region_year"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    conn.execute("ALTER TABLE parsed_documents RENAME TO parsed_documents_v1")
    conn.execute("ALTER TABLE reports RENAME TO reports_v1")
    execute_script(conn, TABLES_V2_DERIVED)
    samples = [codec.dumps(json.loads(r[0])) for r in conn.execute(
        "SELECT record_json FROM parsed_documents_v1 ORDER BY rowid LIMIT ?", (codec.TRAIN_SAMPLES,))]
    if len(samples) >= codec.TRAIN_AT[0]:
        codec.train_dictionary(conn, samples)
    parsed: dict[str, dict] = {}
    for record_id, url, captured_at, content_type, record_json, score in conn.execute(
            "SELECT record_id, url, captured_at, content_type, record_json, parse_score FROM parsed_documents_v1 "
            "ORDER BY rowid").fetchall():
        record = json.loads(record_json)
        parsed[record_id] = {k: v for k, v in record.items() if not k.startswith("_")}
        conn.execute("INSERT INTO parsed_documents (record_id, url, captured_at, content_type, parse_score, record) "
                     "VALUES (?,?,?,?,?,?)", (record_id, url, captured_at, content_type, score,
                                              codec.pack(conn, record)))
    for report_id, canonical_id, record_json in conn.execute(
            "SELECT report_id, canonical_record_id, record_json FROM reports_v1 ORDER BY rowid").fetchall():
        record = json.loads(record_json)
        stored = codec.overlay(parsed.get(canonical_id, {}), record, canonical_id if canonical_id in parsed else None)
        conn.execute("INSERT INTO reports (report_id, canonical_record_id, agency, year, region_code, is_report, "
                     "title, level, published, record) SELECT report_id, canonical_record_id, agency, year, "
                     "region_code, is_report, ?, ?, ?, ? FROM reports_v1 WHERE report_id = ?",
                     (record.get("title"), record.get("level"), record.get("published"), codec.pack(conn, stored),
                      report_id))
    conn.execute("DROP TABLE parsed_documents_v1")
    conn.execute("DROP TABLE reports_v1")


def _to_v3(conn: sqlite3.Connection) -> None:
    """Version 3: `reports.has_history`, so the revision step finds reports with earlier versions or revisions
    without decompressing every record (those keys are never in the parse, so always in the stored overlay)."""
    conn.execute("ALTER TABLE reports ADD COLUMN has_history INTEGER NOT NULL DEFAULT 0")
    for report_id, blob in conn.execute("SELECT report_id, record FROM reports").fetchall():
        own = codec.unpack(conn, blob)["own"]
        if own.get("previous_versions") or own.get("revisions"):
            conn.execute("UPDATE reports SET has_history = 1 WHERE report_id = ?", (report_id,))


URL_STATE_V4 = """
CREATE TABLE url_state (
    url TEXT NOT NULL,
    variant TEXT NOT NULL DEFAULT '',   -- what besides the URL chose the answer (archive/warc/variants.py)
    etag TEXT,
    last_modified TEXT,
    payload_digest TEXT,
    record_id TEXT,                 -- the capture holding the payload (a response record)
    captured_at TEXT,               -- when that payload was captured
    last_seen TEXT,                 -- latest capture of any kind (response, revisit)
    gone_at TEXT,                   -- set by the run history when the URL disappeared
    PRIMARY KEY (url, variant)
);
"""


def _to_v4(conn: sqlite3.Connection) -> None:
    """Version 4: conditional-GET state per variant of a URL (a cookie choice's answer is not the plain page's):
    `variant` on `capture_provenance` and `captures` ('' for every capture indexed before: the plain request, as
    the WARCs written before the field say too), and `url_state` keyed by (url, variant), its rows kept as the
    plain variant's."""
    for table in ("capture_provenance", "captures"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN variant TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE url_state RENAME TO url_state_v3")
    execute_script(conn, URL_STATE_V4)
    conn.execute("INSERT INTO url_state (url, etag, last_modified, payload_digest, record_id, captured_at, last_seen, "
                 "gone_at) SELECT url, etag, last_modified, payload_digest, record_id, captured_at, last_seen, gone_at "
                 "FROM url_state_v3")
    conn.execute("DROP TABLE url_state_v3")


def _to_v5(conn: sqlite3.Connection) -> None:
    """Version 5: a parsed document may be a member of a captured zip archive (archive/members.py), so
    `parsed_documents` says which capture holds its bytes (`capture_id`, the record id of every document parsed
    before), which `member` of it (NULL: the whole payload) and the member's own digest (`member_digest`)."""
    conn.execute("ALTER TABLE parsed_documents ADD COLUMN capture_id TEXT")
    conn.execute("ALTER TABLE parsed_documents ADD COLUMN member TEXT")
    conn.execute("ALTER TABLE parsed_documents ADD COLUMN member_digest TEXT")
    conn.execute("UPDATE parsed_documents SET capture_id = record_id")
    conn.execute("CREATE INDEX parsed_documents_capture ON parsed_documents(capture_id)")


def _to_v6(conn: sqlite3.Connection) -> None:
    """Version 6: `captures.truncated`, the `WARC-Truncated` reason of a response whose payload is not the whole
    answer (archive/warc/truncation.py; NULL for a whole one). Captures indexed before stay NULL until
    `nianbao reindex` reads the field from the store (the crawler wrote it since it kept cut answers)."""
    conn.execute("ALTER TABLE captures ADD COLUMN truncated TEXT")


MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [   # (version reached, how), in order
    (1, _to_v1),
    (2, _to_v2),
    (3, _to_v3),
    (4, _to_v4),
    (5, _to_v5),
    (6, _to_v6),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _refuse_newer(found: int, where: str) -> None:
    if found > SCHEMA_VERSION:
        raise CatalogTooNew(
            f"{where} has catalog schema version {found}, newer than this nianbao reads ({SCHEMA_VERSION}): "
            "upgrade nianbao, or rebuild a catalog for this version from the store with `nianbao reindex` "
            "(on a copy of the data directory)")


def check(conn: sqlite3.Connection, where: str = "the catalog") -> None:
    """For a read-only connection: the schema must be the current one (no upgrade is possible here)."""
    found = version(conn)
    _refuse_newer(found, where)
    if found < SCHEMA_VERSION:
        raise CatalogOutdated(
            f"{where} has catalog schema version {found}, older than this nianbao's {SCHEMA_VERSION}, and "
            "cannot be upgraded from here (read-only): run any nianbao command that writes to it where the "
            "file is writable (e.g. `nianbao runs`), or rebuild it with `nianbao reindex`")


def ensure(conn: sqlite3.Connection, where: str = "the catalog") -> int:
    """Bring the catalog on `conn` to SCHEMA_VERSION; returns the version it had. Each migration and its version
    bump are one transaction (BEGIN IMMEDIATE: another process upgrading at the same time waits, then finds
    the work done)."""
    found = version(conn)
    _refuse_newer(found, where)
    if found == SCHEMA_VERSION:
        return found
    if conn.in_transaction:
        conn.commit()
    for target, migrate in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) < target:
                migrate(conn)
                conn.execute(f"PRAGMA user_version = {int(target)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def rows(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> list[dict]:
    """Query results as dicts, with a row factory on this cursor only (the connection is shared)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return [dict(row) for row in cursor.execute(sql, tuple(params))]
