"""Parser accuracy and speed.

1. The five real samples (tests/samples) against their hand-checked gold records (tests/parse/gold): cell-level
   accuracy and per-field exact match.
2. The sandbox's generated documents (crawler/sandbox) against its ground truth, per format and table style
   (HTML DOM / Word-style DOM / flattened lines, pipes, tabs; PDF; DOCX; DOC): cell-level accuracy, per-field
   exact match, validation rules found vs the ground truth's failing rules, and non-report pages rejected.
3. Throughput: HTML and PDF reports parsed per second on one core (this process, single-threaded).

Usage: python benchmarks/parse_accuracy.py [--quick] [--seed 7] [--portals 6] [--json OUT]
Targets (issue 7): every cell of the five samples right; >= 99.5% of cells on generated formats;
>= 100 HTML reports/s/core; >= 5 PDF reports/s/core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.parse.report import parse_report  # noqa: E402
from nianbao.parse.validate import carry_continuity  # noqa: E402

META_FIELDS = ("is_report", "title", "agency", "region_code", "level", "year", "template", "published")
# The sandbox's `level` says which administration a report belongs to (county/city for the government and its
# office); the parser's says what kind of body reports. This maps one onto the other for the comparison.
LEVEL_MATCH = {"county_government": {"county", "city"}, "government_office": {"county", "city"},
               "department": {"department"}, "township": {"township"}, "development_zone": {"zone"}}


def cells(tree, prefix: str = "") -> dict:
    out = {}
    if isinstance(tree, dict):
        for key, value in tree.items():
            out.update(cells(value, f"{prefix}{key}."))
    else:
        out[prefix[:-1]] = tree
    return out


def table_cells(tables: dict | None) -> dict:
    """Every cell of the three tables, keyed `table.row.column`; a missing table counts all its cells as None."""
    return cells({k: v for k, v in (tables or {}).items()})


def same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


def _squash(text: str | None) -> str:
    return "".join((text or "").split())


class Tally:
    def __init__(self):
        self.cells = defaultdict(lambda: [0, 0])
        self.fields = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        self.examples = defaultdict(list)

    def cell(self, group: str, expected: dict, got: dict, where: str) -> None:
        ok = [k for k, v in expected.items() if same(got.get(k), v)]
        self.cells[group][0] += len(ok)
        self.cells[group][1] += len(expected)
        if len(ok) < len(expected) and len(self.examples[group]) < 3:
            bad = [(k, v, got.get(k)) for k, v in expected.items() if not same(got.get(k), v)][:4]
            self.examples[group].append(f"{where}: {bad}")

    def field(self, group: str, name: str, ok: bool) -> None:
        self.fields[group][name][0] += int(ok)
        self.fields[group][name][1] += 1


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}% ({a}/{b})" if b else "n/a"


# --- 1. samples ----------------------------------------------------------------------------------------------

def bench_samples(tally: Tally) -> None:
    for path in sorted((ROOT / "tests" / "samples").glob("*.txt")):
        gold = json.loads((ROOT / "tests" / "parse" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        record = parse_report(path.read_bytes(), "text/plain", None)
        tally.cell("samples (txt)", table_cells(gold["tables"]), table_cells(record["tables"]), path.stem)
        for name in META_FIELDS:
            tally.field("samples (txt)", name, same(record[name], gold[name]))


# --- 2. sandbox ------------------------------------------------------------------------------------------------

def bench_sandbox(tally: Tally, seed: int, portals: int) -> dict:
    from nianbao.crawler.sandbox import build_sandbox

    sandbox = build_sandbox(seed=seed, portals=portals)
    truth = sandbox.ground_truth()
    reports = {r["key"]: r for r in truth["reports"]}
    region = {p["id"]: p["region_code"] for p in truth["portals"]}
    bodies: dict[str, list[tuple[bytes, str | None, str]]] = defaultdict(list)
    skipped = defaultdict(int)
    originals = []
    rules = [0, 0]
    for doc in truth["documents"]:
        status, headers, body = sandbox.handle("GET", doc["url"], {}, b"")
        if status != 200 or doc.get("unreachable"):
            skipped[f"HTTP {status}"] += 1
            continue
        ctype = next((v for k, v in headers if k.lower() == "content-type"), None)
        report = reports[doc["report_key"]]
        record = parse_report(body, ctype, doc["url"], {"region_code": region.get(doc["portal_id"])})
        style = report["table_style"] if doc["format"] == "html" else None
        if doc.get("stub"):
            group = "html (page linking an attachment)"
        elif doc["format"] == "html":
            group = f"html/{doc['html_tables']}/{style}"
        else:
            group = doc["format"]
        if doc["format"] in ("html", "pdf"):
            bodies[doc["format"]].append((body, ctype, doc["url"]))
        if doc.get("stub") or doc["html_tables"] == "image" or style == "image":
            missing = [e for e in record["errors"] if e["stage"] == "tables"]
            tally.field(group, "missing tables reported", bool(missing))
            tally.field(group, "is_report", record["is_report"] is True)
            continue
        tally.cell(group, table_cells(report["tables"]), table_cells(record["tables"]), doc["url"])
        tally.field(group, "is_report", record["is_report"] is True)
        for name in ("agency", "year", "template", "region_code"):
            tally.field(group, name, same(record[name], report[name]))
        tally.field(group, "level", report["level"] in LEVEL_MATCH.get(record["level"] or "", ()))
        if doc["role"] == "original":
            tally.field(group, "published", same(record["published"], report["published"]))
        found = {k for k, v in record["sections"].items() if v is not None}
        tally.field(group, "sections found", found == {k for k, v in report["sections"].items() if v is not None})
        tally.field(group, "section text 一/五/六", all(
            _squash(record["sections"].get(k)) == _squash(report["sections"].get(k)) for k in "156"))
        failing = {r["rule"] for r in record["validation"] if r["status"] == "fail"}
        expected = set(report["failing_rules"]) - {"carry_continuity"}
        tally.field(group, "validation (failing rule ids)", failing == expected)
        rules[0] += failing == expected
        rules[1] += 1
        if doc["role"] == "original":
            originals.append((report, record))
    # carry_continuity over each agency's consecutive original reports
    parsed = [dict(record, agency=report["agency"], year=report["year"]) for report, record in originals]
    warnings = {(r["agency"], r["year"]) for r in carry_continuity(parsed) if r["status"] == "fail"}
    for report, _ in originals:
        tally.field("all originals", "carry_continuity", ((report["agency"], report["year"]) in warnings)
                    == ("carry_continuity" in report["failing_rules"]))
    for url in truth["non_reports"]:
        status, headers, body = sandbox.handle("GET", url, {}, b"")
        if status != 200:
            continue
        ctype = next((v for k, v in headers if k.lower() == "content-type"), None)
        tally.field("non-report pages", "is_report false", parse_report(body, ctype, url)["is_report"] is False)
    return {"bodies": bodies, "skipped": dict(skipped)}


# --- 3. throughput ---------------------------------------------------------------------------------------------

def throughput(docs: list[tuple[bytes, str | None, str]], min_seconds: float) -> tuple[float, int]:
    if not docs:
        return 0.0, 0
    from nianbao.parse import values

    n = 0
    started = time.process_time()
    while True:
        # Start every pass with empty label/value caches, so repeating the same documents measures no more
        # than a first reading of each.
        values.normalise.cache_clear()
        values._parse_value.cache_clear()
        for body, ctype, url in docs:
            parse_report(body, ctype, url)
            n += 1
        elapsed = time.process_time() - started
        if elapsed >= min_seconds:
            return n / elapsed, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sandbox and short timings (< 60 s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--portals", type=int, default=None, help="sandbox portals (default 12, with --quick 6)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    portals = args.portals or (6 if args.quick else 12)
    tally = Tally()
    t0 = time.monotonic()
    bench_samples(tally)
    try:
        sandbox = bench_sandbox(tally, args.seed, portals)
    except ImportError as exc:
        print(f"sandbox not available ({exc}); generated formats skipped")
        sandbox = {"bodies": {}, "skipped": {}}
    seconds = 2.0 if args.quick else 8.0
    html_rate, html_n = throughput(sandbox["bodies"].get("html", []), seconds)
    pdf_docs = sandbox["bodies"].get("pdf", [])
    pdf_rate, pdf_n = throughput(pdf_docs[:6] if args.quick else pdf_docs, seconds)

    print("\nCell-level accuracy (every cell of tables 二, 三, 四; a missing cell counts as wrong)")
    generated = [0, 0]
    for group, (ok, total) in sorted(tally.cells.items()):
        print(f"  {group:<40} {pct(ok, total)}")
        if not group.startswith("samples"):
            generated[0] += ok
            generated[1] += total
    print(f"  {'all generated formats':<40} {pct(*generated)}")
    print("\nPer-field exact match")
    for group, fields in sorted(tally.fields.items()):
        line = ", ".join(f"{name} {pct(ok, total)}" for name, (ok, total) in fields.items())
        print(f"  {group}: {line}")
    if sandbox["skipped"]:
        print(f"\nDocuments not fetched from the sandbox: {sandbox['skipped']}")
    for group, examples in tally.examples.items():
        for example in examples:
            print(f"  wrong in {group}: {example}")
    print("\nThroughput (one core, process CPU time)")
    print(f"  HTML: {html_rate:.1f} reports/s ({html_n} parses)   target >= 100")
    print(f"  PDF:  {pdf_rate:.2f} reports/s ({pdf_n} parses)   target >= 5")
    print(f"\n({time.monotonic() - t0:.1f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "cells": {k: v for k, v in tally.cells.items()},
            "fields": {g: dict(f) for g, f in tally.fields.items()},
            "html_reports_per_s": html_rate, "pdf_reports_per_s": pdf_rate}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
