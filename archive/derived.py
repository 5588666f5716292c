"""The parse results kept in the catalog, stored once and compressed: the owner of `parsed_documents` and `reports`.

    put_parsed(conn, record_id, url, captured_at, record, score)    # the extract step, per document
    put_report(conn, record, canonical_record_id)                   # the assemble step, per cluster
    report(conn, report_id) -> (record, canonical_record_id) | None, canonical_reports(conn), all_documents(conn)

A parsed document is the JSON of parse_report()'s output, zstd-compressed (`parsed_documents.record`). A report
record is mostly its canonical document's parse: `reports.record` keeps only what differs from it (the archive
fields, duplicates, versions, added validation, a title lent by a landing page) and the key order, and is
rebuilt by merging the two, so the sections, tables and locators are stored once (archive/codec.py: zstd with a
dictionary trained on the catalog's first documents, `blob_dicts`). The parse a report is built on is never
rewritten (the extract step parses each capture once). Sizes: benchmarks/catalog_size.py.

SQL that must look inside the records uses the functions `register(conn)` adds (the Catalog does it): `nb_parsed(parsed_documents.record)` and `nb_report(reports.record)` return the record's JSON text, for
json_extract / json_each.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from nianbao.archive import codec, schema
from nianbao.archive.codec import TRAIN_AT, TRAIN_SAMPLES, pack, unpack


def _maybe_train(conn: sqlite3.Connection) -> None:
    count = conn.execute("SELECT COUNT(*) FROM parsed_documents").fetchone()[0]
    if count not in TRAIN_AT:
        return
    blobs = [r[0] for r in conn.execute("SELECT record FROM parsed_documents ORDER BY rowid LIMIT ?",
                                        (TRAIN_SAMPLES,))]
    codec.train_dictionary(conn, [codec.dumps(unpack(conn, b)) for b in blobs])


def register(conn: sqlite3.Connection) -> None:
    """The SQL functions nb_parsed(blob) and nb_report(blob): a stored record's JSON text (as json.dumps writes
    it, the text schema version 1 stored)."""
    def text(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    conn.create_function("nb_parsed", 1, lambda blob: None if blob is None else text(unpack(conn, blob)))
    conn.create_function("nb_report", 1, lambda blob: None if blob is None else text(_report_from_blob(conn, blob)))


# ---------------------------------------------------------------- parsed documents

def put_parsed(conn: sqlite3.Connection, record_id: str, url: str, captured_at: str | None, record: dict,
               score: float) -> None:
    conn.execute("INSERT OR REPLACE INTO parsed_documents (record_id, url, captured_at, content_type, parse_score, "
                 "record) VALUES (?,?,?,?,?,?)",
                 (record_id, url, captured_at, record.get("_content_type"), score, pack(conn, record)))
    _maybe_train(conn)


def parsed(conn: sqlite3.Connection, record_id: str) -> dict | None:
    row = conn.execute("SELECT record FROM parsed_documents WHERE record_id = ?", (record_id,)).fetchone()
    return unpack(conn, row[0]) if row else None


def parsed_at(conn: sqlite3.Connection, url: str, captured_at: str) -> dict | None:
    """The parse of the capture of `url` at `captured_at` (a report's earlier version)."""
    row = conn.execute("SELECT record FROM parsed_documents WHERE url = ? AND captured_at = ? LIMIT 1",
                       (url, captured_at)).fetchone()
    return unpack(conn, row[0]) if row else None


_PARSED_CAPTURE = ("SELECT p.record_id, p.url, p.captured_at, p.content_type, p.record, c.warc_key, c.offset, "
                   "c.length, c.payload_digest FROM parsed_documents p JOIN captures c ON c.record_id = p.record_id")


def parsed_capture(conn: sqlite3.Connection, record_id: str, with_record: bool = False) -> dict | None:
    """A parsed document's capture: url, captured_at, content_type, warc_key, offset, length, payload_digest,
    and with `with_record` its parse as `record`."""
    found = schema.rows(conn, _PARSED_CAPTURE + " WHERE p.record_id = ?", (record_id,))
    if not found:
        return None
    blob = found[0].pop("record")
    if with_record:
        found[0]["record"] = unpack(conn, blob)
    return found[0]


def all_documents(conn: sqlite3.Connection) -> list[dict]:
    """Every parsed document (for `export --all`), each as an export record of its own."""
    out = []
    for row in schema.rows(conn, _PARSED_CAPTURE + " ORDER BY p.captured_at, p.record_id"):
        record = {k: v for k, v in unpack(conn, row["record"]).items() if not k.startswith("_")}
        record["id"] = row["record_id"]
        record["canonical"] = {"url": row["url"], "captured_at": row["captured_at"], "warc": row["warc_key"],
                               "offset": row["offset"], "length": row["length"],
                               "payload_digest": row["payload_digest"], "content_type": row["content_type"]}
        record["duplicates"] = []
        out.append(record)
    return out


# ---------------------------------------------------------------- reports

def _base(conn: sqlite3.Connection, record_id: str | None) -> dict:
    found = parsed(conn, record_id) if record_id else None
    return {k: v for k, v in (found or {}).items() if not k.startswith("_")}


def _report_from_blob(conn: sqlite3.Connection, blob: bytes) -> dict:
    overlay = unpack(conn, blob)
    return codec.merge(_base(conn, overlay["base"]), overlay)


def _report_row(conn: sqlite3.Connection, record: dict, canonical_record_id: str) -> tuple:
    blob = pack(conn, codec.overlay(_base(conn, canonical_record_id), record, canonical_record_id))
    return (record["id"], canonical_record_id, record.get("agency"), record.get("year"), record.get("region_code"),
            int(bool(record.get("is_report"))), record.get("title"), record.get("level"), record.get("published"),
            has_history(record), blob)


def has_history(record: dict) -> int:
    """1 when the report has earlier versions or revisions (what the revision step re-checks)."""
    return int(bool(record.get("previous_versions") or record.get("revisions")))


def clear_reports(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM reports")


def put_report(conn: sqlite3.Connection, record: dict, canonical_record_id: str) -> None:
    """Store an export record (no `_` keys) assembled from the parse of `canonical_record_id`."""
    conn.execute("INSERT OR REPLACE INTO reports (report_id, canonical_record_id, agency, year, region_code, "
                 "is_report, title, level, published, has_history, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                 _report_row(conn, record, canonical_record_id))


def replace_report(conn: sqlite3.Connection, old_id: str, record: dict, canonical_record_id: str | None = None) -> None:
    """Rewrite a report (revisions: a new canonical, a new id taken from its first version)."""
    if canonical_record_id is None:
        row = conn.execute("SELECT canonical_record_id FROM reports WHERE report_id = ?", (old_id,)).fetchone()
        canonical_record_id = row[0] if row else None
    conn.execute("UPDATE reports SET (report_id, canonical_record_id, agency, year, region_code, is_report, title, "
                 "level, published, has_history, record) = (?,?,?,?,?,?,?,?,?,?,?) WHERE report_id = ?",  # rowid kept
                 (*_report_row(conn, record, canonical_record_id), old_id))


def delete_report(conn: sqlite3.Connection, report_id: str) -> None:
    conn.execute("DELETE FROM reports WHERE report_id = ?", (report_id,))


def report(conn: sqlite3.Connection, report_id: str) -> tuple[dict, str] | None:
    """A report's export record and the record id of its canonical document."""
    row = conn.execute("SELECT record, canonical_record_id FROM reports WHERE report_id = ?", (report_id,)).fetchone()
    return (_report_from_blob(conn, row[0]), row[1]) if row else None


def reports(conn: sqlite3.Connection, where: str = "", params: Iterable = (),
            order: str = "agency, year, report_id") -> Iterator[tuple[dict, dict]]:
    """(row, record) of the reports matching `where` (SQL over the columns: report_id, canonical_record_id,
    agency, year, region_code, is_report, title, level, published)."""
    sql = ("SELECT report_id, canonical_record_id, agency, year, region_code, is_report, title, level, published, "
           f"record FROM reports {'WHERE ' + where if where else ''} ORDER BY {order}")
    for row in schema.rows(conn, sql, params):
        yield row, _report_from_blob(conn, row.pop("record"))


def canonical_reports(conn: sqlite3.Connection) -> list[dict]:
    """Every report's export record (for `export`)."""
    return [record for _, record in reports(conn)]
