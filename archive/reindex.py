"""Rebuild the catalog from the store alone (`nianbao reindex`).

    stats = rebuild(catalog_path, store)      # -> dict of counts; also works on a data dir with no catalog

Drops the tables built from WARC records (captures, capture_provenance, documents, url_state, warc_files) and
ingests every `warcs/**.warc.gz` in the store with `Catalog.ingest_warc`, the same code that fills them during
a crawl, so the result is identical whatever order the files come in. The WARC is the truth: a CDXJ file beside
it is compared with the WARC, and a missing or disagreeing one is reported and rewritten from the WARC
(`repair_cdxj=False` only reports). A damaged record in a WARC costs that record only (nianbao.archive.warc.reader).
Run history and `url_state.gone_at` come from the run records (archive/run_records.py), each crawl's registry
and settings from its configuration record (archive/warc/crawl_config.py); gone marks of an older
catalog without run records are kept, as are schedules (configuration, not evidence). Derived tables (dedup clusters, parsed reports) are left for `nianbao dedup` / `parse` to refresh.

The new catalog is built in a temporary file beside the old one (a copy of it, so schedules and derived tables
stay) and swapped in only when it holds at least as many WARC files and captures as the old one: a store that
is missing, mistyped or damaged never leaves a worse catalog behind (`ReindexRefused`; `force=True` swaps
anyway). A failure half-way leaves the old catalog as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from nianbao.archive import catalog as catalog_queries
from nianbao.archive.catalog import Catalog
from nianbao.archive.warc.cdxj import index_records, sorted_lines

log = logging.getLogger(__name__)

REBUILT_TABLES = ("captures", "capture_provenance", "documents", "url_state", "warc_files", "warc_records",
                  "gone_reports", "crawl_configs")


class ReindexRefused(Exception):
    """The rebuilt catalog would index less than the one it replaces; the old one is kept."""


def rebuild(catalog_path: str | Path, store, repair_cdxj: bool = True, force: bool = False) -> dict:
    catalog_path = Path(catalog_path)
    temp = catalog_path.with_name(catalog_path.name + ".reindex-tmp")
    _remove_database(temp)
    old_counts = _counts(catalog_path) if catalog_path.exists() else (0, 0)
    try:
        if catalog_path.exists():
            _copy_database(catalog_path, temp)
        stats = _rebuild_into(temp, store, repair_cdxj)
        new_counts = (stats["warc_files"], stats["captures"])
        if not force and (new_counts[0] < old_counts[0] or new_counts[1] < old_counts[1]):
            raise ReindexRefused(
                f"the store {getattr(store, 'uri', store)} gives {new_counts[0]} WARC files and {new_counts[1]} "
                f"captures, fewer captures or files than the catalog's {old_counts[0]} and {old_counts[1]} "
                f"({stats['problems']} damaged records): the catalog is kept as it was. Check --store; run "
                f"`nianbao verify` to see what is damaged; `nianbao reindex --force` replaces it all the same")
        _swap_in(temp, catalog_path)
    finally:
        _remove_database(temp)
    log.info("reindex: %s", stats)
    return stats


def _counts(path: Path) -> tuple[int, int]:
    """(WARC files, captures) indexed by a catalog; (0, 0) when it has no such tables."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                     for table in ("warc_files", "captures"))
    except sqlite3.DatabaseError:
        return 0, 0
    finally:
        conn.close()


def _copy_database(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _swap_in(temp: Path, target: Path) -> None:
    """Replace `target` by `temp` with one rename; the old WAL files go first (they belong to the old file and
    would be replayed into the new one)."""
    conn = sqlite3.connect(str(temp))
    conn.execute("PRAGMA journal_mode=DELETE")   # everything in the main file: nothing beside it to move
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(temp, target)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _rebuild_into(catalog_path: Path, store, repair_cdxj: bool) -> dict:
    stats = {"warc_files": 0, "records": 0, "captures": 0, "documents": 0, "problems": 0, "cdxj_missing": 0,
             "cdxj_mismatch": 0, "cdxj_repaired": 0}
    catalog = Catalog(catalog_path)
    try:
        gone = catalog_queries.gone_urls(catalog.conn)
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
            check_cdxj(store, key, key[: -len(".warc.gz")] + ".cdxj" in present, stats, repair_cdxj)
        with catalog.conn:
            catalog_queries.restore_gone(catalog.conn, gone)
            catalog_queries.refresh_gone(catalog.conn)
    finally:
        catalog.close()
    return stats


def expected_cdxj(store, key: str) -> str:
    """The CDXJ text a WARC file should have beside it, read from the WARC (past any damaged record)."""
    # Not warcio's iterator (archive.warc.cdxj.index_warc): it stops at a damaged member, and does not check
    # gzip CRCs, so a flipped byte could be indexed as a record. The lines are the same for intact files.
    with store.open(key) as stream:
        return "".join(sorted_lines(index_records(stream, key.rsplit("/", 1)[-1])))


def check_cdxj(store, key: str, has_cdxj: bool, stats: dict, repair: bool) -> None:
    cdxj_key = key[: -len(".warc.gz")] + ".cdxj"
    expected = expected_cdxj(store, key)
    if not has_cdxj:
        stats["cdxj_missing"] += 1
        log.warning("%s has no CDXJ beside it", key)
    else:
        with store.open(cdxj_key) as stream:
            if stream.read().decode("utf-8", "replace") == expected:
                return
        stats["cdxj_mismatch"] += 1
        log.warning("%s disagrees with its WARC", cdxj_key)
    if repair:
        store.put_bytes(cdxj_key, expected.encode("utf-8"))
        stats["cdxj_repaired"] += 1
