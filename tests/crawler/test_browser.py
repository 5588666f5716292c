"""The browser: capture route exactness (Playwright directly), then crawls that need Chromium (JS-only list with
--render auto, a 瑞数-style challenge passed in the browser). Skipped when no Chromium is installed."""

from __future__ import annotations

import base64
import gzip
import json
import re
import struct

import pytest
from nianbao.crawler import browser
from nianbao.crawler.crawl_main import chromium_available

from tests.crawler import sites
from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl
from tests.crawler.test_portal_e2e import registry

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")]

GBK_PAGE = ("<html><head><meta charset='gbk'><title>临洮县政府信息公开年报</title></head><body><div id='l'></div>"
            "<script>fetch('/list.xml').then(r => r.text()).then(t => {document.getElementById('l').innerHTML = t})"
            "</script><img src='/logo.png'></body></html>").encode("gb18030")


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


def _gbk_js_portal(web: MiniWeb) -> dict:
    """A GBK column page, served gzip-compressed without a charset header, whose list only a script draws."""
    base = "http://www.lintao.gov.cn"
    web.add(f"{base}/", html('<a href="/nb/">政府信息公开年报</a>'))
    web.add(f"{base}/nb/", gzip.compress(GBK_PAGE), content_type="text/html", headers={"Content-Encoding": "gzip"})
    web.add(f"{base}/list.xml", '<a href="/t20240101_1.html">临洮县2023年政府信息公开工作年度报告</a>')
    web.add(f"{base}/logo.png", b"\x89PNG", content_type="image/png")
    web.add(f"{base}/t20240101_1.html", sites.report_page("临洮县2023年政府信息公开工作年度报告", "2024-01-10",
                                                          "6211240001"))
    return {"id": "lintao", "name": "lintao", "region_code": "621124", "level": "county", "homepage": f"{base}/"}


PV_BASE = "http://www.pv-county.gov.cn"
PV_REPORTS = {f"{PV_BASE}/nb/202401/t20240110_{n}.html" for n in range(1, 4)}


def _print_portal(web: MiniWeb) -> dict:
    """A short 年报 column whose whole list only its print version holds: a 打印本页 button's handler opens
    `/print.jsp?url=` + the page's path (rendered on evidence `script_controls`, explored: browser_explore.py)."""
    base = PV_BASE
    web.add(f"{base}/", html('<a href="/nb/index.html">政府信息公开年报</a>'))
    links = []
    for n, url in enumerate(sorted(PV_REPORTS), 1):
        title = f"某县第{n}局2023年政府信息公开工作年度报告"
        web.add(url, sites.report_page(title, "2024-01-10", "1234560001"))
        links.append(f'<li><a href="{url}">{title}</a></li>')
    web.add(f"{base}/nb/index.html", html(
        f'<ul class="list">{links[0]}</ul><a href="javascript:void(0);" onclick="printPage()">打印本页</a>'
        '<script>function printPage() { window.open("/print.jsp?url=" + encodeURIComponent(location.pathname)); }'
        "</script>", "政府信息公开年报"))
    web.add(f"{base}/print.jsp?url=%2Fnb%2Findex.html", html(f"<ul>{''.join(links)}</ul>", "政府信息公开年报"))
    return {"id": "pv", "name": "pv", "region_code": "110101", "level": "county", "homepage": f"{base}/"}


@pytest.fixture(scope="module")
def rendered_crawl(tmp_path_factory):
    web = MiniWeb()
    js_row, js_reports = _js_portal(web)
    rs_row, rs_reports = _challenge_portal(web)
    gbk_row = _gbk_js_portal(web)
    pv_row = _print_portal(web)
    tmp = tmp_path_factory.mktemp("crawl")
    records = tmp / "records.jsonl"
    extra = {"NIANBAO_RENDER": "auto", "NIANBAO_TEST_RECORD_FILE": str(records),
             "DOWNLOADER_MIDDLEWARES": {"nianbao.crawler.downloadermiddlewares.scope.ScopeMiddleware": 50,
                                        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                                        "nianbao.crawler.downloadermiddlewares.robotstxt.RobotsStatusMiddleware": 100,
                                        "nianbao.crawler.downloadermiddlewares.backoff.RetryBackoffMiddleware": 555,
                                        "nianbao.crawler.downloadermiddlewares.challenge.ChallengeMiddleware": 580,
                                        "nianbao.crawler.downloadermiddlewares.rendered.RenderedCaptureMiddleware": 585,
                                        "tests.crawler.recorder.RecorderMiddleware": 950}}
    with ProxyServer(web) as proxy:
        result = run_crawl(tmp, registry([js_row, rs_row, gbk_row, pv_row]), proxy.url, extra=extra, timeout=180)
    recorded = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    return result, js_reports, rs_reports, web, tmp, recorded


def test_browser_traffic_is_captured_as_received(rendered_crawl):
    (status, items, _, stderr), *_, recorded = rendered_crawl
    assert status == 0, stderr[-3000:]
    routed = [r for r in recorded if r["capture_method"] == "playwright-route"]
    page = next(r for r in routed if r["url"] == "http://www.lintao.gov.cn/nb/")
    assert page["content_encoding"] == "gzip"
    assert gzip.decompress(base64.b64decode(page["body"])) == GBK_PAGE   # GBK bytes, never re-encoded
    assert page["role"] == "column" and page["hops"] == "L"
    assert page["request_headers"]["User-Agent"].startswith("Mozilla/5.0 (compatible; nianbao/0.1; +")   # ours, not Chromium's
    xhr = next(r for r in routed if r["url"] == "http://www.lintao.gov.cn/list.xml")
    assert xhr["role"] == "api" and xhr["hops"] == "LX" and xhr["via"] == "http://www.lintao.gov.cn/nb/"
    assert not [r for r in recorded if r["url"].endswith("logo.png")]      # images are not fetched
    assert {i["url"] for i in items if i["kind"] == "report" and i["portal_id"] == "lintao"} == {
        "http://www.lintao.gov.cn/t20240101_1.html"}


def test_auto_render_draws_a_javascript_list(rendered_crawl):
    (status, items, summary, stderr), js_reports, *_ = rendered_crawl
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report" and i["portal_id"] == "js"} == js_reports
    assert "'render/auto': 3" in stderr  # the JSON list, the GBK list and the print button's column, nothing else


def test_a_print_button_is_explored_and_the_print_version_read(rendered_crawl):
    (status, items, _, stderr), *_ = rendered_crawl
    assert status == 0, stderr[-3000:]
    assert {i["url"] for i in items if i["kind"] == "report" and i["portal_id"] == "pv"} == PV_REPORTS
    assert "'render/evidence/script_controls': 1" in stderr and "'browser/explore/links': 1" in stderr


def test_requests_carry_the_page_they_were_found_on_as_referer(rendered_crawl):
    *_, recorded = rendered_crawl
    fetched = [r for r in recorded if r["capture_method"] != "playwright-route"]   # (the browser sets its own)
    found = [r for r in fetched if r["via"]]
    assert found and all(r["request_headers"].get("Referer") == r["via"] for r in found)
    seeds = [r for r in fetched if r["role"] == "home" and not r["via"]]
    assert seeds and all("Referer" not in r["request_headers"] for r in seeds)


def test_referer_policy():
    from nianbao.crawler.spiders.portal import referer_for

    assert referer_for("http://a.gov.cn/nb/", "http://a.gov.cn/x.pdf") == "http://a.gov.cn/nb/"
    assert referer_for("https://a.gov.cn/nb/", "https://b.gov.cn/") == "https://a.gov.cn/nb/"
    assert referer_for("https://a.gov.cn/nb/", "http://a.gov.cn/x.pdf") is None      # no downgrade leak
    assert referer_for("http://u:p@a.gov.cn/nb/#top", "http://a.gov.cn/") == "http://a.gov.cn/nb/"
    assert referer_for(None, "http://a.gov.cn/") is None


def test_one_playwright_driver_serves_http_and_https(rendered_crawl):
    (status, _, _, stderr), *_ = rendered_crawl
    assert status == 0, stderr[-3000:]
    assert stderr.count("Starting download handler") == 1   # scrapy-playwright logs it as each handler starts
    # the driver and Chromium run as batch, as the worker processes do (downloadhandlers/playwright.py)
    batch = re.search(r"browser: (\d+) processes under the crawl run as batch", stderr)
    assert batch and int(batch.group(1)) >= 2, stderr[-3000:]


def test_challenge_passed_in_the_browser(rendered_crawl):
    (_, items, summary, stderr), _, rs_reports, *_ = rendered_crawl
    assert {i["url"] for i in items if i["kind"] == "report" and i["portal_id"] == "rs"} == rs_reports
    row = summary["portals"]["rs"]
    # every in-scope link is followed: the report page's navigation names /xwzx/, which the fixture does not serve
    assert row["challenges"] == 1 and row["challenges_passed"] == 1 and row["errors"] == row["http_errors"]["http_404"]
    assert row["status"] == "ok (challenge passed in the browser)"


def test_each_render_archives_its_dom_and_a_viewport_screenshot(rendered_crawl):
    from warcio.archiveiterator import ArchiveIterator

    (status, _, _, stderr), *_, tmp, _ = rendered_crawl
    assert status == 0, stderr[-3000:]
    resources = {}
    for path in sorted((tmp / "data" / "store").rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "resource":
                    resources[record.rec_headers.get_header("WARC-Target-URI")] = (
                        record.rec_headers.get_header("Content-Type"), record.content_stream().read())
    rendered = {uri.split(":", 2)[2] for uri in resources if uri.startswith("urn:rendered-dom:")}
    assert {"http://www.js-county.gov.cn/zfxxgknb/", "http://www.lintao.gov.cn/nb/"} <= rendered
    for url in rendered:
        kind, png = resources[f"urn:screenshot:{url}"]
        assert kind == "image/png" and png.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", png[16:24])        # IHDR: the viewport, not the full page
        assert (width, height) == (1280, 720)
    dom = resources["urn:rendered-dom:http://www.js-county.gov.cn/zfxxgknb/"][1].decode("utf-8")
    assert "某县第1局2023年政府信息公开工作年度报告" in dom        # the list the script drew


def test_fulfil_headers_drop_framing_and_join_lists():
    from scrapy.http import Headers

    headers = Headers({"Content-Encoding": "gzip", "Content-Length": "10", "Transfer-Encoding": "chunked",
                       "Content-Type": "text/html"})
    headers.appendlist("Set-Cookie", "a=1")
    headers.appendlist("Set-Cookie", "b=2")
    headers.appendlist("Vary", "Accept-Encoding")
    headers.appendlist("Vary", "Cookie")
    assert browser.fulfil_headers(headers) == {"Content-Type": "text/html", "Set-Cookie": "a=1\nb=2",
                                               "Vary": "Accept-Encoding, Cookie"}
