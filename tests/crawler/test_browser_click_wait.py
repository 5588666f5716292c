"""After a list control's click, the redraw is waited for (crawler/browser_controls.py with crawler/page_quiet.py),
in Debian's Chromium with pages fulfilled by a route as the capture route does: a year tab whose list comes from a
request answered after 0.05 s, 0.4 s or 1.2 s is collected (with Playwright's network idle, reached once at load,
the click's wait returned at once and the 0.4 s and 1.2 s answers were never seen); a page that keeps polling does
not hold the clicks past their bound, and what each click drew is still collected."""

from __future__ import annotations

import asyncio

import pytest
from nianbao.crawler import browser, browser_controls
from nianbao.crawler.crawl_main import chromium_available, chromium_executable

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")]

BASE = "http://www.example-county.gov.cn"
# three year tabs (li[data-year]) with no href: each click fetches that year's rows and redraws the list
TABS = """<html><body><ul class="years"><li data-year="2022">2022</li><li data-year="2021">2021</li>
<li data-year="2020">2020</li></ul><ul id="l"></ul><script>
function draw(rows) { var ul = document.getElementById("l"); ul.innerHTML = "";
  rows.forEach(function (t) { var li = document.createElement("li"), a = document.createElement("a");
    a.href = "/t/" + t + ".html"; a.textContent = t; li.appendChild(a); ul.appendChild(li); }); }
document.querySelectorAll(".years li").forEach(function (li) { li.onclick = function () {
  fetch("/api/y" + li.dataset.year).then(function (r) { return r.json(); }).then(function (d) { draw(d.rows); }); }; });
%s</script></body></html>"""
# a status counter asked every 200 ms, forever: the page is never quiet
POLLING = 'setInterval(function () { fetch("/api/ping"); }, 200);'


def _clicked(delay: float, extra_script: str = "") -> list[str]:
    """click_list_controls on TABS, each year's answer `delay` s late. Returns the links it collected."""
    from playwright.async_api import async_playwright

    async def run() -> list[str]:
        async with async_playwright() as p:
            chromium = await p.chromium.launch(executable_path=chromium_executable(), args=list(browser.RENDERER_ARGS))
            page = await chromium.new_page()

            async def handler(route, request) -> None:
                path = request.url[len(BASE):]
                if path == "/":
                    await route.fulfill(status=200, headers={"Content-Type": "text/html; charset=utf-8"},
                                        body=(TABS % extra_script).encode())
                elif path.startswith("/api/y"):
                    year = path[len("/api/y"):]
                    await asyncio.sleep(delay)
                    await route.fulfill(status=200, headers={"Content-Type": "application/json"},
                                        body=f'{{"rows": ["{year}-a", "{year}-b"]}}'.encode())
                elif path == "/api/ping":
                    await route.fulfill(status=200, headers={"Content-Type": "application/json"}, body=b"{}")
                else:
                    await route.abort()

            await page.route("**/*", handler)
            browser.track_requests(page)
            await page.goto(BASE + "/")
            await browser.settle_page(page)
            await browser_controls.click_list_controls(page)
            links = await page.eval_on_selector_all("[data-nianbao-clicked] a", "els => els.map(a => a.href)")
            await chromium.close()
            return sorted(link[len(BASE):] for link in links)

    return asyncio.run(run())


@pytest.mark.parametrize("delay", [0.05, 0.4, 1.2])
def test_a_tab_whose_list_answers_late_is_collected(delay):
    # the last tab's rows stay on the page (read there); the first two tabs' are collected into the page
    assert _clicked(delay) == ["/t/2021-a.html", "/t/2021-b.html", "/t/2022-a.html", "/t/2022-b.html"]


def test_a_page_that_keeps_polling_still_has_its_clicks_collected(monkeypatch):
    monkeypatch.setattr(browser_controls, "CLICK_WAIT_MS", 1_500)
    assert _clicked(0.3, POLLING) == ["/t/2021-a.html", "/t/2021-b.html", "/t/2022-a.html", "/t/2022-b.html"]


def test_the_clicks_stop_at_their_shared_bound(monkeypatch):
    # negative of the above: with no time left for clicks, none is made and nothing is collected
    monkeypatch.setattr(browser_controls, "CLICKS_WAIT_MS", 0)
    assert _clicked(0.05) == []
