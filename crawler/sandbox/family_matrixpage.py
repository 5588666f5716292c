"""A county portal whose 政府信息公开年报 column is served by a Spring MVC 信息公开 application that pages its lists by
matrix variables (`@MatrixVariable`): page 1 is `/xxgk/nb/list`, the later pages are `/xxgk/nb/list;page=<n>;size=10`,
the parameters written in the path segment after semicolons (RFC 3986's path parameters), not in a query. The server
reads them only there: `/xxgk/nb/list` without them, or with the same fields as a query (`?page=2`), or with the
semicolons escaped (`list%3Bpage=2…`, a segment of that name), is page 1 or no page; a client that drops a segment's
`;…` part (as some URL normalisers drop `;jsessionid=…`) pages round page 1 for ever. Page 1 lists the newest ten
entries; the older ones, the years before 2019 among them, and most departments' and townships' reports are only on
the later pages (held out of tuning, fifty-sixth round).

Modelled on http://nxyn.gov.cn/zwgk/gknb/201903/t20190326_1342921.html (永宁县2018年政府信息公开工作年度报告 in a
政务公开 / 公开年报 column of a 宁夏 county portal, compiled from 各乡镇（街道）、各部门单位) and
https://www.spt.gov.cn/xxgk/zfxxgknb/2018/sptqzfxxgkgzndbg_61110/201712/t20171208_630219.html (沙坡头区's 2016 report:
a 宁夏 report of the years before 2019). The cited pages are TRS articles; the matrix-variable pager, its field names
and the server's strictness are this family's choice (Spring MVC's `@MatrixVariable` needs
`removeSemicolonContent=false`, and such an application reads `;page=` where its own pager wrote it). Unlike
jsession (a `;jsessionid=` path parameter the server also accepts as a cookie), rawquery (a query compared as
written) or any query pager, the page number lives in the path's parameters and nowhere else.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /xxgk/nb/list (page 1), /xxgk/nb/list;page=<n>;size=10 (pages 2…), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FIRST = "/xxgk/nb/list"
PAGE_SIZE = 10
LABEL = "政府信息公开年报"


def list_page(n: int) -> str:
    """Page `n` (1-based) of the column: the first without parameters, the others with the pager's matrix variables."""
    return FIRST if n == 1 else f"{FIRST};page={n};size={PAGE_SIZE}"


def pager(pages: int, n: int) -> str:
    """The pager of page `n`: 首页, 上一页, the page numbers, 下一页 and 末页, as plain links."""
    links = [("首页", 1), ("上一页", n - 1), *((str(k), k) for k in range(1, pages + 1)), ("下一页", n + 1),
             ("末页", pages)]
    shown = "".join(f'<a href="{esc(list_page(k))}">{label}</a> ' for label, k in links if 1 <= k <= pages and k != n)
    return f'<div class="pagination">共{pages}页 当前第{n}页 {shown}</div>'


def build_matrixpage(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "matrixpage"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("mx-art", county.pinyin, art.key, digits=6)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=LABEL, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    chunks = paginate(entries, PAGE_SIZE)
    for n, chunk in enumerate(chunks, start=1):
        # the application answers a query it does not read with page 1: only the path's parameters page the list
        kit.report_list_page(b, www, county, family, list_page(n), LABEL, kit.link_list(chunk) + pager(len(chunks), n),
                             chunk, nav=nav, ignores_query=n == 1)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=FIRST, news_salt="mx-news")
    return urls
