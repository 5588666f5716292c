"""At-least-once through the shared frontier, with a real crawl process: a worker killed after it fetched a list
page and ran its callback, but before the report link the callback found was in the shared queue, must leave the
list page leased, so that the next worker fetches it again and finds the report. Scrapy (2.13+) queues a
callback's output in an asyncio queue before the engine schedules it: the lease used to end when the callback
ended, and a worker killed in that gap lost the page's links for good (tests/e2e/test_scale_out.py with no delay
lost a column's reports). The kill comes from inside the worker at that exact point (tests/crawler/kill_switch.py),
not from a timer."""

from __future__ import annotations

import signal

import pytest
from nianbao.crawler.runner import redis_frontier_settings

from tests.crawler import sites
from tests.crawler.kill_switch import KILL_ON_ENQUEUE
from tests.crawler.minisite import MiniWeb, ProxyServer, crawl_output, html, start_crawl

pytestmark = pytest.mark.redis

BASE = "http://www.kill.gov.cn"
REPORT_URL = f"{BASE}/nb/t20240110_1.html"
TITLE = "某县第1局2023年政府信息公开工作年度报告"
REGISTRY = f"id,name,region_code,level,homepage\nkill,某县,620107,county,{BASE}/\n"


def _web() -> MiniWeb:
    web = MiniWeb()
    web.add(f"{BASE}/robots.txt", "", status=404)
    web.add(f"{BASE}/", html('<a href="/nb/">政府信息公开年报</a>', "某县人民政府"))
    web.add(f"{BASE}/nb/", html(f'<a href="/nb/t20240110_1.html">{TITLE}</a>', "政府信息公开年报"))
    web.add(REPORT_URL, sites.report_page(TITLE, "2024-01-10", "6201070001"))
    return web


def test_worker_killed_before_a_pages_links_are_queued_leaves_the_page_to_the_next(tmp_path, redis_url,
                                                                                   redis_client) -> None:
    frontier = "kill-before-queued"
    settings = {**redis_frontier_settings(redis_url, frontier), "NIANBAO_PAGE_WORKERS": 0,
                "NIANBAO_FRONTIER_WORKER_TTL_S": 1, "NIANBAO_FRONTIER_HEARTBEAT_S": 0.3}
    web = _web()
    with ProxyServer(web) as proxy:
        (tmp_path / "w1").mkdir()
        killed = start_crawl(tmp_path / "w1", REGISTRY, proxy.url, {
            **settings, "SCHEDULER": "tests.crawler.kill_switch.KillSwitchLeasingScheduler",
            KILL_ON_ENQUEUE: REPORT_URL}, crawl_id="w1")
        stderr = killed.communicate(timeout=120)[1]
        assert killed.returncode == -signal.SIGKILL, stderr[-3000:]
        assert ("GET", f"{BASE}/nb/") in web.log and ("GET", REPORT_URL) not in web.log
        leased = redis_client.hvals(f"nianbao:{frontier}:leases:w1")
        assert any(f"{BASE}/nb/".encode() in entry for entry in leased), "the list page is still leased"
        (tmp_path / "w2").mkdir()
        restarted = start_crawl(tmp_path / "w2", REGISTRY, proxy.url, settings, crawl_id="w2")
        stderr = restarted.communicate(timeout=120)[1]
    assert restarted.returncode == 0, stderr[-3000:]
    assert [url for _, url in web.log].count(f"{BASE}/nb/") == 2      # fetched again by the next worker
    assert ("GET", REPORT_URL) in web.log
    items, _ = crawl_output(tmp_path / "w2", "w2")
    assert REPORT_URL in {item["url"] for item in items}
