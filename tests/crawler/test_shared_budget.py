"""The page budget (NIANBAO_MAX_PAGES_PER_PORTAL) with a shared frontier holds for the crawl, not per worker
(crawler/pagebudget.py): the Redis counter on its own, and two crawl processes against one small portal."""

from __future__ import annotations

import time

import pytest
from nianbao.crawler.pagebudget import PageBudget, SharedPageBudget
from nianbao.crawler.runner import redis_frontier_settings

from tests.crawler.minisite import MiniWeb, crawl_output, html, run_workers, wait_for_workers

pytestmark = pytest.mark.redis


def test_two_workers_share_one_count_per_portal(redis_client) -> None:
    a, b = (SharedPageBudget(3, redis_client, "nianbao:unit") for _ in range(2))
    admitted = [a.charge("p1"), b.charge("p1"), b.charge("p1"), a.charge("p1"), b.charge("p1")]
    assert admitted == [True, True, True, False, False]
    assert redis_client.hget("nianbao:unit:pages", "p1") == b"3"          # refusals are not counted
    assert a.spent("p1") and b.spent("p1")                        # both learned it on their refusals
    assert a.charge("p2") and not b.spent("p2")                   # portals apart; b has not asked about p2


def test_without_a_shared_frontier_each_process_counts_its_own() -> None:
    budget = PageBudget(2)
    assert [budget.charge("p1"), budget.charge("p1"), budget.charge("p1")] == [True, True, False]
    assert budget.spent("p1") and not budget.spent("p2")


PAGE_LATENCY_S = 1.5   # pages slower than a waiting worker's poll (FRONTIER_POLL_S): both workers take pages


def test_two_crawl_processes_fetch_no_more_than_the_budget(tmp_path, redis_url, redis_client) -> None:
    """A homepage linking 30 pages, a budget of 6 pages, two workers: 6 pages fetched in all (each worker's own
    count would allow 12). The homepage answers only once both workers have joined the frontier, so both are
    there to take the pages it links."""
    budget, frontier = 6, "shared-budget"
    base = "http://www.budget.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)

    def home(method, url, headers, body):
        wait_for_workers(redis_client, frontier)
        time.sleep(PAGE_LATENCY_S)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(
            "".join(f'<a href="/xw/{n}.html">新闻{n}</a>' for n in range(30)), "预县")

    def news(method, url, headers, body):
        time.sleep(PAGE_LATENCY_S)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html("<p>新闻</p>", "新闻")

    web.routes[f"{base}/"] = home
    for n in range(30):
        web.routes[f"{base}/xw/{n}.html"] = news
    registry = "id,name,region_code,level,homepage,hosts,hints,robots_override\nbudget,预县,620107,county," \
               f"{base}/,,,\n"
    # the host takes two at once but each worker holds one: a worker never holds every lease, so its peer is never
    # starved of pages (on a loaded machine the first worker could otherwise take the whole budget two by two)
    settings = {**redis_frontier_settings(redis_url, frontier), "NIANBAO_MAX_PAGES_PER_PORTAL": budget,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "CONCURRENT_REQUESTS": 1, "NIANBAO_PAGE_WORKERS": 0}
    run_workers(tmp_path, registry, web, settings)
    # robots.txt and the site map are not charged to the page budget
    fetched = [url for _, url in web.log if not url.endswith(("/robots.txt", "/sitemap.xml"))]
    assert len(fetched) == budget, fetched
    summaries = [crawl_output(tmp_path / f"w{n}", f"w{n}")[1]["portals"]["budget"] for n in (1, 2)]
    assert all(row["pages"] > 0 for row in summaries), "both workers fetched pages"
    assert any(row["page_budget_reached"] for row in summaries)
    assert not redis_client.keys(f"nianbao:{frontier}:*")   # the finished crawl's count went with the frontier


# --- requests outstanding per portal (crawler/outstanding.py): crawl-wide with a shared frontier ---

def test_outstanding_requests_are_counted_for_the_crawl_not_per_worker(redis_client) -> None:
    """Worker a queues three requests of p1 (two focused); worker b finishes two of them: both see one left."""
    from nianbao.crawler.outstanding import SharedOutstandingCounts

    a, b = (SharedOutstandingCounts(redis_client, "nianbao:outstanding-unit") for _ in range(2))
    assert [a.change("p1", True, 1), a.change("p1", True, 1), a.change("p1", False, 1)] == [(1, 1), (2, 2), (3, 2)]
    assert b.change("p1", True, -1) == (2, 1) and b.change("p1", False, -1) == (1, 1)
    assert a.get_many(["p1", "p2"]) == {"p1": (1, 1), "p2": (0, 0)}


def test_without_a_shared_frontier_outstanding_counts_stay_in_the_process() -> None:
    from nianbao.crawler.outstanding import OutstandingCounts

    counts = OutstandingCounts()
    assert counts.change("p1", False, -1) == (0, 0)          # a finish it never saw made cannot go below zero
    assert counts.change("p1", True, 1) == (1, 1) and counts.get("p2") == (0, 0)


def test_a_workers_waiting_links_go_once_a_peer_has_finished_the_portals_requests(tmp_path, redis_url) -> None:
    """Worker a queued p's homepage and a column page and holds an unranked link of p (two focused requests
    outstanding keep a portal's two lease slots busy: the link waits); worker b fetched the homepage. Counted per
    worker, a never saw it finish and held the link until the whole crawl went idle; counted for the crawl, a's
    next look (every WAITING_LINKS_CHECK_S) releases it."""
    from nianbao.crawler.spiders.portal import PortalSpider
    from scrapy.utils.test import get_crawler

    registry = tmp_path / "r.csv"
    registry.write_text("id,name,region_code,level,homepage,hosts\np,P,110101,county,http://www.p.gov.cn/,\n",
                        encoding="utf-8")
    settings = {**redis_frontier_settings(redis_url, "outstanding-spiders"), "NIANBAO_REGISTRY_FILE": str(registry),
                "NIANBAO_RENDER": "never", "NIANBAO_PAGE_WORKERS": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 2}

    def worker():
        crawler = get_crawler(PortalSpider, settings)
        crawler.stats.open_spider()
        spider = PortalSpider.from_crawler(crawler)
        crawler.engine = type("Engine", (), {"crawled": [], "crawl": lambda self, request: self.crawled.append(request)})()
        return spider

    a, b = worker(), worker()
    home = a.make_request("http://www.p.gov.cn/", "p", "home", None, "")
    a.make_request("http://www.p.gov.cn/xxgk/", "p", "column", None, "")
    a.states["p"].generic.append(("http://www.p.gov.cn/about.html", "关于", False, home.url, "L", 1, 0, False, None))
    a._release_waiting()
    assert a.crawler.engine.crawled == []                      # the homepage is outstanding: the link waits
    b._finished(b.states["p"], home.meta)                       # fetched and parsed by the other worker
    a._release_waiting()
    assert [r.url for r in a.crawler.engine.crawled] == ["http://www.p.gov.cn/about.html"]


def test_the_spider_tells_the_frontier_which_requests_are_over_their_portals_budget(tmp_path, redis_url) -> None:
    """Once a worker knows a portal's budget is spent, a request of it that would be charged is over budget (the
    frontier drops it as it is popped, and the spider counts it and finishes it); a retry of an admitted page and
    another portal's request are not."""
    from nianbao.crawler.spiders.portal import PortalSpider
    from scrapy.utils.test import get_crawler

    registry = tmp_path / "r.csv"
    registry.write_text("id,name,region_code,level,homepage,hosts\np,P,110101,county,http://www.p.gov.cn/,\n"
                        "q,Q,110102,county,http://www.q.gov.cn/,\n", encoding="utf-8")
    crawler = get_crawler(PortalSpider, {**redis_frontier_settings(redis_url, "over-budget"),
                                         "NIANBAO_REGISTRY_FILE": str(registry), "NIANBAO_RENDER": "never",
                                         "NIANBAO_PAGE_WORKERS": 0, "NIANBAO_MAX_PAGES_PER_PORTAL": 1})
    crawler.stats.open_spider()
    spider = PortalSpider.from_crawler(crawler)
    home = spider.make_request("http://www.p.gov.cn/", "p", "home", None, "")
    column = spider.make_request("http://www.p.gov.cn/xxgk/", "p", "column", None, "")
    other = spider.make_request("http://www.q.gov.cn/", "q", "home", None, "")
    assert not spider.over_budget(column)                       # nothing admitted yet
    assert spider.admit(home) is None                           # the portal's one page
    assert spider.over_budget(column) and not spider.over_budget(home) and not spider.over_budget(other)
    assert spider.outstanding.get("p") == (2, 2)
    spider.budget_dropped(column)
    assert spider.outstanding.get("p") == (1, 1)
    assert crawler.stats.get_value("discovery/budget_dropped/p") == 1
