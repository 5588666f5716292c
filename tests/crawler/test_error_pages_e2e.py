"""End to end: error answers that point on (crawler/spiders/error_reading.py). A column that moved answers 404 with
a countdown page (no link) to its new address; a department's page answers 503 (past its retries) with a page that
links the department's new list; both stale links share one 404 template, read once. Every report behind them is
found, the error pages are never items, and the stats count what was read."""

from __future__ import annotations

import pytest

from tests.crawler.minisite import MiniWeb, ProxyServer, crawl_stat, html, run_crawl
from tests.crawler.sites import report_page
from tests.crawler.test_portal_e2e import registry

pytestmark = pytest.mark.slow
BASE = "http://www.moved-county.gov.cn"


def test_error_pages_that_point_on_are_read_once_and_never_reported(tmp_path):
    web = MiniWeb()
    countdown = html('<h2>页面不存在或已迁移</h2><span id="s">3</span>秒后跳转', "页面不存在",
                     head='<script>var n = 3; function t() { n -= 1; if (n <= 0) { window.location.href = '
                          '"/xxgk/ndbg/index.html"; } else { setTimeout(t, 1000); } } setTimeout(t, 1000);</script>')
    web.add(f"{BASE}/", html('<a href="/zwgk/nb/index.html">政府信息公开年报</a><a href="/zwgk/old/index.html">'
                             '往年年报</a><a href="/bm/jyj/index.html">教育局信息公开</a>', "迁县人民政府"))
    for gone in ("/zwgk/nb/index.html", "/zwgk/old/index.html"):
        web.add(BASE + gone, countdown, status=404)
    web.add(f"{BASE}/bm/jyj/index.html", html('系统维护中，教育局信息公开已迁至 <a href="/bmxxgk/jyj/ndbg/">新栏目</a>',
                                              "服务暂不可用"), status=503)
    reports = set()
    for folder, unit, year in (("/xxgk/ndbg/", "迁县人民政府", 2023), ("/bmxxgk/jyj/ndbg/", "迁县教育局", 2022)):
        url = f"{BASE}{folder}{year + 1}01/t{year + 1}0115_1.html"
        title = f"{unit}{year}年政府信息公开工作年度报告"
        web.add(url, report_page(title, f"{year + 1}-01-15", "1101070001"))
        reports.add(url)
        listing = html(f'<ul><li><a href="{url}">{title}</a><span>{year + 1}-01-15</span></li></ul>',
                       "政府信息公开年报", head='<meta name="ColumnName" content="政府信息公开年报">')
        web.add(BASE + folder + ("index.html" if folder.startswith("/xxgk") else ""), listing)
    row = {"id": "moved", "name": "迁县", "region_code": "110107", "level": "county", "homepage": f"{BASE}/"}
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url, extra={"RETRY_TIMES": 1})
    assert status == 0, stderr[-3000:]
    found = {i["url"] for i in items if i["kind"] == "report"}
    assert found == reports, stderr[-3000:]
    assert not {i["url"] for i in items} & {f"{BASE}/zwgk/nb/index.html", f"{BASE}/bm/jyj/index.html"}
    unrouted = {url for _, url in web.log if url not in web.routes}
    # the spider's guesses (a conventional /xwzx/ section; robots.txt and the site map are not pages) get the
    # proxy's own 404 page: a third distinct body
    assert f"{BASE}/xwzx/" in unrouted
    assert crawl_stat(stderr, "error_pages/read") == 3, unrouted   # the 404 template once, the 503 page, the proxy's 404
    assert crawl_stat(stderr, "error_pages/repeated") == 1      # the second stale link: the same template
    assert crawl_stat(stderr, "error_pages/redirects") == 1 and crawl_stat(stderr, "error_pages/links") >= 1
