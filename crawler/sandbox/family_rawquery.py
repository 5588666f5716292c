"""A county portal built on a 博达 (VSB) style CMS whose 政府信息公开年报 column pages past the first are addressed by
the CMS's list query, `/list.jsp?a2t=<pages>&a2p=<n>&a2c=10&urltype=tree.TreeTempUrl&wbtreeid=<id>`, and whose
server compares the query string as written: the pager's links name the fields in the CMS's own order (`a2t` before
`a2p` before `a2c`), and any other spelling of the same fields — sorted, re-escaped, a name in another case — is not
a page of the column (404). A browser sends a link's query as the page wrote it; a client that normalises URLs
(sorting the fields, as URL canonicalisers do to find duplicates) asks for a page the server does not have. The first
page (/xxgk/nb/index.html) lists the newest entries; the older ones, the years before 2019 among them, and most
departments' and townships' reports are only on the later pages (held out of tuning, forty-eighth round).

Modelled on http://xxgk.jl.gov.cn/szf/bgtndbg/202601/t20260113_9394740.html (吉林省人民政府办公厅's 2025 report in a
年度报告 column of the province's 信息公开 site) and on the list addresses of VSB-built sites, `list.jsp?a2t=…&a2p=…
&a2c=…&urltype=tree.TreeTempUrl&wbtreeid=…` (the CMS's pager query, fields in that order). That this portal's server
answers only the query as written is this family's choice (the cited page is text). Unlike pagesize (a page-size
parameter), longquery (an over-long query), gbkquery (a query escaped in the page's encoding) or postpager (a POST
pager), the pager is plain GET links; only keeping their query string byte for byte reaches the pages.

- www.X.gov.cn (VSB on Tomcat): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the column), /xxgk/nb/index.html (page 1, 下一页 and 尾页 by the list query), /list.jsp?a2t=…&a2p=<n>&…
  (pages 2 … N, served only for the query as written), articles /info/<id>/<n>.htm.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FIRST = "/xxgk/nb/index.html"
PAGE_SIZE = 10
LABEL = "政府信息公开年报"


def list_query(tree_id: int, pages: int, n: int) -> str:
    """Page `n` (1-based) of the column as the CMS's pager writes it: its fields in the CMS's order, not sorted."""
    return f"/list.jsp?a2t={pages}&a2p={n}&a2c={PAGE_SIZE}&urltype=tree.TreeTempUrl&wbtreeid={tree_id}"


def pager(tree_id: int, pages: int, n: int) -> str:
    """The pager of page `n`: 首页, 上页, 下页 and 尾页, as plain links."""
    def href(k: int) -> str:
        return FIRST if k == 1 else list_query(tree_id, pages, k)
    links = [("首页", 1), ("上页", n - 1), ("下页", n + 1), ("尾页", pages)]
    shown = "".join(f'<a href="{esc(href(k))}">{label}</a> ' for label, k in links if 1 <= k <= pages and k != n)
    return f'<div class="pb_sys_common">共{pages}页 第{n}页 {shown}</div>'


def build_rawquery(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rawquery"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="VisualSiteBuilder 9.0 (Tomcat)",
                                        exact_query=True)
    tree_id = 1000 + stable_int("rq-tree", county.pinyin, digits=3)
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("rq-art", county.pinyin, art.key, digits=5)
        kit.article_page(b, www, county, family, art, f"/info/{tree_id}/{doc_id}.htm", nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    chunks = paginate(entries, PAGE_SIZE)
    for n, chunk in enumerate(chunks, start=1):
        path = FIRST if n == 1 else list_query(tree_id, len(chunks), n)
        kit.report_list_page(b, www, county, family, path, LABEL, kit.link_list(chunk) + pager(tree_id, len(chunks), n),
                             chunk, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=FIRST, news_salt="rq-news")
    return urls
