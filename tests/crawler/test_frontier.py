"""The shared frontier's leases (crawler/frontier.py) against a real redis-server."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from nianbao.crawler.frontier import LEASE_META, YIELDED_BY_META, LeasingScheduler, links_held, links_released
from nianbao.crawler.pagebudget import SharedPageBudget
from nianbao.crawler.runner import redis_frontier_settings
from nianbao.crawler.spidermiddlewares.leases import LeaseReleaseMiddleware
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

pytestmark = pytest.mark.redis


class FrontierSpider(Spider):
    name = "frontier-test"

    def parse(self, response):
        yield from ()


@pytest.fixture
def frontier(redis_url, request):
    """Make workers of one frontier (a fresh name per test); closes what it opened."""
    import redis

    name = f"t-{request.node.name}"
    opened = []

    def worker(worker_id: str) -> LeasingScheduler:
        settings = {**redis_frontier_settings(redis_url, name), "NIANBAO_CRAWL_ID": worker_id}
        crawler = get_crawler(FrontierSpider, settings)
        crawler.spider = crawler._create_spider()
        scheduler = LeasingScheduler.from_crawler(crawler)
        scheduler.open(crawler.spider)
        scheduler.crawler = crawler
        opened.append(scheduler)
        return scheduler

    worker.client = redis.Redis.from_url(redis_url)
    worker.prefix = f"nianbao:{name}"
    yield worker
    for scheduler in opened:
        if scheduler._heartbeat is not None and scheduler._heartbeat.running:
            scheduler._heartbeat.stop()
    worker.client.close()


def _die(frontier, scheduler: LeasingScheduler) -> None:
    """What kill -9 leaves behind: the heartbeat stops and its key expires; leases and queue stay."""
    scheduler._heartbeat.stop()
    frontier.client.delete(f"{frontier.prefix}:worker:{scheduler.worker_id}")


def _leases(frontier, worker_id: str) -> int:
    return frontier.client.hlen(f"{frontier.prefix}:leases:{worker_id}")


def test_a_popped_request_is_leased_not_lost(frontier) -> None:
    a = frontier("worker-a")
    assert a.enqueue_request(Request("http://www.a.gov.cn/1"))
    assert a.enqueue_request(Request("http://www.a.gov.cn/2"))
    first = a.next_request()
    assert first is not None and first.meta[LEASE_META].startswith("worker-a:")
    assert _leases(frontier, "worker-a") == 1 and len(a) == 1


def test_a_dead_workers_leases_return_to_the_queue(frontier) -> None:
    a = frontier("worker-a")
    for n in range(3):
        a.enqueue_request(Request(f"http://www.a.gov.cn/{n}", priority=n))
    taken = [a.next_request().url for _ in range(2)]
    _die(frontier, a)
    b = frontier("worker-b")                 # reclaims at open
    assert _leases(frontier, "worker-a") == 0
    urls = []
    while (request := b.next_request()) is not None:
        urls.append(request.url)
    assert sorted(urls) == sorted([*taken, "http://www.a.gov.cn/0"])
    assert urls[0] == "http://www.a.gov.cn/2"  # priorities survive the round trip
    # the duplicate filter still knows them: a restarted worker's seeds are not fetched twice
    assert not b.enqueue_request(Request("http://www.a.gov.cn/1"))


def test_a_live_worker_keeps_its_leases_and_busy_peers_are_awaited(frontier) -> None:
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/1"))
    a.next_request()
    b = frontier("worker-b")
    assert b.reclaim_dead_leases() == 0 and _leases(frontier, "worker-a") == 1
    assert b.has_pending_requests()          # a's page may bring new links: b waits instead of closing
    assert not a.has_pending_requests()      # a is idle now (its lease is a failed or redirected request)...
    assert not b.has_pending_requests()      # ...so neither waits for the other


def test_an_expired_peer_is_reclaimed_when_the_queue_runs_dry(frontier) -> None:
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/1"))
    b = frontier("worker-b")
    a.next_request()
    _die(frontier, a)
    assert b.has_pending_requests()
    assert b.next_request().url == "http://www.a.gov.cn/1"


def test_lease_released_only_after_all_output_is_queued(frontier) -> None:
    """Taken from the callback is not queued: Scrapy's engine takes a callback's output into an asyncio queue and
    schedules it from there, so the callback may end first. The page stays leased until each of its requests is in
    the shared queue (or found there already)."""
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/list"))
    request = a.next_request()
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    middleware = LeaseReleaseMiddleware.from_crawler(a.crawler)
    children = [Request("http://www.a.gov.cn/r1"), Request("http://www.a.gov.cn/r2")]
    output = middleware.process_spider_output(response, iter(children), a.crawler.spider)
    next(output)
    next(output)
    assert _leases(frontier, "worker-a") == 1   # the engine has not finished taking the page's links
    assert list(output) == []
    assert _leases(frontier, "worker-a") == 1   # the callback is done, its links are not queued yet
    assert a.enqueue_request(children[0])
    assert _leases(frontier, "worker-a") == 1
    duplicate = children[1].replace(url="http://www.a.gov.cn/r1")
    assert not a.enqueue_request(duplicate)      # seen: in the queue already
    assert _leases(frontier, "worker-a") == 0
    assert YIELDED_BY_META not in children[0].meta and YIELDED_BY_META not in duplicate.meta   # not kept in Redis


def test_a_request_is_marked_seen_only_together_with_its_push(frontier) -> None:
    """scrapy-redis marked a request seen, then pushed it: a worker that died (or failed) between the two left it
    seen by every worker and queued by none. Here the mark and the push are one step."""
    a = frontier("worker-a")
    unqueueable = Request("http://www.a.gov.cn/r1", meta={"state": threading.Lock()})   # cannot be pickled
    with pytest.raises(TypeError):
        a.enqueue_request(unqueueable)
    assert frontier.client.scard(f"{frontier.prefix}:dupefilter") == 0
    assert a.enqueue_request(Request("http://www.a.gov.cn/r1"))
    assert not a.enqueue_request(Request("http://www.a.gov.cn/r1"))          # the filter still filters
    assert a.enqueue_request(Request("http://www.a.gov.cn/r1", dont_filter=True))
    assert frontier.client.scard(f"{frontier.prefix}:dupefilter") == 1 and len(a) == 2


def test_lease_kept_while_the_spider_holds_links_of_the_page(frontier) -> None:
    """Links a spider keeps in memory (waiting for their portal to have room) die with the worker: the page stays
    leased until they are queued, so the next worker fetches it again and finds them."""
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/list"))
    request = a.next_request()
    token = request.meta[LEASE_META]
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    middleware = LeaseReleaseMiddleware.from_crawler(a.crawler)

    def callback():
        yield Request("http://www.a.gov.cn/report")
        a.crawler.signals.send_catch_log(links_held, token=token, count=2)   # two links set aside

    assert len(list(middleware.process_spider_output(response, callback(), a.crawler.spider))) == 1
    assert _leases(frontier, "worker-a") == 1
    a.crawler.signals.send_catch_log(links_released, token=token, count=1)
    assert _leases(frontier, "worker-a") == 1
    _die(frontier, a)
    b = frontier("worker-b")                 # the killed worker's page comes back
    assert b.next_request().url == "http://www.a.gov.cn/list"
    a.crawler.signals.send_catch_log(links_released, token=token, count=1)
    assert _leases(frontier, "worker-a") == 0


def test_lease_kept_until_the_pipelines_are_done_with_the_pages_items(frontier) -> None:
    """A page's item (its document's metadata record) is written by the item pipelines after the engine took it:
    a worker killed in between would leave a capture without its document, never fetched again. The lease holds
    until the item is scraped, dropped or failed."""
    from scrapy import signals

    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/report.pdf"))
    request = a.next_request()
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    middleware = LeaseReleaseMiddleware.from_crawler(a.crawler)
    items = [{"url": request.url}, {"url": request.url + "#2"}]
    assert list(middleware.process_spider_output(response, iter(items), a.crawler.spider)) == items
    assert _leases(frontier, "worker-a") == 1           # both items still in the pipelines
    a.crawler.signals.send_catch_log(signals.item_scraped, item=items[0], response=response, spider=a.crawler.spider)
    assert _leases(frontier, "worker-a") == 1
    a.crawler.signals.send_catch_log(signals.item_dropped, item=items[1], response=response,
                                     exception=Exception("dropped"), spider=a.crawler.spider)
    assert _leases(frontier, "worker-a") == 0


def test_a_worker_parks_only_its_share_of_a_host_and_hands_back_the_rest(frontier) -> None:
    """A worker whose downloader has a host's share in hand parks that host's next requests only up to that
    share: the rest goes back to the shared queue, in its place, for the other workers."""
    a = frontier("worker-a")
    for n in range(6):
        a.enqueue_request(Request(f"http://www.a.gov.cn/{n}", priority=10 - n))
    a.per_host_in_hand = 2
    a._in_hand_per_host = lambda: Counter({"www.a.gov.cn": 2})
    assert a.next_request() is None
    assert [r.url for r in a._parked["www.a.gov.cn"]] == [f"http://www.a.gov.cn/{n}" for n in range(2)]
    assert _leases(frontier, "worker-a") == 2 and len(a.queue) == 4
    assert a.stats.get_value("scheduler/handed_back") == 1
    b = frontier("worker-b")
    assert b.next_request().url == "http://www.a.gov.cn/2"   # handed back to the head of its host's queue


def test_inherited_lease_token_is_stripped_not_released(frontier) -> None:
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/list"))
    parent = a.next_request()
    child = Request("http://www.a.gov.cn/moved", meta=dict(parent.meta))
    assert a.enqueue_request(child)
    assert LEASE_META not in child.meta
    assert _leases(frontier, "worker-a") == 1


def test_redirect_or_retry_of_a_leased_request_ends_its_lease(frontier) -> None:
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/old"))
    a.enqueue_request(Request("http://www.a.gov.cn/flaky"))
    moved, flaky = a.next_request(), a.next_request()
    redirected = moved.replace(url="http://www.a.gov.cn/new",
                               meta={**moved.meta, "redirect_urls": ["http://www.a.gov.cn/old"]})
    assert a.enqueue_request(redirected)
    assert _leases(frontier, "worker-a") == 1
    retry = flaky.replace(dont_filter=True, meta={**flaky.meta, "retry_times": 1})
    assert a.enqueue_request(retry)
    assert _leases(frontier, "worker-a") == 0
    assert len(a) == 2


def test_cut_short_worker_hands_back_its_leases(frontier) -> None:
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/1"))
    a.next_request()
    a._spider_closed(a.crawler.spider, "closespider_timeout")
    assert _leases(frontier, "worker-a") == 0 and len(a) == 1


def test_last_worker_of_a_finished_crawl_clears_the_frontier(frontier) -> None:
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/1"))
    a.next_request()
    assert SharedPageBudget(5, frontier.client, frontier.prefix).charge("a")   # the crawl-wide page budget
    a._spider_closed(a.crawler.spider, "finished")
    assert not frontier.client.keys(f"{frontier.prefix}:*")
    b = frontier("worker-b")                 # the same frontier name later is a new crawl
    assert b.enqueue_request(Request("http://www.a.gov.cn/1"))


def test_a_handed_back_request_brings_its_host_back_into_the_turns(frontier) -> None:
    """hand_back of a host's only request: the host had left the turns when it was popped and must rejoin them
    (put_back's other branch from the parking test, where the host still has requests queued)."""
    a = frontier("worker-a")
    a.enqueue_request(Request("http://www.a.gov.cn/only", priority=3))
    request = a.next_request()
    assert frontier.client.zcard(f"{frontier.prefix}:requests") == 0
    assert a.queue.hand_back(a.leases_key, request.meta[LEASE_META])
    assert _leases(frontier, "worker-a") == 0 and len(a.queue) == 1
    assert not a.queue.hand_back(a.leases_key, request.meta[LEASE_META])   # the lease is gone: nothing put back
    assert len(a.queue) == 1
    again = frontier("worker-b").next_request()
    assert again.url == "http://www.a.gov.cn/only" and again.priority == 3


def test_requests_of_a_portal_over_its_budget_are_dropped_as_they_leave_the_frontier(frontier) -> None:
    """A request the spider says is over its portal's page budget is dropped by the pop itself: its lease ends,
    its host's turn is given back, the spider is told (it counts it and finishes it), and the pop goes on to the
    next request — no pass through the downloader middlewares for it."""
    a = frontier("worker-a")
    dropped = []
    a.spider.over_budget = lambda request: "spent" in request.url
    a.spider.budget_dropped = dropped.append
    for url in ("http://www.spent.gov.cn/1", "http://www.spent.gov.cn/2", "http://www.ok.gov.cn/1"):
        a.enqueue_request(Request(url))
    assert a.next_request().url == "http://www.ok.gov.cn/1"       # hosts take turns: spent/1 dropped on the way
    assert [r.url for r in dropped] == ["http://www.spent.gov.cn/1"]
    assert a.next_request() is None and len(a) == 0                # spent/2 dropped, nothing left
    assert [r.url for r in dropped] == ["http://www.spent.gov.cn/1", "http://www.spent.gov.cn/2"]
    assert _leases(frontier, "worker-a") == 1 and a.stats.get_value("frontier/budget_dropped") == 2


def test_a_spent_budget_drops_the_portals_queued_requests_at_once(frontier) -> None:
    """When the spider says a portal's budget is spent (`budget_spent` with its hosts), its queued requests that are
    over budget leave the shared queue at once — not one per host turn, each a politeness delay after the last —
    and the others stay."""
    from nianbao.crawler.frontier import budget_spent

    a = frontier("worker-a")
    dropped = []
    a.spider.over_budget = lambda request: "/page" in request.url
    a.spider.budget_dropped = dropped.append
    for url in ("http://www.spent.gov.cn/page1", "http://www.spent.gov.cn/retry", "http://www.spent.gov.cn/page2",
                "http://www.ok.gov.cn/page3"):
        a.enqueue_request(Request(url))
    a.crawler.signals.send_catch_log(budget_spent, hosts=("www.spent.gov.cn",))
    assert sorted(r.url for r in dropped) == ["http://www.spent.gov.cn/page1", "http://www.spent.gov.cn/page2"]
    assert len(a) == 2 and a.stats.get_value("frontier/budget_dropped") == 2
    assert a.next_request().url == "http://www.spent.gov.cn/retry"
