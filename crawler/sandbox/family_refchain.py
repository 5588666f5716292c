"""A district portal whose one 政府信息公开年报 column is paged by 上一页/下一页 links only (`index.shtml`,
`index_1.shtml`, …) and whose list pages after the first are answered only to a request that comes from the page
next to it: the CMS's anti-scraping filter wants as `Referer` the column page one before or one after (the page
whose 下一页 or 上一页 link was followed, what a browser sends on that click), and answers any other request for a
later page — no Referer, the home page's, the column's first page's when asking page 3, another site's — `403` with
请从栏目首页逐页浏览. The first page is open to all. A client that reaches later pages from a queue, with no Referer
or with the page that linked the column, gets the first page's reports only (held out of tuning, sixty-second
round).

Modelled on https://www.whdonghu.gov.cn/zwgk_6255/xxgknb_6257/bmjdhz/qsejdw_72648/cxgzbsc_72651/202601/t20260115_2712113.shtml
(武汉市东湖生态旅游风景区: 城乡工作办事处's 2025 report, a Hubei 办事处's report under the portal's 政府信息公开年报
column, `/zwgk_<n>/xxgknb_<n>/…/<YYYYMM>/t<YYYYMMDD>_<id>.shtml`, the shape of this family's addresses) and on the
Referer check Chinese scraping notes describe, https://blue-sea-697d.quartiers047.workers.dev:443/https/blog.csdn.net/weixin_39678426/article/details/110636682
(a list's later page answered right only with the list page one came from as Referer, `top250?start=25`, "证明，你是
从这个页面出发的"). That a gov portal's 年报 pager is guarded so, that the guard accepts only the adjacent page, and
that it answers 403 are this family's choice (the cited pages are text). Unlike refxhr (a JSON action wanting the
XHR header and the column's first page as Referer, answering an empty list), refframe (a frame's host wanting any
page of the portal's domain) or refguard (files wanting the portal's hosts), the Referer that passes changes from
page to page: it must be the page before (or after) the one asked.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /zwgk_<n>/xxgknb_<n>/index.shtml and index_<k>.shtml (the column's pages, 上一页/下一页 only; pages after the first
  guarded), articles /zwgk_<n>/xxgknb_<n>/<bj|bm|jd>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 6
REFUSED = "请从栏目首页逐页浏览"
UNIT_KEYS = ("bj", "bm", "jd")   # the government's own, the departments', the 街道/乡镇's folders


def column_folder(county: County) -> str:
    n = stable_int("rc-zwgk", county.pinyin, digits=4)
    return f"/zwgk_{n}/xxgknb_{n + 2}/"


def page_name(n: int) -> str:
    """The column's n-th page (0 the first), TRS-style."""
    return "index.shtml" if n == 0 else f"index_{n}.shtml"


def pager(n: int, pages: int) -> str:
    prev = f'<a href="{page_name(n - 1)}">上一页</a> ' if n > 0 else ""
    nxt = f'<a href="{page_name(n + 1)}">下一页</a>' if n + 1 < pages else ""
    return f'<div class="page">第{n + 1}页 {prev}{nxt}</div>'


def refusal(host: str) -> Page:
    body = (f'<html><head><meta charset="utf-8"><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1>'
            f"<p>{esc(REFUSED)}</p><p>http://{esc(host)}/</p></body></html>")
    return Page(body.encode(), SITE_DATE, "text/html; charset=utf-8", status=403, role="list")


def guarded(host: str, folder: str, n: int, pages: int, page: Page):
    """Page n (n ≥ 1) of the column, answered only to a request whose Referer is page n-1 or n+1 on this host."""
    neighbours = {folder + page_name(k) for k in (n - 1, n + 1) if 0 <= k < pages}
    if n - 1 == 0:
        neighbours.add(folder)   # the first page under its folder address
    denied = refusal(host)

    def handler(method, query, headers, body):
        referer = urlsplit(headers.get("referer", ""))
        return page if (referer.hostname, referer.path) in {(host, p) for p in neighbours} else denied
    return handler


def build_refchain(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refchain"
    folder = column_folder(county)
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    entries = kit.report_column(county, arts, noise)
    urls: dict[str, str] = {}

    def doc_id(art: Article) -> int:
        return stable_int("rc-art", county.pinyin, art.key, digits=7)

    def path(art: Article) -> str:
        unit = kit.unit_kind_key(art.report.unit.kind, UNIT_KEYS) if art.report else "bj"
        return kit.trs_path(f"{folder}{unit}/", art.day, doc_id(art), ".shtml")

    kit.column_pages(b, www, county, family, entries, urls, nav=nav, path=path, serial=doc_id)
    chunks = paginate(entries, PAGE_SIZE)
    for n, chunk in enumerate(chunks):
        page = kit.report_list_page(b, www, county, family, folder + page_name(n), "政府信息公开年报",
                                    kit.link_list(chunk) + pager(n, len(chunks)), chunk, nav=nav)
        if n == 0:
            continue
        www.dynamic[folder + page_name(n)] = guarded(www.host, folder, n, len(chunks), page)
        b.header_pages.append({"url": f"http://{www.host}{folder}{page_name(n)}",
                               "headers": {"Referer": f"http://{www.host}{folder}{page_name(n - 1)}"}})
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=folder + page_name(0),
                            news_salt="rc-news")
    return urls
