"""A county portal whose CMS runs every link of its 政务公开 pages through an "absolute link" filter that prepends
`http:` to any href without a scheme (written for the protocol-relative links of its templates, `//host/…`, which it
turns into `http://host/…`), so that the links to and in the 政府信息公开年报 columns are written with a scheme and no
authority: the home page and the 政务公开 page link the three columns as `http:/xxgk/nb/<bj|bm|xz>/index.html`, and
each column links its reports as `http:./<YYYYMM>/t<YYYYMMDD>_<id>.html` (the TRS relative link with `http:` before
it). A browser resolves a reference whose scheme is the base URL's own as a relative one (the URL Standard's "special
relative or authority" state; RFC 3986 section 5.4.2's `"http:g"` for backward compatibility), so each names the
portal's /xxgk/nb/…; a strict RFC 3986 parser takes `http:/xxgk/…` as an absolute URL without a host. No link to a
column or a report is written otherwise but the home page's newest report; the columns list every unit's reports of
every year — the county's, its departments' and its 乡镇's — the years before 2019 included (held out of tuning,
fiftieth round).

Modelled on http://www.yfq.gov.cn/zwgk/zfxxgknb/202601/t20260129_3718878.shtml (柳州市鱼峰区: a 镇's 2025 report in the
district's 政府信息公开年报 column, TRS article paths) and http://www.liucheng.gov.cn/bmxzjy/wjlxxgk/202601/t20260121_3716019.shtml
(柳城县: a 乡's report among the 部门乡镇 pages of a Guangxi county portal). The `http:` filter and its links are this
family's choice (the corpus holds the pages' text, not their links). Unlike protorel (`//host/…`, an authority without
a scheme), barehost (a host without a scheme), dotclimb or dotsegment (dot-segments), these links carry a scheme and
no authority at all.

- www.X.gov.cn: home (news; the government's newest report by its plain path; a 年报 box of the three `http:/` column
  links), 政务公开 (/zwgk/index.html: the guide and the three `http:/` links), the columns
  /xxgk/nb/<bj|bm|xz>/index.html, articles /xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "县直部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
SCHEME = "http:"   # what the CMS's filter prepends to every href that has no scheme


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def build_schemepath(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "schemepath"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="sp-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():   # the TRS relative link `./<YYYYMM>/…`, through the filter
        folder = f"/xxgk/nb/{key}/"
        listing = kit.link_list(columns[key], href=lambda a, f=folder: SCHEME + "./" + a.url.split(f, 1)[1])
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    links = tuple((SCHEME + column_path(key), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=links[0][0],
                                  news_salt="sp-news", more=links[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in links) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
