"""`nianbao demo`: serve the sandbox, crawl it into a fresh data directory, dedup, parse, export, summarise."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass
class DiscoveryScore:
    expected: int
    found: int
    true_positive: int

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.true_positive / self.found if self.found else 0.0


def expected_document_urls(ground_truth: dict, browser: bool = True) -> set[str]:
    """Report pages and report attachments a polite crawler can reach (robots-disallowed ones excluded);
    without a browser, those behind a JS-only list or a JS challenge are out of reach too."""
    return {d["url"] for d in ground_truth["documents"]
            if not d.get("unreachable") and (browser or not d.get("needs_browser"))}


def score_discovery(conn: sqlite3.Connection, ground_truth: dict, browser: bool = True) -> DiscoveryScore:
    found = {row[0] for row in conn.execute(
        "SELECT url FROM documents WHERE kind IN ('report', 'attachment')")}
    expected = expected_document_urls(ground_truth, browser)
    return DiscoveryScore(len(expected), len(found), len(found & expected))


def fresh_data_dir(requested: Path) -> Path:
    """Demo output never mixes with (or overwrites) earlier data: a non-empty directory gets a new subfolder."""
    if requested.exists() and any(requested.iterdir()):
        return requested / f"demo-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}"
    return requested


def summarise(data: Path, ground_truth: dict, crawl_summary: dict, seconds: float, browser: bool = True) -> dict:
    from archive import derived
    from archive.catalog import Catalog

    conn = Catalog(data / "catalog.sqlite", readonly=True).conn
    score = score_discovery(conn, ground_truth, browser)
    pages = conn.execute("SELECT COUNT(*) FROM captures WHERE record_type IN ('response', 'revisit')").fetchone()[0]
    warc_bytes = conn.execute("SELECT COALESCE(SUM(size), 0) FROM warc_files").fetchone()[0]
    reports = [record for _, record in derived.reports(conn, order="rowid")]
    clusters = len(reports)
    parsed = [r for r in reports if r.get("is_report")]
    assessed = [r for r in parsed if any(v["status"] != "not_assessable" for v in r.get("validation") or [])]
    passing = [r for r in assessed if not any(v["status"] == "fail" and v.get("severity", "error") == "error"
                                              for v in r.get("validation") or [])]
    example = next((r for r in parsed if r.get("agency") and r.get("year")), None)
    return {
        "portals": len(ground_truth["portals"]),
        "browser": browser,
        "pages_fetched": pages,
        "documents_expected": score.expected,
        "documents_found": score.found,
        "documents_correct": score.true_positive,
        "recall": round(score.recall, 4),
        "precision": round(score.precision, 4),
        "distinct_reports_expected": len(ground_truth["reports"]),
        "clusters": clusters,
        "reports_parsed": len(parsed),
        "validation_pass_rate": round(len(passing) / len(assessed), 4) if assessed else None,
        "warc_bytes": warc_bytes,
        "seconds": round(seconds, 1),
        "crawl": crawl_summary.get("totals", {}),
        "example_query": f"{example['agency']} {example['year']}" if example else None,
    }


def print_summary(summary: dict, data: Path) -> None:
    rows = [
        ("portals", summary["portals"]),
        ("pages fetched", summary["pages_fetched"]),
        ("report documents found", f"{summary['documents_correct']} of {summary['documents_expected']} expected "
                                   f"(recall {summary['recall']:.1%}, precision {summary['precision']:.1%})"
                                   + ("" if summary["browser"] else "; no browser: JS-only pages not expected")),
        ("clusters (distinct reports)", f"{summary['clusters']} ({summary['distinct_reports_expected']} in ground truth)"),
        ("reports parsed", summary["reports_parsed"]),
        ("validation pass rate", "n/a" if summary["validation_pass_rate"] is None
         else f"{summary['validation_pass_rate']:.1%}"),
        ("WARC bytes", f"{summary['warc_bytes']:,}"),
        ("time", f"{summary['seconds']} s"),
    ]
    width = max(len(k) for k, _ in rows)
    print("\nnianbao demo summary")
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")
    print(f"\n  data: {data}\n  exports: {data / 'exports'}")
    if summary["example_query"]:
        print(f"\nTry next:\n  nianbao provenance --data {data} \"{summary['example_query']}\"\n"
              f"  nianbao runs --data {data}\n  nianbao verify --data {data}")


def run_demo(args) -> int:
    from crawler import cli
    from crawler.registry import load_registry
    from crawler.runner import CrawlConfig
    from crawler.sandbox import build_sandbox, serve

    data = fresh_data_dir(Path(args.data or "nianbao-data").expanduser().resolve())
    args.data = str(data)
    data = cli.data_dir(args)
    sandbox = build_sandbox(portals=args.portals)
    ground_truth = sandbox.ground_truth()
    (data / "ground_truth.json").write_text(json.dumps(ground_truth, ensure_ascii=False), encoding="utf-8")
    (data / "registry.csv").write_text(sandbox.registry_csv(), encoding="utf-8")
    started = time.monotonic()
    args.store, args.registry, args.files = None, str(data / "registry.csv"), []
    with serve(sandbox) as server:
        print(f"sandbox: {len(ground_truth['portals'])} portals behind the proxy {server.url}")
        config = CrawlConfig(data_dir=data, portals=load_registry(data / "registry.csv"),
                             store_uri=(data / "store").as_uri(), proxy=server.url, render=args.render,
                             progress=sys.stdout.isatty() and not getattr(args, "quiet", False),
                             extra_settings=cli.scrapy_settings(getattr(args, "set", None) or []))
        status = cli.recorded_run(args, data, config, schedule=None)   # crawl, dedup, parse, run history
    summary_file = data / "runs" / config.crawl_id / "summary.json"
    crawl_summary = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.exists() else {}
    if status != cli.EXIT_OK:
        print(f"demo: the run failed; see {data / 'runs' / config.crawl_id / 'crawl.log'}")
        return cli.EXIT_PROBLEMS
    from archive import derived
    from parse import export

    exports = data / "exports"
    exports.mkdir(exist_ok=True)
    records = derived.canonical_reports(cli.open_catalog(data).conn)
    export.write_jsonl(records, exports / "reports.jsonl")
    export.write_parquet(records, exports / "parquet")
    from crawler.crawl_main import chromium_available

    browser = args.render != "never" and chromium_available()
    summary = summarise(data, ground_truth, crawl_summary, time.monotonic() - started, browser)
    (data / "demo_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print_summary(summary, data)
    return cli.EXIT_OK
