"""Politeness across workers (crawler/downloadermiddlewares/politeness.py) and the host-interleaved shared queue (crawler/frontier.py),
against a real redis-server; end to end, two crawl processes on one host and the server's own timing log."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from nianbao.crawler.downloadermiddlewares.politeness import (
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

from tests.crawler.minisite import MiniWeb, ProxyServer, html
from tests.redis_server import redis_server

pytestmark = pytest.mark.redis
HOST = "www.onehost.gov.cn"


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


def _worker(client, prefix: str, concurrency: int = 2, delay_s: float = 0.0, lease_s: float = 30.0):
    """One worker's middleware (several in one test stand for several worker processes)."""
    return SharedPolitenessMiddleware(client, prefix, concurrency=concurrency, delay_s=delay_s, lease_s=lease_s,
                                      poll_s=0.05)


def test_the_host_limit_holds_for_all_workers_together(client):
    one, two = _worker(client, "nianbao:limit"), _worker(client, "nianbao:limit")
    assert one.try_acquire(HOST, "a") is None
    assert two.try_acquire(HOST, "b") is None
    assert one.try_acquire(HOST, "c") == 0.05 and two.try_acquire(HOST, "d") == 0.05   # full: poll again
    assert two.try_acquire("www.other.gov.cn", "e") is None                               # other hosts are free
    client.zrem(one.keys(HOST)[0], "a")
    assert two.try_acquire(HOST, "d") is None


def test_starts_to_a_host_are_the_delay_apart_whichever_worker_sends(client):
    one, two = _worker(client, "nianbao:delay", delay_s=0.3), _worker(client, "nianbao:delay", delay_s=0.3)
    assert one.try_acquire(HOST, "a") is None
    wait = two.try_acquire(HOST, "b")
    assert 0.2 < wait <= 0.3
    time.sleep(wait)
    assert two.try_acquire(HOST, "b") is None


def test_a_killed_workers_leases_expire(client):
    dead, live = _worker(client, "nianbao:dead", lease_s=0.2), _worker(client, "nianbao:dead", lease_s=0.2)
    assert dead.try_acquire(HOST, "a") is None and dead.try_acquire(HOST, "b") is None
    assert live.try_acquire(HOST, "c") is not None
    time.sleep(0.25)
    assert live.try_acquire(HOST, "c") is None


def test_the_lease_is_given_back_with_the_response_or_the_error(client):
    import asyncio

    worker = _worker(client, "nianbao:release", concurrency=1)
    request = Request(f"http://{HOST}/a.html")
    asyncio.run(worker.process_request(request))
    leases_key = worker.keys(HOST)[0]
    assert client.zcard(leases_key) == 1 and LEASE_META in request.meta
    worker.process_response(request, HtmlResponse(request.url, body=b"", request=request))
    assert client.zcard(leases_key) == 0 and LEASE_META not in request.meta
    asyncio.run(worker.process_request(request))
    worker.process_exception(request, TimeoutError())
    assert client.zcard(leases_key) == 0


def test_inert_without_a_shared_frontier_and_delay_moved_with_one(redis_url):
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        SharedPolitenessMiddleware.from_crawler(get_crawler(Spider, {}))
    shared = get_crawler(Spider, {**redis_frontier_settings(redis_url, "moved"), "DOWNLOAD_DELAY": 0.7}).settings
    assert shared_politeness_settings(shared) == {"NIANBAO_HOST_DELAY_S": 0.7, "DOWNLOAD_DELAY": 0,
                                                  "AUTOTHROTTLE_ENABLED": False}
    off = get_crawler(Spider, {**redis_frontier_settings(redis_url, "off"), "NIANBAO_SHARED_POLITENESS": False})
    assert shared_politeness_settings(off.settings) == {}


def test_the_shared_queue_takes_hosts_in_turn_and_each_hosts_best_first(client):
    queue = HostQueues(client, Spider("q"), "nianbao:rr:requests")
    for url, priority in [("http://a.gov.cn/1", 0), ("http://a.gov.cn/2", 0), ("http://a.gov.cn/3", 0),
                          ("http://b.gov.cn/1", 0), ("http://b.gov.cn/2", 0), ("http://a.gov.cn/top", 5)]:
        queue.push(Request(url, priority=priority))
    assert len(queue) == 6
    order = [queue._decode_request(queue.pop_and_lease("nianbao:rr:leases:w", "w:")[1]).url for _ in range(6)]
    assert order == ["http://a.gov.cn/top", "http://b.gov.cn/1", "http://a.gov.cn/1", "http://b.gov.cn/2",
                     "http://a.gov.cn/2", "http://a.gov.cn/3"]
    assert len(queue) == 0 and queue.pop_and_lease("nianbao:rr:leases:w", "w:") is None
    client.sadd("nianbao:rr:workers", "w")
    assert queue.reclaim("nianbao:rr:leases:w", "nianbao:rr:workers", "w") == 6      # a dead worker's leases
    assert len(queue) == 6
    again = [queue._decode_request(queue.pop_and_lease("nianbao:rr:leases:v", "v:")[1]).url for _ in range(6)]
    assert sorted(again) == sorted(order)
    assert [url for url in again if "a.gov" in url] == ["http://a.gov.cn/top", "http://a.gov.cn/1",
                                                        "http://a.gov.cn/2", "http://a.gov.cn/3"]
    queue.clear()
    assert client.keys("nianbao:rr:*") == [b"nianbao:rr:leases:v"]


# --- end to end: two crawl processes, one host --------------------------------------------------------------

PAGES, SERVE_S, DELAY_S = 12, 0.4, 0.2


@pytest.mark.slow
def test_two_workers_keep_one_hosts_limit_and_delay(tmp_path, redis_url):
    """Pages take 0.4 s to serve and the delay is 0.2 s, so without shared leases two workers would have up to
    four requests at once on the host (two each) and starts 0 s apart. Each worker holds at most two requests
    (CONCURRENT_REQUESTS), so one worker cannot take the whole queue before the other has started."""
    web, log, lock = MiniWeb(), [], threading.Lock()

    def slow_page(method, url, headers, body):
        start = time.monotonic()
        time.sleep(SERVE_S)
        with lock:
            log.append((start, time.monotonic(), headers.get("User-Agent", ""), url))
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(f"<p>{url}</p>", title="page")

    web.add(f"http://{HOST}/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    web.add(f"http://{HOST}/", html('<a href="/nb/">政府信息公开年报</a>'))
    web.add(f"http://{HOST}/nb/", html("".join(f'<a href="/nb/t20240110_{n}.html">某县第{n}局2023年政府信息公开工作年度报告</a>'
                                               for n in range(PAGES))))
    for n in range(PAGES):
        web.routes[f"http://{HOST}/nb/t20240110_{n}.html"] = slow_page
    portal = Portal(id="onehost", name="某县", region_code="110101", level="county", homepage=f"http://{HOST}/")
    settings = {"DOWNLOAD_DELAY": DELAY_S, "CONCURRENT_REQUESTS": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
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
    assert peak <= 2
    starts = sorted(start for start, _, _, _ in log)
    # the delay holds between grants in Redis; a start reaches the server a few ms after its grant
    assert min(b - a for a, b in itertools.pairwise(starts)) >= DELAY_S - 0.05


def test_a_worker_parks_requests_of_hosts_that_have_their_share_in_hand(redis_url, client):
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
        assert len(scheduler) == 2 and client.hlen("nianbao:parking:leases:w1") == 3
        assert [r.url for r in scheduler._parked["a.gov.cn"]] == ["http://a.gov.cn/2"]
    finally:
        scheduler._heartbeat.stop()
        scheduler.flush()
