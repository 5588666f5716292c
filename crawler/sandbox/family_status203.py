"""A county portal whose 政府信息公开年报 column pages pass through a transforming gateway on their way out: the
province's 政务云 puts its 无障碍/适老化 service (a toolbar for reading aloud, large print, high contrast) in front of
the county's dynamic pages, and the gateway writes its toolbar's loader into each page's head and, as HTTP asks of a
proxy that changes the content of an origin's 200 (RFC 9110 section 15.3.4), answers `203 Non-Authoritative
Information` instead of `200 OK`. A 203 is a success: browsers show the page as they show a 200, links and all, and
it may be cached like one. The three columns (县政府, 县直部门, 乡镇) list every unit's reports of every year, the years
before 2019 included, and are answered 203 whatever the request; the static pages (home, 政务公开, the articles, which
the CMS publishes to its file server) pass untouched with their 200; no page but the columns links a report, the home
page's newest apart (held out of tuning, seventy-sixth round).

Modelled on https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/1586934138420 (a copy of 高邑县's 2018 本级政府
report: "本报告的电子版可在高邑县人民政府网站(www.gyx.gov.cn)下载", a Hebei county whose government, 乡镇 and
departments report) and https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(the province's 政府信息公开年报 column, filed by place). The gateway and its 203 are this family's choice (the cited
pages are text, not status lines); that servers answer 203 where a 200 is expected is seen in
https://github.com/ruediger/weather-metno-el/pull/8 ("The server is currently giving this "Non-Authoritative
Information" response instead of 200 OK", api.met.no for a deprecated product) and
https://github.com/dzikoysk/reposilite/issues/897 (a repository's front page answered 203, "This creates problems in
environments with strict security policies"), and the meaning of the code at
https://github.com/mdn/translated-content/pull/27589 (MDN: "the request was successful but the enclosed content has
been modified by a transforming proxy from that of the origin server's 200 (OK) response"). Unlike errstatus (the
whole page under a 404 or a 500), poll202 (a 202 with no content, its result at a Location), nocache204 (an empty
success) or rangelist (206 parts), the answer is a success with the whole page; only its status is not 200.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /xxgk/nb/<xzf|bm|xz>/index.jsp (the columns: 203, the toolbar's loader in the head), articles
  /xxgk/nb/<xzf|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html (200).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"xzf": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
STATUS = 203   # what the gateway answers for a page whose content it changed
SERVER = "Tengine"
# what the gateway writes into the head of each page it passes (the toolbar itself is its own host's business)
TOOLBAR = ('<script type="text/javascript" id="wza-loader" src="/wza/aria.js?appid=zwy-hebei" '
           'charset="utf-8" defer></script>')


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.jsp"


def build_status203(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "status203"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="s3-art", folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        listed = kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                                      columns[key], nav=nav, scripts=TOOLBAR)
        listed.status = STATUS
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="s3-news", more=tuple(hrefs[1:]))
    return urls
