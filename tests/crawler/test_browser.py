"""The browser: capture route exactness (Playwright directly), then crawls that need Chromium (JS-only list with
--render auto, a 瑞数-style challenge passed in the browser). Skipped when /usr/bin/chromium is missing."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

import pytest
from scrapy import Request

from crawler import browser
from tests.crawler import sites
from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.test_portal_e2e import registry

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium")]

GBK_PAGE = ("<html><head><meta charset='gbk'><title>临洮县政府信息公开年报</title></head><body><div id='l'></div>"
            "<script>fetch('/list.xml').then(r => r.text()).then(t => {document.getElementById('l').innerHTML = t})"
            "</script><img src='/logo.png'></body></html>").encode("gb18030")


class FakeCapture:
    def __init__(self):
        self.exchanges: list[browser.BrowserExchange] = []
        self.stats = type("S", (), {"inc_value": lambda *a, **k: None})()

    def in_scope(self, url, portal_id):
        return "www.lintao.gov.cn" in url

    def archive(self, exchange):
        self.exchanges.append(exchange)
        return f"<urn:uuid:{len(self.exchanges)}>"


def test_capture_route_keeps_the_servers_bytes(monkeypatch):
    web = MiniWeb()
    web.add("http://www.lintao.gov.cn/nb/", gzip.compress(GBK_PAGE), content_type="text/html",
            headers={"Content-Encoding": "gzip"})
    web.add("http://www.lintao.gov.cn/list.xml", '<a href="/t20240101_1.html">临洮县2023年政府信息公开工作年度报告</a>')
    web.add("http://www.lintao.gov.cn/logo.png", b"\x89PNG", content_type="image/png")
    capture = FakeCapture()
    monkeypatch.setitem(browser._ACTIVE, "capture", capture)
    request = Request("http://www.lintao.gov.cn/nb/", headers={"User-Agent": "nianbao-test"},
                      meta={"nianbao_portal": "lintao", "nianbao_hops": "L", "nianbao_role": "column",
                            "nianbao_via": "http://www.lintao.gov.cn/"})

    async def render(proxy_url):
        from playwright.async_api import async_playwright

        async with async_playwright() as p:
            chromium = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"],
                                               proxy={"server": proxy_url})
            page = await chromium.new_page()
            await browser.init_page(page, request)
            await page.goto(request.url)
            await page.wait_for_load_state("networkidle")
            content = await page.content()
            await chromium.close()
            return content

    with ProxyServer(web) as proxy:
        content = asyncio.run(render(proxy.url))
    assert "临洮县2023年政府信息公开工作年度报告" in content          # the XHR-drawn list reached the page
    by_url = {e.url: e for e in capture.exchanges}
    assert set(by_url) == {"http://www.lintao.gov.cn/nb/", "http://www.lintao.gov.cn/list.xml"}  # png aborted
    main = by_url["http://www.lintao.gov.cn/nb/"]
    assert main.body == GBK_PAGE                                       # GBK bytes, not re-encoded UTF-8
    assert main.navigation and main.role == "column" and main.hops == "L"
    headers = dict(browser.masked_headers(main.response_headers, len(main.body)))
    assert headers["X-Crawler-Content-Encoding"] == "gzip" and headers["Content-Length"] == str(len(GBK_PAGE))
    assert ("user-agent", "nianbao-test") in [(k.lower(), v) for k, v in main.request_headers]
    xhr = by_url["http://www.lintao.gov.cn/list.xml"]
    assert not xhr.navigation and xhr.hops == "LX" and xhr.via == request.url
    assert request.meta["nianbao_record_id"] == "<urn:uuid:1>"


def test_proxy_launch_option():
    assert browser.proxy_launch_option("") is None
    assert browser.proxy_launch_option("http://u%40x:p@proxy.local:3128") == {
        "server": "http://proxy.local:3128", "username": "u@x", "password": "p"}


def _js_portal(web: MiniWeb) -> tuple[dict, set]:
    base = "http://www.js-county.gov.cn"
    web.add(f"{base}/", html('<a href="/zfxxgknb/">政府信息公开年报</a>'))
    links = []
    reports = set()
    for n in range(1, 6):
        url = f"{base}/zfxxgknb/202401/t20240110_{n}.html"
        title = f"某县第{n}局2023年政府信息公开工作年度报告"
        web.add(url, sites.report_page(title, "2024-01-10", "1234560001"))
        reports.add(url)
        links.append(f'<li><a href="{url}">{title}</a></li>')
    web.add(f"{base}/zfxxgknb/", html("<ul id='list'></ul><script>fetch('/api/list?col=9').then(r => r.json())"
                                      ".then(d => {document.getElementById('list').innerHTML = d.html})</script>",
                                      "政府信息公开年报"))
    import json

    web.add(f"{base}/api/list", json.dumps({"html": "".join(links)}), content_type="application/json")
    return {"id": "js", "name": "js", "region_code": "110101", "level": "county", "homepage": f"{base}/"}, reports


def _challenge_portal(web: MiniWeb) -> tuple[dict, set]:
    base = "http://www.rs-county.gov.cn"
    challenge = (b"<html><head><script>var $_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};$_ts.nsd=1;"
                 b"document.cookie='FSSBBIl1UgzbN7N80T=ok; path=/';location.reload();</script></head></html>")
    report = f"{base}/nb/t20240110_1.html"

    def home(method, url, headers, body):
        if "FSSBBIl1UgzbN7N80T=ok" in headers.get("Cookie", ""):
            return 200, {"Content-Type": "text/html; charset=utf-8"}, html(
                f'<a href="{report}">某县第1局2023年政府信息公开工作年度报告</a>')
        return 412, {"Content-Type": "text/html", "Set-Cookie": "FSSBBIl1UgzbN7N80S=abc; path=/"}, challenge

    web.routes[f"{base}/"] = home
    web.add(report, sites.report_page("某县第1局2023年政府信息公开工作年度报告", "2024-01-10", "1234560001"))
    return {"id": "rs", "name": "rs", "region_code": "110101", "level": "county", "homepage": f"{base}/"}, {report}


@pytest.fixture(scope="module")
def rendered_crawl(tmp_path_factory):
    web = MiniWeb()
    js_row, js_reports = _js_portal(web)
    rs_row, rs_reports = _challenge_portal(web)
    with ProxyServer(web) as proxy:
        result = run_crawl(tmp_path_factory.mktemp("crawl"), registry([js_row, rs_row]), proxy.url,
                           extra={"NIANBAO_RENDER": "auto"}, timeout=180)
    return result, js_reports, rs_reports, web


def test_auto_render_draws_a_javascript_list(rendered_crawl):
    (status, items, summary, stderr), js_reports, _, _ = rendered_crawl
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report" and i["portal_id"] == "js"} == js_reports
    assert "'render/auto': 1" in stderr


def test_challenge_passed_in_the_browser(rendered_crawl):
    (_, items, summary, stderr), _, rs_reports, _ = rendered_crawl
    assert {i["url"] for i in items if i["kind"] == "report" and i["portal_id"] == "rs"} == rs_reports
    row = summary["portals"]["rs"]
    assert row["challenges"] == 1 and row["challenges_passed"] == 1 and row["errors"] == 0
