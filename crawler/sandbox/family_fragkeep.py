"""A county portal whose 政府信息公开年报 moved into a hash-routed list app and whose menus still link the old page with
the route in the fragment: the 政务公开 page links `/xxgk/nbgk.shtml#/list/<channel>` for each of its three columns
(县本级, 县直部门, 乡镇), and the old page answers `301 Moved Permanently` with `Location: http://www.X.gov.cn/xxgk/nb/`
— nginx's `return 301`, which knows nothing of the fragment, a part of the link the client never sends. RFC 9110
section 10.2.2 (RFC 7231 section 7.1.2 before it) has the client carry the fragment over: a `Location` without one
"inherits the fragment component of the URI reference used to generate the request target", and browsers do, so a
visitor lands on `/xxgk/nb/#/list/<channel>`. The app there reads `location.hash` and fetches
`/xxgk/nb/data/<channel>.json`, the column's rows; with no route it shows only 请选择栏目. The channel is an opaque
8-hex id, written nowhere but in those links' fragments: a client that drops the fragment on the redirect (or never
keeps one) opens the app with no route, and no page, script or answer names a data file. The data files list every
unit's reports of every year, the county's, its departments' and its townships', the years before 2019 included; no
page links a report but the home page's newest (held out of tuning, seventy-eighth round).

Modelled on http://www.xjwqx.gov.cn/xjwqx/c128570/202601/c531fcfd84284253aaceb3f0345912cd.shtml (乌恰县人民政府办公室's
2025 report, "由乌恰县人民政府办公室综合各乡(镇)、县政府各组成部门…编制") and
http://www.xjwqx.gov.cn/xjwqx/c128570/202601/4ff40ce3cae4488b8a055ac671b1be03.shtml (吾合沙鲁乡's report in the same
column): a Xinjiang county's 政府信息公开年报 with the county's, its departments' and its townships' reports, articles
at `<column>/<YYYYMM>/<32 hex>.shtml`, the shape of this family's addresses. The list app, its hash routes and the old
page's redirect are this family's choice (the cited pages are text); the fragment rule is seen at
https://github.com/jsdom/jsdom/pull/1762 ("When jsdom.env is passed a url that does a 302 redirect, any hash on the
url is lost", fixed to match browsers) and https://github.com/lightpanda-io/browser/pull/2265 ("Chrome and Firefox
follow the rule"; "Fragment-based routing (SPAs) breaks after redirects"). Unlike hashspa (a hash-routed app linked
with its routes directly), fraglocation (a fragment the `Location` itself carries) or hashquery (a pager's fragment a
script mirrors into the query), the route reaches the app only if the client keeps the link's fragment across a
redirect that does not name it.

- www.X.gov.cn (nginx): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the
  three columns' old links `/xxgk/nbgk.shtml#/list/<channel>`), /xxgk/nbgk.shtml (301 to /xxgk/nb/), the app
  /xxgk/nb/index.html (an empty list and its router), /xxgk/nb/data/<channel>.json (a column's rows; any other: 404),
  articles /xxgk/<column>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"c128570": "县本级政府信息公开年报", "c128571": "县直部门政府信息公开年报", "c128572": "乡镇政府信息公开年报"}
OLD_PAGE = "/xxgk/nbgk.shtml"
APP = "/xxgk/nb/"
DATA = "/xxgk/nb/data/"
JSON_TYPE = "application/json; charset=utf-8"

ROUTER = """<script type="text/javascript">
function showRoute() {
  var ul = document.getElementById("nbList"), m = /^#\\/list\\/([0-9a-f]{8})$/.exec(location.hash);
  ul.innerHTML = "";
  if (!m) { ul.innerHTML = "<li>请选择栏目</li>"; return; }
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "/xxgk/nb/data/" + m[1] + ".json");
  xhr.onload = function () {
    JSON.parse(xhr.responseText).rows.forEach(function (row) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = row.url; a.textContent = row.title; a.target = "_blank";
      li.appendChild(a); li.appendChild(document.createTextNode(" " + row.date)); ul.appendChild(li);
    });
  };
  xhr.send();
}
window.addEventListener("hashchange", showRoute);
document.addEventListener("DOMContentLoaded", showRoute);
</script>"""


def channel(county: County, key: str) -> str:
    """A column's route id: 8 hex digits, stable per portal and column, named only in the old links' fragments."""
    return stable_hex("fk-chan", county.pinyin, key, length=8)


def old_link(county: County, key: str) -> str:
    """What the 政务公开 page links: the old page, the column's route in the fragment."""
    return f"{OLD_PAGE}#/list/{channel(county, key)}"


def data_path(county: County, key: str) -> str:
    return f"{DATA}{channel(county, key)}.json"


def build_fragkeep(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "fragkeep"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def article_path(key: str, art: Article) -> str:
        return f"/xxgk/{key}/{art.day:%Y%m}/{stable_hex('fk-art', county.pinyin, key, art.key, length=32)}.shtml"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, path=article_path,
                                           serial=lambda key, art: int(stable_hex("fk-serial", county.pinyin, key,
                                                                                  art.key, length=4), 16))
    for key, items in columns.items():
        rows = kit.json_rows(items, www.host)
        answer = json.dumps({"channel": channel(county, key), "rows": rows}, ensure_ascii=False).encode()
        b.add(www, data_path(county, key), Page(answer, b.list_date(items), JSON_TYPE), "list")
    kit.report_list_page(b, www, county, family, APP + "index.html", "政府信息公开年报",
                         '<ul id="nbList" class="list"></ul>', [a for items in columns.values() for a in items],
                         nav=nav, scripts=ROUTER)
    b.redirect(www, OLD_PAGE, f"http://{www.host}{APP}", status=301)
    hrefs = [(old_link(county, key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="fk-news", more=tuple(hrefs[1:]))
    return urls
