"""A county portal whose robots.txt closes its 信息公开 system to crawlers but opens its 年报 folders again with an
`Allow` line written after the `Disallow`: `User-agent: *` / `Disallow: /xxgk/` / `Allow: /xxgk/nb`. RFC 9309
(section 2.2.2) has a crawler use the most specific rule, the longest match, so `/xxgk/nb…` is allowed and only the
rest of `/xxgk/` (the 信息公开目录 `/xxgk/index.html`) is closed, as Google and Baidu read it; a parser that takes
the first rule that matches, in the file's order (Python's urllib.robotparser does), finds `Disallow: /xxgk/` first
and keeps out of the 年报 folders too. The reports are filed by year, `/xxgk/nb<YYYY>/` (文昌's `nb2017` folders), each
year's column listing every unit's reports of that year, the years before 2019 included; the 年报 front
`/xxgk/nb/index.html` links the years; the 政务公开 page and the home page link the front (held out of tuning,
sixty-fourth round).

Modelled on http://wenchang.hainan.gov.cn/wenchang/nb2017/201803/87418b3306454be78643e6237772aca1.shtml?ddtab=true
(文昌市2017年度政府信息公开工作年度报告, 海南: "首页 > 政府信息公开年报 > 2017", the year folder `nb2017`, articles
`<YYYYMM>/<32 hex>.shtml`) and https://www.rfc-editor.org/rfc/rfc9309 (the Robots Exclusion Protocol: "the most
specific match found MUST be used … the most specific match is the match that has the most octets"). The robots.txt
and which folders it closes are this family's choice (the search corpus holds the pages' text, not the site's
robots.txt). Unlike robotsmirror (the column closed, the reports named only by a gzipped site map) or sitemapgz
(a Crawl-delay and nested site maps), nothing here is closed that holds a report: the rules open the 年报 folders,
but only to a reader that weighs them by length rather than by order.

- www.X.gov.cn (nginx): /robots.txt (the rules above), home (news; the government's newest report; a 年报 link),
  政务公开 (/zwgk/index.html: the guide, the 信息公开目录 and the 年报 front), /xxgk/index.html (the 目录: closed),
  /xxgk/nb/index.html (the years), /xxgk/nb<YYYY>/index.html (that year's reports and look-alikes), articles
  /xxgk/nb<YYYY>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

DIRECTORY = "/xxgk/index.html"
FRONT = "/xxgk/nb/index.html"
LABEL = "政府信息公开年报"
ROBOTS = "User-agent: *\nDisallow: /xxgk/\nAllow: /xxgk/nb\nDisallow: /search/\nDisallow: /private/\n"
# what RFC 9309's longest match closes of the site: the 目录 under /xxgk/ and the two folders every portal closes
CLOSED = [DIRECTORY, "/search/", "/private/"]


def year_column(year: int) -> str:
    return f"/xxgk/nb{year}/index.html"


def build_robotsallow(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "robotsallow"
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("信息公开目录", DIRECTORY), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx", robots_txt=ROBOTS)
    b.disallowed[www.host] = CLOSED   # Build.site() reads the Disallow lines alone; the Allow line reopens nb…
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    years = sorted({kit.entry_year(a) for a in items}, reverse=True)
    for art in items:
        index_no = kit.site_index_no(county, art, stable_int("ra-art", county.pinyin, art.key, digits=5))
        path = f"/xxgk/nb{kit.entry_year(art)}/{art.day:%Y%m}/{stable_hex('ra-art', county.pinyin, art.key, length=32)}.shtml"
        kit.article_page(b, www, county, family, art, path, nav=nav, column=LABEL, index_no=index_no, report_urls=urls)
    for year in years:
        rows = [a for a in items if kit.entry_year(a) == year]
        kit.report_list_page(b, www, county, family, year_column(year), f"{LABEL} > {year}", kit.link_list(rows),
                             rows, nav=nav)
    front = "".join(f'<li><a href="{esc(year_column(y))}">{y}年度</a></li>' for y in years)
    b.html_page(www, FRONT, page(county, family, LABEL, f'<h2>{LABEL}</h2><ul class="years">{front}</ul>', column=LABEL,
                                 nav=nav, host=www.host), b.list_date(items), "section")
    b.html_page(www, DIRECTORY, page(county, family, "信息公开目录", f'<h2>信息公开目录</h2><ul><li><a href="{FRONT}">'
                                     f"{LABEL}</a></li></ul>", column="信息公开目录", nav=nav, host=www.host),
                SITE_DATE, "disallowed")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=FRONT, news_salt="ra-news",
                                  more=((DIRECTORY, "信息公开目录"),))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
