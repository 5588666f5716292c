"""`nianbao demo`'s scores: what a run against the sandbox found, measured against the sandbox's ground truth
(the demo itself is crawler/app/pipeline.py `Demo`; tests and benchmarks score their crawls with these too)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from nianbao.archive.datadir import DataDir


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
    from nianbao.archive import catalog

    found = catalog.report_document_urls(conn)
    expected = expected_document_urls(ground_truth, browser)
    return DiscoveryScore(len(expected), len(found), len(found & expected))


def fresh_data_dir(requested: Path) -> Path:
    """Demo output never mixes with (or overwrites) earlier data: a non-empty directory gets a new subfolder."""
    if requested.exists() and any(requested.iterdir()):
        return requested / f"demo-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}"
    return requested


def summarise(data: DataDir, ground_truth: dict, crawl_summary: dict, seconds: float, browser: bool = True) -> dict:
    from nianbao.archive import catalog, derived

    conn = catalog.Catalog(data.catalog, readonly=True).conn
    score = score_discovery(conn, ground_truth, browser)
    pages = catalog.pages_captured(conn)
    warc_bytes = catalog.warc_bytes(conn)
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
