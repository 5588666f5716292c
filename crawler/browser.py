"""The browser: scrapy-playwright with Debian's Chromium (launch settings in crawler/settings.py; never
`playwright install`), used for JavaScript-only lists (`--render auto|always`) and challenge retries.

Which Chromium: Debian's `chromium-headless-shell` when installed, else `chromium` (CHROMIUM_EXECUTABLES). The
headless shell is the same Chromium build without the browser's UI layer — the "old headless" mode, and the
build Playwright itself runs for headless Chromium. Measured on the sandbox's 21 renders (12 tabs, screenshot
and network-idle wait): 2.5-2.8 CPU s against 4.1 for `chromium --headless`.

Capture. scrapy-playwright's own route calls `route.continue_()`, and a page's `response.body()` is re-encoded
(a GBK page comes back as UTF-8). So `init_page` (the `playwright_page_init_callback`) registers a route of
ours — Playwright runs the latest route first — that, for every request the page makes:
  1. aborts images, fonts and media, and requests to hosts outside the portal;
  2. fetches it through Scrapy's own downloader (`engine.download_async`), with the browser's headers (cookies
     included: challenge cookies set by scripts travel) — or, for the main document, the Scrapy request's method,
     headers and body. So every byte the browser sees passes the same scope, robots, proxy and capture middlewares
     as a plain fetch, and the capture middleware (950) writes it as received (`capture-method` taken from
     `meta["nianbao_capture_method"] = "playwright-route"`);
  3. `route.fulfill()`s the page with that response (body content-decoded, framing headers dropped).
Why not `route.fetch()`: measured with Playwright 1.65, `route.fetch()` reaches http:// URLs through an HTTP
proxy with CONNECT, which the sandbox proxy and squid's default configuration refuse; through Scrapy the proxy
is used as a forward proxy, as for every other request.
The main document's record id goes to `request.meta["nianbao_record_id"]`; `RenderedCaptureMiddleware` (585,
crawler/downloadermiddlewares/rendered.py) writes the rendered DOM (`urn:rendered-dom:<url>`) and a screenshot
(`urn:screenshot:<url>`) as `resource` records concurrent to it (archive writer `write_resource`).

Scope of what the browser itself opens: HTTP(S) requests pass the route above (and so ScopeMiddleware);
WebSockets, which `page.route` never sees, pass `route_web_sockets` (the same ScopeMiddleware, called for
them); service workers are blocked; WebRTC may use proxied connections only (NETWORK_ARGS).

Proxy: NIANBAO_PROXY becomes Chromium's `proxy` launch option (the route fetches through Scrapy, which uses it
too)."""

from __future__ import annotations

import asyncio
import base64
import logging
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from nianbao.crawler import limits
from nianbao.crawler.browser_controls import click_list_controls
from nianbao.crawler.browser_explore import ExploreConfig, explore_controls
from nianbao.crawler.fonts import cjk_font_installed
from nianbao.crawler.page_quiet import track_requests, wait_quiet
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES

logger = logging.getLogger(__name__)

CONTEXT = "nianbao"
CHROMIUM_EXECUTABLES = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")   # first installed is used
PAGE_INIT_CALLBACK = "nianbao.crawler.browser.init_page"
SHARED_HANDLER = "nianbao.crawler.downloadhandlers.playwright.SharedPlaywrightDownloadHandler"   # one for http and https
# One --disable-features flag only: Chromium reads the last one, so ours replaces Playwright's own list and must
# repeat it (PLAYWRIGHT_DISABLED_FEATURES, Playwright 1.65's chromiumSwitches: without them Chromium preconnects to
# its search engine, queries network time and optimisation hints — through the portal proxy — and holds paint).
# HttpsUpgrades: Chromium 115+ retries an http:// navigation over https://, which no proxied plain-http portal
# (nor the sandbox) answers. SpareRendererForSitePerProcess: no spare renderer started ahead of each navigation.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect", "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled",
    "PreconnectToSearch")
RENDERER_ARGS = ("--renderer-process-limit=2", "--disable-site-isolation-trials",
                 "--disable-features=" + ",".join((*PLAYWRIGHT_DISABLED_FEATURES, "IsolateOrigins", "site-per-process",
                                                   "SpareRendererForSitePerProcess")))
# WebRTC opens UDP to any address a script names, past the proxy and every route: only proxied traffic.
NETWORK_ARGS = ("--force-webrtc-ip-handling-policy=disable_non_proxied_udp",)
ABORTED_RESOURCE_TYPES = ("image", "font", "media")
BROWSER_PAGES = limits.BROWSER_PAGES_AT_ONCE  # all in the one context (a waiting render holds a download slot)
_ACTIVE: dict[str, object] = {}   # the running crawl's BrowserCapture (one crawl per process: crawl_main)


MAX_XHR_NOTED = 20   # XHR/fetch URLs of one render kept in meta["nianbao_xhr"] (and POSTs in nianbao_xhr_posts)
MAX_XHR_POST_BODY = 4096   # a POSTed list query is a few fields: larger bodies are not noted
# JSON answers to the page's GET XHR/fetch requests (a zTree's unit tree, a list's data) kept in
# meta["nianbao_xhr_json"] as (url, text): the spider reads in-scope page URLs and tree nodes from them
MAX_XHR_JSON_BYTES = 256 * 1024       # one answer
MAX_XHR_JSON_TOTAL = 1024 * 1024      # all of one render's
# 加载更多: clicks on a control that grows the list in place, per render (each waits for the request it causes)
MAX_LOAD_MORE_CLICKS = 30
LOAD_MORE_WAIT_MS = 5_000        # for the answer to a click's request, and for the script to insert it
LOAD_MORE_REQUEST_MS = 1_000     # for a click to cause a request at all
# Lists that grow as the reader scrolls (render_evidence.grows_on_scroll): scrolls to the end, per render
MAX_SCROLLS = 30
SCROLL_REQUEST_MS = 1_000        # for a scroll to cause a request at all (then LOAD_MORE_WAIT_MS for its answer)
MAX_IDLE_CONTROLS = 3            # controls tried that caused none, per render
MAX_HELD_NAVIGATIONS = 100       # navigations of clicked list controls noted per render (browser_controls.py)


@dataclass(frozen=True)
class SettleConfig:
    """When a render's scripts are done (settings read once, BrowserCapture.from_crawler; settle_page)."""
    quiet_ms: int = 1_500                           # NIANBAO_RENDER_QUIET_MS: no answer, no element added or gone this long
    timeout_ms: int = limits.BROWSER_PAGE_TIMEOUT_MS   # NIANBAO_RENDER_SETTLE_TIMEOUT_MS: then the DOM as it is

    @classmethod
    def from_settings(cls, settings) -> SettleConfig:
        return cls(quiet_ms=max(0, settings.getint("NIANBAO_RENDER_QUIET_MS", cls.quiet_ms)),
                   timeout_ms=max(1, settings.getint("NIANBAO_RENDER_SETTLE_TIMEOUT_MS", cls.timeout_ms)))


def render_meta(user_agent: str | None = None, portal_id: str | None = None) -> dict:
    """Request meta that sends a request through Chromium with our capture route. All portals share one browser
    context (PLAYWRIGHT_MAX_PAGES_PER_CONTEXT pages at a time), created on first use: a crawl that renders
    nothing never launches Chromium. Cookies and storage are per site anyway; a context per portal cost a
    renderer process (or two) per portal, since Chromium never shares renderers between contexts — measured
    on 20 sandbox renders, 6 at a time: 2.8 CPU s shared, 14.9 CPU s with a context each, twice the time. `portal_id` is
    kept for callers; it no longer picks the context."""
    from scrapy_playwright.page import PageMethod

    return {
        "playwright": True,
        "playwright_context": CONTEXT,
        # service workers fetch outside the page's route (they would escape scope checks and capture): blocked
        "playwright_context_kwargs": {"locale": "zh-CN", "service_workers": "block",
                                      **({"user_agent": user_agent} if user_agent else {})},
        "playwright_page_init_callback": PAGE_INIT_CALLBACK,
        "playwright_include_page": True,   # BrowserPageReuseMiddleware takes the page back for the next render
        # challenge scripts set a cookie and reload; lists fill in by XHR: wait until the page is quiet
        "playwright_page_methods": [
            PageMethod(settle_page),
            PageMethod(click_load_more),
            PageMethod(scroll_to_end),     # lists that grow as the reader scrolls
            PageMethod(click_list_controls),   # tabs and href-less pager controls (crawler/browser_controls.py)
            PageMethod(explore_controls),      # every other script-handled control (crawler/browser_explore.py)
            PageMethod(viewport_screenshot),
            PageMethod(context_cookies),
        ],
    }


async def settle_page(page) -> str:
    """Page method: wait until the page's scripts are done — no request waiting for its answer, and neither an
    answer nor an element added or removed for `quiet_ms` — at most `timeout_ms`, then go on with the DOM as it is.
    Why not Playwright's network idle (no request for 500 ms): (1) it never comes on a page that holds a
    `Cache-Control: no-store` answer it does not read (a poller's `202 Accepted`): measured with Playwright 1.65 and
    Debian's Chromium, such a fulfilled response never reports its end (`requestfinished`), so every poll202 render
    waited its 30 s and failed; here a request counts as answered when its response comes. (2) It comes too early
    on a page that waits between requests (a `Retry-After: 1` poller is idle a second before the poll that draws
    the list); `quiet_ms` is longer than such a wait. (3) On time-out the render failed, losing what the page had
    drawn; here it goes on (`browser/settle_timeout`). Returns "quiet", "timeout" or "gone" (the page closed)."""
    config = page.__dict__.get("_nianbao_settle") or SettleConfig()
    capture = _ACTIVE.get("capture")
    outcome = await wait_quiet(page, config.quiet_ms, config.timeout_ms)
    requests = page.__dict__["_nianbao_requests"]
    if capture is not None:
        capture.stats.inc_value(f"browser/settle_{outcome}")
    if outcome == "timeout":
        logger.info("browser: %s not quiet after %d ms (%d requests unanswered): rendered as it is", page.url,
                    config.timeout_ms, len(requests["pending"]))
    return outcome


# The innermost visible element whose whole text is a 加载更多 control's (render_evidence.LOAD_MORE_TEXT), not a
# link to a page: what a user clicks to grow a list. Found from the text nodes that hold 更多/more (an XPath
# in the browser: most pages have a few), and buttons' values. Marked with an attribute for Playwright to click.
_FIND_LOAD_MORE = """([pattern, maxText]) => {
  const re = new RegExp(pattern, "i");
  const isPageLink = el => { const a = el.closest("a[href]"); if (!a) return false;
    const h = a.getAttribute("href").trim().toLowerCase(); return !!h && !h.startsWith("#") && !h.startsWith("javascript:"); };
  const textOf = el => (el.tagName === "INPUT" ? el.value : el.textContent || "").replace(/\\s+/g, " ").trim();
  const usable = el => { const text = textOf(el);
    return text && text.length <= maxText && re.test(text) && !isPageLink(el) && !el.disabled
      && !el.hasAttribute("data-nianbao-idle")
      && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden"; };
  document.querySelectorAll("[data-nianbao-more]").forEach(el => el.removeAttribute("data-nianbao-more"));
  const texts = document.evaluate("//body//text()[contains(., '更多') or contains(translate(., 'MORE', 'more'), 'more')]",
                                  document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const candidates = [];
  for (let i = 0; i < texts.snapshotLength; i++) {
    const el = texts.snapshotItem(i).parentElement;
    if (el && !["SCRIPT", "STYLE"].includes(el.tagName)) candidates.push(el);
  }
  candidates.push(...document.querySelectorAll("input[type=button], input[type=submit]"));
  const found = candidates.find(usable);
  if (!found) return false;
  found.setAttribute("data-nianbao-more", "1");
  return true;
}"""


async def click_load_more(page) -> int:
    """Page method: click a 加载更多 / 查看更多 control (render_evidence.load_more_control) until it hides, stops
    causing a request, or MAX_LOAD_MORE_CLICKS; each click waits for the XHR/fetch it causes to be answered and
    for the page's script to insert the answer. Lists that grow in place have no pager: this is the only way to their
    older entries in a browser. Returns the number of clicks (0 on most pages, at the cost of one query)."""
    from nianbao.crawler.discovery.render_evidence import LOAD_MORE_TEXT
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    clicks = idle = 0
    url = page.url
    try:
        while clicks < MAX_LOAD_MORE_CLICKS and idle < MAX_IDLE_CONTROLS \
                and await page.evaluate(_FIND_LOAD_MORE, [LOAD_MORE_TEXT, 20]):
            size = await page.evaluate("document.body ? document.body.innerHTML.length : 0")
            try:
                async with page.expect_request(lambda r: r.resource_type in ("xhr", "fetch"),
                                               timeout=LOAD_MORE_REQUEST_MS) as asked:
                    await page.click("[data-nianbao-more]", timeout=LOAD_MORE_WAIT_MS)
                request = await asked.value
            except PlaywrightTimeout:
                # a control that asks for nothing (an expander of text already there): the next one is tried
                idle += 1
                await page.evaluate("document.querySelector('[data-nianbao-more]')"
                                    "?.setAttribute('data-nianbao-idle', '1')")
                continue
            await asyncio.wait_for(request.response(), LOAD_MORE_WAIT_MS / 1000)
            clicks += 1
            if page.url != url:   # the control navigated after all: this page is what the render shows
                break
            # the script inserts the answer (or hides the control) once it has it
            await page.wait_for_function("n => !document.body || document.body.innerHTML.length !== n", arg=size,
                                         timeout=LOAD_MORE_WAIT_MS, polling=50)
    except Exception as exc:  # noqa: BLE001 - no request, no change, a detached control: the list is as grown
        logger.debug("browser: load more on %s stopped after %d clicks: %s", url, clicks, exc)
    return clicks


# The page's inline scripts grow a list on scrolling (render_evidence.grows_on_scroll, the same test in JS): most
# pages answer false to this one query and are not scrolled.
_GROWS_ON_SCROLL = r"""() => {
  const text = [...document.scripts].filter(s => !s.src).map(s => s.text).join("\n");
  return /\bIntersectionObserver\b/.test(text) || (text.includes("scrollHeight")
    && /addEventListener\(\s*['"]scroll['"]|\bonscroll\s*=|\.scroll\(\s*function|\.on\(\s*['"]scroll['"]/.test(text));
}"""
# From the top to the end of the page. An IntersectionObserver fires on a change of intersection, and a short
# page shows its sentinel at the top and at the end alike: a spacer as tall as two screens, put before the page,
# takes the sentinel out of view at the top (removed when the scrolling ends: not part of the DOM archived).
_SCROLL_PAD = "nianbao-scroll-pad"
_ADD_SCROLL_PAD = """padId => {
  if (document.body && !document.getElementById(padId)) {
    const pad = document.createElement("div");
    pad.id = padId; pad.style.height = (2 * window.innerHeight + 100) + "px";
    document.body.prepend(pad);
  }
}"""
_SCROLL_TO_END = """async () => {
  window.scrollTo(0, 0);
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.scrollTo(0, Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0));
}"""


async def scroll_to_end(page) -> int:
    """Page method: on a page whose script grows its list on scrolling, scroll to the end until a scroll causes
    no request, the DOM stops growing, or MAX_SCROLLS; each scroll waits for the XHR/fetch it causes and for the
    script to insert the answer (as click_load_more does for a control). Returns the number of scrolls that
    grew the page (0 on most pages, at the cost of one query)."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    scrolls = 0
    url = page.url
    try:
        if not await page.evaluate(_GROWS_ON_SCROLL):
            return 0
        await page.evaluate(_ADD_SCROLL_PAD, _SCROLL_PAD)   # before the first size is taken: not a growth
        while scrolls < MAX_SCROLLS:
            size = await page.evaluate("document.body ? document.body.innerHTML.length : 0")
            try:
                async with page.expect_request(lambda r: r.resource_type in ("xhr", "fetch"),
                                               timeout=SCROLL_REQUEST_MS) as asked:
                    await page.evaluate(_SCROLL_TO_END)
                request = await asked.value
            except PlaywrightTimeout:
                break   # the end: scrolling asks for nothing more
            await asyncio.wait_for(request.response(), LOAD_MORE_WAIT_MS / 1000)
            if page.url != url:
                break
            await page.wait_for_function("n => !document.body || document.body.innerHTML.length !== n", arg=size,
                                         timeout=LOAD_MORE_WAIT_MS, polling=50)
            scrolls += 1
    except Exception as exc:  # noqa: BLE001 - an answer that adds nothing, a page gone: the list is as grown
        logger.debug("browser: scrolling %s stopped after %d scrolls: %s", url, scrolls, exc)
    try:
        await page.evaluate("id => document.getElementById(id)?.remove()", _SCROLL_PAD)
    except Exception:  # noqa: BLE001 - the page navigated away: no spacer left to remove
        pass
    return scrolls


async def viewport_screenshot(page) -> bytes | None:
    """Page method: a PNG of the viewport, through CDP's `Page.captureScreenshot` with `optimizeForSpeed`
    (Chromium's fast PNG encoding). Measured on the sandbox's 21 renders with chromium-headless-shell: Chromium
    2.3-2.4 CPU s against 2.7-2.8 with Playwright's `page.screenshot`, for PNGs about twice as large (59 KB
    against 29 KB); a render's screenshot is proof of what the browser showed, and renders are few. The CDP
    session is kept with the tab (tabs are reused, BrowserPageReuseMiddleware)."""
    if not cjk_font_installed():
        return None   # Chinese would be empty boxes: RenderedCaptureMiddleware warned and counts it
    session = getattr(page, "_nianbao_cdp", None)
    if session is None:
        session = await page.context.new_cdp_session(page)
        page._nianbao_cdp = session
    shot = await asyncio.wait_for(session.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True}),
                                  timeout=limits.BROWSER_PAGE_TIMEOUT_MS / 1000)
    return base64.b64decode(shot["data"])


async def context_cookies(page) -> list[dict]:
    """Page method: the cookies the page's context holds for its URL (a passed challenge's clearance cookie,
    which nianbao.crawler.downloadermiddlewares.challenge hands on to Scrapy's requests to that host)."""
    return await page.context.cookies(page.url)


def page_method_result(meta: dict, method) -> object:
    for pm in meta.get("playwright_page_methods") or ():
        if getattr(pm, "method", None) == method or getattr(pm, "method", None) is method:
            return pm.result
    return None


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


def browser_settings(settings, executable: str | None = None) -> dict:
    """Settings overrides that enable the browser for this crawl (crawl_main adds them unless --render never),
    with `executable` as Chromium unless the launch options name one."""
    launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
    if executable and not launch.get("executable_path"):
        launch["executable_path"] = executable
    # Each portal is its own site, so Chromium would start a renderer process per portal: on a small machine
    # that start-up, not the page, is most of a render's cost. A few shared renderers do (we run only the
    # portals' own scripts; renderers are shared only within a context, so all portals share one).
    launch["args"] = [*launch.get("args", []),
                      *(a for a in (*RENDERER_ARGS, *NETWORK_ARGS) if a not in launch.get("args", []))]
    proxy = proxy_launch_option(settings.get("NIANBAO_PROXY") or "")
    if proxy:
        launch["proxy"] = proxy
    return {
        "DOWNLOAD_HANDLERS": {"http": SHARED_HANDLER, "https": SHARED_HANDLER},
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
        # one context for every portal (render_meta): this many renders at a time
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": _pages_per_context(settings),
        # Playwright on a loop in its own thread: on the crawl's loop its many small round trips wait behind
        # page parsing, and a render took 10-40 s in a busy crawl (measured). scrapy-playwright's own switch
        # (used on Windows); the route hands its downloads back to the crawl's loop (BrowserCapture.download).
        "_PLAYWRIGHT_THREADED_LOOP": True,
        "PLAYWRIGHT_ABORT_REQUEST": "nianbao.crawler.browser.abort_request",
    }


def browser_configured(settings) -> bool:
    """Is the browser handler installed (crawl_main adds it)? A crawl started some other way — scrapyd,
    `scrapy crawl portal` — has Scrapy's plain handlers: a request marked for rendering would be fetched without
    a browser and, being marked, not archived by the capture middleware."""
    handlers = settings.getdict("DOWNLOAD_HANDLERS")
    return handlers.get("http") == SHARED_HANDLER or handlers.get("https") == SHARED_HANDLER


def _pages_per_context(settings) -> int:
    """BROWSER_PAGES, unless the crawl's own settings (above crawler/settings.py) say otherwise."""
    priority = settings.getpriority("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT") if hasattr(settings, "getpriority") else None
    if priority is not None and priority > SETTINGS_PRIORITIES["project"]:
        return settings.getint("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT")
    return BROWSER_PAGES


def abort_request(pw_request) -> bool:
    """scrapy-playwright's abort rule (for requests our route lets fall through)."""
    return pw_request.resource_type in ABORTED_RESOURCE_TYPES


class BrowserCapture:
    """Per-crawl state of the capture route: scope, archive writer, stats."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.allow_private = crawler.settings.getbool("NIANBAO_ALLOW_PRIVATE_ADDRESSES")
        self.explore = ExploreConfig.from_settings(crawler.settings)   # browser_explore.explore_controls' bounds
        self.settle = SettleConfig.from_settings(crawler.settings)     # settle_page's
        self._writer = None
        self._writer_missing_logged = False
        try:
            self.loop = asyncio.get_running_loop()
        except RuntimeError:
            self.loop = asyncio.get_event_loop()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserCapture:
        capture = cls(crawler)
        _ACTIVE["capture"] = capture
        return capture

    # scope: the same rules as crawler.downloadermiddlewares.scope, for requests that never pass through Scrapy
    async def download(self, request: Request) -> Response:
        """Fetch through Scrapy's downloader. The route runs on Playwright's loop, which is a thread of its own
        (`_PLAYWRIGHT_THREADED_LOOP`, see browser_settings): hand the download to the crawl's loop."""
        if asyncio.get_running_loop() is self.loop:
            return await self.crawler.engine.download_async(request)
        future = asyncio.run_coroutine_threadsafe(self.crawler.engine.download_async(request), self.loop)
        return await asyncio.wrap_future(future)

    def in_scope(self, url: str, portal_id: str | None) -> bool:
        from nianbao.crawler.downloadermiddlewares.scope import is_public_address, literal_ip

        host = (urlsplit(url).hostname or "").lower()
        spider = self.crawler.spider
        portal = getattr(spider, "portals", {}).get(portal_id)
        if portal is not None and not portal.site.contains(host):
            return False
        ip = literal_ip(host)
        return self.allow_private or ip is None or is_public_address(ip)

    async def passes_scope(self, url: str, portal_id: str | None) -> bool:
        """The crawl's own ScopeMiddleware decides (offsite host, private or loopback address — resolved as for
        any request — and its `scope/*` stats) for a browser request that never reaches Scrapy's downloader:
        a WebSocket (`ws://` is checked as `http://`, `wss://` as `https://`). Run on the crawl's loop."""
        from scrapy.exceptions import IgnoreRequest

        http_url = "http" + url[2:] if url.startswith(("ws://", "wss://")) else url
        scope = self._scope_middleware()
        if scope is None:    # a crawl without ScopeMiddleware (tests): the route's own rule
            return self.in_scope(http_url, portal_id)
        check = scope.process_request(Request(http_url, meta={"nianbao_portal": portal_id}))
        try:
            if asyncio.get_running_loop() is self.loop:
                await check
            else:
                await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(check, self.loop))
        except IgnoreRequest:
            return False
        return True

    def _scope_middleware(self):
        from nianbao.crawler.downloadermiddlewares.scope import ScopeMiddleware

        downloader = getattr(self.crawler.engine, "downloader", None)
        for middleware in getattr(getattr(downloader, "middleware", None), "middlewares", ()):
            if isinstance(middleware, ScopeMiddleware):
                return middleware
        return None

    def writer(self):
        if self._writer is None:
            from nianbao.crawler.extensions.warcwriter import WarcWriterExtension

            try:
                self._writer = WarcWriterExtension.of(self.crawler).writer
            except LookupError as exc:   # capture is off (NIANBAO_WARC_CAPTURE, or the extension not enabled)
                if not self._writer_missing_logged:
                    self._writer_missing_logged = True
                    logger.warning("browser capture: no archive writer (%s); browser traffic is not archived", exc)
                return None
        return self._writer

    def archive_resource(self, uri: str, content_type: str, data: bytes, concurrent_to: str | None,
                         meta: dict) -> None:
        writer = self.writer()
        if writer is None:
            self.stats.inc_value("browser/resource_not_archived")
            return
        write_resource(writer, uri, content_type, data, concurrent_to, meta)
        self.stats.inc_value("browser/resources")


def write_resource(writer, uri: str, content_type: str, data: bytes, concurrent_to: str | None, meta: dict) -> None:
    writer.submit("write_resource", uri=uri, content_type=content_type, data=data, concurrent_to=concurrent_to,
                          metadata={"portal-id": meta.get("nianbao_portal"), "via": meta.get("nianbao_via"),
                                    "hopsFromSeed": meta.get("nianbao_hops", ""), "role": meta.get("nianbao_role"),
                                    "capture-method": "rendered-dom"})


_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "content-length", "host",
               "te", "trailer", "upgrade", "proxy-authorization"}
# Cache-Control: routing turns Chromium's HTTP cache off (Playwright's page.route), so the header changes nothing
# for the page, but a fulfilled `no-store` response whose body the page never reads never reports its end
# (measured, Playwright 1.65 and Debian's Chromium: no `requestfinished`, so no network idle for the rest of the
# render: every later idle wait, a click's included, ran to its time-out). The archived response keeps it.
_NOT_FOR_FULFIL = {"content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive",
                   "cache-control"}


def fulfil_headers(headers) -> dict[str, str]:
    """Scrapy response headers → Playwright fulfil headers: the body is content-decoded and unframed, so the
    headers that describe the wire form go; repeated headers are joined (Set-Cookie by newlines)."""
    out = {}
    for name, values in headers.items():
        key = name.decode("latin-1")
        if key.lower() in _NOT_FOR_FULFIL:
            continue
        # Chromium stalls on a fulfilled response whose header value holds a newline, except Set-Cookie
        # (Playwright splits that one into separate cookies): others are joined as HTTP lists are.
        joiner = "\n" if key.lower() == "set-cookie" else ", "
        out[key] = joiner.join(v.decode("latin-1") for v in values)
    return out


def route_request(url: str, method: str, headers: dict[str, str], body: bytes | None, meta: dict,
                  main: bool) -> Request:
    """The Scrapy request that fetches one browser request."""
    host = (urlsplit(url).hostname or "").lower()
    sub_meta = {
        "nianbao_portal": meta.get("nianbao_portal"),
        "nianbao_via": meta.get("nianbao_via") if main else meta.get("nianbao_page_url", meta.get("nianbao_via")),
        "nianbao_hops": meta.get("nianbao_hops", "") + ("" if main else "X"),
        "nianbao_role": meta.get("nianbao_role") if main else "api",
        "nianbao_render": False, "nianbao_browser_fetch": True, "nianbao_capture_method": "playwright-route",
        # the page holds its own host's slot while it loads: its sub-requests queue in a slot of their own
        "download_slot": f"{host}#browser", "dont_redirect": True, "handle_httpstatus_all": True,
        "dont_merge_cookies": True, "max_retry_times": 1,  # the page waits: one retry, not the crawl's three
    }
    for key in ("proxy", "dont_obey_robotstxt", "nianbao_robots_override"):
        if key in meta:
            sub_meta[key] = meta[key]
    clean = {k: v for k, v in headers.items() if k.lower() not in _HOP_BY_HOP and v.isascii()}
    return Request(url, method=method, headers=clean, body=body or None, meta=sub_meta, dont_filter=True,
                   priority=100)


async def init_page(page, request: Request) -> None:
    """playwright_page_init_callback: install the capture route on a new page."""
    capture = _ACTIVE.get("capture")
    if capture is None:
        return
    from scrapy.exceptions import IgnoreRequest

    meta = request.meta
    meta.setdefault("nianbao_page_url", request.url)
    page.__dict__["_nianbao_explore"] = capture.explore   # browser_explore.explore_controls' bounds
    page.__dict__["_nianbao_settle"] = capture.settle
    track_requests(page)
    state = {"first": True}
    if "#" in request.url and page.url != "about:blank":
        # a hash-route state (crawler/discovery/hashroutes.py): from a reused tab showing the same document,
        # going to url#route would only change the fragment, with no load to capture and no wait for its data
        await page.goto("about:blank")
    await page.unroute("**/*")   # a reused page (BrowserPageReuseMiddleware): the last render's route goes

    async def route_handler(route, pw_request) -> None:
        url = pw_request.url
        logger.debug("browser route: %s %s (%s)", pw_request.method, url, pw_request.resource_type)
        if pw_request.resource_type in ABORTED_RESOURCE_TYPES:
            capture.stats.inc_value("browser/aborted_resource")
            await route.abort()
            return
        if not capture.in_scope(url, meta.get("nianbao_portal")):
            capture.stats.inc_value("browser/blocked_offsite")
            await route.abort("blockedbyclient")
            return
        # Main-frame navigations: the first is the Scrapy request itself (its method, headers, body); later
        # ones are redirects and challenge reloads, the last of which is the document the spider gets.
        main = pw_request.is_navigation_request() and pw_request.frame == page.main_frame
        held = getattr(page, "_nianbao_held_navigations", None)
        if main and held is not None and not state["first"]:
            # a list control clicked by browser_controls.click_list_controls navigates: its target is noted and
            # the page stays, for the next control
            if len(held) < MAX_HELD_NAVIGATIONS:
                held.append(url)
            await route.abort("aborted")
            return
        if pw_request.resource_type in ("xhr", "fetch") and pw_request.method == "GET":
            xhr = meta.setdefault("nianbao_xhr", [])   # the spider reads paged JSON lists from these
            if len(xhr) < MAX_XHR_NOTED:
                xhr.append(url)
        headers = await pw_request.all_headers()
        method, body = pw_request.method, pw_request.post_data_buffer
        if pw_request.resource_type in ("xhr", "fetch") and method == "POST" and body \
                and len(body) <= MAX_XHR_POST_BODY:
            posts = meta.setdefault("nianbao_xhr_posts", [])   # lists POSTed with their page in the body
            if len(posts) < MAX_XHR_NOTED:
                posts.append((url, body.decode("utf-8", "replace"), headers.get("content-type", "")))
        if main and state["first"]:
            state["first"] = False
            scrapy_headers = {k.decode("latin-1"): v[0].decode("latin-1") for k, v in request.headers.items() if v}
            headers = {**headers, **scrapy_headers}
            method, body = request.method, request.body or None
        sub = route_request(url, method, headers, body, meta, main)
        try:
            response = await capture.download(sub)
        except IgnoreRequest:
            capture.stats.inc_value("browser/refused")
            await route.abort("blockedbyclient")
            return
        except Exception as exc:  # the page shows its own error; the failure is in the crawl log
            capture.stats.inc_value("browser/fetch_error")
            logger.info("browser: fetching %s failed: %s", url, exc)
            await route.abort()
            return
        capture.stats.inc_value("browser/fetched")
        if len(response.body) > limits.MAX_RENDER_BYTES:
            # archived as fetched, not rendered: a 64 MB page of nothing took Chromium and Playwright's driver
            # ~5 min and 0.7 GiB (benchmarks/hostile_memory.py --quick)
            capture.stats.inc_value("browser/too_large")
            logger.info("browser: %s is %d bytes, more than %d: not rendered", url, len(response.body),
                        limits.MAX_RENDER_BYTES)
            await route.abort("blockedbyclient")
            return
        if main and sub.meta.get("nianbao_record_id"):
            meta["nianbao_record_id"] = sub.meta["nianbao_record_id"]
        if pw_request.resource_type in ("xhr", "fetch") and method == "GET" and response.status == 200:
            _note_json(meta, url, response)
        elif pw_request.resource_type in ("xhr", "fetch") and method == "POST" and response.status == 200 \
                and len(body or b"") <= MAX_XHR_POST_BODY:
            _note_post_json(meta, url, body, headers.get("content-type", ""), response)
        await route.fulfill(status=response.status, headers=fulfil_headers(response.headers), body=response.body)

    await page.route("**/*", route_handler)
    await route_web_sockets(page, capture, meta)


def _note_json(meta: dict, url: str, response: Response) -> None:
    """Keep a JSON answer the page's script fetched by GET (bounded): the spider reads the pages it names. An
    HTML answer (a 加载更多 fragment) is noted by URL only: what it holds is in the rendered DOM."""
    body = response.body
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if not ("json" in content_type or body.lstrip()[:1] in (b"[", b"{")):
        if "html" in content_type or body.lstrip()[:1] == b"<":
            fragments = meta.setdefault("nianbao_xhr_html", [])
            if len(fragments) < MAX_XHR_NOTED:
                fragments.append(url)
        return
    if len(body) > MAX_XHR_JSON_BYTES:
        return
    noted = meta.setdefault("nianbao_xhr_json", [])
    if len(noted) >= MAX_XHR_NOTED or sum(len(text) for _, text in noted) + len(body) > MAX_XHR_JSON_TOTAL:
        return
    noted.append((url, body.decode("utf-8", "replace")))


def _note_post_json(meta: dict, url: str, body: bytes | None, content_type: str, response: Response) -> None:
    """Keep a JSON answer to a POST the page's script sent (a zTree level asked for by POST, zTree's default),
    with the body it answered, in meta["nianbao_xhr_post_json"] as (url, body, content type, text): the spider
    asks for the tree's unexpanded nodes with the same body shape (bounded as _note_json's)."""
    data = response.body
    if data.lstrip()[:1] not in (b"[", b"{") or len(data) > MAX_XHR_JSON_BYTES:
        return
    noted = meta.setdefault("nianbao_xhr_post_json", [])
    if len(noted) >= MAX_XHR_NOTED or sum(len(n[3]) for n in noted) + len(data) > MAX_XHR_JSON_TOTAL:
        return
    noted.append((url, (body or b"").decode("utf-8", "replace"), content_type, data.decode("utf-8", "replace")))


async def route_web_sockets(page, capture: BrowserCapture, meta: dict) -> None:
    """WebSockets pass the crawl's scope too. `page.route` never sees them (Playwright routes them apart), so
    a page's script could otherwise open one to any host or private address (169.254.169.254, a loopback port)
    through the proxy. Out of scope: closed before any connection (`browser/websocket_blocked`); in scope:
    connected (`browser/websocket`; its frames are not archived — reports are never delivered that way).
    Installed once per tab; a reused tab's handler reads the current render's meta."""
    page.__dict__["_nianbao_meta"] = meta
    if page.__dict__.get("_nianbao_ws_routed"):
        return
    page.__dict__["_nianbao_ws_routed"] = True

    async def websocket_handler(ws) -> None:
        current = page.__dict__.get("_nianbao_meta") or {}
        if await capture.passes_scope(ws.url, current.get("nianbao_portal")):
            capture.stats.inc_value("browser/websocket")
            ws.connect_to_server()
            return
        capture.stats.inc_value("browser/websocket_blocked")
        logger.info("browser: WebSocket to %s refused (outside the portal's scope or a private address)", ws.url)
        await ws.close(code=1008, reason="outside the crawl's scope")

    await page.route_web_socket(re.compile(r".*"), websocket_handler)
