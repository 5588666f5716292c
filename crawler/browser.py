"""The browser: scrapy-playwright with Debian's /usr/bin/chromium (launch settings in crawler/settings.py;
never `playwright install`), used for JavaScript-only lists (`--render auto|always`) and challenge retries.

Capture. scrapy-playwright's own route calls `route.continue_()`, and a page's `response.body()` is re-encoded
(a GBK page comes back as UTF-8). So `init_page` (the `playwright_page_init_callback`) registers a route of
ours — Playwright runs the latest route first — that, for every request the page makes:
  1. applies scope (the portal's hosts, no private addresses) and aborts images, fonts and media;
  2. `route.fetch()`es it (the bytes as the server sent them, content-decoded), with the Scrapy request's method,
     headers and body for the main document (our route bypasses scrapy-playwright's overrides);
  3. hands the exchange to the archive writer (`WarcWriterExtension.of(crawler).writer.write_exchange`, headers
     masked `X-Crawler-*` because the body is decoded, capture-method `playwright-route`);
  4. `route.fulfill()`s the page with exactly those bytes.
The navigation response's record id goes to `request.meta["nianbao_record_id"]`. `RenderedCaptureMiddleware`
(order 585) then writes the rendered DOM (`urn:rendered-dom:<url>`) and a screenshot (`urn:screenshot:<url>`) as
`resource` records concurrent to it.

Proxy: NIANBAO_PROXY becomes Chromium's `proxy` launch option. Note: `route.fetch()` reaches http:// URLs
through an HTTP proxy with CONNECT (measured with Playwright 1.65), so the proxy must allow CONNECT to port 80."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import unquote, urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

from parse import limits

logger = logging.getLogger(__name__)

CONTEXT = "nianbao"
PAGE_INIT_CALLBACK = "crawler.browser.init_page"
ABORTED_RESOURCE_TYPES = ("image", "font", "media")
_ACTIVE: dict[str, object] = {}   # the running crawl's BrowserCapture (one crawl per process: crawl_main)


def render_meta(user_agent: str | None = None) -> dict:
    """Request meta that sends a request through Chromium with our capture route. The context is created on
    first use (no startup contexts: a crawl that renders nothing never launches Chromium)."""
    from scrapy_playwright.page import PageMethod

    return {
        "playwright": True,
        "playwright_context": CONTEXT,
        "playwright_context_kwargs": {"locale": "zh-CN", **({"user_agent": user_agent} if user_agent else {})},
        "playwright_page_init_callback": PAGE_INIT_CALLBACK,
        # challenge scripts set a cookie and reload; lists fill in by XHR: wait until the network is quiet
        "playwright_page_methods": [
            PageMethod("wait_for_load_state", "networkidle", timeout=limits.BROWSER_PAGE_TIMEOUT_MS),
            PageMethod("screenshot", type="png", full_page=False, timeout=limits.BROWSER_PAGE_TIMEOUT_MS),
        ],
    }


def proxy_launch_option(proxy_url: str) -> dict | None:
    """Playwright's `proxy` launch option for a proxy URL (credentials split out of the server address)."""
    if not proxy_url:
        return None
    parts = urlsplit(proxy_url if "://" in proxy_url else f"http://{proxy_url}")
    option = {"server": f"{parts.scheme}://{parts.hostname}:{parts.port or 80}"}
    if parts.username:
        option["username"] = unquote(parts.username)
        option["password"] = unquote(parts.password or "")
    return option


def browser_settings(settings) -> dict:
    """Settings overrides that enable the browser for this crawl (crawl_main adds them unless --render never)."""
    launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
    proxy = proxy_launch_option(settings.get("NIANBAO_PROXY") or "")
    if proxy:
        launch["proxy"] = proxy
    return {
        "DOWNLOAD_HANDLERS": {
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        },
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
        "NIANBAO_BROWSER_USER_AGENT": settings.get("USER_AGENT"),
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.browser.abort_request",
    }


def abort_request(pw_request) -> bool:
    """scrapy-playwright's abort rule (for requests our route lets fall through)."""
    return pw_request.resource_type in ABORTED_RESOURCE_TYPES


@dataclass
class BrowserExchange:
    """One request/response the browser made, as fetched by `route.fetch()` (body content-decoded)."""
    url: str
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes | None
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes
    started: datetime
    fetch_ms: int
    portal_id: str | None
    via: str | None
    hops: str
    role: str
    navigation: bool
    extra: dict = field(default_factory=dict)


class BrowserCapture:
    """Per-crawl state of the capture route: scope, archive writer, stats."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.allow_private = crawler.settings.getbool("NIANBAO_ALLOW_PRIVATE_ADDRESSES")
        self._writer = None
        self._writer_missing_logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserCapture:
        capture = cls(crawler)
        _ACTIVE["capture"] = capture
        return capture

    # scope: the same rules as crawler.discovery.scope, for requests that never pass through Scrapy
    def in_scope(self, url: str, portal_id: str | None) -> bool:
        from crawler.discovery.scope import is_public_address, literal_ip

        host = (urlsplit(url).hostname or "").lower()
        spider = self.crawler.spider
        portal = getattr(spider, "portals", {}).get(portal_id)
        if portal is not None and host not in portal.scope_hosts:
            return False
        ip = literal_ip(host)
        return self.allow_private or ip is None or is_public_address(ip)

    def writer(self):
        if self._writer is None:
            try:
                from crawler.capture import WarcWriterExtension  # type: ignore[attr-defined]

                self._writer = WarcWriterExtension.of(self.crawler).writer
            except (ImportError, AttributeError, KeyError, LookupError) as exc:
                if not self._writer_missing_logged:
                    self._writer_missing_logged = True
                    logger.warning("browser capture: no archive writer (%s); browser traffic is not archived", exc)
                return None
        return self._writer

    def archive(self, exchange: BrowserExchange) -> str | None:
        """Write the exchange; returns the response record id (None when nothing could be written)."""
        writer = self.writer()
        if writer is None:
            self.stats.inc_value("browser/not_archived")
            return None
        record_id = write_exchange(writer, exchange)
        self.stats.inc_value("browser/archived")
        return record_id

    def archive_resource(self, uri: str, content_type: str, data: bytes, concurrent_to: str | None,
                         meta: dict) -> None:
        writer = self.writer()
        if writer is None:
            self.stats.inc_value("browser/resource_not_archived")
            return
        write_resource(writer, uri, content_type, data, concurrent_to, meta)
        self.stats.inc_value("browser/resources")


def masked_headers(headers: list[tuple[str, str]], body_length: int) -> list[tuple[str, str]]:
    """The body we hold is content-decoded and unframed: rename the headers that describe the wire form
    (StormCrawler / Common Crawl convention) and state the real length."""
    out = []
    for name, value in headers:
        if name.lower() in ("content-encoding", "transfer-encoding", "content-length"):
            out.append((f"X-Crawler-{name.title()}", value))
        else:
            out.append((name, value))
    out.append(("Content-Length", str(body_length)))
    return out


def write_exchange(writer, exchange: BrowserExchange) -> str | None:
    """Adapter to the archive writer's `write_exchange` (crawler/capture.py, archive/warc)."""
    result = writer.write_exchange(
        url=exchange.url, method=exchange.method, request_headers=exchange.request_headers,
        request_body=exchange.request_body or b"", status=exchange.status,
        response_headers=masked_headers(exchange.response_headers, len(exchange.body)), body=exchange.body,
        date=exchange.started, capture_method="playwright-route",
        metadata={"portal-id": exchange.portal_id, "via": exchange.via, "hopsFromSeed": exchange.hops,
                  "role": exchange.role, "fetchTimeMs": exchange.fetch_ms, "capture-method": "playwright-route"},
    )
    return getattr(result, "record_id", result)


def write_resource(writer, uri: str, content_type: str, data: bytes, concurrent_to: str | None, meta: dict) -> None:
    writer.write_resource(uri=uri, content_type=content_type, data=data, concurrent_to=concurrent_to,
                          metadata={"portal-id": meta.get("nianbao_portal"), "via": meta.get("nianbao_via"),
                                    "hopsFromSeed": meta.get("nianbao_hops", ""), "role": meta.get("nianbao_role"),
                                    "capture-method": "rendered-dom"})


async def init_page(page, request: Request) -> None:
    """playwright_page_init_callback: install the capture route on a new page."""
    capture = _ACTIVE.get("capture")
    if capture is None:
        return
    meta = request.meta
    portal_id = meta.get("nianbao_portal")
    state = {"first": True}

    async def route_handler(route, pw_request) -> None:
        url = pw_request.url
        if pw_request.resource_type in ABORTED_RESOURCE_TYPES:
            capture.stats.inc_value("browser/aborted_resource")
            await route.abort()
            return
        if not capture.in_scope(url, portal_id):
            capture.stats.inc_value("browser/blocked_offsite")
            await route.abort("blockedbyclient")
            return
        # Main-frame navigations: the first is the Scrapy request itself (its method, headers, body); later ones
        # are redirects and challenge reloads, whose last one is the document the spider gets.
        main = pw_request.is_navigation_request() and pw_request.frame == page.main_frame
        kwargs = {}
        if main and state["first"]:
            state["first"] = False
            scrapy_headers = {k.decode("latin-1"): v[0].decode("latin-1") for k, v in request.headers.items() if v}
            kwargs = {"method": request.method,
                      "headers": {k: v for k, v in {**pw_request.headers, **scrapy_headers}.items() if v.isascii()},
                      **({"post_data": request.body} if request.body else {})}
        started = datetime.now(timezone.utc)
        t0 = time.monotonic()
        try:
            response = await route.fetch(max_redirects=0, timeout=limits.BROWSER_PAGE_TIMEOUT_MS, **kwargs)
            body = await response.body()
        except Exception as exc:  # the page shows its own error; our record says nothing was captured
            capture.stats.inc_value("browser/fetch_error")
            logger.info("browser: fetching %s failed: %s", url, exc)
            await route.abort()
            return
        exchange = BrowserExchange(
            url=url, method=kwargs.get("method", pw_request.method),
            request_headers=list((kwargs.get("headers") or await pw_request.all_headers()).items()),
            request_body=pw_request.post_data_buffer, status=response.status,
            response_headers=[(h["name"], h["value"]) for h in response.headers_array], body=body,
            started=started, fetch_ms=int((time.monotonic() - t0) * 1000), portal_id=portal_id,
            via=meta.get("nianbao_via") if main else request.url, hops=meta.get("nianbao_hops", "") + ("" if main else "X"),
            role=meta.get("nianbao_role", "list") if main else "api", navigation=main)
        record_id = capture.archive(exchange)
        if main and record_id:
            meta["nianbao_record_id"] = record_id
        await route.fulfill(response=response, body=body)

    await page.route("**/*", route_handler)


class RenderedCaptureMiddleware:
    """Downloader middleware (order 585): for a browser-rendered response, archive the rendered DOM and the
    screenshot as `resource` records concurrent to the navigation response. Also installs BrowserCapture."""

    def __init__(self, crawler: Crawler):
        self.capture = BrowserCapture.from_crawler(crawler)

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
        for method in request.meta.get("playwright_page_methods") or ():
            if getattr(method, "method", None) == "screenshot" and isinstance(getattr(method, "result", None), bytes):
                self.capture.archive_resource(f"urn:screenshot:{request.url}", "image/png", method.result,
                                              record_id, request.meta)
        return response
