"""A county portal whose 年报 columns answer two ways at one address, by content negotiation: a GET of
`/xxgk/nb/list/<bj|bm|xz>` with a browser's `Accept: text/html,…` gets an empty shell and a script, and the script
asks the same address again with `Accept: application/json` (`fetch(location.pathname, {headers: {Accept: …}})`),
which the list action answers with the column's rows as JSON (`Vary: Accept`, as a Spring MVC action mapped twice
with `produces` answers). The rows, and so the reports' addresses, come only in the answer to a URL the client has
already fetched, to a request that differs from the first in one header (held out of tuning, twentieth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, one list per department, drawn
by a script) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平市: a report of 2012, a pre-2019
one, in its 政府信息公开专栏). Negotiating the list's format on `Accept` at one address (Spring's `produces`, Rails'
`respond_to`, Django REST framework's renderers) is this family's choice; the cited pages do not show it. Unlike
xhrheader (a separate list action that refuses a request without `X-Requested-With`) or jsonpost/cursorpost (a
POSTed list action), the list is served at the very address of the shell, to a GET that asks for JSON.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/nb/list/<bj|bm|xz> (HTML shell, or JSON rows to `Accept: application/json`), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
JSON_TYPE = "application/json;charset=UTF-8"
ASK_JSON = {"Accept": "application/json"}

LOADER = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  fetch(location.pathname, {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (res) {
""" + kit.row_links_js("res.rows", href="url", date="date", indent=6, list_id="nbList") + """
    });
});
</script>"""


def wants_json(headers: dict[str, str]) -> bool:
    """Does the request ask for JSON first (its Accept's first type), as a `produces`-mapped action decides?"""
    accept = {k.lower(): v for k, v in headers.items()}.get("accept", "")
    return accept.split(",", 1)[0].split(";", 1)[0].strip() == "application/json"


def build_acceptneg(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "acceptneg"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="an-art",
                                        scripted_except=newest)
    hrefs = []
    for key, label in COLUMNS.items():
        items = columns[key]
        path = f"/xxgk/nb/list/{key}"
        rows = kit.json_rows(items, www.host)
        shell = kit.report_list_page(b, www, county, family, path, label, '<ul id="nbList"></ul>', items, nav=nav,
                                     scripts=LOADER)
        listing = Page(json.dumps({"total": len(rows), "rows": rows}, ensure_ascii=False).encode(),
                       shell.last_modified, JSON_TYPE, role="api", extra_headers=(("Vary", "Accept"),))
        shell.extra_headers = (("Vary", "Accept"),)

        def negotiated(method, query, headers, body, shell=shell, listing=listing):
            return listing if wants_json(headers) else shell

        www.dynamic[path] = negotiated
        b.header_pages.append({"url": f"http://{www.host}{path}", "headers": dict(ASK_JSON)})
        hrefs.append((path, label))
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="an-news", more=tuple(hrefs[1:]))
    return urls
