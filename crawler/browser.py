"""The browser: scrapy-playwright with Debian's /usr/bin/chromium (launch settings in crawler/settings.py;
never `playwright install`).

`render_meta()` is the request meta that sends a request through Chromium. `browser_settings(settings)` is what
crawl_main adds when NIANBAO_RENDER is not `never`: the scrapy-playwright download handlers and the proxy launch
option (NIANBAO_PROXY applies to Chromium as to Scrapy)."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from parse import limits

CONTEXT = "nianbao"
PAGE_INIT_CALLBACK = "crawler.browser.init_page"


def render_meta() -> dict:
    from scrapy_playwright.page import PageMethod

    return {
        "playwright": True,
        "playwright_context": CONTEXT,
        "playwright_page_init_callback": PAGE_INIT_CALLBACK,
        # challenge scripts set a cookie and reload; lists fill in by XHR: wait until the network is quiet
        "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle",
                                               timeout=limits.BROWSER_PAGE_TIMEOUT_MS)],
    }


def proxy_launch_option(proxy_url: str) -> dict | None:
    """Playwright's `proxy` launch option for a proxy URL (credentials split out)."""
    if not proxy_url:
        return None
    parts = urlsplit(proxy_url if "://" in proxy_url else f"http://{proxy_url}")
    option = {"server": f"{parts.scheme}://{parts.hostname}:{parts.port or 80}"}
    if parts.username:
        option["username"] = unquote(parts.username)
        option["password"] = unquote(parts.password or "")
    return option


def browser_settings(settings) -> dict:
    """Settings overrides that enable the browser for this crawl."""
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
    }


async def init_page(page, request) -> None:
    """playwright_page_init_callback: installs the capture route (filled in with crawler/capture.py's writer)."""
    return None
