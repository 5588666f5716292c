"""National scale, simulated: the sandbox at several sizes crawled by workers on one shared frontier, politeness on.

For each size it prints
  wall time    from the first worker's start to the last one's exit, against the politeness bound: every host
               gets at most one request start per delay (the leases of
               crawler/downloadermiddlewares/politeness.py, shared by all workers), and the frontier takes all hosts in turn, so the crawl cannot end before its busiest host
               has had its requests one delay apart:  bound = busiest host's requests × delay.  Requests are
               counted by the sandbox server (robots.txt, redirects and 404s included: the delay applies to them
               too). Also printed: hosts at once, the average number of hosts kept at their politeness rate
               (requests × delay / the time from first to last request)
  pages/s      requests the server answered per wall second, and the CPU seconds of the crawl processes (when
               they come near the cores the machine gives them, the crawl is CPU-bound, not politeness-bound)
  peak RSS     of every process: each crawl worker and its child processes (page-analysis workers), the Redis
               holding the frontier, and this process (which builds and serves the sandbox), sampled with psutil
               every 0.5 s
  slots        the workers' download slots (wall × workers × CONCURRENT_REQUESTS): the share spent waiting for a
               host lease (politeness/wait_s) and holding one (politeness/held_s: downloading), and the scheduling
               stats of the workers' summaries (politeness/*, scheduler/*, frontier/*)
  bytes        catalog (all workers' catalog.sqlite) and WARC (the shared store) bytes per report found
  tail         when 95 % of the requests had been answered, how long the last 5 % took, and the time from the
               last request to the workers' exit (with each worker's own crawl time, spider open to closed)
  lookups      ScopeMiddleware's name lookups (scope/dns_*: how many, their time, requests that waited for one
               in a download slot and the slot-seconds they took)
  frontier     sampled every second from its Redis: requests answered so far, requests queued, hosts queued,
               hosts ready (their turn has come), leases held by the workers

Target: wall time within 1.2× the bound; a crawl worker's peak RSS flat as portals grow.

    python benchmarks/national_scale.py --quick     # 12 and 48 portals, delay 0.5 s
    python benchmarks/national_scale.py             # 250, 1000 and 2000 portals, delay 1 s
    python benchmarks/national_scale.py --sizes 500 --delay 0.5 --workers 2 --concurrency 64
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MB = 1024 * 1024


class Sampler:
    """Calls `sample()` every `every_s` seconds in a thread, from entering the `with` block to leaving it; an error of
    the kinds `ends_on` ends the sampling quietly (any other ends the thread loudly)."""

    ends_on: tuple[type[Exception], ...] = ()

    def __init__(self, every_s: float):
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        raise NotImplementedError

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            try:
                self.sample()
            except self.ends_on:
                return


class PeakRss(Sampler):
    """Peak RSS per process, sampled every `every_s` seconds in a thread: {label: bytes}."""

    def __init__(self, every_s: float = 0.5):
        super().__init__(every_s)
        self.peaks, self.roots = defaultdict(int), {}

    def watch(self, label: str, pid: int) -> None:
        self.roots[label] = pid

    def sample(self) -> None:
        for label, pid in list(self.roots.items()):
            try:
                root = psutil.Process(pid)
                children = [] if label == "benchmark" else root.children(recursive=True)  # watched on their own
                procs = [(label, root)] + [(f"{label} child", child) for child in children]
            except psutil.NoSuchProcess:
                continue
            for name, proc in procs:
                try:
                    rss = proc.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                key = name if name == label else f"{name} {proc.name()}"
                self.peaks[key] = max(self.peaks[key], rss)


class FrontierTimeline(Sampler):
    """The shared frontier over time, sampled from its Redis every `every_s` seconds in a thread: requests queued,
    hosts with queued requests, hosts ready (their next turn has come), and the frontier leases the workers hold
    (requests handed out and not yet processed: in a download slot, in the page analysis, or a page whose links
    the spider still holds)."""

    ends_on = (Exception,)   # Redis gone at the end of a size: the timeline stops there

    def __init__(self, redis_url: str, frontier: str, every_s: float = 1.0):
        import redis

        super().__init__(every_s)
        self.server, self.prefix = redis.Redis.from_url(redis_url), f"nianbao:{frontier}"
        self.samples: list[tuple[float, int, int, int, int]] = []   # (monotonic, queued, hosts, ready, leases)

    def sample(self) -> None:
        seconds, micros = self.server.time()
        now_us = seconds * 1_000_000 + micros
        workers = self.server.smembers(f"{self.prefix}:workers")
        leases = sum(self.server.hlen(f"{self.prefix}:leases:{w.decode()}") for w in workers)
        self.samples.append((time.monotonic(), int(self.server.get(f"{self.prefix}:queued") or 0),
                             self.server.zcard(f"{self.prefix}:requests"),
                             self.server.zcount(f"{self.prefix}:requests", "-inf", now_us), leases))


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _redis_pid() -> int:
    return next(p.pid for p in psutil.Process().children() if p.name().startswith("redis-server"))


def _catalog_reports(data: Path) -> set[str]:
    conn = sqlite3.connect(data / "catalog.sqlite")
    try:
        return {u for (u,) in conn.execute("SELECT url FROM documents WHERE kind = 'report'")}
    finally:
        conn.close()


def _bytes(root: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in root.rglob(pattern) if p.is_file())


def run_size(portals: int, args, tmp: Path, redis_url: str) -> dict:
    from nianbao.crawler.registry import load_registry
    from nianbao.crawler.runner import CrawlConfig, start_crawl
    from nianbao.crawler.sandbox import build_sandbox, serve

    built = time.monotonic()
    sandbox = build_sandbox(portals=portals, news_per_portal=args.news)
    truth = sandbox.ground_truth()["stats"]
    if args.prerender:
        sandbox.prerender()
    # else lazy: the sandbox renders a page when it is first requested (documents from the disk cache of
    # crawler/sandbox/doc_cache.py when an earlier build rendered them); its CPU is the benchmark process's
    build_s = time.monotonic() - built
    work = tmp / f"n{portals}"
    registry = work / "registry.csv"
    registry.parent.mkdir(parents=True)
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    settings = {"DOWNLOAD_DELAY": args.delay, "CONCURRENT_REQUESTS": args.concurrency,
                "CONCURRENT_REQUESTS_PER_DOMAIN": args.per_host, "LOG_LEVEL": "WARNING",
                "NIANBAO_PROGRESS_TTY": False, **({"NIANBAO_MAX_PAGES_PER_PORTAL": args.max_pages} if args.max_pages else {})}
    starts: list[tuple[float, str, str]] = []   # (time, host, url) of every request the sandbox answers
    handle = sandbox.handle

    def timed_handle(method, url, *rest):
        starts.append((time.monotonic(), urlsplit(url).hostname or "", url))
        return handle(method, url, *rest)

    sandbox.handle = timed_handle
    timeline = FrontierTimeline(redis_url, f"national-{portals}")
    with serve(sandbox) as server, PeakRss() as rss, timeline:
        rss.watch("benchmark", os.getpid())
        rss.watch("redis-server", _redis_pid())
        cpu, started, own_cpu = _children_cpu_s(), time.monotonic(), time.process_time()
        workers = [start_crawl(CrawlConfig(
            data_dir=work / f"worker{n}", portals=load_registry(registry), store_uri=(work / "store").as_uri(),
            proxy=server.url, render="never", redis_url=redis_url, frontier_key=f"national-{portals}",
            extra_settings=settings)) for n in range(1, args.workers + 1)]
        for n, worker in enumerate(workers, 1):
            rss.watch(f"crawl worker {n}", worker.proc.pid)
        results = [w.wait() for w in workers]
        wall_s, cpu_s, server_cpu_s = time.monotonic() - started, _children_cpu_s() - cpu, time.process_time() - own_cpu
        rss.sample()
    scheduling = Counter()
    for result in results:
        scheduling.update(result.summary.get("scheduling", {}))
    failed = [str(r.run_dir) for r in results if not r.ok]
    if failed:
        raise SystemExit(f"a crawl failed; see {', '.join(failed)}/crawl.log")
    if args.request_log:
        with open(f"{args.request_log}.{portals}.tsv", "w", encoding="utf-8") as log:
            log.writelines(f"{t - started:.3f}\t{host}\t{url}\n" for t, host, url in starts)
    per_host = Counter(host for _, host, _ in starts)
    requests = sum(per_host.values())
    busiest = per_host.most_common(1)[0][0]
    busiest_starts = [t for t, host, _ in starts if host == busiest]
    bound_s = max(per_host.values()) * args.delay
    at_once = requests * args.delay / max(starts[-1][0] - starts[0][0], 1e-9)
    times = sorted(t - started for t, _, _ in starts)
    progress = [(round(s - started, 1), sum(1 for t in times if t <= s - started), queued, hosts, ready, leases)
                for s, queued, hosts, ready, leases in timeline.samples]
    reports = set().union(*(_catalog_reports(work / f"worker{n}") for n in range(1, args.workers + 1)))
    return {"portals": portals, "pages": truth["pages"], "truth_reports": truth["reports"], "build_s": build_s,
            "requests": requests, "hosts": len(per_host), "busiest_host": max(per_host.values()),
            "at_once": at_once, "bound_s": bound_s, "wall_s": wall_s, "cpu_s": cpu_s, "reports": len(reports),
            "server_cpu_s": server_cpu_s,
            "worker_crawl_s": [r.summary.get("totals", {}).get("seconds", 0) for r in results],
            "timeline": progress, "at_95_s": times[int(0.95 * (len(times) - 1))],
            "first_request_s": starts[0][0] - started, "last_request_s": starts[-1][0] - started,
            "busiest_span_s": busiest_starts[-1] - busiest_starts[0],
            "catalog_bytes": sum((work / f"worker{n}" / "catalog.sqlite").stat().st_size
                                 for n in range(1, args.workers + 1)),
            "warc_bytes": _bytes(work / "store", "*.warc.gz"), "rss": dict(rss.peaks),
            "slot_s": wall_s * args.workers * args.concurrency, "scheduling": dict(scheduling)}


def report(row: dict) -> None:
    per_report = max(row["reports"], 1)
    print(f"\n{row['portals']} portals ({row['pages']:,} pages, {row['truth_reports']:,} reports in the sandbox; "
          f"built in {row['build_s']:.0f} s)")
    print(f"  requests answered: {row['requests']:,} on {row['hosts']:,} hosts (busiest {row['busiest_host']}); "
          f"hosts at once {row['at_once']:.0f} on average")
    print(f"  wall {row['wall_s']:.1f} s against the politeness bound {row['bound_s']:.1f} s: "
          f"{row['wall_s'] / row['bound_s']:.2f}x;  {row['requests'] / row['wall_s']:.1f} pages/s; "
          f"crawl processes {row['cpu_s']:.0f} CPU s, sandbox server (this process) {row['server_cpu_s']:.0f} CPU s")
    print(f"  first request at {row['first_request_s']:.1f} s, last at {row['last_request_s']:.1f} s; the busiest "
          f"host's {row['busiest_host']} requests spread over {row['busiest_span_s']:.1f} s")
    print(f"  reports found {row['reports']:,}; catalog {row['catalog_bytes'] / per_report:,.0f} B/report, "
          f"WARC {row['warc_bytes'] / per_report:,.0f} B/report")
    sched, slot_s = row["scheduling"], row["slot_s"]
    print(f"  download slots ({slot_s:,.0f} slot-s in all): waiting for a host lease "
          f"{sched.get('politeness/wait_s', 0) / slot_s:.0%} ({sched.get('politeness/waited', 0):,} requests waited), "
          f"holding a lease (downloading) {sched.get('politeness/held_s', 0) / slot_s:.0%}; "
          + ", ".join(f"{k} {v:,.0f}" for k, v in sorted(sched.items()) if not k.endswith("_s")))
    print(f"  tail: 95 % of the requests answered by {row['at_95_s']:.1f} s; the last 5 % took "
          f"{row['last_request_s'] - row['at_95_s']:.1f} s, then {row['wall_s'] - row['last_request_s']:.1f} s to the "
          f"workers' exit (their crawls, spider open to closed: "
          f"{', '.join(f'{x:.1f}' for x in row['worker_crawl_s'])} s)")
    print(f"  name lookups (scope): {sched.get('scope/dns_lookups', 0):,} taking {sched.get('scope/dns_lookup_s', 0):.0f} s "
          f"in all; {sched.get('scope/dns_waited', 0):,} requests waited for one in a download slot, "
          f"{sched.get('scope/dns_wait_s', 0):,.0f} slot-s ({sched.get('scope/dns_wait_s', 0) / slot_s:.0%} of the slots)")
    timeline = row["timeline"]
    if timeline:
        print("  frontier over time (s: requests answered so far, queued, hosts queued, hosts ready, leases held):")
        step = max(1, len(timeline) // 12)
        print("    " + "; ".join(f"{t:.0f}: {done:,} {queued:,} {hosts:,} {ready:,} {leases:,}"
                                 for t, done, queued, hosts, ready, leases in timeline[::step]))
    print("  peak RSS: " + ", ".join(f"{label} {size / MB:.0f} MB" for label, size in sorted(row["rss"].items())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="12 and 48 portals, delay 0.5 s")
    parser.add_argument("--sizes", type=int, nargs="+", help="sandbox sizes in portals (default 250 1000 2000)")
    parser.add_argument("--workers", type=int, default=2, help="crawl processes on the shared frontier (default 2)")
    parser.add_argument("--delay", type=float, help="DOWNLOAD_DELAY per host, seconds (default 1; --quick 0.5)")
    parser.add_argument("--per-host", type=int, default=2, help="CONCURRENT_REQUESTS_PER_DOMAIN (default 2)")
    parser.add_argument("--concurrency", type=int, default=64, help="CONCURRENT_REQUESTS per worker (default 64)")
    parser.add_argument("--news", type=int, default=2, help="news pages per portal (default 2)")
    parser.add_argument("--max-pages", type=int, default=0,
                        help="NIANBAO_MAX_PAGES_PER_PORTAL (default: the crawl's own limit)")
    parser.add_argument("--request-log", metavar="PATH",
                        help="write every request the sandbox answered (seconds from the start, host, URL) to "
                             "PATH.<portals>.tsv")
    parser.add_argument("--prerender", action="store_true",
                        help="render every sandbox page before the crawl (default: on first request)")
    args = parser.parse_args(argv)
    args.sizes = args.sizes or ([12, 48] if args.quick else [250, 1000, 2000])
    args.delay = args.delay if args.delay is not None else (0.5 if args.quick else 1.0)
    if not shutil.which("redis-server"):
        print("national_scale.py needs Debian's redis-server (apt-get install redis-server)", file=sys.stderr)
        return 2

    from tests.redis_server import redis_server

    print(f"{args.workers} workers x {args.concurrency} requests, {args.per_host} per host, delay {args.delay} s, "
          f"page budget per portal {args.max_pages or 'default'}; "
          f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="nianbao-national-") as tmp, redis_server(Path(tmp)) as redis_url:
        for size in args.sizes:
            rows.append(run_size(size, args, Path(tmp), redis_url))
            report(rows[-1])
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        workers = [k for k in last["rss"] if k.startswith("crawl worker") and "child" not in k]
        growth = ", ".join(f"{k} {last['rss'][k] / max(first['rss'].get(k, 1), 1):.2f}x" for k in sorted(workers))
        print(f"\npeak RSS {last['portals']} against {first['portals']} portals: {growth}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
