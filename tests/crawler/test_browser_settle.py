"""When a render's scripts are done (crawler/browser.py settle_page), in Debian's Chromium with pages fulfilled by a
route as the capture route does: a poller behind `202 Accepted` + `Cache-Control: no-store` + `Retry-After: 1`
(poll202's shells) is drawn; a page that goes quiet renders as before; a slow answer is waited for; a ticking clock
does not hold the render; a page that never goes quiet ends at the time-out, counted, with what it drew."""

from __future__ import annotations

import asyncio
import time

import pytest
from nianbao.crawler import browser
from nianbao.crawler.crawl_main import chromium_available, chromium_executable
from scrapy.http import Headers
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")]

BASE = "http://www.example-county.gov.cn"
DRAW = """function draw(rows) { var ul = document.getElementById("l");
  rows.forEach(function (t) { var li = document.createElement("li"), a = document.createElement("a");
    a.href = "/t/" + t + ".html"; a.textContent = t; li.appendChild(a); ul.appendChild(li); }); }"""
POLLER = """<html><body><ul id="l"></ul><script>""" + DRAW + """
function poll(url) { fetch(url).then(function (r) {
    if (r.status === 202) { setTimeout(function () { poll(r.headers.get("Location") || url); },
                                       parseInt(r.headers.get("Retry-After") || "1", 10) * 1000); return null; }
    return r.json(); }).then(function (res) { if (res) draw(res.rows); }); }
poll("/api/q");
</script></body></html>"""
ACCEPTED = {"Content-Type": "application/json;charset=UTF-8", "Location": "/api/jobs/1", "Retry-After": "1",
            "Cache-Control": "no-store"}


class FakeCapture:
    def __init__(self):
        self.stats = MemoryStatsCollector(get_crawler())


def _render(pages: dict, settle: browser.SettleConfig, *, capture_headers: bool = True) -> dict:
    """settle_page on BASE/ in Chromium. `pages`: path → (status, headers, body, delay s). With capture_headers the
    headers pass fulfil_headers, as in a crawl. Returns the outcome, the links drawn, the seconds it took, stats."""
    from playwright.async_api import async_playwright

    capture = FakeCapture()

    async def run() -> dict:
        async with async_playwright() as p:
            chromium = await p.chromium.launch(executable_path=chromium_executable(), args=list(browser.RENDERER_ARGS))
            page = await chromium.new_page()

            async def handler(route, request) -> None:
                path = request.url[len(BASE):]
                if path not in pages:
                    await route.abort()
                    return
                status, headers, body, delay = pages[path]
                await asyncio.sleep(delay)
                if capture_headers:
                    headers = browser.fulfil_headers(Headers(headers))
                await route.fulfill(status=status, headers=headers, body=body)

            await page.route("**/*", handler)
            browser.track_requests(page)
            page.__dict__["_nianbao_settle"] = settle
            await page.goto(BASE + "/")
            started = time.monotonic()
            outcome = await browser.settle_page(page)
            took = time.monotonic() - started
            links = await page.eval_on_selector_all("#l a", "els => els.map(a => a.getAttribute('href'))")
            await chromium.close()
            return {"outcome": outcome, "links": links, "seconds": took, "stats": capture.stats.get_stats()}

    browser._ACTIVE["capture"] = capture
    try:
        return asyncio.run(run())
    finally:
        browser._ACTIVE.pop("capture", None)


def _html(text: str) -> tuple:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, text.encode(), 0


ROWS = (200, {"Content-Type": "application/json"}, b'{"rows": ["a", "b", "c"]}', 0)


@pytest.mark.parametrize("capture_headers", [True, False])
def test_a_poller_behind_a_no_store_202_is_drawn(capture_headers):
    # capture_headers=False keeps `Cache-Control: no-store` on the fulfilled 202: Playwright then never sees the
    # 202 finish (no network idle, the cause of poll202's time-outs); settle_page does not depend on it
    got = _render({"/": _html(POLLER), "/api/q": (202, ACCEPTED, b'{"status": "queued"}', 0), "/api/jobs/1": ROWS},
                  browser.SettleConfig(quiet_ms=1_500, timeout_ms=10_000), capture_headers=capture_headers)
    assert got["outcome"] == "quiet"
    assert got["links"] == ["/t/a.html", "/t/b.html", "/t/c.html"]
    assert got["stats"].get("browser/settle_quiet") == 1 and "browser/settle_timeout" not in got["stats"]


def test_cache_control_is_not_fulfilled():
    assert "Cache-Control" not in browser.fulfil_headers(Headers(ACCEPTED))
    assert browser.fulfil_headers(Headers(ACCEPTED))["Retry-After"] == "1"


def test_a_page_that_goes_quiet_renders_as_before():
    page = _html('<ul id="l"></ul><script>' + DRAW + 'fetch("/api/rows").then(r => r.json()).then(d => draw(d.rows))'
                 "</script>")
    got = _render({"/": page, "/api/rows": ROWS}, browser.SettleConfig(quiet_ms=1_000, timeout_ms=10_000))
    assert got["outcome"] == "quiet" and len(got["links"]) == 3
    assert got["seconds"] < 5


def test_a_slow_answer_is_waited_for_past_the_quiet_time():
    # negative: quiet_ms passes while the list's request is unanswered; the render must not end then
    page = _html('<ul id="l"></ul><script>' + DRAW + 'fetch("/api/rows").then(r => r.json()).then(d => draw(d.rows))'
                 "</script>")
    slow = (*ROWS[:3], 2.5)
    got = _render({"/": page, "/api/rows": slow}, browser.SettleConfig(quiet_ms=500, timeout_ms=10_000))
    assert got["outcome"] == "quiet" and len(got["links"]) == 3
    assert got["seconds"] >= 2


def test_a_ticking_clock_does_not_hold_the_render():
    page = _html('<ul id="l"><li><a href="/t/a.html">a</a></li></ul><span id="c"></span><script>'
                 'setInterval(function () { document.getElementById("c").textContent = String(Date.now());'
                 ' document.getElementById("c").style.left = (Date.now() % 100) + "px"; }, 50)</script>')
    got = _render({"/": page}, browser.SettleConfig(quiet_ms=800, timeout_ms=10_000))
    assert got["outcome"] == "quiet" and got["seconds"] < 5


def test_a_page_that_never_goes_quiet_times_out_with_what_it_drew():
    page = _html('<ul id="l"></ul><script>' + DRAW + 'var n = 0; setInterval(function () { draw([n++]); }, 200)'
                 "</script>")
    got = _render({"/": page}, browser.SettleConfig(quiet_ms=800, timeout_ms=2_000))
    assert got["outcome"] == "timeout"
    assert got["stats"].get("browser/settle_timeout") == 1 and "browser/settle_quiet" not in got["stats"]
    assert 1.9 <= got["seconds"] < 4
    assert len(got["links"]) >= 5     # what it drew is handed back, not lost


def test_settle_settings_are_read_once_with_defaults():
    from scrapy.settings import Settings

    assert browser.SettleConfig.from_settings(Settings()) == browser.SettleConfig(1_500, 30_000)
    assert browser.SettleConfig.from_settings(Settings({"NIANBAO_RENDER_QUIET_MS": "0",
                                                         "NIANBAO_RENDER_SETTLE_TIMEOUT_MS": 5000})) \
        == browser.SettleConfig(0, 5_000)
