"""Crawl throughput on the offline sandbox, three ways, each in its own process (as crawler/runner.py runs crawls):

  plain      plain Scrapy following the same links as nianbao: a bare spider replays the request graph the
             `no-browser` run recorded (each page's requests are sent once that page has arrived), with
             Scrapy's default components only — no WARC capture, no discovery, no parsing.
  no-browser nianbao (`python -m nianbao.crawler.crawl_main`) with --render never: discovery, scope, robots, back-off,
             challenge detection, WARC capture (gzip level and store as configured), catalog ingest at close.
  full       nianbao with --render auto: the above plus Chromium for JavaScript-only lists and challenges.

pages/s = responses received / crawl time (spider open to spider close, as the progress summary and Scrapy's
elapsed_time_seconds count it); the process wall time (interpreter start, Chromium launch, sealing and uploading
the WARC files at close) is printed beside it. Politeness delays are off (DOWNLOAD_DELAY
0, no AutoThrottle, 8 requests per host) in all three runs: this measures the crawler, not the waiting.
Target: full >= 0.85 x plain. The plain spider sends every request through the sandbox proxy, robots.txt included
(an environment proxy: Scrapy's robots.txt requests carry no meta), with the registry's robots overrides, and
answers the same responses as the no-browser run; CPU s (the crawl process and its children: Playwright's driver,
Chromium) are printed beside, since other work on the machine stretches wall time but not CPU time, and for
the two nianbao runs the CPU s of each process by role (crawl process, page worker, WARC writer, Chromium,
Playwright's driver): where the time goes when the crawl is bound by the machine's cores.

    python benchmarks/crawl_throughput.py            # sandbox of 62 portals (>= 5,000 pages)
    python benchmarks/crawl_throughput.py --quick    # 6 portals, < 60 s
    python benchmarks/crawl_throughput.py --profile crawl.prof   # one no-browser crawl under cProfile, page
                                                     # analysis in the crawl process; prints where its time goes
    python benchmarks/crawl_throughput.py --profile crawl.prof --profile-render auto   # the same, full crawl
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SPEED = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 32,
         "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "WARNING", "NIANBAO_PROGRESS_TTY": False}


class GraphRecorder:
    """Downloader middleware (order 960, after capture): one JSON line per response with what a plain spider
    needs to send the same request again, and the page it was found on."""

    def __init__(self, path: str):
        self.out = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed at spider close

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        recorder = cls(crawler.settings["BENCH_GRAPH_FILE"])
        crawler.signals.connect(lambda spider: recorder.out.close(), signal=signals.spider_closed)
        return recorder

    def process_response(self, request, response, spider=None):
        meta = request.meta
        if not meta.get("playwright"):
            self.out.write(json.dumps({
                "url": request.url, "method": request.method, "body": base64.b64encode(request.body).decode(),
                "headers": {k.decode(): v[0].decode("latin-1") for k, v in request.headers.items()
                            if k.lower() in (b"content-type", b"x-requested-with", b"referer")},
                "via": meta.get("nianbao_via"), "robots": meta.get("nianbao_role") == "robots",
                "dont_obey_robotstxt": bool(meta.get("dont_obey_robotstxt"))}) + "\n")
        return response


def plain_spider_source() -> str:
    """The plain Scrapy spider, run with `scrapy runspider` semantics through a tiny script."""
    return '''
import base64, json, sys
from collections import defaultdict
import scrapy
from scrapy.crawler import CrawlerProcess

graph_file, proxy, out_file = sys.argv[1], sys.argv[2], sys.argv[3]
children = defaultdict(list)
for line in open(graph_file, encoding="utf-8"):
    row = json.loads(line)
    if not row["robots"]:
        children[row["via"]].append(row)

class Plain(scrapy.Spider):
    name = "plain"

    async def start(self):
        for row in children[None]:
            yield self.request(row)

    def request(self, row):
        return scrapy.Request(row["url"], method=row["method"], body=base64.b64decode(row["body"]) or None,
                              headers=row["headers"], dont_filter=False,
                              meta={"proxy": proxy, "dont_obey_robotstxt": row.get("dont_obey_robotstxt", False)},
                              callback=self.parse, errback=lambda f: None, cb_kwargs={"key": row["url"]})

    def parse(self, response, key):
        # children are recorded under the page's final URL (after redirects); the request's own URL may differ
        for row in [*children.pop(key, ()), *children.pop(response.url, ())]:
            yield self.request(row)

settings = SETTINGS
settings.update({"ROBOTSTXT_OBEY": True, "HTTPERROR_ALLOW_ALL": True, "TELNETCONSOLE_ENABLED": False,
                 "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
                 "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor"})
process = CrawlerProcess(settings)
crawler = process.create_crawler(Plain)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
json.dump({"responses": stats.get("response_received_count", 0), "seconds": stats.get("elapsed_time_seconds")},
          open(out_file, "w"))
'''.replace("SETTINGS", repr(SPEED), 1)


def run_nianbao(tmp: Path, name: str, registry: Path, proxy: str, render: str, graph: Path | None,
                profile: Path | None = None) -> dict:
    """One nianbao crawl in its own process; with `profile`, under cProfile (stats written there) with page
    analysis in the crawl process (NIANBAO_PAGE_WORKERS=0), so that one profile holds all of the crawl's Python."""
    data = tmp / name
    settings = {
        "NIANBAO_DATA_DIR": str(data), "NIANBAO_CRAWL_ID": name, "NIANBAO_REGISTRY_FILE": str(registry),
        "NIANBAO_PORTAL_IDS": [], "NIANBAO_RENDER": render, "NIANBAO_PROXY": proxy, **SPEED,
    }
    if profile is not None:
        settings["NIANBAO_PAGE_WORKERS"] = 0
    if graph is not None:
        from nianbao.crawler import settings as project

        settings["DOWNLOADER_MIDDLEWARES"] = {**project.DOWNLOADER_MIDDLEWARES,
                                              "benchmarks.crawl_throughput.GraphRecorder": 960}
        settings["BENCH_GRAPH_FILE"] = str(graph)
    path = tmp / f"{name}.json"
    path.write_text(json.dumps(settings), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started, cpu0 = time.monotonic(), _children_cpu()
    with ProcessTreeCpu() as tree:
        profiler = ["-m", "cProfile", "-o", str(profile)] if profile is not None else []
        proc = subprocess.Popen([sys.executable, *profiler, "-m", "nianbao.crawler.crawl_main", "--settings-json", str(path)], cwd=REPO,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        tree.watch(proc.pid)
        _, stderr = proc.communicate()
    proc.stderr = stderr
    wall, cpu = time.monotonic() - started, _children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"{name}: crawl_main failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    summary = json.loads((data / "runs" / name / "summary.json").read_text(encoding="utf-8"))
    return {"responses": summary["totals"]["pages"], "seconds": summary["totals"]["seconds"], "wall": wall,
            "cpu": cpu, "cpu_by_role": tree.by_role(),
            "reports": summary["totals"]["reports"], "warc_bytes": sum(
                p.stat().st_size for p in (data / "store").rglob("*.warc.gz"))}


def run_plain(tmp: Path, graph: Path, proxy: str) -> dict:
    script = tmp / "plain_spider.py"
    script.write_text(plain_spider_source(), encoding="utf-8")
    out = tmp / "plain.json"
    # The proxy for every request, robots.txt included: Scrapy's RobotsTxtMiddleware builds its robots.txt
    # requests without the page request's meta, so only HttpProxyMiddleware's environment proxy reaches them.
    # Without it they went direct, failed DNS (3 tries each) and stalled the plain crawl for seconds.
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env.update(http_proxy=proxy, https_proxy=proxy)
    started, cpu0 = time.monotonic(), _children_cpu()
    proc = subprocess.run([sys.executable, str(script), str(graph), proxy, str(out)], cwd=tmp, env=env,
                          capture_output=True, text=True)
    wall, cpu = time.monotonic() - started, _children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"plain: failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return {**json.loads(out.read_text()), "wall": wall, "cpu": cpu}


class ProcessTreeCpu:
    """CPU seconds of each process under a crawl, by role (crawl process, page worker, WARC writer, Chromium,
    Playwright's driver), read from /proc every 0.2 s while the crawl runs (the sampling thread costs this
    benchmark process a few % of a core). A process's last 0.2 s before it exits can be missed, so the sum can
    be a little below the crawl's CPU s."""

    ROLES = (("analyse_html", "page worker"), ("CaptureService", "WARC writer"), ("nianbao.crawler.crawl_main", "crawl"),
             ("chromium", "Chromium"), ("node", "Playwright driver"))

    def __init__(self):
        self.cpu: dict[int, tuple[str, float]] = {}
        self._root: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> ProcessTreeCpu:
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def watch(self, pid: int) -> None:
        self._root = pid
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def _sample(self) -> None:
        parents, stats = {}, {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            stats[int(entry)] = (int(fields[11]) + int(fields[12])) / self._tick
        for pid, cpu in stats.items():
            ancestor = pid
            while ancestor not in (self._root, 0, 1) and ancestor in parents:
                ancestor = parents[ancestor]
            if ancestor == self._root:
                known = self.cpu.get(pid)
                role = known[0] if known else self._role(pid)
                if role is not None:
                    self.cpu[pid] = (role, max(cpu, known[1] if known else 0.0))

    def _role(self, pid: int) -> str | None:
        """By command line; None while it cannot be read (an exited process before it is reaped has none)."""
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            return None
        if not cmdline.strip():
            return None
        return next((name for key, name in self.ROLES if key in cmdline), "other")

    def by_role(self) -> dict[str, float]:
        roles: dict[str, float] = {}
        for role, cpu in self.cpu.values():
            roles[role] = roles.get(role, 0.0) + cpu
        return roles


def _children_cpu() -> float:
    """User + system CPU seconds of finished child processes (the crawl, its Playwright driver and Chromium,
    which each parent waits for): a measure that other work on the machine does not inflate."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_run(runs: list[dict]) -> dict:
    """The run with the median crawl time (its own figures, not a mix of runs)."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return ordered[len(ordered) // 2] if len(ordered) % 2 else min(
        ordered, key=lambda r: abs(r["seconds"] - statistics.median(x["seconds"] for x in runs)))


def print_profile(path: Path, top: int = 25) -> None:
    """The profiled crawl's share in page analysis and the functions with the most time of their own."""
    import pstats

    stats = pstats.Stats(str(path))
    total = stats.total_tt
    analysis = sum(row[3] for func, row in stats.stats.items() if func[2] == "analyse_html")
    print(f"\nprofile {path}: {total:.1f} s profiled, page analysis (analyse_html) {analysis:.1f} s "
          f"({analysis / total:.0%}); functions by own time:")
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="6 portals (about 500 pages), for CI")
    parser.add_argument("--portals", type=int, default=None, help="sandbox size (default 62: >= 5,000 pages)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each kind, interleaved; medians shown")
    parser.add_argument("--profile", type=Path, default=None,
                        help="write a cProfile of one no-browser crawl here (page analysis in the crawl process) "
                             "and print where its time goes, instead of the comparison")
    parser.add_argument("--profile-render", choices=("never", "auto"), default="never",
                        help="with --profile: the crawl's --render (auto: the full crawl, Chromium included)")
    args = parser.parse_args(argv)
    from nianbao.crawler.sandbox import build_sandbox, serve

    portals = args.portals or (6 if args.quick else 62)
    t0 = time.monotonic()
    sandbox = build_sandbox(portals=portals)
    pages = sandbox.ground_truth()["stats"]["pages"]
    sandbox.prerender()
    print(f"sandbox: {portals} portals, {pages} pages (built in {time.monotonic() - t0:.1f} s); "
          f"settings: {SPEED}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    runs: dict[str, list[dict]] = {"plain": [], "no-browser": [], "full": []}
    with tempfile.TemporaryDirectory(prefix="nianbao-bench-") as tmp_name, serve(sandbox) as server:
        tmp = Path(tmp_name)
        registry = tmp / "registry.csv"
        registry.write_text(sandbox.registry_csv(), encoding="utf-8")
        graph = tmp / "graph.jsonl"
        if args.profile is not None:
            run = run_nianbao(tmp, "profiled", registry, server.url, args.profile_render, None,
                              profile=args.profile.resolve())
            print(f"profiled --render {args.profile_render} crawl: {run['responses']} responses, {run['cpu']:.1f} CPU s under cProfile")
            print_profile(args.profile)
            return 0
        for i in range(args.repeat):  # interleaved, so that load from elsewhere spreads over all three
            graph.unlink(missing_ok=True)
            runs["no-browser"].append(run_nianbao(tmp, f"nobrowser{i}", registry, server.url, "never", graph))
            runs["plain"].append(run_plain(tmp, graph, server.url))
            runs["full"].append(run_nianbao(tmp, f"full{i}", registry, server.url, "auto", None))
    results = {name: median_run(rs) for name, rs in runs.items()}
    base = results["plain"]["responses"] / results["plain"]["seconds"]
    base_cpu = results["plain"]["responses"] / results["plain"]["cpu"]
    print(f"\n{'run':<11} {'responses':>9} {'seconds':>8} {'pages/s':>8} {'x plain':>8} {'process s':>10} "
          f"{'CPU s':>7} {'pages/CPU s':>12} {'x plain':>8}")
    for name in ("plain", "no-browser", "full"):
        r = results[name]
        rate, cpu_rate = r["responses"] / r["seconds"], r["responses"] / r["cpu"]
        print(f"{name:<11} {r['responses']:>9} {r['seconds']:>8.1f} {rate:>8.1f} {rate / base:>8.2f} "
              f"{r['wall']:>10.1f} {r['cpu']:>7.1f} {cpu_rate:>12.1f} {cpu_rate / base_cpu:>8.2f}")
    for name in ("no-browser", "full"):
        roles = results[name]["cpu_by_role"]
        print(f"CPU s by process, {name}: " + ", ".join(f"{role} {cpu:.1f}" for role, cpu in
                                                     sorted(roles.items(), key=lambda item: -item[1])))
    if args.repeat > 1:   # the spread: each round's runs ran back to back, under the same load from elsewhere
        rounds = [(p["responses"] / p["seconds"], f["responses"] / f["seconds"], n["responses"] / n["seconds"])
                  for p, f, n in zip(runs["plain"], runs["full"], runs["no-browser"], strict=True)]
        print("pages/s by round (plain, no-browser, full; full / plain): " + "; ".join(
            f"{p:.0f}, {n:.0f}, {f:.0f} ({f / p:.2f}x)" for p, f, n in rounds)
              + f"; full / plain {min(f / p for p, f, _ in rounds):.2f}-{max(f / p for p, f, _ in rounds):.2f}x")
    # The headline is the median of each round's own ratio: the two runs of a round ran back to back, under about
    # the same load from elsewhere, while the medians of each kind apart can pair a quiet plain run with a busy one
    full_ratio = statistics.median(f["responses"] / f["seconds"] / (p["responses"] / p["seconds"])
                                   for p, f in zip(runs["plain"], runs["full"], strict=True))
    print(f"\nnianbao full / plain Scrapy = {full_ratio:.2f} pages/s (target >= 0.85); median of {args.repeat} "
          f"round(s)' ratios; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs. "
          f"Reports found: no-browser {results['no-browser']['reports']}, full {results['full']['reports']}; "
          f"WARC bytes: no-browser {results['no-browser']['warc_bytes']:,}, full {results['full']['warc_bytes']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
