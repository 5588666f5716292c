"""A county portal whose 政府信息公开年报 column page lists every report the portal ever published in one long page,
behind a proxy that cuts big answers short: the column answers `200` with the `Content-Length` of the whole page but
sends only its first CUT_BYTES bytes, then closes the connection (an upstream read timeout after the proxy's first
buffers went out). A browser shows the part that came, the list broken off mid-way; the reports after the cut are
reachable only through the year links at the top of the column, `/xxgk/ndbg/<YYYY>.html`, short pages that arrive
whole. A client that throws away an answer shorter than its Content-Length keeps nothing of the column, year links
included. The column holds every unit's reports of every year, the years before 2019 included (held out of tuning,
fortieth round).

Modelled on http://www.liucheng.gov.cn/bmxzjy/wjlxxgk/202601/t20260121_3716019.shtml (柳城县古砦仫佬族乡's 2025 report
on the county's portal) and http://www.yulin.gov.cn/gkzl/xxgknb/2016nzfxxgkndbg/t1269768.shtml (玉林市2016年 report
in a year folder of a 信息公开年报 column): a 广西 column of every unit's reports with a folder per year. The single
long column page, the year pages, the proxy and its cut are this family's choice (the cited pages are text). Unlike
flaky (answers that fail and succeed when asked again) or deeplist (a long pager), the column always arrives the
same way: a 200 whose body is shorter than its headers say.

- www.X.gov.cn (nginx in front of the CMS): home (news; the government's newest report), 政务公开
  (/zwgk/index.html: the guide and the column), /xxgk/ndbg/index.html (the year links, then every report and
  look-alike, newest first; cut after CUT_BYTES), /xxgk/ndbg/<YYYY>.html (the year's reports, whole), articles
  /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/ndbg/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年度报告"
CUT_BYTES = 8192   # what the proxy sends of the column before it closes (its first proxy buffers)


def build_shortbody(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "shortbody"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.14.0")

    def doc_id(art: Article) -> int:
        return stable_int("sb-art", county.pinyin, art.key, digits=7)

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, column=LABEL, serial=doc_id,
                                          path=lambda art: kit.trs_path(FOLDER, art.day, doc_id(art)))
    years: dict[int, list[Article]] = {}
    for art in items:
        years.setdefault(kit.entry_year(art), []).append(art)
    links = []
    for year in sorted(years, reverse=True):
        kit.report_list_page(b, www, county, family, f"{FOLDER}{year}.html", f"{year}年{LABEL}",
                             kit.link_list(years[year]), years[year], nav=nav)
        links.append(f'<li><a href="{FOLDER}{year}.html">{year}年</a></li>')
    column = kit.report_list_page(b, www, county, family, COLUMN, LABEL,
                                  f'<ul class="years">{"".join(links)}</ul>{kit.link_list(items)}', items, nav=nav)
    column.cut_at = CUT_BYTES
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=COLUMN, news_salt="sb-news")
    return urls
