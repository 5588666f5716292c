"""Rebuild the catalog from the store alone (`nianbao reindex`).

    stats = rebuild(catalog_path, store)      # -> dict of counts; also works on a data dir with no catalog

Drops the tables built from WARC records (captures, capture_provenance, documents, url_state, warc_files) and
ingests every `warcs/**.warc.gz` in the store with `Catalog.ingest_warc`, the same code that fills them during
a crawl, so the result is identical whatever order the files come in. The WARC is the truth: a CDXJ file beside
it is only compared (a missing or disagreeing CDXJ is reported, and rewritten with `repair_cdxj=True`).
Run history and `url_state.gone_at` come from the run records (archive/run_records.py), each crawl's registry
and settings from its configuration record (archive/warc/crawl_config.py); gone marks of an older
catalog without run records are kept, as are schedules (configuration, not evidence). Derived tables (dedup clusters, parsed reports) are left for `nianbao dedup` / `parse` to refresh.
"""

from __future__ import annotations

import logging
from pathlib import Path

from archive import run_records
from archive.catalog import Catalog
from archive.warc import crawl_config
from archive.warc.cdxj import index_warc, sorted_lines

log = logging.getLogger(__name__)

REBUILT_TABLES = ("captures", "capture_provenance", "documents", "url_state", "warc_files", "warc_records",
                  "gone_reports", "crawl_configs")


def rebuild(catalog_path: str | Path, store, repair_cdxj: bool = False) -> dict:
    stats = {"warc_files": 0, "records": 0, "captures": 0, "documents": 0, "problems": 0, "cdxj_missing": 0,
             "cdxj_mismatch": 0, "cdxj_repaired": 0}
    catalog = Catalog(catalog_path)
    run_records.ensure_schema(catalog.conn)
    crawl_config.ensure_schema(catalog.conn)
    try:
        gone = catalog.conn.execute("SELECT url, gone_at FROM url_state WHERE gone_at IS NOT NULL").fetchall()
        with catalog.conn:
            for table in REBUILT_TABLES:
                catalog.conn.execute(f"DELETE FROM {table}")
        keys = store.list("warcs/")
        present = set(keys)
        for key in keys:
            if not key.endswith(".warc.gz"):
                continue
            with store.open(key) as stream:
                result = catalog.ingest_warc(key, stream)
            stats["warc_files"] += 1
            stats["records"] += result.records
            stats["captures"] += result.captures
            stats["documents"] += result.documents
            stats["problems"] += result.problems
            check_cdxj(store, key, key in present and key[: -len(".warc.gz")] + ".cdxj" in present, stats,
                       repair_cdxj)
        with catalog.conn:
            catalog.conn.executemany("UPDATE url_state SET gone_at = ? WHERE url = ?", [(g, u) for u, g in gone])
            run_records.refresh_gone(catalog.conn)
    finally:
        catalog.close()
    log.info("reindex: %s", stats)
    return stats


def check_cdxj(store, key: str, has_cdxj: bool, stats: dict, repair: bool) -> None:
    cdxj_key = key[: -len(".warc.gz")] + ".cdxj"
    with store.open(key) as stream:
        expected = "".join(sorted_lines(index_warc(stream, key.rsplit("/", 1)[-1])))
    if not has_cdxj:
        stats["cdxj_missing"] += 1
        log.warning("%s has no CDXJ beside it", key)
    else:
        with store.open(cdxj_key) as stream:
            if stream.read().decode("utf-8") == expected:
                return
        stats["cdxj_mismatch"] += 1
        log.warning("%s disagrees with its WARC", cdxj_key)
    if repair:
        store.put_bytes(cdxj_key, expected.encode("utf-8"))
        stats["cdxj_repaired"] += 1
