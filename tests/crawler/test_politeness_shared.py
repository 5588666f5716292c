"""Politeness across workers (crawler/downloadermiddlewares/politeness.py) and the host-interleaved shared queue (crawler/frontier.py),
against a real redis-server; end to end, two crawl processes on one host and the server's own timing log."""

from __future__ import annotations

import itertools
import threading
import time
from collections import Counter

import pytest
from nianbao.crawler.downloadermiddlewares.politeness import (
    DEFER_META,
    LEASE_META,
    SharedPolitenessMiddleware,
    shared_politeness_settings,
)
from nianbao.crawler.frontier import HostQueues
from nianbao.crawler.registry import Portal
from nianbao.crawler.runner import CrawlConfig, redis_frontier_settings, start_crawl
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from tests.crawler.minisite import MiniWeb, ProxyServer, html, wait_for_workers

pytestmark = pytest.mark.redis
HOST = "www.onehost.gov.cn"


def _worker(client, prefix: str, concurrency: int = 2, delay_s: float = 0.0, lease_s: float = 30.0):
    """One worker's middleware (several in one test stand for several worker processes)."""
    return SharedPolitenessMiddleware(client, prefix, concurrency=concurrency, delay_s=delay_s, lease_s=lease_s,
                                      poll_s=0.05)


def test_the_host_limit_holds_for_all_workers_together(redis_client):
    one, two = _worker(redis_client, "nianbao:limit"), _worker(redis_client, "nianbao:limit")
    assert one.try_acquire(HOST, "a") is None
    assert two.try_acquire(HOST, "b") is None
    assert one.try_acquire(HOST, "c") == 0.05 and two.try_acquire(HOST, "d") == 0.05   # full: poll again
    assert two.try_acquire("www.other.gov.cn", "e") is None                               # other hosts are free
    redis_client.zrem(one.keys(HOST)[0], "a")
    assert two.try_acquire(HOST, "d") is None


def test_starts_to_a_host_are_the_delay_apart_whichever_worker_sends(redis_client):
    one, two = (_worker(redis_client, "nianbao:delay", delay_s=0.3) for _ in range(2))
    assert one.try_acquire(HOST, "a") is None
    wait = two.try_acquire(HOST, "b")
    assert 0.2 < wait <= 0.3
    time.sleep(wait)
    assert two.try_acquire(HOST, "b") is None


def test_a_rate_limited_host_is_paused_and_slowed_for_every_worker(redis_client):
    one, two = (_worker(redis_client, "nianbao:pause") for _ in range(2))
    # backoff.py's signal host_backoff: Retry-After 0.3 s, a request sent 0.01 s ago, at least 0.2 s between requests
    assert one.pause_host(HOST, 0.3, 0.01, 0.2, 30.0, 600.0) == (0.2, True)
    wait = two.try_acquire(HOST, "a")
    assert 0.2 < wait <= 0.3                                   # no worker asks the host before the pause ends
    assert two.try_acquire("www.other.gov.cn", "b") is None    # other hosts go on
    assert two.try_acquire("www.other.gov.cn", "b2") is None   # …at the crawl's pace (none here)
    # a shorter pause does not shorten it; a refusal of a request sent before the raise does not raise again
    assert one.pause_host(HOST, 0.05, 1.0, 0.2, 30.0, 600.0) == (0.2, False)
    assert two.try_acquire(HOST, "a") > 0.2
    time.sleep(0.3)
    assert two.try_acquire(HOST, "c") is None
    assert 0.1 < one.try_acquire(HOST, "d") <= 0.2             # the worker never refused keeps the slower pace too


def _refusable_worker(redis_url: str, frontier: str, **settings):
    """One worker's back-off and shared politeness middlewares, joined by the signal host_backoff as in a crawl."""
    from nianbao.crawler.downloadermiddlewares.backoff import RetryBackoffMiddleware

    crawler = get_crawler(Spider, {**redis_frontier_settings(redis_url, frontier), "RETRY_BACKOFF_BASE_S": 0.05,
                                   "NIANBAO_RATE_LIMIT_DELAY_S": 0.2, **settings})
    politeness = SharedPolitenessMiddleware.from_crawler(crawler)
    return RetryBackoffMiddleware(crawler), politeness, crawler.stats


def _refused(url: str, sent_ago_s: float = 0.01):
    request = Request(url, meta={"download_latency": sent_ago_s})
    return request, HtmlResponse(url, status=429, headers={"Retry-After": "0"}, body=b"busy", request=request)


def _grants_apart(worker, host: str) -> float:
    """The wait between two grants of `host` to `worker` (its next-allowed time as the grant set it)."""
    assert worker.try_acquire(host, "first") is None
    return worker.try_acquire(host, "second") or 0.0


def test_the_slower_pace_a_host_asked_of_one_worker_holds_for_every_worker(redis_url, redis_client):
    (backoff_one, _, stats_one), (backoff_two, polite_two, stats_two) = (
        _refusable_worker(redis_url, "slowed", AUTOTHROTTLE_MAX_DELAY=0.5) for _ in range(2))
    other = "www.other.gov.cn"
    assert _grants_apart(polite_two, other) == 0.0              # the crawl's pace: no delay in this test
    backoff_one.process_response(*_refused(f"http://{HOST}/a.html"))
    assert stats_one.get_value("backoff/host_delay_raised") == 1
    time.sleep(0.05)                                            # the host's pause (RETRY_BACKOFF_BASE_S: 429 says 0)
    assert 0.15 < _grants_apart(polite_two, HOST) <= 0.2        # the worker never refused asks at the slower pace
    assert _grants_apart(polite_two, other) == 0.0              # a host that did not refuse keeps the crawl's
    # worker two refused for a request sent before the raise (same burst): not slower again
    backoff_two.process_response(*_refused(f"http://{HOST}/b.html", sent_ago_s=5.0))
    assert backoff_two.hosts[HOST].delay_s == 0.2 and not stats_two.get_value("backoff/host_delay_raised")
    # …and for one sent at the slower pace: twice as slow for both, from the shared delay it never raised itself
    backoff_two.process_response(*_refused(f"http://{HOST}/c.html"))
    assert backoff_two.hosts[HOST].delay_s == 0.4 and stats_two.get_value("backoff/host_delay_raised") == 1
    backoff_one.process_response(*_refused(f"http://{HOST}/d.html", sent_ago_s=0.0))   # sent after that raise
    assert backoff_one.hosts[HOST].delay_s == 0.5               # AUTOTHROTTLE_MAX_DELAY: the limit of how slow
    time.sleep(0.55)                                            # the pauses (doubling: 0.1, 0.2, 0.4 s) and the delay
    polite_one = _refusable_worker(redis_url, "slowed")[1]
    assert 0.45 < _grants_apart(polite_one, HOST) <= 0.5        # a worker started later learns it too


def test_a_hosts_slower_pace_lapses_after_its_last_refusal(redis_url, redis_client):
    backoff, polite, _ = _refusable_worker(redis_url, "lapses", NIANBAO_RATE_LIMIT_DELAY_EXPIRY_S=0.3)
    backoff.process_response(*_refused(f"http://{HOST}/a.html"))
    delay_key = polite.keys(HOST)[2]
    assert 0 < redis_client.pttl(delay_key) <= 300
    time.sleep(0.35)
    assert not redis_client.exists(delay_key)
    assert _grants_apart(polite, HOST) == 0.0                   # the crawl's pace again


def test_a_killed_workers_leases_expire(redis_client):
    dead, live = (_worker(redis_client, "nianbao:dead", lease_s=0.2) for _ in range(2))
    assert dead.try_acquire(HOST, "a") is None and dead.try_acquire(HOST, "b") is None
    assert live.try_acquire(HOST, "c") is not None
    time.sleep(0.25)
    assert live.try_acquire(HOST, "c") is None


def test_the_lease_is_given_back_with_the_response_or_the_error(redis_client):
    import asyncio

    worker = _worker(redis_client, "nianbao:release", concurrency=1)
    request = Request(f"http://{HOST}/a.html")
    asyncio.run(worker.process_request(request))
    leases_key = worker.keys(HOST)[0]
    assert redis_client.zcard(leases_key) == 1 and LEASE_META in request.meta
    worker.process_response(request, HtmlResponse(request.url, body=b"", request=request))
    assert redis_client.zcard(leases_key) == 0 and LEASE_META not in request.meta
    asyncio.run(worker.process_request(request))
    worker.process_exception(request, TimeoutError())
    assert redis_client.zcard(leases_key) == 0


def test_inert_without_a_shared_frontier_and_delay_moved_with_one(redis_url):
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        SharedPolitenessMiddleware.from_crawler(get_crawler(Spider, {}))
    shared = get_crawler(Spider, {**redis_frontier_settings(redis_url, "moved"), "DOWNLOAD_DELAY": 0.7}).settings
    assert shared_politeness_settings(shared) == {"NIANBAO_HOST_DELAY_S": 0.7, "DOWNLOAD_DELAY": 0,
                                                  "AUTOTHROTTLE_ENABLED": False}
    off = get_crawler(Spider, {**redis_frontier_settings(redis_url, "off"), "NIANBAO_SHARED_POLITENESS": False})
    assert shared_politeness_settings(off.settings) == {}


def test_the_shared_queue_takes_hosts_in_turn_and_each_hosts_best_first(redis_client):
    queue = HostQueues(redis_client, Spider("q"), "nianbao:rr:requests")
    for url, priority in [("http://a.gov.cn/1", 0), ("http://a.gov.cn/2", 0), ("http://a.gov.cn/3", 0),
                          ("http://b.gov.cn/1", 0), ("http://b.gov.cn/2", 0), ("http://a.gov.cn/top", 5)]:
        queue.push(Request(url, priority=priority))
    assert len(queue) == 6
    order = [queue._decode_request(queue.pop_and_lease("nianbao:rr:leases:w", "w:")[1]).url for _ in range(6)]
    assert order == ["http://a.gov.cn/top", "http://b.gov.cn/1", "http://a.gov.cn/1", "http://b.gov.cn/2",
                     "http://a.gov.cn/2", "http://a.gov.cn/3"]
    assert len(queue) == 0 and queue.pop_and_lease("nianbao:rr:leases:w", "w:") is None
    redis_client.sadd("nianbao:rr:workers", "w")
    assert queue.reclaim("nianbao:rr:leases:w", "nianbao:rr:workers", "w") == 6      # a dead worker's leases
    assert len(queue) == 6
    again = [queue._decode_request(queue.pop_and_lease("nianbao:rr:leases:v", "v:")[1]).url for _ in range(6)]
    assert sorted(again) == sorted(order)
    assert [url for url in again if "a.gov" in url] == ["http://a.gov.cn/top", "http://a.gov.cn/1",
                                                        "http://a.gov.cn/2", "http://a.gov.cn/3"]
    queue.clear()
    assert redis_client.keys("nianbao:rr:*") == [b"nianbao:rr:leases:v"]


# --- politeness decided where requests are chosen: ready hosts only, deferral instead of waiting in a slot ---

def _ready_queue(redis_client, name: str, per_host: int, delay_s: float) -> HostQueues:
    queue = HostQueues(redis_client, Spider("q"), f"nianbao:{name}:requests")
    queue.politeness_limits(per_host, delay_s)
    return queue


def _pop_url(queue, leases_key: str = "nianbao:x:leases:w"):
    popped = queue.pop_and_lease(leases_key, "w:")
    return queue._decode_request(popped[1]).url if isinstance(popped, tuple) else popped


def test_the_shared_queue_hands_out_a_host_only_when_it_is_ready(redis_client):
    """A host is handed out once per delay, and not while its leases are all out: its next request waits in
    Redis, not in a worker's download slot; the pop says how long until a host is ready."""
    queue = _ready_queue(redis_client, "ready", per_host=1, delay_s=0.3)
    worker = _worker(redis_client, "nianbao:ready", concurrency=1, delay_s=0.3)
    for url in ("http://a.gov.cn/1", "http://a.gov.cn/2", "http://b.gov.cn/1"):
        queue.push(Request(url))
    assert _pop_url(queue) == "http://a.gov.cn/1"
    assert worker.try_acquire("a.gov.cn", "a1") is None             # ready when handed out: granted at once
    assert _pop_url(queue) == "http://b.gov.cn/1"
    wait = _pop_url(queue)                                          # a is within its delay: nothing ready
    assert isinstance(wait, float) and 0.2 < wait <= 0.3
    time.sleep(wait)
    assert 0 <= _pop_url(queue) <= 0.1                              # a's delay is over, but its one lease is out
    redis_client.zrem(worker.keys("a.gov.cn")[0], "a1")                   # the response came in
    time.sleep(0.11)
    assert _pop_url(queue) == "http://a.gov.cn/2"
    assert _pop_url(queue) is None and len(queue) == 0


def test_hosts_are_taken_in_the_order_they_became_ready(redis_client):
    queue = _ready_queue(redis_client, "order", per_host=2, delay_s=0.3)
    worker = _worker(redis_client, "nianbao:order", delay_s=0.3)
    for url in ("http://c.gov.cn/1", "http://d.gov.cn/1", "http://e.gov.cn/1", "http://d.gov.cn/2"):
        queue.push(Request(url))
    assert worker.try_acquire("c.gov.cn", "robots") is None         # c's robots.txt took c's grant (not queued)
    assert [_pop_url(queue) for _ in range(2)] == ["http://d.gov.cn/1", "http://e.gov.cn/1"]
    time.sleep(0.31)                                                # c ready since its grant + delay, d after it
    assert [_pop_url(queue) for _ in range(2)] == ["http://c.gov.cn/1", "http://d.gov.cn/2"]


def test_a_frontier_request_whose_host_is_not_ready_goes_back_instead_of_waiting(redis_client):
    import asyncio

    worker = _worker(redis_client, "nianbao:defer", delay_s=0.2)
    assert worker.try_acquire(HOST, "robots") is None               # the host's grant was just taken
    leased = Request(f"http://{HOST}/a.html", meta={"nianbao_lease": "w:1"})
    assert asyncio.run(worker.process_request(leased)) is leased    # back to the scheduler, no slot held
    assert leased.meta[DEFER_META] and LEASE_META not in leased.meta
    # a request the frontier did not hand out (robots.txt), or one holding a browser tab, waits for the host
    for request in (Request(f"http://{HOST}/robots.txt"),
                    Request(f"http://{HOST}/b.html", meta={"nianbao_lease": "w:2", "playwright": True})):
        started = time.monotonic()
        assert asyncio.run(worker.process_request(request)) is None
        assert time.monotonic() - started >= 0.15 and LEASE_META in request.meta
        worker.release(request)


def test_a_deferred_request_returns_to_its_place_with_what_it_carries(redis_url, redis_client):
    """The scheduler puts a deferred request back at the head of its host's queue — past the duplicate filter,
    which has seen it — as it is now (the page budget has charged it: meta nianbao_admitted), and ends its lease."""
    from nianbao.crawler.frontier import LEASE_META as FRONTIER_LEASE_META
    from nianbao.crawler.frontier import LeasingScheduler

    settings = {**redis_frontier_settings(redis_url, "deferred"), "NIANBAO_CRAWL_ID": "w1"}
    crawler = get_crawler(Spider, settings)
    crawler.spider = crawler._create_spider("deferred")
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    try:
        for url, priority in (("http://a.gov.cn/1", 5), ("http://a.gov.cn/2", 0)):
            scheduler.enqueue_request(Request(url, priority=priority))
        first = scheduler.next_request()
        first.meta.update({"nianbao_admitted": True, DEFER_META: True})
        assert scheduler.enqueue_request(first)
        assert redis_client.hlen("nianbao:deferred:leases:w1") == 0 and len(scheduler) == 2
        assert crawler.stats.get_value("scheduler/deferred") == 1
        again = scheduler.next_request()
        assert again.url == "http://a.gov.cn/1" and again.meta["nianbao_admitted"]
        assert DEFER_META not in again.meta and again.meta[FRONTIER_LEASE_META] != first.meta.get(FRONTIER_LEASE_META)
    finally:
        scheduler._heartbeat.stop()
        scheduler.flush()


def test_a_request_dropped_before_its_lease_gives_its_host_turn_back(redis_url, redis_client):
    """A request the frontier handed out and a middleware dropped before it had its lease (page budget spent,
    robots.txt, scope) used no politeness delay: its host's next request is handed out at once, not a delay later;
    and its frontier lease ends (no response will end it)."""
    from nianbao.crawler.frontier import LeasingScheduler
    from scrapy.exceptions import IgnoreRequest

    settings = {**redis_frontier_settings(redis_url, "unused"), "NIANBAO_CRAWL_ID": "w1", "NIANBAO_HOST_DELAY_S": 5}
    crawler = get_crawler(Spider, settings)
    crawler.spider = crawler._create_spider("unused")
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    middleware = SharedPolitenessMiddleware.from_crawler(crawler)
    try:
        for url in ("http://a.gov.cn/1", "http://a.gov.cn/2"):
            scheduler.enqueue_request(Request(url))
        dropped = scheduler.next_request()
        assert scheduler.next_request() is None                       # a's turn is taken for 5 s
        assert redis_client.hlen("nianbao:unused:leases:w1") == 1
        middleware.process_exception(dropped, IgnoreRequest("page budget spent"))
        assert redis_client.hlen("nianbao:unused:leases:w1") == 0             # no response will end its lease
        assert scheduler.next_request().url == "http://a.gov.cn/2"
        assert crawler.stats.get_value("politeness/turn_unused") == 1
    finally:
        scheduler._heartbeat.stop()
        scheduler.flush()


# --- end to end: two crawl processes, one host --------------------------------------------------------------

PAGES, SERVE_S, DELAY_S, HOST_LIMIT = 12, 0.4, 0.2, 3


@pytest.mark.slow
def test_two_workers_keep_one_hosts_limit_and_delay(tmp_path, redis_url, redis_client):
    """Pages take 0.4 s to serve and the delay is 0.2 s; the host's limit is three. Each worker holds at most two
    requests (CONCURRENT_REQUESTS), so without shared leases the two would have up to four at once on the host and
    starts 0 s apart; with them, one worker can never hold every lease, so the other always finds one free (a worker
    that held them all could starve its peer on a loaded machine). The list that names the pages is served only once
    both workers have joined the frontier."""
    web, log, lock = MiniWeb(), [], threading.Lock()
    listing = html("".join(f'<a href="/nb/t20240110_{n}.html">某县第{n}局2023年政府信息公开工作年度报告</a>'
                           for n in range(PAGES)))

    def list_once_both_joined(method, url, headers, body):
        wait_for_workers(redis_client, "onehost")
        return 200, {"Content-Type": "text/html; charset=utf-8"}, listing

    def slow_page(method, url, headers, body):
        start = time.monotonic()
        time.sleep(SERVE_S)
        with lock:
            log.append((start, time.monotonic(), headers.get("User-Agent", ""), url))
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(f"<p>{url}</p>", title="page")

    web.add(f"http://{HOST}/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    web.add(f"http://{HOST}/", html('<a href="/nb/">政府信息公开年报</a>'))
    web.routes[f"http://{HOST}/nb/"] = list_once_both_joined
    for n in range(PAGES):
        web.routes[f"http://{HOST}/nb/t20240110_{n}.html"] = slow_page
    portal = Portal(id="onehost", name="某县", region_code="110101", level="county", homepage=f"http://{HOST}/")
    settings = {"DOWNLOAD_DELAY": DELAY_S, "CONCURRENT_REQUESTS": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": HOST_LIMIT,
                "AUTOTHROTTLE_ENABLED": False,
                "NIANBAO_PROGRESS_TTY": False}
    with ProxyServer(web) as proxy:
        workers = [start_crawl(CrawlConfig(
            data_dir=tmp_path / f"worker{n}", portals=[portal], store_uri=(tmp_path / "store").as_uri(),
            proxy=proxy.url, render="never", redis_url=redis_url, frontier_key="onehost",
            contact_url=f"https://example.org/worker{n}", extra_settings=settings)) for n in (1, 2)]
        results = [w.wait() for w in workers]
    assert all(r.ok for r in results), [str(r.run_dir) for r in results]
    assert len(log) == PAGES
    assert {agent.split("worker")[1][0] for _, _, agent, _ in log} == {"1", "2"}, "both workers fetched pages"
    events = sorted([(start, 1) for start, _, _, _ in log] + [(end, -1) for _, end, _, _ in log])
    at_once = peak = 0
    for _, step in events:
        at_once += step
        peak = max(peak, at_once)
    assert peak <= HOST_LIMIT   # four without shared leases
    starts = sorted(start for start, _, _, _ in log)
    # the delay holds between grants in Redis; a start reaches the server a few ms after its grant
    assert min(b - a for a, b in itertools.pairwise(starts)) >= DELAY_S - 0.05
    # the frontier hands out only ready hosts: no page waited in a download slot for its host (a page that found
    # its host's grant taken by its worker's robots.txt went back to the frontier); only robots.txt may wait
    scheduling = Counter()
    for result in results:
        scheduling.update(result.summary["scheduling"])
    assert scheduling["politeness/waited"] <= 2, scheduling


def test_a_worker_parks_requests_of_hosts_that_have_their_share_in_hand(redis_url, redis_client):
    from types import SimpleNamespace

    from nianbao.crawler.frontier import LeasingScheduler

    settings = {**redis_frontier_settings(redis_url, "parking"), "NIANBAO_CRAWL_ID": "w1",
                "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "NIANBAO_FRONTIER_MAX_PARKED": 2}
    crawler = get_crawler(Spider, settings)
    crawler.spider = crawler._create_spider("parking")
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    try:
        crawler.engine = SimpleNamespace(downloader=SimpleNamespace(active={Request("http://a.gov.cn/0")}))
        for url in ("http://a.gov.cn/1", "http://a.gov.cn/2", "http://a.gov.cn/3", "http://b.gov.cn/1"):
            scheduler.enqueue_request(Request(url, priority=5 if "a.gov" in url else 0))
        assert scheduler.next_request().url == "http://b.gov.cn/1"    # a has its share in hand: a/1 is parked
        # one share of a parked is a's limit: a/2 goes back to the shared queue for other workers, a/3 stays there
        assert scheduler.next_request() is None
        assert len(scheduler) == 3 and scheduler._parked_count == 1
        assert crawler.stats.get_value("scheduler/handed_back") == 1
        crawler.engine.downloader.active = set()
        first = scheduler.next_request()
        assert first.url == "http://a.gov.cn/1"       # a has room again: its parked requests, best first
        crawler.engine.downloader.active = {first}
        assert scheduler.next_request() is None
        # a/2 parked now (a/3 handed back); b/1 and a/1 handed out and a/2 parked: those three stay leased
        assert len(scheduler) == 2 and redis_client.hlen("nianbao:parking:leases:w1") == 3
        assert [r.url for r in scheduler._parked["a.gov.cn"]] == ["http://a.gov.cn/2"]
    finally:
        scheduler._heartbeat.stop()
        scheduler.flush()


def test_a_request_waiting_for_its_hosts_name_lookup_leaves_its_slot_and_its_host_waits(redis_url,
                                                                                         redis_client):
    """With a shared frontier, ScopeMiddleware does not keep a request in a download slot while its host's name
    lookup runs: it hands it back (DEFER_META) with a wait for its host, and the frontier hands out another
    host's request meanwhile; the host comes back as soon as its lookup is done (`host_ready`)."""
    import asyncio

    from nianbao.crawler.downloadermiddlewares import scope
    from nianbao.crawler.frontier import LeasingScheduler

    settings = {**redis_frontier_settings(redis_url, "dns-defer"), "NIANBAO_CRAWL_ID": "w1"}
    crawler = get_crawler(Spider, settings)
    crawler.spider = crawler._create_spider("dns-defer")
    crawler.stats.open_spider()
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    middleware = scope.ScopeMiddleware(crawler)

    async def run():
        lookup_answered = asyncio.Event()

        async def slow_lookup(self, host):
            await lookup_answered.wait()
            return None

        scope._Resolver._verdict, saved = slow_lookup, scope._Resolver._verdict
        try:
            for url in ("http://www.a.gov.cn/1", "http://www.b.gov.cn/1"):
                scheduler.enqueue_request(Request(url))
            middleware.resolver.results["www.b.gov.cn"] = True
            first = scheduler.next_request()
            assert first.url == "http://www.a.gov.cn/1"
            assert await middleware.process_request(first) is first and first.meta[DEFER_META]
            assert scheduler.enqueue_request(first)                     # what the engine does with it
            assert scheduler.next_request().url == "http://www.b.gov.cn/1"
            assert scheduler.next_request() is None                     # a.gov.cn waits for its lookup
            lookup_answered.set()
            await asyncio.sleep(0.05)
            assert scheduler.next_request().url == "http://www.a.gov.cn/1"   # at once, not after 5 s
        finally:
            scope._Resolver._verdict = saved

    try:
        asyncio.run(run())
        assert crawler.stats.get_value("scope/dns_deferred") == 1
    finally:
        scheduler._heartbeat.stop()
        scheduler.flush()
