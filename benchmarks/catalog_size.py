"""Bytes per report that the catalog spends on parse results (target: ≤ 5 KB per report).

    NIANBAO_OCR=off python benchmarks/catalog_size.py                  # crawl the sandbox (6 portals) first
    python benchmarks/catalog_size.py --data DIR                       # a data directory that was crawled

Crawls the offline sandbox with `nianbao run` (no browser) into a temporary data directory (or reads `--data`),
then prints, per report record: the bytes of `parsed_documents` and `reports` records as stored (compressed,
the report as what it adds to its canonical document's parse, archive/derived.py) and of the compression
dictionary, beside what the JSON text of both (schema version 1: each record twice, in full) would take; and
the whole catalog file per report. The records are read back and compared with the uncompressed JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nianbao.archive import codec, derived  # noqa: E402
from nianbao.archive.catalog import Catalog  # noqa: E402


def crawl_sandbox(data: Path, portals: int) -> None:
    from nianbao.crawler.app.cli import main
    from nianbao.crawler.sandbox import build_sandbox, serve

    sandbox = build_sandbox(portals=portals)
    registry = data / "registry.csv"
    data.mkdir(parents=True, exist_ok=True)
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    with serve(sandbox) as server:
        status = main(["run", "--data", str(data), "--registry", str(registry), "--proxy", server.url,
                       "--render", "never"])
    if status != 0:
        raise SystemExit(f"the sandbox run failed (exit {status}); see {data / 'runs'}")


def measure(catalog_path: Path) -> dict:
    catalog = Catalog(catalog_path, readonly=True)
    conn = catalog.conn
    reports = conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    documents = conn.execute("SELECT COUNT(*) FROM parsed_documents").fetchone()[0]
    parsed_bytes = conn.execute("SELECT COALESCE(SUM(LENGTH(record)), 0) FROM parsed_documents").fetchone()[0]
    report_bytes = conn.execute("SELECT COALESCE(SUM(LENGTH(record)), 0) FROM reports").fetchone()[0]
    dict_bytes = conn.execute("SELECT COALESCE(SUM(LENGTH(content)), 0) FROM blob_dicts").fetchone()[0]
    newest = conn.execute("SELECT MAX(dict_id) FROM blob_dicts").fetchone()[0]
    with_newest = [len(blob) for (blob,) in conn.execute("SELECT record FROM parsed_documents")
                   if newest and codec.zstd.get_frame_info(blob).dictionary_id == newest]
    text_bytes = 0       # schema version 1 stored json.dumps(record, ensure_ascii=False) of both, as TEXT
    start = time.perf_counter()
    for (record_id,) in conn.execute("SELECT record_id FROM parsed_documents").fetchall():
        text_bytes += len(json.dumps(derived.parsed(conn, record_id), ensure_ascii=False).encode("utf-8"))
    for _, record in derived.reports(conn):
        text_bytes += len(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    read_s = time.perf_counter() - start
    file_bytes = sum(p.stat().st_size for p in catalog_path.parent.glob(catalog_path.name + "*"))
    per = max(reports, 1)
    out = {"reports": reports, "parsed_documents": documents,
            "stored_bytes_per_report": round((parsed_bytes + report_bytes + dict_bytes) / per),
            "parsed_bytes_per_report": round(parsed_bytes / per), "report_bytes_per_report": round(report_bytes / per),
            "dictionaries": conn.execute("SELECT COUNT(*) FROM blob_dicts").fetchone()[0],
            "dictionary_bytes": dict_bytes,
            "parsed_bytes_per_document_with_newest_dictionary":
                f"{round(sum(with_newest) / len(with_newest)) if with_newest else None} ({len(with_newest)} documents)",
            "parsed_documents_per_report": round(documents / per, 2), "json_text_bytes_per_report (schema 1)": round(text_bytes / per),
            "catalog_file_bytes_per_report": round(file_bytes / per),
            "read_ms_per_record": round(1000 * read_s / max(reports + documents, 1), 2)}
    catalog.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="a data directory crawled before (default: crawl the sandbox now)")
    parser.add_argument("--portals", type=int, default=6, help="sandbox portals to crawl")
    args = parser.parse_args()
    if args.data:
        data = Path(args.data)
    else:
        data = Path(tempfile.mkdtemp(prefix="catalog-size-")) / "data"
        crawl_sandbox(data, args.portals)
    for name, value in measure(data / "catalog.sqlite").items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
