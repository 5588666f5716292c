"""A district portal whose 政府信息公开目录 is a search-and-list application that keeps its whole query state in the
URL: each of the three 政府信息公开年报 columns (本级, 部门, 乡镇（街道）) is a saved search,
`/gkml/search.jsp?state=<the filter, JSON, percent-encoded>`, the filter naming the 目录's every category box, every
unit's code, every year since 2008 and the sort, so each column's address is more than 2,083 characters long (the
old Internet Explorer limit; a client that cuts URLs there, or drops an over-long link, cannot ask for it). The
application answers only the whole state: `/gkml/search.jsp` without one, or with a cut one, is `404`. The portal's
menus link the three saved searches; nothing else lists the departments' and townships' reports, or any report before
2019 (held out of tuning, forty-sixth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a 信息公开 部门目录 of 法定主动公开内容
columns per unit, the kind of 目录 whose columns a search application draws) and
http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (a 政府信息公开年度报告 of 2014 filed
in a 目录 column by year, 索引号 and 发布机构). The search corpus holds the pages' text, not their addresses' query
state: a column as a saved search whose serialised filter is carried whole in the URL (as search front ends that keep
state in the address do), and its length, are this family's choice. Unlike gkmlsearch (a POST form answered only
once a criterion is chosen), daterange (a date-range query), pagesize (a page-size parameter) or gbkquery (a GBK
query), the list is a plain GET link whose only quirk is its length.

- www.X.gov.cn: home (news; the government's newest report; a 年报 box of the three saved searches), 政务公开
  (/zwgk/index.html: the guide and the three searches), /gkml/search.jsp?state=… (the columns, > 2,083 characters),
  articles /gkml/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

SEARCH = "/gkml/search.jsp"
COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
LONGEST_SAFE_URL = 2083   # Internet Explorer's limit, the one URL length every client once had to keep under
# the 目录's category boxes, as the application serialises them: every box of the 目录, ticked or not
CATEGORIES = ("机构职能", "政策文件", "规划计划", "财政预决算", "重点领域", "人事信息", "统计信息", "应急管理",
              "行政许可", "行政处罚", "政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "依申请公开")


def search_state(county: County, key: str) -> str:
    """The column's saved search: the whole filter state, serialised as the application writes it in the URL."""
    kinds = {"bj": ("gov", "office"), "bm": ("department", "zone"), "xz": ("township",)}[key]
    state = {"v": 3, "site": county.region_code, "channel": "gkml",
             "cats": [{"name": name, "checked": name == "政府信息公开年报"} for name in CATEGORIES],
             "units": [{"code": u.code, "checked": u.kind in kinds} for u in county.units],
             "years": list(range(2008, 2026)), "title": "", "docNo": "", "sort": [["pubDate", "desc"], ["id", "desc"]],
             "page": {"no": 1, "size": 100}, "view": "list"}
    return quote(json.dumps(state, ensure_ascii=False, separators=(",", ":")), safe="")


def column_url(county: County, key: str) -> str:
    url = f"{SEARCH}?state={search_state(county, key)}"
    if len(url) + len(f"http://{county.host}") <= LONGEST_SAFE_URL:   # the family's point: keep it true if units shrink
        raise ValueError(f"sandbox: longquery's column {key} of {county.name} is only {len(url)} characters long")
    return url


def build_longquery(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "longquery"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="lq-art",
                                        folder="/gkml/{key}/")
    searches = tuple((column_url(county, key), label) for key, label in COLUMNS.items())
    for (url, label), key in zip(searches, COLUMNS, strict=True):   # only the whole state answers (ignores_query off)
        kit.report_list_page(b, www, county, family, url, label, kit.link_list(columns[key]), columns[key], nav=nav,
                             ignores_query=False)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=searches[0][0],
                                  news_salt="lq-news", more=searches[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{url}">{label}</a></li>' for url, label in searches) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
