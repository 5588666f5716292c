"""End to end: a report article cut into pages is crawled whole through the one reader of an article's pager
(parse/article_pages.py, read by crawler/discovery/analysis.py `_article_pages`). A DedeCMS-style column (its own
static pager: index_2.html) lists a report cut by a static in-article pager (3396.html, 3396_2.html, 3396_3.html)
and one cut by TRS's createPageHTML (no link names its later page). Every page of both is fetched and reported,
counted as `discovery/article_pages/{static,trs}`; the column's second list page is still walked as its list page,
and no list reader's guess at the article's pages (3396_1.html) is asked."""

from __future__ import annotations

import pytest

from tests.crawler.minisite import MiniWeb, ProxyServer, crawl_stat, html, run_crawl
from tests.crawler.sites import report_page
from tests.crawler.test_pagers import dedecms_pager
from tests.crawler.test_portal_e2e import registry

pytestmark = pytest.mark.slow
BASE = "http://www.static-pager.gov.cn"
COLUMN = f"{BASE}/a/zfxxgknb/"


def _listing(items: list[tuple[str, str]], pager: str) -> bytes:
    rows = "".join(f'<li><a href="{url}">{title}</a><span>2025-02-18</span></li>' for url, title in items)
    return html(f"<ul>{rows}</ul>{pager}", "政府信息公开年报", head='<meta name="ColumnName" content="政府信息公开年报">')


def static_pager_portal(web: MiniWeb) -> tuple[dict, set[str]]:
    web.add(f"{BASE}/", html('<a href="/a/zfxxgknb/">政府信息公开年报</a>', "静县人民政府"))
    static_title, trs_title, plain_title = (f"静县{unit}2024年政府信息公开工作年度报告" for unit in ("人民政府", "财政局", "教育局"))
    static = [f"{COLUMN}2025/0218/3396.html", f"{COLUMN}2025/0218/3396_2.html", f"{COLUMN}2025/0218/3396_3.html"]
    for own, url in enumerate(static):
        web.add(url, report_page(static_title, "2025-02-18", "1101070001", dedecms_pager(own)))
    trs = [f"{COLUMN}202502/t20250218_77.html", f"{COLUMN}202502/t20250218_77_1.html"]
    for own, url in enumerate(trs):
        web.add(url, report_page(trs_title, "2025-02-18", "1101070001",
                                 f'<script>createPageHTML(2, {own}, "t20250218_77", "html");</script>'))
    plain = f"{COLUMN}2025/0219/3401.html"
    web.add(plain, report_page(plain_title, "2025-02-19", "1101070001"))
    first = _listing([(static[0], static_title), (trs[0], trs_title)],
                     '<a href="index_2.html">2</a> <a href="index_2.html">下一页</a>')
    web.add(COLUMN, first)
    web.add(f"{COLUMN}index.html", first)
    web.add(f"{COLUMN}index_2.html", _listing([(plain, plain_title)], '<a href="index.html">1</a>'))
    row = {"id": "static", "name": "静县", "region_code": "110107", "level": "county", "homepage": f"{BASE}/"}
    return row, {*static, *trs, plain}


def test_a_report_cut_by_a_static_or_trs_pager_is_crawled_whole(tmp_path):
    web = MiniWeb()
    row, reports = static_pager_portal(web)
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url, extra={"RETRY_TIMES": 0})
    assert status == 0, stderr[-3000:]
    fetched = {url for _, url in web.log}
    assert reports <= fetched and reports <= {i["url"] for i in items if i["kind"] == "report"}, stderr[-3000:]
    assert f"{COLUMN}index_2.html" in fetched                     # the column's list pager, as before
    assert f"{COLUMN}2025/0218/3396_1.html" not in fetched        # no path pager's guess at the article's pages
    # each page of the static report names the other two; each TRS page the other one
    assert crawl_stat(stderr, "discovery/article_pages/static") == 6
    assert crawl_stat(stderr, "discovery/article_pages/trs") == 2
