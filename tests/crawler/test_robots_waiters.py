"""robots.txt is obeyed by every request that arrives while the host's robots.txt is being fetched, not only by
the first: a worker of a shared frontier is handed several of a host's links at once (8 with
CONCURRENT_REQUESTS_PER_DOMAIN=8) before it has that host's robots.txt. Scrapy 2.14+ let every waiter await the
one Deferred of the host's parser; an asyncio Future made from a Deferred consumes its result (Twisted's
`Deferred.asFuture`), so the second waiter on got None — "no robots.txt, allow everything" — and fetched
/private/ pages (seen in tests/e2e/test_scale_out.py with tests/fast_crawl.py's settings)."""

from __future__ import annotations

import asyncio

import pytest
from nianbao.crawler.downloadermiddlewares.robotstxt import FETCHED, RobotsStatusMiddleware
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class _SlowRobotsEngine:
    """The engine's download_async as the robots middleware uses it: robots.txt answers only when `answer` is set
    (a slow server), so every request of the host reaches the middleware before the rules are known."""

    def __init__(self, body: bytes | None):
        self.body, self.answer, self.fetched = body, asyncio.Event(), []

    async def download_async(self, request: Request):
        self.fetched.append(request.url)
        await self.answer.wait()
        if self.body is None:
            raise ConnectionRefusedError("robots.txt did not answer")
        return TextResponse(request.url, status=200, body=self.body, request=request)


def _middleware(body: bytes | None):
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    crawler.stats.open_spider()
    crawler.engine = _SlowRobotsEngine(body)
    return RobotsStatusMiddleware(crawler), crawler


async def _verdicts(mw, engine, urls: list[str]) -> list[str]:
    """Send every request in before robots.txt answers; 'allowed' or 'refused' per request, in order."""
    async def one(url: str) -> str:
        try:
            await mw.process_request(Request(url, meta={"nianbao_portal": "a"}))
        except IgnoreRequest:
            return "refused"
        return "allowed"

    tasks = [asyncio.ensure_future(one(url)) for url in urls]
    await asyncio.sleep(0)          # every request is now waiting for the host's robots.txt
    await asyncio.sleep(0)
    engine.answer.set()
    return list(await asyncio.gather(*tasks))


def test_every_request_waiting_for_robots_txt_obeys_it():
    mw, crawler = _middleware(ROBOTS)
    urls = ["http://www.a.gov.cn/", "http://www.a.gov.cn/private/oa.html", "http://www.a.gov.cn/xxgk/",
            "http://www.a.gov.cn/private/b.html", "http://www.a.gov.cn/private/c.html"]
    verdicts = asyncio.run(_verdicts(mw, crawler.engine, urls))
    assert crawler.engine.fetched == ["http://www.a.gov.cn/robots.txt"]      # fetched once for all of them
    assert verdicts == ["allowed", "refused", "allowed", "refused", "refused"]
    assert mw.status_by_host == {"www.a.gov.cn": FETCHED}
    assert crawler.stats.get_value("robotstxt/forbidden") == 3
    # and after the rules are known
    with pytest.raises(IgnoreRequest):
        asyncio.run(mw.process_request(Request("http://www.a.gov.cn/private/d.html")))


def test_robots_txt_that_fails_allows_every_waiting_request():
    # no answer: crawled as if it allowed everything (Scrapy's rule), for every waiter alike, recorded as an error
    mw, crawler = _middleware(None)
    urls = ["http://www.a.gov.cn/", "http://www.a.gov.cn/private/oa.html", "http://www.a.gov.cn/private/b.html"]
    assert asyncio.run(_verdicts(mw, crawler.engine, urls)) == ["allowed"] * 3
    assert mw.status_by_host == {"www.a.gov.cn": "error"}
