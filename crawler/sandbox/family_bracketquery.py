"""A county portal whose 政府信息公开年报 column is a row of year links to a PHP list whose query names the year as a
PHP array field and the unit kinds as a `|`-separated set: `/xxgk/nb/list.php?year[]=2017&unit=bj|bm|xz`. A browser
sends that query as the page wrote it (the URL standard's query percent-encode set leaves `[`, `]` and `|` alone);
the portal's nginx front maps it to the list by a `rewrite` on `$args`, which nginx keeps as received, not decoded,
so the same query with its brackets or bars percent-encoded (`year%5B%5D=2017`, `bj%7Cbm%7Cxz`: what a client that
escapes every character RFC 3986 does not allow in a query sends) matches no rule and is no page (404), nor is any
other order or spelling of the fields. The column's front page lists only the years; every report, of every unit and
of the years before 2019 too, is listed only by its year's page; the home links the government's newest report (held
out of tuning, fifty-sixth round).

Modelled on http://www.cgfzzy.com/html/ycxxxgkptcontent.jspurltypenews.NewsContentUrl&wbtreeid1225&wbnewsid23160.html
(a copy of 盐池县2017年政府信息公开工作年度报告, compiled from 22个县直部门、8个乡镇、1个街道办事处: a report of the
years before 2019 whose original address carries its list's fields in a query) and
http://m.sxsjbj.com/reports/2014-04/22/content_32171926.htm (青海省2013年政府信息公开工作年度报告, "电子版可以在…
政府信息公开专栏下载"). The year links, their bracket-and-bar query and the front's literal matching of `$args` are
this family's choice (nginx documents `$args` as the request line's arguments, unlike `$uri`, which it normalises).
Unlike rawquery (a VSB pager whose field order matters), gbkquery (a query's escapes read in the page's encoding) or
encslash (an escaped slash in the path), the failure here is escaping characters that a browser sends raw.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /xxgk/nb/index.html (the years), /xxgk/nb/list.php?year[]=<YYYY>&unit=bj|bm|xz (a year's reports),
  articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FRONT = "/xxgk/nb/index.html"
LABEL = "政府信息公开年报"
UNITS = "bj|bm|xz"


def year_list(year: int) -> str:
    """A year's list as the column's front writes it: the query with its brackets and bars unescaped."""
    return f"/xxgk/nb/list.php?year[]={year}&unit={UNITS}"


def build_bracketquery(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "bracketquery"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.10.3", exact_query=True)
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("bq-art", county.pinyin, art.key, digits=6)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=LABEL, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    by_year: dict[int, list] = {}
    for art in entries:
        by_year.setdefault(kit.entry_year(art), []).append(art)
    years = sorted(by_year, reverse=True)
    for year in years:
        kit.report_list_page(b, www, county, family, year_list(year), f"{year}年{LABEL}", kit.link_list(by_year[year]),
                             by_year[year], nav=nav, ignores_query=False)
    front = '<ul class="years">' + "".join(
        f'<li><a href="{esc(year_list(year))}">{year}年度</a></li>' for year in years) + "</ul>"
    b.html_page(www, FRONT, page(county, family, LABEL, f"<h2>{LABEL}</h2>{front}", column=LABEL, nav=nav,
                                 host=www.host), b.list_date(entries), "section")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=FRONT, news_salt="bq-news")
    return urls
