"""
A county portal whose 政府信息公开年报 columns keep a folder per year that an editor named in the CMS's file manager
with a space between the year and the word 年度: `/zwgk_200/zfxxgknb/<xzf|bm|xz>/2017 年度/t<YYYYMMDD>_<id>.html`,
and the columns write the address as the file manager stores it, the space raw in the href:
`<a href="/zwgk_200/zfxxgknb/bm/2017 年度/t20180125_4102337.html">`. A browser keeps the space inside the address
(only leading and trailing spaces are stripped) and sends it percent-encoded, `%20`, the Chinese as UTF-8; the
server holds each report at `/zwgk_200/zfxxgknb/bm/2017%20%E5%B9%B4%E5%BA%A6/…`, and answers 404 to the address cut
at the space, written without it, or with the space as a form's `+`. Every report but the home page's newest is
linked only by such an address; the columns list every unit's reports of every year — the county government's,
its departments' and its townships' — the years before 2019 included (held out of tuning, fifty-fourth round).

Modelled on http://cqfd.gov.cn/zwgk_200/zfxxgknb/xzf/201903/t20190314_4328015.html (重庆市丰都县's 2018 report in
the 政府信息公开年报 column's 县政府 folder `xzf/`, TRS article names `t<YYYYMMDD>_<id>.html`: this family's layout)
and http://ws.cq.gov.cn/jz/wsgbz/zwgk_70039/zfxxgknb_70056/202601/t20260124_15350931.html (万盛经开区关坝镇's 2025
report, a township's own 年报 column in a Chongqing portal). The year folders named with a space are this family's
choice (the cited addresses have none); folder and file names typed with spaces are common where editors name
folders by hand. Unlike hrefwrap (whitespace a browser removes from an href), fullwidth (full-width digits a browser
keeps and UTF-8-escapes) or cjkpath (raw Chinese in a GBK page's path), the character here is an ASCII space inside
the path, which a browser keeps and escapes.

- www.X.gov.cn (TRS): home (news; the government's newest report, plain), 政务公开 (/zwgk/index.html: the guide and
  the three columns), /zwgk_200/zfxxgknb/<xzf|bm|xz>/index.html (every unit's reports of every year, the year
  folders' spaces raw in the hrefs), articles /zwgk_200/zfxxgknb/<key>/<YYYY>%20%E5%B9%B4%E5%BA%A6/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}


def doc_id(county: County, key: str, art: Article) -> int:
    return stable_int("sp-art", county.pinyin, key, art.key, digits=7)


def raw_path(county: County, key: str, art: Article) -> str:
    """The address as the file manager stores it: the year folder's space and Chinese raw (a report's folder is its
    year's; a page beside the reports files under the year it was published)."""
    year = art.report.year if art.report else art.day.year
    return f"/zwgk_200/zfxxgknb/{key}/{year} 年度/t{art.day:%Y%m%d}_{doc_id(county, key, art)}.html"


def column_path(key: str) -> str:
    return f"/zwgk_200/zfxxgknb/{key}/index.html"


def build_spacepath(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "spacepath"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM 6.0 (nginx)")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            kit.article_page(b, www, county, family, art, quote(raw_path(county, key, art), safe="/"), nav=nav,
                             column=label, index_no=kit.site_index_no(county, art, doc_id(county, key, art)),
                             report_urls=urls)
        kit.report_list_page(b, www, county, family, column_path(key), label,
                             kit.link_list(listed, href=lambda a, key=key: raw_path(county, key, a)), listed, nav=nav)
    links = tuple((column_path(key), label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="sp-news", more=links[1:])
    return urls
