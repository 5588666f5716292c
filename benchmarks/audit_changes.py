"""Compliance audit and silent-edit detection over a large catalog: prints seconds for each.

    python benchmarks/audit_changes.py                # 100,000 reports (target: each step < 60 s)
    python benchmarks/audit_changes.py --reports 5000 # quick

The catalog is synthetic but realistic in size: every report record is a real parse of a sandbox report
(≈ 14,000 characters of JSON: sections, three tables, validation), re-labelled with its own unit, region, year
and URL. 20 units per region, 5 years per unit; 2% of reports were edited in place (a previous version with
other numbers), 0.5% are gone, 0.2% were replaced by a corrected report at a new URL, 3% of unit-years were
never published. Timed: `audit` (load the facts from the catalog, audit one year, write the CSV, the region
pages) and `changes` (RevisionStep over the catalog, then listing every change).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nianbao.archive import audit, derived, revisions  # noqa: E402
from nianbao.archive.catalog import Catalog  # noqa: E402

UNITS = ("人民政府", "人民政府办公室", "财政局", "教育局", "卫生健康局", "司法局", "城关镇人民政府", "民政局", "审计局",
         "水务局", "林业局", "应急管理局", "统计局", "商务局", "交通运输局", "自然资源局", "文化和旅游局", "东城街道办事处",
         "经济开发区管理委员会", "市场监督管理局")
LEVELS = {"人民政府": "county_government", "人民政府办公室": "government_office", "城关镇人民政府": "township",
          "东城街道办事处": "township", "经济开发区管理委员会": "development_zone"}


def templates(n: int = 12) -> list[dict]:
    from nianbao.crawler.sandbox import build_sandbox
    from nianbao.parse.report import parse_report

    sandbox = build_sandbox(portals=2)
    out = []
    for doc in sandbox.ground_truth()["documents"]:
        if doc["format"] == "html" and doc.get("html_tables") == "dom" and not doc.get("needs_browser"):
            status, headers, body = sandbox.handle("GET", doc["url"], {})
            record = parse_report(body, dict(headers).get("Content-Type"), doc["url"])
            if status == 200 and record.get("tables", {}).get("applications"):
                out.append({k: v for k, v in record.items() if not k.startswith("_")})
        if len(out) >= n:
            break
    return out


def build_catalog(path: Path, n_reports: int, seed: int = 1) -> dict:
    rnd = random.Random(seed)
    base = [json.dumps(t, ensure_ascii=False) for t in templates()]
    conn = Catalog(path).conn     # every table (archive/schema.py)
    counts = {"edited": 0, "gone": 0, "replaced": 0, "skipped": 0}
    n_units = n_reports // 5
    reports, captures, parsed, gone = [], [], [], []

    def capture(rid, url, at, digest):
        captures.append((rid, "warcs/bench/b.warc.gz", len(captures) * 5000, 4000, "response", url, None, at, at,
                         200, "text/html", digest, digest, None, None, "bench", f"p{rid[:5]}"))

    for unit in range(n_units):
        region = f"{110000 + unit // 20:06d}"
        name = f"第{unit // 20}县" + UNITS[unit % 20]
        for year in range(2019, 2024):
            if rnd.random() < 0.03:
                counts["skipped"] += 1
                continue
            rid = f"r{unit:06d}{year}"
            record = json.loads(base[(unit + year) % len(base)])
            url = f"http://www.x{unit // 20}.gov.cn/nb/{year}/{unit}.html"
            at = f"{2025 if year < 2024 else 2025}-01-{1 + unit % 28:02d}T00:00:00Z"
            record.update(id=rid, agency=name, year=year, region_code=region,
                          level=LEVELS.get(UNITS[unit % 20], "department"),
                          published=f"{year + 1}-{1 + (rnd.random() < 0.1):02d}-{1 + rnd.randrange(28):02d}",
                          canonical={"url": url, "captured_at": at, "warc": "warcs/bench/b.warc.gz", "offset": 0,
                                     "length": 4000, "payload_digest": f"d{rid}", "content_type": "text/html"},
                          duplicates=[], previous_versions=[])
            capture(rid, url, at, f"d{rid}")
            x = rnd.random()
            if x < 0.02:        # edited in place: an earlier capture of the same URL with other numbers
                counts["edited"] += 1
                old_at = f"2024-06-01T00:00:{unit % 60:02d}Z"
                old = json.loads(json.dumps(record))
                old["tables"]["applications"]["new_received"]["total"] = 0
                record["previous_versions"] = [{"id": rid, "url": url, "captured_at": old_at,
                                                "payload_digest": f"o{rid}"}]
                capture(f"o{rid}", url, old_at, f"o{rid}")
                parsed.append((f"o{rid}", url, old_at, "text/html", json.dumps(old, ensure_ascii=False), 1.0))
            elif x < 0.025:     # gone
                counts["gone"] += 1
                gone.append((url, "2025-05-20T00:00:00Z"))
            elif x < 0.027:     # replaced by a corrected report at a new URL (a cluster of its own)
                counts["replaced"] += 1
                gone.append((url, "2025-05-20T00:00:00Z"))
                parsed.append((rid, url, at, "text/html", json.dumps(record, ensure_ascii=False), 1.0))
                new = json.loads(json.dumps(record))
                new_url, new_at = url.replace(".html", "_gz.html"), "2025-05-19T00:00:00Z"
                new.update(id=f"n{rid}", canonical={**record["canonical"], "url": new_url, "captured_at": new_at,
                                                    "payload_digest": f"n{rid}"})
                new["tables"]["applications"]["new_received"]["total"] = 1
                capture(f"n{rid}", new_url, new_at, f"n{rid}")
                reports.append((new["id"], f"n{rid}", name, year, region, 1, json.dumps(new, ensure_ascii=False)))
            reports.append((rid, rid, name, year, region, 1, json.dumps(record, ensure_ascii=False)))
        if len(reports) > 5000:
            flush(conn, reports, captures, parsed)
    flush(conn, reports, captures, parsed)
    conn.executemany("INSERT INTO url_state (url, gone_at) VALUES (?, ?)", gone)
    conn.commit()
    conn.close()
    return counts


def flush(conn, reports, captures, parsed) -> None:
    for record_id, url, at, _, record_json, score in parsed:       # before the reports: their base documents
        derived.put_parsed(conn, record_id, url, at, json.loads(record_json), score)
    for _, canonical_record_id, *_, record_json in reports:
        derived.put_report(conn, json.loads(record_json), canonical_record_id)
    conn.executemany("INSERT INTO captures (record_id, warc_key, offset, length, record_type, url, surt, "
                     "captured_at, warc_date, status, mime, payload_digest, block_digest, refers_to, "
                     "revisit_profile, crawl_id, portal_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", captures)
    reports.clear(), captures.clear(), parsed.clear()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nianbao-audit-bench-") as tmp:
        path = Path(tmp) / "catalog.sqlite"
        started = time.perf_counter()
        counts = build_catalog(path, args.reports)
        size = path.stat().st_size
        print(f"catalog: {args.reports:,} unit-years ({counts}), {size / 2**30:.2f} GiB, "
              f"built in {time.perf_counter() - started:.1f} s")
        conn = Catalog(path).conn
        started, cpu = time.perf_counter(), time.process_time()
        facts = audit.load_facts(conn)
        rows = audit.audit(facts, 2022)
        audit.write_csv(rows, Path(tmp) / "audit.csv")
        pages = audit.region_summary(rows, 2022)
        took, took_cpu = time.perf_counter() - started, time.process_time() - cpu
        statuses = {s: sum(1 for r in rows if r.status == s) for s in audit.STATUSES}
        print(f"audit --year 2022: {len(facts.reports):,} reports, {len(rows):,} units, {statuses}, "
              f"{len(pages.splitlines()):,} summary lines: {took:.1f} s ({took_cpu:.1f} CPU s) (target < 60 s)")
        started, cpu = time.perf_counter(), time.process_time()
        stats = revisions.RevisionStep(conn).run()
        changes = revisions.list_changes(conn)
        took, took_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"changes: RevisionStep + listing over {len(facts.reports):,} reports: {len(changes):,} revisions "
              f"({dict(stats)}): {took:.1f} s ({took_cpu:.1f} CPU s) (target < 60 s)")


if __name__ == "__main__":
    main()
