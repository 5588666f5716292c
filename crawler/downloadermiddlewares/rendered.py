"""Rendered pages archived (downloader middleware, order 585): the rendered DOM and a screenshot of each
browser-rendered response, as `resource` records concurrent to its navigation response (crawler/browser.py).
Stats: `browser/resources`, `browser/resource_not_archived`, `browser/screenshots_refused/no_cjk_font`,
`browser/load_more_clicks` (加载更多 clicks before the DOM was taken, crawler/browser.click_load_more),
`browser/scrolls` (scrolls to the end that grew a list, crawler/browser.scroll_to_end),
`browser/control_links` (links that clicking tabs and href-less pager controls revealed, crawler/browser_controls.py)."""

from __future__ import annotations

import logging

from nianbao.crawler.browser import (
    BrowserCapture,
    click_load_more,
    page_method_result,
    scroll_to_end,
    viewport_screenshot,
)
from nianbao.crawler.browser_controls import click_list_controls
from nianbao.crawler.browser_explore import explore_controls
from nianbao.crawler.fonts import INSTALL_HINT, cjk_font_installed
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)


class RenderedCaptureMiddleware:
    """Downloader middleware (order 585): for a browser-rendered response, archive the rendered DOM and the
    screenshot as `resource` records concurrent to the navigation response. Also installs BrowserCapture."""

    def __init__(self, crawler: Crawler):
        self.capture = BrowserCapture.from_crawler(crawler)
        self.stats = crawler.stats
        self.screenshots = cjk_font_installed()   # (cached: viewport_screenshot asks the same in the browser thread)
        self._warned = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RenderedCaptureMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if not request.meta.get("playwright"):
            return response
        record_id = request.meta.get("nianbao_record_id")
        dom = response.text.encode("utf-8") if hasattr(response, "text") else response.body
        self.capture.archive_resource(f"urn:rendered-dom:{request.url}", "text/html; charset=utf-8", dom,
                                      record_id, request.meta)
        clicks = page_method_result(request.meta, click_load_more)
        if clicks:
            self.stats.inc_value("browser/load_more_clicks", clicks)
        scrolls = page_method_result(request.meta, scroll_to_end)
        if scrolls:
            self.stats.inc_value("browser/scrolls", scrolls)
        revealed = page_method_result(request.meta, click_list_controls)
        if revealed:
            self.stats.inc_value("browser/control_links", revealed)
        explored = page_method_result(request.meta, explore_controls)
        if explored:
            self.stats.inc_value("browser/explore/pages")
            for key in ("actions", "links", "spent", "boxes", "scrolls", "dependent"):
                if explored.get(key):
                    self.stats.inc_value(f"browser/explore/{key}", explored[key])
        screenshot = page_method_result(request.meta, viewport_screenshot)
        if isinstance(screenshot, bytes):
            self.capture.archive_resource(f"urn:screenshot:{request.url}", "image/png", screenshot, record_id,
                                          request.meta)
        elif not self.screenshots:
            self._refuse_screenshot()
        return response

    def _refuse_screenshot(self) -> None:
        self.stats.inc_value("browser/screenshots_refused/no_cjk_font")
        if not self._warned:
            self._warned = True
            logger.warning("no CJK font is installed: rendered pages are archived without screenshots (their "
                           "Chinese text would be empty boxes); %s", INSTALL_HINT)
