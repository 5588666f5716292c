"""Browser tab reuse (downloader middleware, order 940): renders reuse open Chromium tabs (crawler/browser.py).
Stats: `browser/pages_reused`."""

from __future__ import annotations

import asyncio
import collections
import contextlib

from nianbao.crawler.browser import BROWSER_PAGES
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

_HELD = "nianbao_browser_tab"      # request meta: this request holds one of the context's tabs


class BrowserPageReuseMiddleware:
    """Downloader middleware (order 940): renders reuse open browser tabs instead of opening one each.

    Opening a tab is most of a render's CPU: measured on 20 sandbox-like pages, one after another, 6.6 CPU s
    (Chromium + driver) with a new tab each, 1.6 CPU s in one reused tab. scrapy-playwright keeps the tab of a
    request with `playwright_include_page` (render_meta sets it) and uses the tab a request brings in
    `meta["playwright_page"]` (re-installing its route and calling init_page). Tabs are handed out here, at most
    PLAYWRIGHT_MAX_PAGES_PER_CONTEXT at a time: an idle tab if there is one, else leave to open a new one while
    there are fewer, else wait for one to come back. A finished render gives its tab back; a failed one closes
    it (its page may be in any state)."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.limit = max(1, crawler.settings.getint("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT", BROWSER_PAGES))
        self.open = 0                       # tabs handed out or idle
        self.idle: list = []
        self.waiting: collections.deque[asyncio.Future] = collections.deque()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserPageReuseMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        meta = request.meta
        if not meta.get("playwright") or not meta.get("playwright_include_page") or meta.get(_HELD):
            return None
        page = await self._acquire()
        meta[_HELD] = True
        if page is not None:
            meta["playwright_page"] = page
            self.stats.inc_value("browser/pages_reused")
        return None

    async def _acquire(self):
        """An idle tab, or None when the caller may open a new one."""
        while True:
            while self.idle:
                page = self.idle.pop()
                if not page.is_closed():
                    return page
                self.open -= 1
            if self.open < self.limit:
                self.open += 1
                return None
            waiter = asyncio.get_running_loop().create_future()
            self.waiting.append(waiter)
            await waiter

    def _give_back(self, request: Request, reuse: bool) -> None:
        meta = request.meta
        if not meta.pop(_HELD, False):
            return
        page = meta.pop("playwright_page", None)
        if page is not None and reuse and not page.is_closed():
            self.idle.append(page)
        else:
            if page is not None:
                _close_page(page)
            self.open -= 1
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        self._give_back(request, reuse=True)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        self._give_back(request, reuse=False)
        return None


def _close_page(page) -> None:
    """Close a tab from any thread (Playwright runs on a loop of its own; see browser_settings)."""
    with contextlib.suppress(Exception):   # a browser already gone has closed it
        asyncio.run_coroutine_threadsafe(page.close(), page._loop)
