"""Run records: what a run found changed (its history row and the reports it marked gone) written to the store
as a small WARC of its own, so that the run history and `gone_at` are rebuilt from the store like everything
else (`nianbao reindex`) rather than living only in the catalog database.

    key = archive_run(store, catalog, run_id)        # after the run's row is final and gone URLs are marked

The file is `warcs/<run-id>/nianbao-run-<run-id>.warc.gz` (with its `.cdxj` beside it): a warcinfo record and one metadata record
(`WARC-Target-URI: urn:nianbao-run:<run-id>`, Content-Type `application/json; profile="nianbao-run"`) whose
JSON holds the run's row and `gone: [{url, last_seen, gone_at}]`. The catalog ingests it like any WARC.
"""

from __future__ import annotations

import io
import json
import sqlite3
import uuid
from datetime import datetime, timezone

from warcio.recordbuilder import RecordBuilder
from warcio.warcwriter import WARCWriter

from archive import schema

RUN_CONTENT_TYPE = 'application/json; profile="nianbao-run"'
RUN_URI_PREFIX = "urn:nianbao-run:"

def run_key(run_id: str) -> str:
    return f"warcs/{run_id}/nianbao-run-{run_id}.warc.gz"


def run_document(conn: sqlite3.Connection, run_id: str) -> dict:
    """The run's history row and the URLs it marked gone, from the catalog."""
    schema.ensure(conn)
    found = schema.rows(conn, "SELECT * FROM runs WHERE run_id = ?", (run_id,))
    if not found:
        raise KeyError(f"no run {run_id} in the run history")
    gone = schema.rows(conn, "SELECT url, last_seen, gone_at FROM gone_reports WHERE run_id = ? ORDER BY url",
                       (run_id,))
    return {"run": found[0], "gone": gone}


def build_run_warc(document: dict, record_id: str | None = None, info_id: str | None = None,
                   date: datetime | None = None) -> bytes:
    """A gzipped WARC 1.1 holding one run record (ids and date may be fixed for tests)."""
    run_id = document["run"]["run_id"]
    when = (date or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    builder = RecordBuilder(warc_version="1.1")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    info = builder.create_warcinfo_record(run_key(run_id).rsplit("/", 1)[1], {
        "software": "nianbao", "format": "WARC File Format 1.1", "crawl-id": run_id,
        "description": "nianbao run record: run history row and reports found gone"})
    info.rec_headers.replace_header("WARC-Record-ID", info_id or f"<urn:uuid:{uuid.uuid4()}>")
    info.rec_headers.replace_header("WARC-Date", when)
    writer.write_record(info)
    body = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    record = builder.create_warc_record(
        f"{RUN_URI_PREFIX}{run_id}", "metadata", payload=io.BytesIO(body), length=len(body),
        warc_content_type=RUN_CONTENT_TYPE,
        warc_headers_dict={"WARC-Record-ID": record_id or f"<urn:uuid:{uuid.uuid4()}>", "WARC-Date": when})
    writer.write_record(record)
    return out.getvalue()


def archive_run(store, catalog, run_id: str) -> str:
    """Write the run record to the store and ingest it; returns its key."""
    from archive.warc.cdxj import index_warc, sorted_lines

    key = run_key(run_id)
    data = build_run_warc(run_document(catalog.conn, run_id))
    cdxj = "".join(sorted_lines(index_warc(io.BytesIO(data), key.rsplit("/", 1)[1])))
    store.put_bytes(key, data)
    store.put_bytes(key[: -len(".warc.gz")] + ".cdxj", cdxj.encode("utf-8"))  # like every WARC in the store
    catalog.ingest_warc(key, io.BytesIO(data))
    return key


def apply_run_document(conn: sqlite3.Connection, document: dict) -> None:
    """Catalog side of ingesting a run record: its history row, its gone URLs (inside the caller's transaction)."""

    schema.ensure(conn)
    row = document["run"]
    names = list(row)
    conn.execute(f"INSERT OR REPLACE INTO runs ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [row[n] for n in names])
    conn.executemany("INSERT OR REPLACE INTO gone_reports (url, run_id, gone_at, last_seen) VALUES (?,?,?,?)",
                     [(g["url"], row["run_id"], g["gone_at"], g.get("last_seen")) for g in document["gone"]])
    refresh_gone(conn)


def refresh_gone(conn: sqlite3.Connection) -> None:
    """url_state.gone_at from the run records: the latest time a URL was found gone, unless it was seen again
    after that (ingestion order does not matter)."""
    schema.ensure(conn)
    conn.execute(
        "UPDATE url_state SET gone_at = (SELECT MAX(g.gone_at) FROM gone_reports g WHERE g.url = url_state.url "
        "AND g.gone_at >= COALESCE(url_state.last_seen, '')) "
        "WHERE url IN (SELECT url FROM gone_reports)")
