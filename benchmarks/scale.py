"""Scale-out and incremental figures on the offline sandbox (issue: scheduled, incremental, several machines).

  one worker    one crawl process on a shared frontier in a real redis-server (Debian's), wall time
  two workers   two crawl processes on one frontier (own data directories, one shared store), wall time from
                the first start to the last exit; the ratio one / two is the speed-up
  re-crawl      the one-worker data directory crawled again, sandbox unchanged: downloaded bytes (Scrapy's
                downloader/response_bytes, headers and bodies) against the first crawl, and how the pages came
                back (not-modified revisits, identical-payload revisits, new responses)

Politeness delays are off (as in benchmarks/crawl_throughput.py): this measures the crawler. The per-host limit
(8 here) holds for both workers together (crawler/downloadermiddlewares/politeness.py);
benchmarks/national_scale.py measures crawls with politeness on. On this 2-core
machine two workers share two cores with the sandbox server, so the speed-up is bounded by CPU, not by the
frontier; on separate machines each worker has its own cores.

    python benchmarks/scale.py            # 50 portals
    python benchmarks/scale.py --quick    # 6 portals
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SPEED = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 32,
         "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "WARNING", "NIANBAO_PROGRESS_TTY": False}


def _config(data: Path, store: Path, registry: Path, proxy: str, render: str, **extra):
    from nianbao.crawler.registry import load_registry
    from nianbao.crawler.runner import CrawlConfig

    return CrawlConfig(data_dir=data, portals=load_registry(registry), store_uri=store.as_uri(), proxy=proxy,
                       render=render, extra_settings=dict(SPEED), **extra)


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(start) -> tuple[float, float, list]:
    """Start the crawls, wait for all; wall seconds, CPU seconds of the crawl processes, results."""
    cpu, started = _children_cpu_s(), time.monotonic()
    results = [p.wait() for p in start()]
    for result in results:
        if not result.ok:
            raise SystemExit(f"a crawl failed; see {result.run_dir}/crawl.log")
    return time.monotonic() - started, _children_cpu_s() - cpu, results


def _captures(data: Path) -> dict[str, int]:
    conn = sqlite3.connect(data / "catalog.sqlite")
    return dict(conn.execute(
        "SELECT CASE WHEN record_type = 'revisit' THEN revisit_profile ELSE record_type END, COUNT(*) "
        "FROM captures WHERE record_type IN ('response', 'revisit') GROUP BY 1"))


def _documents(data: Path) -> set[str]:
    conn = sqlite3.connect(data / "catalog.sqlite")
    return {u for (u,) in conn.execute("SELECT url FROM documents WHERE kind IN ('report', 'attachment')")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="6 portals, for a quick check")
    parser.add_argument("--portals", type=int, default=None, help="sandbox size (default 50)")
    parser.add_argument("--render", choices=("never", "auto"), default="never",
                        help="browser rendering for all runs (default never: measures the frontier, not Chromium)")
    args = parser.parse_args(argv)
    if not shutil.which("redis-server"):
        print("scale.py needs Debian's redis-server (apt-get install redis-server)", file=sys.stderr)
        return 2

    from nianbao.crawler.runner import start_crawl
    from nianbao.crawler.sandbox import build_sandbox, serve

    from tests.redis_server import redis_server

    portals = args.portals or (6 if args.quick else 50)
    sandbox = build_sandbox(portals=portals)
    pages = sandbox.ground_truth()["stats"]["pages"]
    sandbox.prerender()
    with tempfile.TemporaryDirectory(prefix="nianbao-scale-") as tmp, redis_server(Path(tmp)) as redis_url:
        tmp_path = Path(tmp)
        registry = tmp_path / "registry.csv"
        registry.write_text(sandbox.registry_csv(), encoding="utf-8")
        with serve(sandbox) as server:
            print(f"sandbox: {portals} portals, {pages} pages; {os.cpu_count()} CPUs; render {args.render}")
            frontier = {"redis_url": redis_url}
            one_data = tmp_path / "one"
            one_s, one_cpu, (one,) = _timed(lambda: [start_crawl(_config(
                one_data, tmp_path / "store-one", registry, server.url, args.render, frontier_key="one",
                **frontier))])
            two_s, two_cpu, two = _timed(lambda: [start_crawl(_config(
                tmp_path / f"two-{n}", tmp_path / "store-two", registry, server.url, args.render,
                frontier_key="two", **frontier)) for n in (1, 2)])
            pages_one = one.summary["totals"]["pages"]
            pages_two = sum(r.summary["totals"]["pages"] for r in two)
            print(f"one worker:   {one_s:7.1f} s wall, {one_cpu:6.1f} CPU s  ({pages_one} pages, "
                  f"{pages_one / one_s:.1f} pages/s)")
            print(f"two workers:  {two_s:7.1f} s wall, {two_cpu:6.1f} CPU s  ({pages_two} pages, "
                  f"{pages_two / two_s:.1f} pages/s; " + " + ".join(str(r.summary["totals"]["pages"]) for r in two)
                  + ")")
            docs_one = _documents(one_data)
            docs_two = _documents(tmp_path / "two-1") | _documents(tmp_path / "two-2")
            print(f"report documents found: one worker {len(docs_one)}, two workers {len(docs_two)} "
                  f"({len(docs_one ^ docs_two)} differ)")
            print(f"speed-up two/one: {one_s / two_s:.2f}x   (wall time ratio two/one: {two_s / one_s:.2f})")
            first = _captures(one_data)
            again_s, _, (again,) = _timed(lambda: [start_crawl(_config(
                one_data, tmp_path / "store-one", registry, server.url, args.render, frontier_key="again",
                **frontier))])
        bytes_first = one.summary["totals"]["response_bytes"]
        bytes_again = again.summary["totals"]["response_bytes"]
        after = _captures(one_data)
        second = {k: after.get(k, 0) - first.get(k, 0) for k in after}
        print(f"re-crawl:     {again_s:7.1f} s  downloaded {bytes_again:,} bytes against {bytes_first:,} "
              f"(ratio {bytes_again / bytes_first:.3f}; {1 - bytes_again / bytes_first:.1%} fewer)")
        print("re-crawl captures: " + json.dumps(second, sort_keys=True))
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
