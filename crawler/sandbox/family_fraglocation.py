"""A district portal whose three 政府信息公开年报 columns (区政府, 委办局, 街镇) are reached only through a JSP entry that
redirects with a fragment in its `Location`: every menu links `/zwgk/gknb/go.jsp?lb=<qzf|wbj|zjd>`, which answers
`302 Found` with `Location: http://www.X.gov.cn/zwgk/gknb/<key>/index.html#gkList` — what Java's
`response.sendRedirect(column + "#gkList")` sends so that the browser lands on the list below the column's banner.
A fragment is the client's: it is never sent (RFC 9110 section 10.2.2 lets a Location carry one; RFC 3986 section
3.5 keeps it out of the request), so a browser asks for `/zwgk/gknb/<key>/index.html` and scrolls to `id="gkList"`.
The server (a static front that maps paths literally) answers 404 to the same path with the fragment escaped into it
(`…/index.html%23gkList`), as a client that sends the Location's whole text as its path would ask. No page links a
column's own address; the columns list every unit's reports of every year, the years before 2019 included (held out
of tuning, sixty-fourth round).

Modelled on http://www.shqp.gov.cn/shqp/zwgk/gknb/zjd/20260119/1348924.html (上海市青浦区夏阳街道's 2025 report in the
district's 政务公开 / 年报 column for 街镇, folder `gknb/zjd`) and
https://www.shpt.gov.cn/zhengwu/zfxxgknb-czzzfxxgk/2026/21/201294.html (普陀区长征镇's 2025 report in a 街镇 column of
the district's 政府信息公开年报). The `gknb/<key>` folders follow 青浦's; the JSP entry, its redirect and the
fragment in the Location are this family's choice (the search corpus holds the pages' text, not their headers).
Unlike dotlocation (a relative Location with dot-segments), rawlocation (raw UTF-8 in the Location), redirchain (a
chain of plain redirects) or escapedfrag (`#!` links a script reads), the redirect's target is a full URL that
carries a fragment, which a client must drop before it asks.

- www.X.gov.cn (Apache-Coyote/1.1 behind nginx): home (news; the government's newest report; a 年报 box of the three
  entries), 政务公开 (/zwgk/index.html: the guide and the three entries), /zwgk/gknb/go.jsp?lb=<key> (302, Location
  with `#gkList`), the columns /zwgk/gknb/<key>/index.html (the list under `id="gkList"`), articles
  /zwgk/gknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"qzf": "区政府信息公开年报", "wbj": "委办局信息公开年报", "zjd": "街镇信息公开年报"}
ENTRY = "/zwgk/gknb/go.jsp"
ANCHOR = "gkList"


def entry(key: str) -> str:
    return f"{ENTRY}?lb={key}"


def column(key: str) -> str:
    return f"/zwgk/gknb/{key}/index.html"


def build_fraglocation(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "fraglocation"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="fg-art", folder="/zwgk/gknb/{key}/")
    for key, label in COLUMNS.items():
        listing = kit.link_list(columns[key]).replace("<ul", f'<ul id="{ANCHOR}"', 1)
        kit.report_list_page(b, www, county, family, column(key), label, listing, columns[key], nav=nav)
        b.redirect(www, entry(key), f"http://{www.host}{column(key)}#{ANCHOR}", status=302)
    entries = tuple((entry(key), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=entries[0][0],
                                  news_salt="fg-news", more=entries[1:])
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in entries) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
