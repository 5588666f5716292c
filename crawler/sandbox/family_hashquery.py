"""A county portal whose one 政府信息公开年报 column (every unit's reports of every year, newest first, PAGE_SIZE a page)
is a JSP list whose pager keeps the page number in the URL's fragment and mirrors it into the query: the pager's
links are `<a href="#pageIndex=<n>">` (首页, 上一页, the page numbers, 下一页, 尾页), and the page's script, on load
and on every `hashchange`, reads `pageIndex` from the fragment and, when it differs from the query's, replaces the
location with `index.jsp?pageIndex=<n>#pageIndex=<n>` — which the server answers with page n, whose pager is written
the same way. A fragment is never sent (RFC 3986 section 3.5): following a pager link as written asks for nothing new
(the same document, scrolled), and no `href`, `src` or `action` of any page names `?pageIndex=`; the later pages are
had only by running the script, or by writing the fragment's field into the query as it does. The first page lists
the newest entries; the older ones, the years before 2019 among them, and most departments' and townships' reports
are only on the later pages (held out of tuning, sixty-eighth round).

Modelled on http://nxyn.gov.cn/zwgk/gknb/201903/t20190326_1342921.html (永宁县2018年政府信息公开工作年度报告, a Ningxia
county's report in its 公开年报 column `/zwgk/gknb/`, TRS articles `<YYYYMM>/t<YYYYMMDD>_<id>.html`),
https://nxjy.gov.cn/xxgk_13518/zfxxgknb/xzrmzf/hhx_62895/202001/t20200123_1932717.html (a 乡's 2019 report in a
Ningxia county's 政府信息公开年报) and
https://www.spt.gov.cn/xxgk/zfxxgknb/2018/sptqzfxxgkgzndbg_61110/201712/t20171208_630219.html (沙坡头区's 2016 report:
a Ningxia report of the years before 2019). The column's address scheme is the cited pages'; the JSP list, its
fragment pager and the script that mirrors the fragment into the query are this family's choice (the cited pages are
text; they show no pager). Unlike hashspa (a hash-routed app over a POSTed JSON API), escapedfrag (`#!` states served
as `_escaped_fragment_` snapshots), fraglocation (a fragment in a redirect's Location) or hiddenpager (later pages'
addresses written in hidden fields), the later pages are server-rendered HTML at a query address that no page writes:
only the fragment of a link carries the page number.

- www.X.gov.cn (Tomcat): home (news; the government's newest report), 新闻中心 (/xwzx/), 政务公开 (/zwgk/index.html:
  the guide and the column), the column /zwgk/gknb/index.jsp (page 1; ?pageIndex=<n> page n), articles
  /zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/zwgk/gknb/index.jsp"
FOLDER = "/zwgk/gknb/"
LABEL = "政府信息公开年报"
PAGE_SIZE = 8
FIELD = "pageIndex"
# the pager's script: the fragment's page number, when it is not the query's, written into the query
MIRROR_SCRIPT = (
    "<script>(function(){function go(){"
    f"var f=/(?:^#|&){FIELD}=(\\d+)/.exec(location.hash),q=/[?&]{FIELD}=(\\d+)/.exec(location.search);"
    f"if(f&&f[1]!==(q?q[1]:'1')){{location.replace(location.pathname+'?{FIELD}='+f[1]+location.hash);}}}}"
    "window.addEventListener('hashchange',go);go();})();</script>")


def page_address(n: int) -> str:
    """Where the server answers page `n` (1-based): the column, then its query form."""
    return COLUMN if n == 1 else f"{COLUMN}?{FIELD}={n}"


def pager(n: int, total: int) -> str:
    """Page n's pager: every link a fragment naming a page number."""
    links = [("首页", 1), ("上一页", max(1, n - 1)), *((str(k), k) for k in range(1, total + 1)),
             ("下一页", min(total, n + 1)), ("尾页", total)]
    return (f'<div class="pager"><span>第{n}/{total}页</span>'
            + "".join(f'<a href="#{FIELD}={k}">{esc(label)}</a>' for label, k in links) + "</div>")


def build_hashquery(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hashquery"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    entries = kit.newest_first(kit.report_column(county, arts, noise))
    pages = paginate(entries, PAGE_SIZE)
    newest = kit.newest_gov_report(arts)
    for n, items in enumerate(pages, start=1):
        for art in items:
            doc_id = stable_int("hq-art", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art, kit.trs_path(FOLDER, art.day, doc_id), nav=nav, column=LABEL,
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls,
                             needs_browser=n > 1 and art is not newest)
    for n, items in enumerate(pages, start=1):
        kit.report_list_page(b, www, county, family, page_address(n), LABEL,
                             kit.link_list(items) + pager(n, len(pages)), items, nav=nav, scripts=MIRROR_SCRIPT,
                             ignores_query=n == 1)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="hq-news")
    return urls
