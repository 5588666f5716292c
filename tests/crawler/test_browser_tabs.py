"""BrowserPageReuseMiddleware (crawler/browser.py): renders share a bounded set of browser tabs."""

from __future__ import annotations

import asyncio
from collections import Counter
from types import SimpleNamespace

from nianbao.crawler.downloadermiddlewares.browsertabs import BrowserPageReuseMiddleware
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.settings import Settings


class FakeStats(Counter):
    def inc_value(self, name, n=1):
        self[name] += n


class FakePage:
    """What the middleware uses of a Playwright page: is_closed(), close() on the page's own loop."""

    def __init__(self, name: str):
        self.name, self.closed = name, False
        self._loop = asyncio.get_running_loop()

    def is_closed(self) -> bool:
        return self.closed

    async def close(self) -> None:
        self.closed = True


def middleware(limit: int) -> BrowserPageReuseMiddleware:
    crawler = SimpleNamespace(stats=FakeStats(), settings=Settings({"PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": limit}))
    return BrowserPageReuseMiddleware.from_crawler(crawler)


def render(url: str) -> Request:
    return Request(url, meta={"playwright": True, "playwright_include_page": True})


def finish(mw, request: Request, page: FakePage) -> None:
    """What scrapy-playwright does with an include_page request: the page it used is in meta."""
    request.meta["playwright_page"] = page
    mw.process_response(request, HtmlResponse(request.url, body=b"<html></html>", request=request))


def test_tabs_are_reused_and_never_more_than_the_limit() -> None:
    async def scenario():
        mw = middleware(limit=2)
        a, b, c = render("http://a.gov.cn/"), render("http://b.gov.cn/"), render("http://c.gov.cn/")
        await mw.process_request(a)
        await mw.process_request(b)
        assert "playwright_page" not in a.meta and "playwright_page" not in b.meta   # scrapy-playwright opens two
        waiting = asyncio.ensure_future(mw.process_request(c))
        await asyncio.sleep(0)
        assert not waiting.done()                        # a third tab would exceed the limit: c waits
        tab_a = FakePage("a")
        finish(mw, a, tab_a)
        await waiting
        assert c.meta["playwright_page"] is tab_a        # …and gets a's tab
        assert mw.stats["browser/pages_reused"] == 1
        assert "playwright_page" not in a.meta           # the spider never sees (or closes) a pooled tab

    asyncio.run(scenario())


def test_a_failed_render_closes_its_tab_and_frees_its_place() -> None:
    async def scenario():
        mw = middleware(limit=1)
        a, b = render("http://a.gov.cn/"), render("http://b.gov.cn/")
        await mw.process_request(a)
        waiting = asyncio.ensure_future(mw.process_request(b))
        await asyncio.sleep(0)
        tab = FakePage("a")
        a.meta["playwright_page"] = tab
        mw.process_exception(a, TimeoutError("render timed out"))
        await waiting
        await asyncio.sleep(0)                           # the close runs on the page's loop
        assert tab.closed
        assert "playwright_page" not in b.meta           # b opens a fresh tab in the freed place
        assert mw.open == 1

    asyncio.run(scenario())


def test_plain_requests_are_left_alone() -> None:
    async def scenario():
        mw = middleware(limit=1)
        plain = Request("http://a.gov.cn/")
        assert await mw.process_request(plain) is None
        assert mw.open == 0 and plain.meta == {}

    asyncio.run(scenario())
