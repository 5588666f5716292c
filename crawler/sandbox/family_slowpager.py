"""A county portal on a 博达-style JSP 信息公开平台 whose 政府信息公开年报 column answers slowly: every page of the
column's list (`/xxgk/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=<tree>&a1p=<n>`, 20 rows a page, a 下一页 pager)
takes SLOW_SECONDS to come (the list action counts and sorts the whole information table at each request), while
the home page, the 政务公开 page and the articles (`content.jsp?…&wbnewsid=<id>`, cached) come at once. A browser
waits; a client whose read timeout is shorter than the list's answer, or which drops a host that has once answered
slowly, keeps nothing of the column. Every report but the home page's newest is linked only from the column's
pages; they hold every unit's reports of every year, the years before 2019 included (held out of tuning,
sixty-fourth round).

Modelled on http://www.cgfzzy.com/html/ycxxxgkptcontent.jspurltypenews.NewsContentUrl&wbtreeid1225&wbnewsid23160.html
(a copy of 盐池县2017年政府信息公开工作年度报告, 宁夏: the address keeps the original 博达 JSP platform's
`ycxxxgkpt/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1225&wbnewsid=23160`, a report in the 信息公开平台's tree
node 1225) and https://www.spt.gov.cn/xxgk/zfxxgknb/2018/sptqzfxxgkgzndbg_61110/201712/t20171208_630219.html
(沙坡头区's 2016 report in a 政府信息公开年报 column, 宁夏). The `content.jsp` addresses follow the cited copy; the
`list.jsp` pager, its slowness and how long it takes are this family's choice (the search corpus holds the pages'
text, not how fast they came). Unlike flaky (answers that fail and come when asked again), shortbody (a body cut
short) or ratelimit (refusals to a client that asks too fast), every answer is whole and right the first time:
it only comes late.

- www.X.gov.cn (Apache-Coyote/1.1): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the
  guide and the column), /xxgk/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=<tree>&a1p=<n> (slow: SLOW_SECONDS a
  page; any other tree or page number 404), articles /xxgk/content.jsp?urltype=news.NewsContentUrl&wbtreeid=<tree>&
  wbnewsid=<id>.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from math import ceil

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LABEL = "政府信息公开年报"
LIST = "/xxgk/list.jsp"
PER_PAGE = 20
SLOW_SECONDS = 3.0   # long for a page, short enough for the sandbox's tests to wait it out


def tree_id(county: County) -> str:
    return str(1000 + stable_int("sp-tree", county.pinyin, digits=3))


def list_path(tree: str, number: int) -> str:
    return f"{LIST}?urltype=tree.TreeTempUrl&wbtreeid={tree}&a1p={number}"


def content_path(tree: str, news_id: int) -> str:
    return f"/xxgk/content.jsp?urltype=news.NewsContentUrl&wbtreeid={tree}&wbnewsid={news_id}"


@dataclass
class SlowList:
    """The list action: the page of `a1p` in tree `tree`, after `seconds` (its query over the whole table)."""
    tree: str
    pages: dict[str, Page]
    seconds: float

    def __call__(self, method: str, query: dict, headers: dict, body: bytes) -> Page | None:
        found = self.pages.get(query.get("a1p", "1")) if query.get("wbtreeid") == self.tree else None
        if found is not None:
            time.sleep(self.seconds)
        return found


def pager(tree: str, number: int, last: int) -> str:
    links = [f'<a href="{esc(list_path(tree, n))}">{text}</a>'
             for n, text in ((1, "首页"), (number - 1, "上页"), (number + 1, "下页"), (last, "尾页")) if 1 <= n <= last
             and n != number]
    return f'<div class="pb_sys_common">共{last}页　第{number}页　' + "　".join(links) + "</div>"


def build_slowpager(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "slowpager"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    tree = tree_id(county)
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    kit.column_pages(b, www, county, family, items, urls, nav=nav,
                     serial=lambda art: stable_int("sp-art", county.pinyin, art.key, digits=5),
                     path=lambda art: content_path(tree, stable_int("sp-art", county.pinyin, art.key, digits=5)))
    last = ceil(len(items) / PER_PAGE)
    pages: dict[str, Page] = {}
    for number in range(1, last + 1):
        rows = items[(number - 1) * PER_PAGE:number * PER_PAGE]
        text = page(county, family, LABEL, f"<h2>{LABEL}</h2>{kit.link_list(rows)}{pager(tree, number, last)}",
                    column=LABEL, nav=nav, host=www.host)
        pages[str(number)] = Page(text.encode(), b.list_date(rows), role="list", ignores_query=False)
        b.pages[f"http://{www.host}{list_path(tree, number)}"] = "list"   # served by the slow action below
    www.dynamic[LIST] = SlowList(tree, pages, SLOW_SECONDS)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=list_path(tree, 1),
                                  news_salt="sp-news")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
