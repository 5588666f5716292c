"""Page budget and priority upgrades (downloader middleware, order 120: after scope and robots.txt, so a request
they refuse costs no budget): asks the spider (`PortalSpider.admit`) whether a request leaving the scheduler's
queue may be fetched.

The budget (NIANBAO_MAX_PAGES_PER_PORTAL) counts pages as they are fetched, so it is spent in the frontier's
priority order: with every in-scope link queued (crawler/discovery/rank.py), counting at queue time would spend
it in the order links happen to appear on pages. A request queued again at a higher priority makes the older one
obsolete; it is dropped here. Both drops are counted: `discovery/budget_dropped/<portal>`,
`discovery/superseded`."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest


class BudgetExceeded(IgnoreRequest):
    """The portal's page budget is spent."""


class Superseded(IgnoreRequest):
    """The same URL was queued again at a higher priority (and fetched, or about to be)."""


class PageBudgetMiddleware:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        admit = getattr(self.crawler.spider, "admit", None)
        if admit is None:
            return
        refusal = admit(request)
        if refusal == "superseded":
            self.stats.inc_value("discovery/superseded")
            raise Superseded(request.url)
        if refusal == "budget":
            self.stats.inc_value(f"discovery/budget_dropped/{request.meta.get('nianbao_portal', '-')}")
            raise BudgetExceeded(request.url)
