"""scrapy-playwright's download handler, one instance for http and https (DOWNLOAD_HANDLERS, set by
nianbao.crawler.browser.browser_settings; this module is imported only by crawls that use the browser).

Scrapy builds one handler per scheme, and each scrapy-playwright handler starts its own Playwright driver and
launches its own Chromium: a portal rendering pages over both schemes ran two browsers, and every crawl started
a second driver it never used (scrapy-plugins/scrapy-playwright#355). Here both schemes get the same handler,
and it closes once."""

from __future__ import annotations

import logging
import os
import weakref

from nianbao.crawler.runtime import descendants, schedule_as_batch
from scrapy.crawler import Crawler
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

logger = logging.getLogger(__name__)

_HANDLERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # crawler → its one handler


class SharedPlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPlaywrightDownloadHandler:
        handler = _HANDLERS.get(crawler)
        if handler is None:
            handler = _HANDLERS[crawler] = cls(crawler)
        return handler

    async def _maybe_launch_browser(self) -> None:
        """Launch the browser once; then its processes and the Playwright driver, like the crawl's worker
        processes, run under SCHED_BATCH (runtime.schedule_as_batch): a render's work no longer preempts the
        crawl's reactor thread. Chromium's later renderers inherit it from the processes that start them."""
        launching = not hasattr(self, "browser")
        await super()._maybe_launch_browser()
        if launching:
            batch = sum(schedule_as_batch(pid) for pid in descendants(os.getpid()))
            self.stats.set_value("browser/batch_processes", batch)
            logger.info("browser: %d processes under the crawl run as batch", batch)

    async def close(self) -> None:
        if getattr(self, "_closed_once", False):
            return
        self._closed_once = True
        await super().close()
