"""The parse results kept in the catalog, stored once and compressed: the owner of `parsed_documents` and `reports`.

    put_parsed(conn, record_id, url, captured_at, record, score, member=None, member_digest=None)
                                                                    # the extract step, per document
    put_report(conn, record, canonical_record_id)                   # the assemble step, per cluster
    report(conn, report_id) -> (record, canonical_record_id) | None, canonical_reports(conn), all_documents(conn)

A parsed document is the JSON of parse_report()'s output, zstd-compressed (`parsed_documents.record`), under its
document id (archive/members.py: the capture's record id, or for a member of a captured zip archive the record id
and the member's path), with the capture holding its bytes (`capture_id`) and the member (`member`,
`member_digest`; NULL for a whole payload). A report
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
from nianbao.archive.members import document_id


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
               score: float, member: str | None = None, member_digest: str | None = None) -> None:
    """Store the parse of the payload of capture `record_id`, or of its zip archive's `member` (whose own digest
    is `member_digest`), under its document id."""
    conn.execute("INSERT OR REPLACE INTO parsed_documents (record_id, capture_id, member, member_digest, url, "
                 "captured_at, content_type, parse_score, record) VALUES (?,?,?,?,?,?,?,?,?)",
                 (document_id(record_id, member), record_id, member, member_digest, url, captured_at,
                  record.get("_content_type"), score, pack(conn, record)))
    _maybe_train(conn)


def parsed(conn: sqlite3.Connection, record_id: str) -> dict | None:
    row = conn.execute("SELECT record FROM parsed_documents WHERE record_id = ?", (record_id,)).fetchone()
    return unpack(conn, row[0]) if row else None


def parsed_at(conn: sqlite3.Connection, url: str, captured_at: str, member: str | None = None) -> dict | None:
    """The parse of the capture of `url` at `captured_at` (a report's earlier version), or of its `member`."""
    row = conn.execute("SELECT record FROM parsed_documents WHERE url = ? AND captured_at = ? AND member IS ? "
                       "LIMIT 1", (url, captured_at, member)).fetchone()
    return unpack(conn, row[0]) if row else None


_PARSED_CAPTURE = ("SELECT p.record_id, p.url, p.captured_at, p.content_type, p.record, c.warc_key, c.offset, "
                   "c.length, c.payload_digest, c.truncated, p.member, p.member_digest FROM parsed_documents p "
                   "JOIN captures c ON c.record_id = p.capture_id")


def sighting_fields(row: dict) -> dict:
    """What a sighting (canonical, duplicate, version) adds when it is not a whole captured payload: the `member`
    and `member_digest` of a document inside a captured zip archive, the `truncated` reason of a capture whose
    answer was cut short (its text may end early); nothing otherwise (so such records stay as they were)."""
    fields = {"member": row["member"], "member_digest": row["member_digest"]} if row.get("member") else {}
    if row.get("truncated"):
        fields["truncated"] = row["truncated"]
    return fields


def parsed_capture(conn: sqlite3.Connection, record_id: str, with_record: bool = False) -> dict | None:
    """A parsed document's capture: url, captured_at, content_type, warc_key, offset, length, payload_digest,
    member and member_digest (None for a whole payload), and with `with_record` its parse as `record`."""
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
                               "payload_digest": row["payload_digest"], "content_type": row["content_type"],
                               **sighting_fields(row)}
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


def reports_with_parse(conn: sqlite3.Connection, report_id: str | None = None) -> Iterator[tuple[str, dict, dict, str]]:
    """(report id, export record, its canonical document's parse with the internal `_` keys such as `_locators`,
    canonical record id) of every report whose canonical document is parsed (by report id), or of one."""
    sql = ("SELECT r.report_id, r.record, p.record, r.canonical_record_id FROM reports r "
           "JOIN parsed_documents p ON p.record_id = r.canonical_record_id")
    sql += " WHERE r.report_id = ?" if report_id else " ORDER BY r.report_id"
    for rid, report_blob, parsed_blob, canonical_id in conn.execute(sql, (report_id,) if report_id else ()):
        yield rid, _report_from_blob(conn, report_blob), unpack(conn, parsed_blob), canonical_id


def report_ids_with_history(conn: sqlite3.Connection) -> set[str]:
    """Reports with earlier versions or revisions."""
    return {row[0] for row in conn.execute("SELECT report_id FROM reports WHERE has_history = 1")}


def report_ids_with_urls(conn: sqlite3.Connection, urls: set[str]) -> set[str]:
    """Reports whose canonical or one of whose duplicates has one of `urls`."""
    register(conn)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS report_urls_wanted (url TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM report_urls_wanted")
    conn.executemany("INSERT OR IGNORE INTO report_urls_wanted VALUES (?)", ((u,) for u in urls))
    found = {row[0] for row in conn.execute(
        "SELECT report_id FROM reports WHERE json_extract(nb_report(record), '$.canonical.url') IN "
        "(SELECT url FROM report_urls_wanted) UNION SELECT r.report_id FROM reports r, "
        "json_each(nb_report(r.record), '$.duplicates') d WHERE json_extract(d.value, '$.url') IN "
        "(SELECT url FROM report_urls_wanted)")}
    conn.execute("DROP TABLE report_urls_wanted")
    return found


def report_units(conn: sqlite3.Connection, ids: set[str]) -> list[tuple[str, str | None, int | None]]:
    """(report_id, agency, year) of the reports `ids` (those that exist), in report id order of each chunk."""
    out = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        out += conn.execute(f"SELECT report_id, agency, year FROM reports WHERE report_id IN "
                            f"({','.join('?' * len(chunk))})", chunk).fetchall()
    return out


def all_report_units(conn: sqlite3.Connection) -> list[tuple[str, str | None, int | None]]:
    """(report_id, agency, year) of every report that is one (is_report)."""
    return conn.execute("SELECT report_id, agency, year FROM reports WHERE is_report = 1").fetchall()


# One json_extract with several paths parses each record (decompressed by nb_report) once and hands back only
# the small parts the audit needs.
_AUDIT_PARTS_SQL = """
SELECT report_id, agency, region_code, year, canonical_record_id,
       json_extract(nb_report(record), '$.level', '$.title', '$.published', '$.canonical.url', '$.validation',
                    '$.revisions', '$.duplicates', '$.landing_pages', '$.previous_versions')
FROM reports WHERE is_report = 1
"""


def report_audit_parts(conn: sqlite3.Connection, region_prefix: str | None = None) -> list[tuple]:
    """For the audit (archive/audit.py), each report that is one (of a region code starting with
    `region_prefix`): report_id, agency, region_code, year, canonical_record_id and the JSON list of its level,
    title, published, canonical URL, validation, revisions, duplicates, landing pages, previous versions."""
    register(conn)
    if region_prefix is None:
        return conn.execute(_AUDIT_PARTS_SQL).fetchall()
    return conn.execute(_AUDIT_PARTS_SQL + " AND region_code GLOB ?", (region_prefix + "*",)).fetchall()


def has_report(conn: sqlite3.Connection, report_id: str) -> bool:
    return conn.execute("SELECT 1 FROM reports WHERE report_id = ?", (report_id,)).fetchone() is not None


def report_ids_of_agency(conn: sqlite3.Connection, agency_part: str, year: int) -> list[str]:
    """Ids of the reports (is_report) of `year` whose agency contains `agency_part`."""
    return [row[0] for row in conn.execute(
        "SELECT report_id FROM reports WHERE year = ? AND is_report = 1 AND instr(agency, ?) > 0",
        (year, agency_part))]


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
