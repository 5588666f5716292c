"""A plain breadth-first link follower, the baseline of benchmarks/discovery_recall.py: from each registry
homepage it follows every `<a href>` whose host is one of the portal's registry hosts (the homepage's host and
the `hosts` column: the same scope nianbao is given), up to a page budget per portal, breadth first, robots.txt
obeyed. It knows nothing about CMSs, report columns, pagers, scripts or attachments.

    python benchmarks/plain_follower.py REGISTRY.csv PROXY_URL BUDGET OUT.txt

writes the URL of every response it received (one a line) to OUT.txt. The proxy is given through the
environment (http_proxy) so that robots.txt requests use it too."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MAX_HOPS = 8   # as nianbao's DEPTH_LIMIT (parse/limits.py MAX_HOPS_FROM_HOME)


def main(argv: list[str]) -> int:
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    from crawler.registry import load_registry

    registry, _proxy, budget, out = argv[0], argv[1], int(argv[2]), argv[3]
    portals = load_registry(registry)
    fetched: list[str] = []

    class PlainFollower(scrapy.Spider):
        name = "plain_follower"

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.requests = {p.id: 0 for p in portals}
            # every in-scope <a href>, whatever its file extension (reports are often PDF, DOC, …)
            self.links = LinkExtractor(tags=("a",), attrs=("href",), deny_extensions=[], unique=True)

        async def start(self):
            for p in portals:
                yield self.follow(p.homepage, p, 0)

        def follow(self, url: str, portal, hops: int):
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
                if host in portal.scope_hosts and self.requests[portal.id] < budget:
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
