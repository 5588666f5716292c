"""`nianbao demo`: serve the sandbox, crawl it into a fresh data directory, dedup, parse, export, summarise.

    with Demo.start(DataDir.locate("demo-data"), portals=6) as demo:    # the sandbox is served until the end
        done = demo.run(render="never")                                 # a recorded run, exports, the summary
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from archive.datadir import DataDir
from crawler.app import pipeline


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


def summarise(data: DataDir, ground_truth: dict, crawl_summary: dict, seconds: float, browser: bool = True) -> dict:
    conn = sqlite3.connect(data.catalog)
    score = score_discovery(conn, ground_truth, browser)
    pages = conn.execute("SELECT COUNT(*) FROM captures WHERE record_type IN ('response', 'revisit')").fetchone()[0]
    warc_bytes = conn.execute("SELECT COALESCE(SUM(size), 0) FROM warc_files").fetchone()[0]
    reports = [json.loads(r[0]) for r in conn.execute("SELECT record_json FROM reports")]
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


def print_summary(summary: dict, data: DataDir) -> None:
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
    print(f"\n  data: {data.root}\n  exports: {data.exports}")
    if summary["example_query"]:
        print(f"\nTry next:\n  nianbao provenance --data {data.root} \"{summary['example_query']}\"\n"
              f"  nianbao runs --data {data.root}\n  nianbao verify --data {data.root}")


@dataclass
class DemoDone:
    run: pipeline.RunDone
    summary: dict | None = None     # None when the run failed


@dataclass
class Demo:
    """The sandbox served behind its proxy, and a fresh data directory holding its registry and ground truth."""
    data: DataDir
    ground_truth: dict
    proxy_url: str

    @property
    def portal_count(self) -> int:
        return len(self.ground_truth["portals"])

    @classmethod
    @contextmanager
    def start(cls, requested: DataDir, portals: int) -> Iterator[Demo]:
        """The sandbox of `portals` portals, served until the block ends; its data directory is `requested`, or a
        new folder in it when it holds earlier data. The demo's store is its own (DATA/store)."""
        from crawler.sandbox import build_sandbox, serve

        data = DataDir.with_own_store(fresh_data_dir(requested.root)).create()
        sandbox = build_sandbox(portals=portals)
        ground_truth = sandbox.ground_truth()
        data.ground_truth.write_text(json.dumps(ground_truth, ensure_ascii=False), encoding="utf-8")
        data.registry.write_text(sandbox.registry_csv(), encoding="utf-8")
        with serve(sandbox) as server:
            yield cls(data, ground_truth, server.url)

    def run(self, render: str = "auto", extra_settings: dict | None = None, progress: bool = False) -> DemoDone:
        """Crawl, dedup and parse as one recorded run, then export (JSONL, Parquet) and score the result."""
        from crawler.crawl_main import chromium_available
        from crawler.registry import load_registry
        from crawler.runner import CrawlConfig

        started = time.monotonic()
        config = CrawlConfig(data_dir=self.data.root, portals=load_registry(self.data.registry),
                             store_uri=self.data.store_uri, proxy=self.proxy_url, render=render,
                             progress=progress, extra_settings=extra_settings or {})
        done = pipeline.recorded_run(self.data, config, registry=str(self.data.registry))
        if not done.ok:
            return DemoDone(done)
        self.export()
        browser = render != "never" and chromium_available()
        summary = summarise(self.data, self.ground_truth, done.crawl.summary, time.monotonic() - started,
                            browser)
        self.data.demo_summary.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        return DemoDone(done, summary)

    def export(self) -> None:
        self.data.exports.mkdir(exist_ok=True)
        pipeline.export_records(self.data, "jsonl", self.data.exports / "reports.jsonl")
        pipeline.export_records(self.data, "parquet", self.data.exports / "parquet")
