"""The parse results kept in the catalog, stored once and compressed: the owner of `parsed_documents` and `reports`.

    put_parsed(conn, record_id, url, captured_at, record, score)    # the extract step, per document
    put_report(conn, record, canonical_record_id)                   # the assemble step, per cluster
    report(conn, report_id) -> (record, canonical_record_id) | None, canonical_reports(conn), all_documents(conn)

A parsed document is the JSON of parse_report()'s output, zstd-compressed (`parsed_documents.record`). A report
record is mostly its canonical document's parse: `reports.record` keeps only what differs from it (the archive
fields, duplicates, versions, added validation, a title lent by a landing page) and the key order, and is
rebuilt by merging the two, so the sections, tables and locators are stored once. Compression uses a zstd
dictionary trained on the catalog's own first parsed documents (the DESIGN keys, rule names and locator
structure every report repeats; `blob_dicts`); each blob names its dictionary in its frame header, so blobs
written before the dictionary existed still read. Sizes: benchmarks/catalog_size.py.

SQL that must look inside the records uses the functions `register(conn)` adds (`schema.ensure` and the Catalog
do it): `nb_parsed(parsed_documents.record)` and `nb_report(reports.record)` return the record's JSON text, for
json_extract / json_each.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator

try:  # Python 3.14 ships zstd; before it, the backport (a dependency of Scrapy, pinned in pyproject.toml)
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    from backports import zstd

from archive import schema

log = logging.getLogger(__name__)

LEVEL = 12                  # zstd level: ~2x slower to write than level 3, 15% smaller; reads are as fast
DICT_BYTES = 16 * 1024      # dictionary size (stored once per catalog)
TRAIN_EVERY = 32            # try to train a dictionary once this many documents are stored (and at each multiple)
TRAIN_SAMPLES = 256         # documents the dictionary is trained on (the first ones stored)
_dicts: dict[bytes, zstd.ZstdDict] = {}        # dictionary content → ZstdDict (decoding tables built once)
_MISSING = object()


# ---------------------------------------------------------------- compression

def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _zstd_dict(content: bytes) -> zstd.ZstdDict:
    found = _dicts.get(content)
    if found is None:
        found = _dicts[content] = zstd.ZstdDict(content)
    return found


def _current_dict(conn: sqlite3.Connection) -> zstd.ZstdDict | None:
    row = conn.execute("SELECT content FROM blob_dicts ORDER BY dict_id DESC LIMIT 1").fetchone()
    return _zstd_dict(row[0]) if row else None


def pack(conn: sqlite3.Connection, value) -> bytes:
    data = _dumps(value)
    dictionary = _current_dict(conn)
    return zstd.compress(data, LEVEL, zstd_dict=dictionary) if dictionary else zstd.compress(data, LEVEL)


def unpack(conn: sqlite3.Connection, blob: bytes):
    dict_id = zstd.get_frame_info(blob).dictionary_id
    if not dict_id:
        return json.loads(zstd.decompress(blob))
    row = conn.execute("SELECT content FROM blob_dicts WHERE dict_id = ?", (dict_id,)).fetchone()
    if row is None:
        raise schema.CatalogVersionError(f"a record in the catalog needs compression dictionary {dict_id}, which "
                                         "the catalog does not hold: rebuild the derived data with `nianbao dedup "
                                         "--rebuild` or `nianbao reindex` followed by `dedup` and `parse`")
    return json.loads(zstd.decompress(blob, zstd_dict=_zstd_dict(row[0])))


def train_dictionary(conn: sqlite3.Connection, samples: list[bytes]) -> bool:
    """Store a dictionary trained on `samples` (JSON texts); False when zstd finds too little to learn from."""
    try:
        trained = zstd.train_dict(samples, DICT_BYTES)
    except zstd.ZstdError as exc:
        log.info("no compression dictionary from %d documents yet (%s)", len(samples), exc)
        return False
    conn.execute("INSERT OR REPLACE INTO blob_dicts (dict_id, content, sha256) VALUES (?, ?, ?)",
                 (trained.dict_id, trained.dict_content, hashlib.sha256(trained.dict_content).hexdigest()))
    return True


def _maybe_train(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM blob_dicts LIMIT 1").fetchone():
        return
    count = conn.execute("SELECT COUNT(*) FROM parsed_documents").fetchone()[0]
    if count < TRAIN_EVERY or count % TRAIN_EVERY:
        return
    blobs = [r[0] for r in conn.execute("SELECT record FROM parsed_documents ORDER BY rowid LIMIT ?",
                                        (TRAIN_SAMPLES,))]
    train_dictionary(conn, [_dumps(unpack(conn, b)) for b in blobs])


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


def _extends(longer, shorter) -> bool:
    return (isinstance(longer, list) and isinstance(shorter, list) and len(longer) > len(shorter)
            and longer[:len(shorter)] == shorter)


def _overlay(base: dict, record: dict, base_id: str | None) -> dict:
    """What `record` adds to or changes in its canonical document's parse, and its key order. A list the record
    only extends (validation with the rule across years) keeps just the added items (`more`)."""
    changed = {k: v for k, v in record.items() if base.get(k, _MISSING) != v}
    more = {k: v[len(base[k]):] for k, v in changed.items() if _extends(v, base.get(k))}
    return {"base": base_id, "keys": list(record), "more": more,
            "own": {k: v for k, v in changed.items() if k not in more}}


def _merge(base: dict, overlay: dict) -> dict:
    own, more = overlay["own"], overlay.get("more") or {}
    return {k: own[k] if k in own else base[k] + more[k] if k in more else base[k] for k in overlay["keys"]}


def _report_from_blob(conn: sqlite3.Connection, blob: bytes) -> dict:
    overlay = unpack(conn, blob)
    return _merge(_base(conn, overlay["base"]), overlay)


def _report_row(conn: sqlite3.Connection, record: dict, canonical_record_id: str) -> tuple:
    blob = pack(conn, _overlay(_base(conn, canonical_record_id), record, canonical_record_id))
    return (record["id"], canonical_record_id, record.get("agency"), record.get("year"), record.get("region_code"),
            int(bool(record.get("is_report"))), record.get("title"), record.get("level"), record.get("published"),
            blob)


def clear_reports(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM reports")


def put_report(conn: sqlite3.Connection, record: dict, canonical_record_id: str) -> None:
    """Store an export record (no `_` keys) assembled from the parse of `canonical_record_id`."""
    conn.execute("INSERT OR REPLACE INTO reports (report_id, canonical_record_id, agency, year, region_code, "
                 "is_report, title, level, published, record) VALUES (?,?,?,?,?,?,?,?,?,?)",
                 _report_row(conn, record, canonical_record_id))


def replace_report(conn: sqlite3.Connection, old_id: str, record: dict, canonical_record_id: str | None = None) -> None:
    """Rewrite a report (revisions: a new canonical, a new id taken from its first version)."""
    if canonical_record_id is None:
        row = conn.execute("SELECT canonical_record_id FROM reports WHERE report_id = ?", (old_id,)).fetchone()
        canonical_record_id = row[0] if row else None
    conn.execute("UPDATE reports SET (report_id, canonical_record_id, agency, year, region_code, is_report, title, "
                 "level, published, record) = (?,?,?,?,?,?,?,?,?,?) WHERE report_id = ?",   # in place: rowid kept
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


# ---------------------------------------------------------------- migration from schema version 1

def compact_v1(conn: sqlite3.Connection) -> None:
    """Schema 1 → 2: parsed documents and reports from JSON text to compressed blobs, report records stored as
    what they add to their canonical document's parse."""
    schema.execute_script(conn, schema.TABLES_V2_DERIVED)
    old = conn.execute("SELECT record_json FROM parsed_documents_v1 ORDER BY rowid LIMIT ?", (TRAIN_SAMPLES,))
    samples = [_dumps(json.loads(r[0])) for r in old]
    if len(samples) >= TRAIN_EVERY:
        train_dictionary(conn, samples)
    for record_id, url, captured_at, content_type, record_json, score in conn.execute(
            "SELECT record_id, url, captured_at, content_type, record_json, parse_score FROM parsed_documents_v1 "
            "ORDER BY rowid").fetchall():
        conn.execute("INSERT INTO parsed_documents (record_id, url, captured_at, content_type, parse_score, record) "
                     "VALUES (?,?,?,?,?,?)",
                     (record_id, url, captured_at, content_type, score, pack(conn, json.loads(record_json))))
    for canonical_record_id, record_json in conn.execute(
            "SELECT canonical_record_id, record_json FROM reports_v1 ORDER BY rowid").fetchall():
        put_report(conn, json.loads(record_json), canonical_record_id)
    conn.execute("DROP TABLE parsed_documents_v1")
    conn.execute("DROP TABLE reports_v1")
