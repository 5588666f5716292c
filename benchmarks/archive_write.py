"""Archive benchmark: WARC writing throughput (our CaptureWriter vs bare warcio on the same records) and
provenance lookup latency on a large catalog.

1. Writing. N sandbox-like fetches (deterministic): 75 % county-portal HTML pages in GBK (70 % of them served
   gzip-encoded, which Scrapy captures still encoded), 25 % attachments: PDF with Flate streams, DOCX (zip) and
   DOC (uncompressed OLE text).
   Each fetch is the same three records in both writers: response, request, provenance metadata.
     - bare warcio: `WARCWriter(gzip=True, warc_version="1.1")` (its fixed gzip level 9) on one file;
     - ours: `CaptureWriter` (spool file + lock, per-record gzip at the configured level, offsets and CDXJ entries,
       a flush per fetch, secrets filtering, header reconstruction), timed up to and including `seal()` (fsync +
       sorted CDXJ), no upload; at its default level (archive/limits.WARC_GZIP_LEVEL) and at level 9.
   Prints fetches/s, records/s, MB/s of input bodies, and the ratio ours / warcio (target >= 0.9).
   Also: the time to upload and ingest the sealed files into a LocalStore + catalog.
2. Provenance lookup. A catalog with M capture rows (default 1,000,000) and M/10 documents, filled by bulk
   insert (ingesting 1M real records would time WARC parsing, not lookups); then `provenance.lookup(...,
   verify=False)` for random URLs and for "AGENCY YEAR" queries: p50 / p99 in ms (target p99 < 50 ms); and
   ranged read + digest verification of real records from part 1 (local store).

    python benchmarks/archive_write.py            # 10,000 fetches, 1,000,000 rows
    python benchmarks/archive_write.py --quick    # 1,000 fetches, 100,000 rows (< 60 s)
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.archive import limits, provenance  # noqa: E402
from nianbao.archive.catalog import Catalog  # noqa: E402
from nianbao.archive.store import LocalStore  # noqa: E402
from nianbao.archive.warc import CaptureWriter, WriterConfig  # noqa: E402
from nianbao.archive.warc.records import fields_block  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

WORDS = ("政府信息公开 工作年度报告 主动公开 依申请公开 行政复议 行政诉讼 人民政府 办公室 统计 情况 "
         "总体 存在问题 改进措施 其他需要报告的事项 收到和处理政府信息公开申请情况").split()
AGENCIES = [f"{p}县{u}" for p in ("城关", "临江", "白马", "青山", "石门", "长乐", "永和", "安宁", "太平", "富民")
            for u in ("人民政府", "人民政府办公室", "教育局", "财政局", "民政局", "卫生健康局", "交通运输局")]


# ---------------------------------------------------------------- the fetches


def _text(rng: random.Random, chars: int) -> str:
    out, size = [], 0
    while size < chars:
        word = rng.choice(WORDS)
        out.append(word + ("，" if rng.random() < 0.8 else "。\n"))
        size += len(word) + 1
    return "".join(out)


def _pdf(rng: random.Random) -> bytes:
    """PDF-like: objects with Flate-compressed content streams, as reportlab (the sandbox) and most producers
    write them."""
    parts = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
    for obj in range(rng.randint(2, 30)):
        stream = zlib.compress(_text(rng, rng.randint(500, 4000)).encode("utf-16-be"), 6)
        parts.append(f"{obj + 1} 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                     + stream + b"\nendstream\nendobj\n")
    parts.append(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return b"".join(parts)


def _docx(rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document><w:body>{_text(rng, rng.randint(3000, 15000))}"
                    "</w:body></w:document>")
    return buffer.getvalue()


def _doc(rng: random.Random) -> bytes:
    """OLE .doc-like: uncompressed UTF-16 text in 512-byte sectors (compresses about 8x, like the sandbox's)."""
    text = _text(rng, rng.randint(5000, 30000)).encode("utf-16-le")
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + text + b"\0" * (-len(text) % 512)


def make_fetches(n: int, seed: int = 7) -> list[dict]:
    """The sandbox's mix: list and report pages (most served gzip-encoded, some not), PDF, DOCX and DOC
    attachments."""
    rng = random.Random(seed)
    fetches = []
    for i in range(n):
        url = f"http://www.county{i % 97:02d}.gov.cn/art/2026/{i % 12 + 1}/{i}/art_{i}.html"
        request_headers = [("User-Agent", "nianbao/0.1 (+https://example.org; archival crawler)"),
                           ("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
                           ("Accept-Encoding", "gzip, deflate, br"), ("Accept-Language", "zh-CN,zh;q=0.9")]
        kind = rng.random()
        if kind < 0.75:
            html = f"<html><head><meta charset=gbk><title>{AGENCIES[i % len(AGENCIES)]}2025年报告</title></head>" \
                   f"<body><div class=main>{_text(rng, rng.randint(2000, 9000))}</div></body></html>"
            body = html.encode("gbk")
            headers = [("Content-Type", "text/html; charset=gbk"), ("Server", "nginx"),
                       ("Last-Modified", "Mon, 20 Jan 2026 02:00:00 GMT"), ("ETag", f'"{i:x}-5f2"')]
            if rng.random() < 0.7:
                body = gzip.compress(body, compresslevel=6, mtime=0)
                headers.append(("Content-Encoding", "gzip"))
            headers.append(("Content-Length", str(len(body))))
        else:
            fmt = "pdf" if kind < 0.85 else "docx" if kind < 0.93 else "doc"
            url = url.replace(".html", f".{fmt}")
            body = {"pdf": _pdf, "docx": _docx, "doc": _doc}[fmt](rng)
            mime = {"pdf": "application/pdf", "doc": "application/msword",
                    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[fmt]
            headers = [("Content-Type", mime), ("Content-Length", str(len(body))),
                       ("Content-Disposition", f'attachment; filename="report.{fmt}"')]
        fetches.append({"url": url, "request_headers": request_headers, "headers": headers, "body": body,
                        "metadata": {"portal-id": f"p{i % 97}", "via": url.rsplit("/", 2)[0] + "/index.html",
                                     "hopsFromSeed": "LL", "role": "article", "fetchTimeMs": 40 + i % 300}})
    return fetches


# ---------------------------------------------------------------- writers


def bare_warcio(fetches: list[dict], path: Path) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        for _i, f in enumerate(fetches):
            response = writer.create_warc_record(
                f["url"], "response", payload=io.BytesIO(f["body"]), length=len(f["body"]),
                http_headers=StatusAndHeaders("200 OK", f["headers"], protocol="HTTP/1.1"))
            request = writer.create_warc_record(
                f["url"], "request", payload=io.BytesIO(b""), length=0,
                http_headers=StatusAndHeaders(f"GET {f['url'].split('/', 3)[3]} HTTP/1.1", f["request_headers"]))
            writer.write_request_response_pair(request, response)
            block = fields_block([("crawl-id", "bench"), *((k, str(v)) for k, v in f["metadata"].items()),
                                  ("capture-method", "scrapy-http11")])
            metadata = writer.create_warc_record(
                f["url"], "metadata", payload=io.BytesIO(block), length=len(block),
                warc_content_type="application/warc-fields",
                warc_headers_dict={"WARC-Refers-To": response.rec_headers.get_header("WARC-Record-ID")})
            writer.write_record(metadata)
        out.flush()
    return time.perf_counter() - t0, time.process_time() - c0


def ours(fetches: list[dict], spool: Path, level: int) -> tuple[tuple[float, float], CaptureWriter]:
    """Timed up to the seal (fsync + rename); the CDXJ is written by the upload thread in a crawl, and here
    after the clock stops (it is timed with the upload below)."""
    writer = CaptureWriter(WriterConfig(spool, f"bench-{level}", gzip_level=level), None)
    writer.uploader = _NoUpload()
    t0, c0 = time.perf_counter(), time.process_time()
    for f in fetches:
        writer.write_exchange(f["url"], "GET", f["request_headers"], b"", 200, f["headers"], f["body"],
                              metadata=f["metadata"], dedup=False)
    sealed = writer.seal()
    elapsed = (time.perf_counter() - t0, time.process_time() - c0)
    sealed.ensure_cdxj()
    return elapsed, writer


class _NoUpload:
    def submit(self, sealed) -> None:
        pass


def bench_write(n: int, runs: int, work: Path) -> Path:
    fetches = make_fetches(n)
    body_mb = sum(len(f["body"]) for f in fetches) / 1e6
    print(f"\n== WARC writing: {n:,} fetches ({body_mb:.1f} MB of bodies as received; 3 records per fetch), "
          f"median of {runs} interleaved runs; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs ==")
    print("(CPU seconds are this process's; wall time also counts waiting for a CPU on a busy machine)")

    def run_warcio() -> float:
        return bare_warcio(fetches, work / "bare.warc.gz")

    def run_ours(level: int):
        def run() -> float:
            spool = work / f"spool-{level}"
            shutil.rmtree(spool, ignore_errors=True)
            return ours(fetches, spool, level)[0]
        return run

    writers = {"bare warcio (level 9)": run_warcio,
               f"ours (level {limits.WARC_GZIP_LEVEL}, default)": run_ours(limits.WARC_GZIP_LEVEL),
               "ours (level 9)": run_ours(9)}
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in writers}
    for _ in range(runs):  # interleaved, so that load from other processes hits every writer alike
        for name, run in writers.items():
            samples[name].append(run())
    results = {name: (statistics.median(w for w, _ in runs_), statistics.median(c for _, c in runs_))
               for name, runs_ in samples.items()}
    base_wall, base_cpu = results["bare warcio (level 9)"]
    print(f"{'writer':<28}{'wall: fetches/s':>16}{'records/s':>11}{'MB/s':>7}{'ratio':>7}"
          f"{'CPU: fetches/s':>16}{'records/s':>11}{'MB/s':>7}{'ratio':>7}{'ms/fetch':>10}")
    for name, (wall, cpu) in results.items():
        print(f"{name:<28}{n / wall:>16,.0f}{3 * n / wall:>11,.0f}{body_mb / wall:>7.1f}{base_wall / wall:>6.2f}x"
              f"{n / cpu:>16,.0f}{3 * n / cpu:>11,.0f}{body_mb / cpu:>7.1f}{base_cpu / cpu:>6.2f}x"
              f"{1000 * cpu / n:>10.3f}")
    out_bare = (work / "bare.warc.gz").stat().st_size / 1e6
    out_ours = sum(p.stat().st_size for p in (work / f"spool-{limits.WARC_GZIP_LEVEL}").rglob("*.warc.gz")) / 1e6
    print(f"output: warcio {out_bare:.1f} MB, ours (level {limits.WARC_GZIP_LEVEL}) {out_ours:.1f} MB")

    # upload + ingest of what was sealed (LocalStore on the same disk)
    spool = work / "spool-upload"
    shutil.rmtree(spool, ignore_errors=True)
    store, catalog = LocalStore(work / "store"), Catalog(work / "catalog.sqlite")

    def ingest(key, path):
        with open(path, "rb") as stream:
            catalog.ingest_warc(key, stream)

    writer = CaptureWriter(WriterConfig(spool, "bench-upload"), store, on_sealed=ingest, background_upload=False)
    for f in fetches:
        writer.write_exchange(f["url"], "GET", f["request_headers"], b"", 200, f["headers"], f["body"],
                              metadata=f["metadata"], dedup=False)
    t0 = time.perf_counter()
    writer.close()
    print(f"seal + upload (local store) + catalog ingest of {n:,} fetches: {time.perf_counter() - t0:.2f} s")
    catalog.close()
    return work


# ---------------------------------------------------------------- provenance lookups


COUNTIES = [f"{a}{b}" for a in "城临白青石长永安太富兴和民清高双东西南北" for b in "关江马山门乐和宁平民隆泉水桥河风坪岭川阳"]
UNITS = ("县人民政府", "县人民政府办公室", "县教育局", "县财政局", "县民政局", "县卫生健康局", "县交通运输局",
         "县自然资源局", "县住房和城乡建设局", "县农业农村局", "县市场监督管理局", "县生态环境局", "镇人民政府",
         "乡人民政府", "街道办事处")
INSERT_CAPTURES = ("INSERT INTO captures (record_id, warc_key, offset, length, record_type, url, surt, captured_at, "
                   "warc_date, status, mime, payload_digest, block_digest, refers_to, revisit_profile, crawl_id, "
                   "portal_id, via, hops, role, capture_method) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
INSERT_DOCUMENTS = ("INSERT INTO documents (record_id, url, kind, title, agency, year, published, portal_id, "
                    "site_id_code, found_on, parent_url, reason, format, metadata_record_id, warc_key, classified_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def fill_catalog(path: Path, rows: int) -> tuple[list[str], list[str], list[str]]:
    """`rows` captures over rows/2 URLs (each URL captured twice, as in two crawls) and rows/10 documents of
    ~6,000 agencies (a county's units), 2019-2025: about one report document per agency and year."""
    catalog = Catalog(path)
    conn = catalog.conn
    conn.execute("PRAGMA synchronous=OFF")
    rng = random.Random(3)
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    batch, docs, doc_keys = [], [], []
    n_urls = max(1, rows // 2)
    for i in range(rows):
        u = i % n_urls
        url = f"http://www.county{u % 2000:04d}.gov.cn/art/{u // 2000}/art_{u}.html"
        when = (t0 + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        record_id = f"<urn:uuid:{i:032x}>"
        batch.append((record_id, f"warcs/bench/nianbao-{i // 50000:05d}.warc.gz", i * 4000 % 10**9, 4000,
                      "response", url, url, when, when, 200, "text/html", f"sha1:{u:032X}", None, None, None,
                      "bench", f"p{u % 2000}", url.rsplit("/", 1)[0], "LL", "article", "scrapy-http11"))
        if i % 10 == 0:
            agency = rng.choice(COUNTIES) + rng.choice(UNITS)
            year = 2019 + rng.randrange(7)
            doc_keys.append((agency, year))
            docs.append((record_id, url, "report", f"{agency}{year}年政府信息公开工作年度报告", agency, year, None,
                         f"p{u % 2000}", None, None, None, None, "html", f"<urn:uuid:m{i:031x}>", "k", when))
        if len(batch) >= 50_000 or i == rows - 1:
            conn.executemany(INSERT_CAPTURES, batch)
            conn.executemany(INSERT_DOCUMENTS, docs)
            conn.commit()
            batch, docs = [], []
    conn.execute("ANALYZE")
    conn.commit()
    catalog.close()
    urls = []
    for _ in range(2000):
        u = rng.randrange(n_urls)
        urls.append(f"http://www.county{u % 2000:04d}.gov.cn/art/{u // 2000}/art_{u}.html")
    reports = [f"{agency} {year}" for agency, year in rng.sample(doc_keys, min(1000, len(doc_keys)))]
    broad = [f"{rng.choice(COUNTIES)} {2019 + rng.randrange(7)}" for _ in range(100)]
    return urls, reports, broad


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    p50 = samples[len(samples) // 2]
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return f"p50 {p50 * 1000:7.2f} ms   p99 {p99 * 1000:7.2f} ms   (n={len(samples)})"


def bench_lookup(rows: int, work: Path) -> None:
    print(f"\n== provenance lookup: catalog of {rows:,} captures, {rows // 10:,} documents ==")
    path = work / "big.sqlite"
    t0 = time.perf_counter()
    urls, reports, broad = fill_catalog(path, rows)
    print(f"filled in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    catalog = Catalog(path)
    for label, queries in (("by URL", urls), ("by 'AGENCY YEAR'", reports), ("broad 'COUNTY YEAR'", broad)):
        timings, sizes = [], []
        for query in queries:
            t = time.perf_counter()
            sizes.append(len(provenance.lookup(catalog, None, query, verify=False)))
            timings.append(time.perf_counter() - t)
        assert min(sizes) > 0 or label.startswith("broad"), label
        print(f"{label + ':':<22}{percentiles(timings)}   (median {statistics.median(sizes):.0f} captures listed)")
    catalog.close()

    # ranged read + digest check of real records (the `verify` part of `nianbao provenance`)
    catalog, store = Catalog(work / "catalog.sqlite"), LocalStore(work / "store")
    rows_real = catalog.all_captures()
    rng = random.Random(5)
    timings = []
    for row in rng.sample(rows_real, min(2000, len(rows_real))):
        t = time.perf_counter()
        found = provenance.lookup(catalog, store, row["url"], verify=True)
        timings.append(time.perf_counter() - t)
        assert all(c.verified for c in found)
    print(f"by URL + verify:   {percentiles(timings)}   (ranged read + sha1 of the record, local store)")
    catalog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 fetches, 100,000 rows (< 60 s)")
    parser.add_argument("--fetches", type=int)
    parser.add_argument("--rows", type=int)
    parser.add_argument("--runs", type=int)
    args = parser.parse_args()
    n = args.fetches or (1000 if args.quick else 10_000)
    rows = args.rows or (100_000 if args.quick else 1_000_000)
    runs = args.runs or 3
    with tempfile.TemporaryDirectory(prefix="nianbao-bench-") as tmp:
        work = Path(tmp)
        bench_write(n, runs, work)
        bench_lookup(rows, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
