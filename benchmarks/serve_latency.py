"""`nianbao serve` latency: report page and region page p50 / p95 on a synthetic catalog (target p95 < 200 ms).

The catalog holds N capture rows (default 1,000,000) and the parsed reports they belong to: R regions × U units ×
Y years (default 1,000 × 8 × 6 = 48,000 reports), each report with a canonical URL and two duplicates, every URL
captured N / (3 · reports) times (a response, then revisits). Rows are bulk-inserted into the real schema
(archive/catalog.py, archive/assemble.py) — ingesting 1M real WARC records would time WARC parsing, not pages.
Requests go through Flask's test client (the WSGI app itself, no socket): each page is asked for a report or
region not asked for before (cold), then again (warm). The page's figures (capture timeline, region plots) are
images of their own URLs, drawn by matplotlib and cached: their cold drawing time is printed separately.

    python benchmarks/serve_latency.py                      # 1,000,000 captures
    python benchmarks/serve_latency.py --captures 100000    # quicker
    python benchmarks/serve_latency.py --db /tmp/serve.sqlite --keep   # reuse the built catalog next time
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.archive import derived  # noqa: E402
from nianbao.archive.catalog import Catalog  # noqa: E402
from nianbao.archive.store import LocalStore  # noqa: E402
from nianbao.crawler.web.app import create_app  # noqa: E402
from nianbao.parse.tables import empty_tables  # noqa: E402

UNITS = ("人民政府", "人民政府办公室", "教育局", "财政局", "民政局", "卫生健康局", "交通运输局", "城关镇人民政府")


def synthetic_record(rng: random.Random, report_id: str, agency: str, region: str, year: int,
                     urls: list[str], times: list[str]) -> dict:
    template = "2019" if year < 2021 else "2021"
    tables = empty_tables(template)
    for table in tables.values():
        for row in table.values():
            for col in row:
                row[col] = rng.randint(0, 40)
    return {
        "id": report_id, "is_report": True, "title": f"{agency}{year}年政府信息公开工作年度报告", "agency": agency,
        "region_code": region, "level": "department", "year": year, "template": template,
        "published": f"{year + 1}-01-2{rng.randint(0, 9)}",
        "canonical": {"url": urls[0], "captured_at": times[0], "warc": "warcs/c/f.warc.gz", "offset": 0,
                      "length": 1000, "payload_digest": "sha1:X", "content_type": "text/html"},
        "duplicates": [{"url": u, "captured_at": times[0], "similarity": 0.97} for u in urls[1:]],
        "sections": {str(k): "政府信息公开工作情况。" * 40 for k in range(1, 7)},
        "tables": tables,
        "validation": [{"rule": f"t3_balance:{c}", "status": "pass", "severity": "error", "detail": ""}
                       for c in ("natural_person", "total")],
        "errors": [], "previous_versions": [],
    }


def build_catalog(path: Path, captures: int, regions: int, units: int, years: int) -> tuple[list[str], list[str]]:
    rng = random.Random(7)
    catalog = Catalog(path)
    conn = catalog.conn
    n_reports = regions * units * years
    per_url, extra = divmod(captures, 3 * n_reports)   # the first `extra` URLs get one capture more
    url_index = 0
    report_ids, region_codes = [], []
    capture_rows, report_rows, written = [], [], 0
    for r in range(regions):
        region = f"{110101 + r * 7:06d}"
        region_codes.append(region)
        for u in range(units):
            agency = f"测试{r}县{UNITS[u % len(UNITS)]}{u // len(UNITS) or ''}"
            for y in range(years):
                year = 2019 + y
                report_id = f"dup-{r:04d}{u:02d}{y:02d}"
                urls = [f"http://www.r{r}.gov.cn/xxgk/{u}/{year}/nb.html",
                        f"http://www.r{r}.gov.cn/zwgk/{u}/{year}/copy.html",
                        f"http://city{r % 50}.gov.cn/nb/{r}/{u}/{year}.html"]
                times, first_row = [], len(capture_rows)
                for url in urls:
                    url_index += 1
                    for k in range(max(1, per_url + (url_index <= extra))):
                        written += 1
                        when = f"{year + 1}-0{1 + k % 9}-1{k % 10}T08:{k % 60:02d}:00.000000Z"
                        times.append(when)
                        capture_rows.append((
                            f"<urn:uuid:{written:08x}-0000-4000-8000-000000000000>", f"warcs/c{k}/f{r}.warc.gz",
                            written * 1000, 1000, "response" if k == 0 else "revisit", url, None, when, when, 200,
                            "text/html", f"sha1:D{r}{u}{y}", None, None, None, f"c{k}", f"p{r}", None, None,
                            "article", None))
                report_rows.append((report_id, capture_rows[first_row][0], agency, year, region, 1,
                                    json.dumps(synthetic_record(rng, report_id, agency, region, year, urls,
                                                                sorted(times)), ensure_ascii=False)))
                report_ids.append(report_id)
                if len(capture_rows) >= 50_000:
                    _flush(conn, capture_rows, report_rows)
    _flush(conn, capture_rows, report_rows)
    conn.executemany("INSERT INTO runs (run_id, started_at, ended_at, status) VALUES (?,?,?,?)",
                     [(f"run-{i}", f"2025-01-{1 + i % 28:02d}T00:00:00Z", None, "ok") for i in range(200)])
    conn.commit()
    print(f"catalog: {written:,} captures, {len(report_ids):,} reports in {regions:,} regions")
    catalog.close()
    return report_ids, region_codes


def _flush(conn, capture_rows: list, report_rows: list) -> None:
    conn.executemany(
        "INSERT INTO captures (record_id, warc_key, offset, length, record_type, url, surt, captured_at, warc_date, "
        "status, mime, payload_digest, block_digest, refers_to, revisit_profile, crawl_id, portal_id, via, hops, "
        "role, capture_method) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", capture_rows)
    for _, canonical_record_id, *_, record_json in report_rows:
        derived.put_report(conn, json.loads(record_json), canonical_record_id)
    capture_rows.clear()
    report_rows.clear()


def timed(client, urls: list[str]) -> list[float]:
    out = []
    for url in urls:
        start = time.perf_counter()
        response = client.get(url)
        out.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return out


def summary(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return (f"{name:<22} n={len(ms):>4}  p50 {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms  "
            f"max {ms[-1]:7.1f} ms  {'OK' if p95 < 200 else 'OVER'} (target p95 < 200 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", type=int, default=1_000_000)
    parser.add_argument("--regions", type=int, default=1_000)
    parser.add_argument("--units", type=int, default=8)
    parser.add_argument("--years", type=int, default=6)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", help="catalog path (built when missing)")
    parser.add_argument("--keep", action="store_true", help="keep the built catalog")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    path = Path(args.db) if args.db else workdir / "catalog.sqlite"
    start = time.perf_counter()
    if path.exists():
        conn = sqlite3.connect(path)
        report_ids = [r[0] for r in conn.execute("SELECT report_id FROM reports")]
        region_codes = [r[0] for r in conn.execute("SELECT DISTINCT region_code FROM reports")]
        print(f"catalog: reused {path} ({conn.execute('SELECT COUNT(*) FROM captures').fetchone()[0]:,} captures)")
        conn.close()
    else:
        report_ids, region_codes = build_catalog(path, args.captures, args.regions, args.units, args.years)
        print(f"built in {time.perf_counter() - start:.1f} s ({path.stat().st_size / 2**20:.0f} MiB)")
    app = create_app(path.parent, LocalStore(workdir / "store"), catalog_path=path)
    client = app.test_client()
    client.get("/")                         # imports and font cache once, as a running server has them
    rng = random.Random(11)
    reports = [f"/report/{r}" for r in rng.sample(report_ids, min(args.requests, len(report_ids)))]
    regions = [f"/region/{r}" for r in rng.sample(region_codes, min(args.requests, len(region_codes)))]
    first_region = timed(client, regions[:1])[0]
    print(f"first region page      {first_region:7.1f} ms  (once per server start, which `nianbao serve` runs in the "
          "background: the audit's crawl coverage scans the captures table)")
    timed(client, [f"{r}/timeline.svg" for r in reports[:2]] + [f"{r}/plot/outcomes.svg" for r in regions[1:3]])
    reports, regions = reports[3:], regions[3:]   # (the first drawing loads matplotlib)
    print(summary("report page (cold)", timed(client, reports)))
    print(summary("report page (warm)", timed(client, reports)))
    print(summary("region page (cold)", timed(client, regions)))
    print(summary("region page (warm)", timed(client, regions)))
    print(summary("timeline image (cold)", timed(client, [f"{r}/timeline.svg" for r in reports[:60]])))
    print(summary("region plot image (cold)", timed(client, [f"{r}/plot/outcomes.svg" for r in regions[:60]])))
    start = time.perf_counter()
    app.extensions["nianbao_view"].titles.get()
    print(f"title index             {(time.perf_counter() - start) * 1000:7.1f} ms  (once per server start, in the "
          "background with `nianbao serve`)")
    print(summary("search title text", timed(client, [f"/search?q={q}" for q in ("财政局", "不存在的标题", "2022年",
                                                                               "测试9县") * 10])))
    print(summary("search agency+year", timed(client, [f"/search?agency=测试{rng.randrange(args.regions)}县&year=2022"
                                                        for _ in range(50)])))
    print(summary("runs page", timed(client, ["/runs"] * 20)))
    if not args.keep and not args.db:
        path.unlink()


if __name__ == "__main__":
    main()
