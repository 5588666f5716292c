"""A county portal whose 政府信息公开年报 column is a JSP list that stamps every link it writes with a per-visit token,
the time of the request in milliseconds: each entry is `<a href="/xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.shtml?t=<ms>">`
and each pager link (首页, 上一页, 下一页, 尾页) `list.jsp?pageNo=<n>&t=<ms>`, the `t` new on every answer (a cache
buster written into the template so that a browser never shows a stale list). The server ignores the token: any `t`,
or none, answers the same list page or article. So every visit to a list page names every page of the column and
every report it lists under addresses never seen before, a crawler that takes a URL for a page finds the column's
pager endless (each answer links four more "new" list pages), and no page links any report by its address without
the token but the home page's newest report (held out of tuning, sixtieth round).

Modelled on http://www.liucheng.gov.cn/bmxzjy/wjlxxgk/202601/t20260121_3716019.shtml (柳城县 in 广西: a township's
2025 report as an article of the county portal's 部门乡镇 → 文件类信息公开 column, TRS-style
`/<column>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml`, every unit's reports in the county's columns). The `?t=<ms>` stamp on
every link of the list, and the list as a JSP action, are this family's choice (the search corpus holds the page's
text, not its markup). Unlike stalecdn (a `?t=` a script adds to get past a CDN's stale copy: the plain address is
the stale one), linkdecor (a site code the links need), rawquery or longquery (one fixed query a page must be asked
by), the token is needed by nothing: it only makes every address of the column new on every visit.

- www.X.gov.cn: home (news; the government's newest report, linked without a token), 政务公开 (/zwgk/index.html:
  the guide and the column, `list.jsp?pageNo=1&t=<ms of the build>`), /xxgk/nb/list.jsp?pageNo=<n>&t=<ms> (the
  column: every unit's reports of every year and the non-reports, newest first, 8 a page), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.shtml (any query answered).
"""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/nb/"
LIST = FOLDER + "list.jsp"
LABEL = "政府信息公开年报"
PAGE_SIZE = 8
# the first token: the build's own "now" in ms (2026-12-07 08:00 UTC); each answer of the list takes the next one
FIRST_TOKEN = int(datetime(2026, 12, 7, 8, tzinfo=timezone.utc).timestamp() * 1000)


def stamped(href: str, token: int) -> str:
    return f"{href}{'&' if '?' in href else '?'}t={token}"


def list_html(chunk: list[Article], n: int, pages: int, total: int, token: int) -> str:
    """One list page as the template writes it: entries and pager, every link stamped with this answer's token."""
    rows = "".join(f'<li><a href="{esc(stamped(urlsplit(a.url).path, token))}" target="_blank">'
                   f'{esc(a.title)}</a><span class="date">{a.day:%Y-%m-%d}</span></li>' for a in chunk)
    pager = [(1, "首页"), (n - 1, "上一页"), (n + 1, "下一页"), (pages, "尾页")]
    links = " ".join(f'<a href="{esc(stamped(f"{LIST}?pageNo={k}", token))}">{label}</a>'
                     for k, label in pager if 1 <= k <= pages)
    return (f'<ul class="list">{rows}</ul><div class="page">共{total}条 第{n}/{pages}页 {links}</div>')


def column_action(b: Build, county: County, family: str, host: str, entries: list[Article], nav: list):
    """The list action: page `pageNo` (1 when absent or bad) with links stamped by a token new on each answer."""
    chunks = paginate(entries, PAGE_SIZE)
    tokens = itertools.count(FIRST_TOKEN + 1)
    modified = b.list_date(entries)

    def handler(method, query, headers, body):
        try:
            n = int(query.get("pageNo", "1"))
        except ValueError:
            n = 1
        if not 1 <= n <= len(chunks):
            return None
        html = page(county, family, LABEL, list_html(chunks[n - 1], n, len(chunks), len(entries), next(tokens)),
                    column=LABEL, nav=nav, host=host)
        return Page(html.encode(), modified, role="list", ignores_query=False)
    return handler, len(chunks)


def build_cachebust(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cachebust"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("cb-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path(FOLDER, art.day, doc_id, ".shtml"), nav=nav,
                         column=LABEL, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    handler, pages = column_action(b, county, family, www.host, entries, nav)
    www.dynamic[LIST] = handler
    for n in range(1, pages + 1):   # the list's pages, named in the truth by their address without a token
        b.pages[f"http://{www.host}{LIST}?pageNo={n}"] = "list"
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=stamped(f"{LIST}?pageNo=1", FIRST_TOKEN), news_salt="cb-news")
    return urls
