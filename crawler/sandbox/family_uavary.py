"""A county portal adapted to phones by dynamic serving (Baidu's 移动适配 "代码适配": one address, a template chosen by
the request's User-Agent): every 政府信息公开年报 column page answers a desktop browser with the desktop template, a
widget of the column's entries of its newest year (本年度) and no pager, and a phone's browser (a User-Agent naming Android, iPhone,
iPad or Mobile) with the phone template, the column's whole list, every unit's reports of every year, the years before
2019 included. Both answers carry `Vary: User-Agent`, the header search engines ask of such sites, and the desktop
page's head says `<meta name="applicable-device" content="pc,mobile">` (the page serves both). No other address
holds the phone's list: no `m.` host, no `<link rel="alternate">`, no mobile-agent meta, no script redirect; only a
request that says it comes from a phone gets it (held out of tuning, eightieth round).

Modelled on http://www.xizang.gov.cn/zwgk/xxgk_424/xxgknb/2025nb/202601/t20260116_519394.html (西藏自治区审计厅's 2025
report in the region's 政府信息公开年报 column, a TRS site: year folders, articles `<YYYYMM>/t<YYYYMMDD>_<id>.html`) and
http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (a report of 2014 in the same column);
the TRS layout is theirs. The dynamic serving is this family's choice (the cited pages are text): it is the third of
the three adaptations Baidu's 移动适配 guide names (跳转适配, 代码适配, 自适应), in which "同一个URL" answers PC and
mobile visitors with different HTML and the server should send `Vary: User-Agent`. Unlike mobilehost (a phone host
the desktop head names), uaguard (a firewall refusing non-browser agents) or acceptneg/langneg (an answer chosen by
Accept or Accept-Language), every client gets a 200 page at the same address, and only which browser it says it is
decides how much of the column that page lists.

- www.X.gov.cn (nginx): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the
  three columns), the columns /xxgk/xxgknb/<xzf|bm|xz>/index.html (desktop: the newest year's; phone: all), articles
  /xxgk/xxgknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html (the same page to every client).
"""

from __future__ import annotations

import re

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page, Site

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
VARY = (("Vary", "User-Agent"),)
# the words a 代码适配 template switch looks for in the User-Agent (lower case), as such nginx `if` rules do
PHONE_WORDS = ("android", "iphone", "ipad", "mobile")
DEVICE_META = '<meta name="applicable-device" content="pc,mobile">'


def desktop_items(items):
    """The desktop widget's entries: those of the column's newest year (items newest first)."""
    return [a for a in items if kit.entry_year(a) == kit.entry_year(items[0])] if items else []


def column_path(key: str) -> str:
    return f"/xxgk/xxgknb/{key}/index.html"


def from_phone(headers: dict[str, str]) -> bool:
    agent = headers.get("user-agent", "").lower()
    return any(re.search(rf"\b{word}\b", agent) for word in PHONE_WORDS)


def phone_list(county: County, family: str, label: str, items, host: str) -> str:
    """The phone template: the column's whole list, one entry a line, no site chrome but a back link."""
    main = f'<h2>{label}</h2><p class="m-count">共{len(items)}条</p>{kit.link_list(items)}<p><a href="/">返回首页</a></p>'
    return page(county, family, label, main, column=label, nav=[("首页", "/")], host=host,
                scripts='<meta name="viewport" content="width=device-width, initial-scale=1">')


def serve_by_agent(site: Site, path: str, phone: Page) -> None:
    """The address answers the desktop page it holds, or `phone` to a phone's User-Agent; both say they vary."""
    desktop = site.pages[path]
    desktop.extra_headers = VARY
    site.dynamic[path] = lambda method, query, headers, body: phone if from_phone(headers) else desktop


def build_uavary(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "uavary"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="uv-art", folder="/xxgk/xxgknb/{key}/")
    for key, label in COLUMNS.items():
        items = columns[key]
        desktop = kit.report_list_page(b, www, county, family, column_path(key), label,
                                       f'<div class="nb-widget">{kit.link_list(desktop_items(items))}</div>', items,
                                       nav=nav, scripts=DEVICE_META)
        phone = Page(phone_list(county, family, label, items, www.host).encode(), desktop.last_modified, HTML_UTF8,
                     role="list", extra_headers=VARY)
        serve_by_agent(www, column_path(key), phone)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="uv-news", more=tuple(hrefs[1:]))
    return urls
