"""A county portal whose page templates were written for pages three folders deep and are used on shallower ones,
so that every link to the 政府信息公开年报 climbs past the site's root: the home page (at `/`) and the 政务公开 page
(/zwgk/index.html) link the three 年报 columns as `../../../xxgk/nb/<bj|bm|xz>/index.html`, and each column (two
folders deep) links its reports as `../../../../xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html`. A browser resolves a
reference as RFC 3986 section 5.2.4 says: a `..` at the root is dropped, so each names /xxgk/nb/…; a client that
sends the climbing segments as written (`GET /../../xxgk/nb/bj/index.html`) gets a 404 from the server, which serves
only normalised paths. No link to a column or a report is written otherwise; the columns list every unit's reports
of every year, the years before 2019 included (held out of tuning, forty-sixth round).

Modelled on http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏: a TRS
政府信息公开年报 column, its reports filed by year under /zwgk/xxgk_424/xxgknb/<YYYY>nb/<YYYYMM>/t<YYYYMMDD>_<id>.html,
five folders deep: the depth relative templates are written for) and
http://www.cqsdj.gov.cn/bmjz/jz/ytz_73563/zwgk_73567/zfxxgknb_73584/202301/t20230118_11520599_wap.html (a 镇's
report in a 政府信息公开年报 column of TRS articles). That the templates' `../` outnumber the page's folders is this
family's choice (the corpus holds the pages' text, not their links). Unlike dotlocation (dot-segments in a redirect's
`Location`, resolved against the request's URL, the result inside the site), backslash (`\\` separators) or basehref
(a `<base>` that moves the resolution), these are page links whose `..` go above the root, which the URL parser clamps.

- www.X.gov.cn: home (news; the government's newest report by its plain path; a 年报 box of the three climbing
  column links), 政务公开 (/zwgk/index.html: the guide and the three climbing links), the columns
  /xxgk/nb/<bj|bm|xz>/index.html, articles /xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
TEMPLATE_DEPTH = 3   # the folders deep the templates were written for: every link climbs this many, then one more


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def climbing(path: str, depth: int) -> str:
    """`path` (from the root) as the templates write it on a page `depth` folders deep: `..` for each folder of the
    template's page and one more, so that the reference climbs past the root before it comes back down."""
    return "../" * (max(depth, TEMPLATE_DEPTH) + 1) + path.lstrip("/")


def build_dotclimb(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dotclimb"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="dc-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():   # a column is two folders deep; its template climbs four
        listing = kit.link_list(columns[key], href=lambda a: climbing(a.url.split("/", 3)[3], 2))
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    from_zwgk = tuple((climbing(column_path(key), 1), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=from_zwgk[0][0],
                                  news_salt="dc-news", more=from_zwgk[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{climbing(column_path(key), 0)}">{label}</a></li>' for key, label in COLUMNS.items()) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
