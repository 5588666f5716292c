"""A county portal whose 政府信息公开年报 section is a Spring MVC application whose handlers are mapped to GET only
(`@RequestMapping(value = "/list/{year}.do", method = RequestMethod.GET)`): before Spring 4.3 such a mapping does not
take HEAD, so a HEAD request for any of its pages — the year index, the year lists, the report articles — answers
`405 Method Not Allowed` with `Allow: GET` (Spring's "Request method 'HEAD' not supported"), and so does a POST.
GET is fine. The section files every unit's reports by year (`<YYYY>年度`, as xizang.gov.cn's xxgknb/<YYYY>nb/
folders do), reports of every year, the years before 2019 included (held out of tuning, thirty-sixth round).

Modelled on http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏自治区2014年政府信息公开
工作年度报告 in a year folder `2014nb` of the 政府信息公开年报 column) and
http://www.xizang.gov.cn/zwgk/xxgk_424/xxgknb/2025nb/202601/t20260116_519394.html (a 厅's 2025 report in the folder
`2025nb`). The Spring application, its `.do` addresses and its refusal of HEAD are this family's choice; the cited
pages are static. Unlike acceptneg (an answer that depends on a request header) or postpager/jsonpost (a POST the
list needs), the pages answer the plainest GET; only a client that asks HEAD first (to learn a link's type or size
before fetching it) is told the page is not there for it.

- www.X.gov.cn (nginx, Spring behind it for /zwgk/xxgknb/): home (news; the government's newest report; a 年报 link),
  政务公开 (/zwgk/index.html: the guide and the 年报 section), 新闻中心 (/xwzx/), /zwgk/xxgknb/index.do (the years),
  /zwgk/xxgknb/list/<YYYY>.do (every unit's report of that year and the year's look-alikes), articles
  /zwgk/xxgknb/detail/<id>.do — each of the .do pages 405 to HEAD and POST.
"""

from __future__ import annotations

from collections import defaultdict

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

SECTION = "/zwgk/xxgknb/"
LABEL = "政府信息公开年报"
def refusal(method: str) -> Page:
    """What Spring's DefaultHandlerExceptionResolver answers a method the mapping does not take (405, `Allow`), in
    Tomcat's error page."""
    return Page(f"<html><head><title>Apache Tomcat/7.0.70 - Error report</title></head><body><h1>HTTP Status 405 - "
                f"Request method '{method}' not supported</h1><hr><p><b>type</b> Status report</p><p><b>message</b> "
                f"<u>Request method '{method}' not supported</u></p></body></html>".encode(), SITE_DATE,
                "text/html;charset=utf-8", status=405, role="error", extra_headers=(("Allow", "GET"),))


def get_only(site: Site, path: str) -> None:
    """Serve the page at `path` to GET only: any other method gets its refusal()."""
    served = site.pages[path]
    site.dynamic[path] = lambda method, query, headers, body: served if method == "GET" else refusal(method)


def year_of(art) -> int:
    """The year an article is filed under: a report's own year, a look-alike's the year before its publication."""
    return art.report.year if art.report else art.day.year - 1


def build_headrefuse(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "headrefuse"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    by_year = defaultdict(list)
    taken: set[int] = set()
    for art in items:
        doc_id = stable_int("hr-art", county.pinyin, art.key, digits=6)
        while doc_id in taken:   # two articles' 6-digit hashes met (a county name can bring it): the next free id
            doc_id += 1
        taken.add(doc_id)
        path = f"{SECTION}detail/{doc_id}.do"
        kit.article_page(b, www, county, family, art, path, nav=nav, column=LABEL, report_urls=urls,
                         index_no=kit.site_index_no(county, art, stable_int("hr-serial", art.key, digits=5)))
        get_only(www, path)
        by_year[year_of(art)].append(art)
    years = sorted(by_year, reverse=True)
    for year in years:
        path = f"{SECTION}list/{year}.do"
        kit.report_list_page(b, www, county, family, path, f"{year}年度{LABEL}", kit.link_list(by_year[year]),
                             by_year[year], nav=nav)
        get_only(www, path)
    menu = "".join(f'<li><a href="{SECTION}list/{y}.do">{y}年度</a></li>' for y in years)
    b.html_page(www, f"{SECTION}index.do", page(county, family, LABEL, f'<h2>{LABEL}</h2><ul class="years">{menu}</ul>',
                                                column=LABEL, nav=nav, host=www.host), SITE_DATE, "section")
    get_only(www, f"{SECTION}index.do")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=f"{SECTION}index.do", news_salt="hr-news")
    return urls
