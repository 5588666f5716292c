"""The page budget (NIANBAO_MAX_PAGES_PER_PORTAL) with a shared frontier holds for the crawl, not per worker
(crawler/pagebudget.py): the Redis counter on its own, and two crawl processes against one small portal."""

from __future__ import annotations

import time

import pytest
from nianbao.crawler.pagebudget import PageBudget, SharedPageBudget
from nianbao.crawler.runner import redis_frontier_settings

from tests.crawler.minisite import MiniWeb, ProxyServer, crawl_output, html, start_crawl
from tests.redis_server import redis_server

pytestmark = pytest.mark.redis


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def client(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


def test_two_workers_share_one_count_per_portal(client) -> None:
    a, b = (SharedPageBudget(3, client, "nianbao:unit") for _ in range(2))
    admitted = [a.charge("p1"), b.charge("p1"), b.charge("p1"), a.charge("p1"), b.charge("p1")]
    assert admitted == [True, True, True, False, False]
    assert client.hget("nianbao:unit:pages", "p1") == b"3"          # refusals are not counted
    assert a.spent("p1") and b.spent("p1")                        # both learned it on their refusals
    assert a.charge("p2") and not b.spent("p2")                   # portals apart; b has not asked about p2


def test_without_a_shared_frontier_each_process_counts_its_own() -> None:
    budget = PageBudget(2)
    assert [budget.charge("p1"), budget.charge("p1"), budget.charge("p1")] == [True, True, False]
    assert budget.spent("p1") and not budget.spent("p2")


PAGE_LATENCY_S = 1.5   # pages slower than a waiting worker's poll (FRONTIER_POLL_S): both workers take pages


def test_two_crawl_processes_fetch_no_more_than_the_budget(tmp_path, redis_url, client) -> None:
    """A homepage linking 30 pages, a budget of 6 pages, two workers: 6 pages fetched in all (each worker's own
    count would allow 12). The homepage answers only once both workers have joined the frontier, so both are
    there to take the pages it links."""
    budget, frontier = 6, "shared-budget"
    base = "http://www.budget.gov.cn"
    web = MiniWeb()
    web.add(f"{base}/robots.txt", "", status=404)

    def home(method, url, headers, body):
        deadline = time.monotonic() + 60
        while client.scard(f"nianbao:{frontier}:workers") < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
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
    settings = {**redis_frontier_settings(redis_url, frontier), "NIANBAO_MAX_PAGES_PER_PORTAL": budget,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "NIANBAO_PAGE_WORKERS": 0}
    with ProxyServer(web) as proxy:
        workers = []
        for n in (1, 2):
            (tmp_path / f"w{n}").mkdir()
            workers.append(start_crawl(tmp_path / f"w{n}", registry, proxy.url, settings, crawl_id=f"w{n}"))
        stderr = [worker.communicate(timeout=180)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], [tail[-3000:] for tail in stderr]
    # robots.txt and the site map are not charged to the page budget
    fetched = [url for _, url in web.log if not url.endswith(("/robots.txt", "/sitemap.xml"))]
    assert len(fetched) == budget, fetched
    summaries = [crawl_output(tmp_path / f"w{n}", f"w{n}")[1]["portals"]["budget"] for n in (1, 2)]
    assert all(row["pages"] > 0 for row in summaries), "both workers fetched pages"
    assert any(row["page_budget_reached"] for row in summaries)
    assert not client.keys(f"nianbao:{frontier}:*")   # the finished crawl's count went with its frontier
