"""A county portal whose three 政府信息公开年报 columns are reached only through a PHP entry script that redirects with
a relative `Location` holding dot-segments: every menu links `/zwgk/nb/list.php?lb=<bj|bm|xz>`, which answers
`302 Found` with `Location: ../zfxxgk/nb/<bj|bm|xz>/index.html` — what PHP's `header("Location: ../…")` sends as
written, no scheme, no host, not from the root. Resolved against the request's URL (RFC 3986 section 5.2, as RFC
7231/9110 have a client do with a relative Location) it names /zwgk/zfxxgk/nb/<key>/index.html; read as a path from
the root (`/../zfxxgk/…`, dots dropped) or glued to the host it names nothing (404). No page links a column's own
address; the columns list every unit's reports of every year (held out of tuning, thirty-fifth round).

Modelled on https://jingmen.gov.cn/art/2018/1/27/art_9597_675815.html (沙洋县2017年度政府信息公开工作年度报告, a
Hubei county's pre-2019 report, published in the county's 政府信息公开专栏) and on the relative Location that the HTTP
specification allows since RFC 7231 (https://wikimili.com/en/HTTP_location: "Location: 2020/zoo" resolved against
the request's path). The PHP entry and its relative target are this family's choice; the cited pages do not show
them. Unlike refreshheader (a Refresh header on a 200 page), refresh (a meta refresh and a script), moved (a 404
page's link) or the families whose redirects name a path from the root or a full URL, the next address exists only
as a reference a client must resolve against the URL it asked for.

- www.X.gov.cn: home (news; the government's newest report; a 年报 box of the three entries), 政务公开
  (/zwgk/index.html: the guide and the three entries), /zwgk/nb/list.php?lb=<key> (302, relative Location), the
  columns /zwgk/zfxxgk/nb/<key>/index.html, articles /zwgk/zfxxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
ENTRY = "/zwgk/nb/list.php"


def entry(key: str) -> str:
    return f"{ENTRY}?lb={key}"


def target(key: str) -> str:
    """The entry's Location as PHP sends it: relative to the entry's folder (/zwgk/nb/), one level up."""
    return f"../zfxxgk/nb/{key}/index.html"


def build_dotlocation(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dotlocation"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.4.6 (CentOS) PHP/5.4.16")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="dl-art", folder="/zwgk/zfxxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, f"/zwgk/zfxxgk/nb/{key}/index.html", label,
                             kit.link_list(columns[key]), columns[key], nav=nav)
        b.redirect(www, entry(key), target(key), status=302)
    entries = tuple((entry(key), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=entries[0][0],
                                  news_salt="dl-news", more=entries[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in entries) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
