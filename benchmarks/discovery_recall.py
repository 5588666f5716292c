"""Discovery recall per sandbox family: nianbao beside a plain breadth-first link follower (issue 12).

For each family (nianbao.crawler.sandbox.names.FAMILIES, so new families appear here by themselves) a sandbox of only
that family is served and crawled twice with the same page budget per portal and the same scope (the registry's
hosts): once by nianbao (`python -m nianbao.crawler.crawl_main`, --render auto when Chromium is installed, else never),
once by the plain follower below (`plain_follower()`, a small Scrapy spider run in its own process: from each
homepage it follows every `<a href>` whose host is one of the portal's registry hosts, breadth first, robots.txt
obeyed, the same page budget per portal and the same depth limit as nianbao; it knows nothing about CMSs,
columns, pagers, scripts, forms or attachments). Recall is over the ground truth's report documents (report
pages and attachments; robots-disallowed ones excluded):

  fetched   the share of them the crawler received (200 or 304 through the sandbox proxy), for both crawlers
  kept      nianbao only: the share it also classified as report or attachment (its items)

    python benchmarks/discovery_recall.py                       # every family, 2 portals each
    python benchmarks/discovery_recall.py --held-out            # the families kept out of discovery tuning
    python benchmarks/discovery_recall.py --families dual,ajax --portals 3 --budget 300
    python benchmarks/discovery_recall.py --quick               # default families, 1 portal each (CI smoke)
    python benchmarks/discovery_recall.py --declare-hosts       # registry `hosts` = every host of each site

By default the registry declares what a user would (the homepage; the province family its platform), so reports
on undeclared hosts of a site (bare domain, xxgk./zwgk./info. sub-hosts, IP file servers) are out of both
crawlers' scope; --declare-hosts lists all of them, to measure discovery apart from scope.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_BUDGET = 600    # pages per portal; the sandbox's portals have 60-400 pages
SPEED = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 32,
         "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "WARNING", "NIANBAO_PROGRESS_TTY": False,
         "RETRY_BACKOFF_BASE_S": 0.05}


def canonical(url: str) -> str:
    """One spelling per resource: w3lib's canonical form of the URL without a scheme's default port (`http://h:80/p`
    is `http://h/p` by the URL standard; w3lib keeps the port; the crawler's fingerprint drops it the same way)."""
    from nianbao.crawler.fingerprint import without_default_port
    from w3lib.url import canonicalize_url

    return canonicalize_url(without_default_port(url))


def fetched_urls(sandbox) -> set[str]:
    """URLs the proxy answered with 200 or 304 since the log was last cleared."""
    return {canonical(url) for _, url, status in list(sandbox.request_log) if status in (200, 304)}


def rendered_pages(data: Path) -> int:
    """Pages the crawl rendered: its WARCs' `urn:rendered-dom:` resource records (crawler/browser.py)."""
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    for path in data.rglob("*.warc*"):
        with path.open("rb") as stream:
            count += sum(1 for record in ArchiveIterator(stream)
                         if (record.rec_headers.get_header("WARC-Target-URI") or "").startswith("urn:rendered-dom:"))
    return count


def run_nianbao(tmp: Path, registry: Path, proxy: str, budget: int, render: str) -> tuple[list[dict], float]:
    items = tmp / "items.jsonl"
    settings = {"NIANBAO_DATA_DIR": str(tmp / "data"), "NIANBAO_CRAWL_ID": "recall",
                "NIANBAO_REGISTRY_FILE": str(registry), "NIANBAO_PORTAL_IDS": [], "NIANBAO_RENDER": render,
                "NIANBAO_PROXY": proxy, "NIANBAO_MAX_PAGES_PER_PORTAL": budget,
                "FEEDS": {str(items): {"format": "jsonlines", "overwrite": True}}, **SPEED, **EXTRA_SETTINGS}
    path = tmp / "settings.json"
    path.write_text(json.dumps(settings), encoding="utf-8")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "nianbao.crawler.crawl_main", "--settings-json", str(path)], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"crawl_main failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    found = [json.loads(line) for line in items.read_text(encoding="utf-8").splitlines()] if items.exists() else []
    return found, time.monotonic() - started


EXTRA_SETTINGS: dict = {}   # nianbao's settings given with --setting (a reader switched off, to measure another alone)


MAX_HOPS = 8   # as nianbao's DEPTH_LIMIT (crawler/limits.py MAX_HOPS_FROM_HOME)


def plain_follower(argv: list[str]) -> int:
    """`discovery_recall.py --plain-follower REGISTRY PROXY BUDGET OUT`: crawl, write every received URL to OUT.
    The proxy comes from the environment (http_proxy) so that robots.txt requests use it too."""
    import scrapy
    from nianbao.crawler.registry import load_registry
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    registry, _proxy, budget, out = argv[0], argv[1], int(argv[2]), argv[3]
    portals = load_registry(registry)
    fetched: list[str] = []

    class PlainFollower(scrapy.Spider):
        name = "plain_follower"

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.requests = {p.id: 0 for p in portals}
            self.seen: set[str] = set()     # a link seen before costs no budget (Scrapy would filter it anyway)
            # every in-scope <a href>, whatever its file extension (reports are often PDF, DOC, …)
            self.links = LinkExtractor(tags=("a",), attrs=("href",), deny_extensions=[], unique=True)

        async def start(self):
            for p in portals:
                yield self.follow(p.homepage, p, 0)

        def follow(self, url: str, portal, hops: int):
            self.seen.add(url)
            self.requests[portal.id] += 1
            return scrapy.Request(url, callback=self.parse, errback=lambda failure: None,
                                  cb_kwargs={"portal": portal, "hops": hops})

        def parse(self, response, portal, hops):
            fetched.append(response.url)
            if hops >= MAX_HOPS or not isinstance(response, scrapy.http.TextResponse):
                return
            for link in self.links.extract_links(response):
                url = urldefrag(link.url)[0]
                host = (urlsplit(url).hostname or "").lower()
                if host in portal.scope_hosts and url not in self.seen and self.requests[portal.id] < budget:
                    yield self.follow(url, portal, hops + 1)

    process = CrawlerProcess({
        "ROBOTSTXT_OBEY": True, "HTTPERROR_ALLOW_ALL": False, "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING", "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        # breadth first (Scrapy's documented recipe): FIFO queues, priority falling with depth
        "DEPTH_PRIORITY": 1, "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "USER_AGENT": "plain-follower/0.1 (nianbao benchmark)"})
    process.crawl(PlainFollower)
    process.start()
    Path(out).write_text("".join(u + "\n" for u in fetched), encoding="utf-8")
    return 0


def run_plain(tmp: Path, registry: Path, proxy: str, budget: int) -> float:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env.update(http_proxy=proxy, https_proxy=proxy, PYTHONPATH=str(REPO))
    started = time.monotonic()
    proc = subprocess.run([sys.executable, __file__, "--plain-follower", str(registry), proxy, str(budget),
                           str(tmp / "plain.txt")], cwd=REPO, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"plain follower failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return time.monotonic() - started


def registry_csv(sandbox, truth: dict, declare_hosts: bool) -> str:
    if not declare_hosts:
        return sandbox.registry_csv()
    out = io.StringIO()
    rows = sandbox.portals
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row, portal in zip(rows, truth["portals"], strict=True):
        home = urlsplit(row["homepage"]).hostname
        writer.writerow({**row, "hosts": " ".join(h for h in portal["hosts"] if h != home)})
    return out.getvalue()


def measure_family(family: str, portals: int, budget: int, render: str, seed: int, declare_hosts: bool) -> dict:
    from nianbao.crawler.app.demo import expected_document_urls
    from nianbao.crawler.sandbox import build_sandbox, serve

    sandbox = build_sandbox(seed=seed, portals=portals, families=(family,))
    truth = sandbox.ground_truth()
    expected = {canonical(u) for u in expected_document_urls(truth, browser=True)}
    row = {"family": family, "portals": portals, "documents": len(expected)}
    with tempfile.TemporaryDirectory(prefix=f"nianbao-recall-{family}-") as name, serve(sandbox) as server:
        tmp = Path(name)
        registry = tmp / "registry.csv"
        registry.write_text(registry_csv(sandbox, truth, declare_hosts), encoding="utf-8")
        sandbox.request_log.clear()
        items, row["nianbao_s"] = run_nianbao(tmp, registry, server.url, budget, render)
        got = fetched_urls(sandbox)
        row["nianbao_pages"] = len(got)
        row["rendered"] = rendered_pages(tmp / "data")
        row["nianbao_fetched"] = len(expected & got)
        kept = {canonical(i["url"]) for i in items if i["kind"] in ("report", "attachment")}
        row["nianbao_kept"] = len(expected & kept)
        docs = {canonical(d["url"]): d for d in truth["documents"]}
        row["missed"] = [docs[u] for u in sorted(expected - got)]
        # the plain follower meets a sandbox built afresh from the same seed: a family whose server keeps state across
        # requests (pages that fail on their first tries, a rate limit) must greet it as it greeted nianbao
        fresh = build_sandbox(seed=seed, portals=portals, families=(family,))
        with serve(fresh) as plain_server:
            row["plain_s"] = run_plain(tmp, registry, plain_server.url, budget)
        got = fetched_urls(fresh)
        row["plain_pages"] = len(got)
        row["plain_fetched"] = len(expected & got)
    return row


def recall(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "  -  "


def main(argv: list[str] | None = None) -> int:
    from nianbao.crawler.crawl_main import chromium_available
    from nianbao.crawler.sandbox.families import HELD_OUT_FAMILIES, TUNING_FAMILIES
    from nianbao.crawler.sandbox.names import DEFAULT_FAMILIES, FAMILIES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", default="", help=f"comma-separated, from: {', '.join(FAMILIES)}")
    parser.add_argument("--held-out", action="store_true", help=f"only {', '.join(HELD_OUT_FAMILIES)}")
    parser.add_argument("--portals", type=int, default=2, help="portals per family (default 2)")
    parser.add_argument("--budget", type=int, default=DEFAULT_BUDGET, help="pages per portal, both crawlers")
    parser.add_argument("--render", choices=("auto", "never"), default=None,
                        help="nianbao's --render (default: auto when Chromium is installed)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="the default families, 1 portal each")
    parser.add_argument("--declare-hosts", action="store_true",
                        help="the registry declares every host of each site (scope apart)")
    parser.add_argument("--misses", action="store_true",
                        help="list each report document nianbao did not fetch (to diagnose it)")
    parser.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for nianbao's crawl only, e.g. NIANBAO_DOCUMENT_LINKS=False (repeatable)")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--plain-follower"]:
        return plain_follower(argv[1:])
    args = parser.parse_args(argv)
    if args.families:
        families = [f.strip() for f in args.families.split(",") if f.strip()]
    elif args.held_out:
        families = list(HELD_OUT_FAMILIES)
    elif args.quick:
        families = list(DEFAULT_FAMILIES)
    else:
        families = list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families {unknown}; choose from {', '.join(FAMILIES)}")
    for setting in args.setting:
        name, sep, value = setting.partition("=")
        if not sep or not name:
            parser.error(f"--setting {setting!r}: write NAME=VALUE, e.g. NIANBAO_RAW_LINKS=False")
        EXTRA_SETTINGS[name] = value
    portals = 1 if args.quick else args.portals
    render = args.render or ("auto" if chromium_available() else "never")
    print(f"discovery recall: {portals} portal(s) per family, budget {args.budget} pages per portal, nianbao "
          f"--render {render}, seed {args.seed}, registry hosts: "
          f"{'every host of each site' if args.declare_hosts else 'as a user declares them'}")
    print(f"{'family':<10} {'held out':>8} {'docs':>5} {'nianbao fetched':>15} {'kept':>6} {'plain':>7} "
          f"{'pages n/p':>11} {'s n/p':>11} {'rendered':>8}")
    rows = []
    for family in families:
        row = measure_family(family, portals, args.budget, render, args.seed, args.declare_hosts)
        rows.append(row)
        d = row["documents"]
        print(f"{family:<10} {'yes' if family in HELD_OUT_FAMILIES else '':>8} {d:>5} "
              f"{recall(row['nianbao_fetched'], d):>15} {recall(row['nianbao_kept'], d):>6} "
              f"{recall(row['plain_fetched'], d):>7} {row['nianbao_pages']:>5}/{row['plain_pages']:<5} "
              f"{row['nianbao_s']:>5.0f}/{row['plain_s']:<5.0f} {row['rendered']:>8}", flush=True)
        if args.misses:
            for doc in row["missed"]:
                flags = " ".join(k for k in ("needs_browser", "unreachable") if doc.get(k))
                print(f"    missed {doc['url']} ({doc.get('report_key')}, {doc.get('format')}{', ' + flags if flags else ''})")
    for label, subset in (("all", rows), ("tuning", [r for r in rows if r["family"] in TUNING_FAMILIES]),
                          ("held out", [r for r in rows if r["family"] in HELD_OUT_FAMILIES])):
        d = sum(r["documents"] for r in subset)
        if subset and d:
            print(f"{label}: nianbao fetched {recall(sum(r['nianbao_fetched'] for r in subset), d)}, kept "
                  f"{recall(sum(r['nianbao_kept'] for r in subset), d)}; plain follower "
                  f"{recall(sum(r['plain_fetched'] for r in subset), d)} ({d} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
