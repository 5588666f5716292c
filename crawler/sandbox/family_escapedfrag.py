"""A county portal whose 政府信息公开年度报告 column is an AJAX app on the old AJAX-crawling scheme: the column page is
an empty `<div id="app">` and three tabs linked `#!/list/zf`, `#!/list/bm`, `#!/list/xz` (政府, 部门, 乡镇); its script
reads the hash and fetches the tab's list from the server form of the same address,
`/xxgk/ndbg/index.html?_escaped_fragment_=/list/<tab>` (the scheme search engines used from 2009 to 2015: a `#!`
URL's state sent as `_escaped_fragment_`), which answers a full HTML snapshot of the tab. No `<a>` names a snapshot;
every report but the home page's newest is listed only in one (held out of tuning, thirty-seventh round).

Modelled on http://www.xjwqx.gov.cn/xjwqx/c128570/202601/4ff40ce3cae4488b8a055ac671b1be03.shtml (新疆乌恰县
吾合沙鲁乡's 2025 report, a township's report in the county's column `c128570`, articles `<YYYYMM>/<32 hex>.shtml`),
http://www.xjwqx.gov.cn/xjwqx/c128570/202601/c531fcfd84284253aaceb3f0345912cd.shtml (乌恰县人民政府办公室's, the
same column) and http://www.xjhbk.gov.cn/xjhbk/xxgkndbg/202602/d8ddb79bcce849a9b6601966fb064a6d.shtml (和布克赛尔县's
信息公开年度报告 column). The `#!` tabs and their `_escaped_fragment_` snapshots are this family's choice (the cited
pages are text; Google's AJAX crawling specification, deprecated in 2015, is what such apps were built to). Unlike
hashspa (hash routes `#/…` over a POSTed JSON API, no server form of a route) or routerbundle (routes in a script
bundle), the lists are HTML pages on the server, at an address the `#!` convention derives from the link.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /xxgk/ndbg/index.html (the app: tabs, an empty list), /xxgk/ndbg/js/app.js,
  /xxgk/ndbg/index.html?_escaped_fragment_=/list/<zf|bm|xz> (a tab's reports of every year; zf with 解读 and
  look-alikes), articles /xxgk/c<column>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/ndbg/"
COLUMN = FOLDER + "index.html"
SCRIPT = FOLDER + "js/app.js"
LABEL = "政府信息公开年度报告"
TABS = {"zf": "政府年报", "bm": "部门年报", "xz": "乡镇年报"}

APP_JS = """(function () {
  // #!/list/zf -> the same page's ?_escaped_fragment_=/list/zf, its list put in #app
  function show() {
    var state = location.hash.indexOf("#!") === 0 ? location.hash.slice(2) : "/list/zf";
    fetch(location.pathname + "?_escaped_fragment_=" + encodeURIComponent(state))
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var list = doc.querySelector("ul.list");
        document.getElementById("app").innerHTML = list ? list.outerHTML : "暂无信息";
      });
  }
  window.addEventListener("hashchange", show);
  show();
})();
"""


def snapshot(key: str) -> str:
    return f"{COLUMN}?_escaped_fragment_=/list/{key}"


def tabs_markup() -> str:
    return '<ul class="tabs">' + "".join(f'<li><a href="#!/list/{k}">{v}</a></li>' for k, v in TABS.items()) + "</ul>"


def build_escapedfrag(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "escapedfrag"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    column_id = 128000 + stable_int("ef-col", county.pinyin, digits=3)

    def serial(art) -> int:
        return stable_int("ef-art", county.pinyin, art.key, digits=7)

    def path(art) -> str:
        return f"/xxgk/c{column_id}/{art.day:%Y%m}/{stable_hex('ef-art', county.pinyin, art.key)}.shtml"

    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    urls: dict[str, str] = {}
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, serial=serial, column=LABEL, path=path)
    groups = kit.group_by_unit_kind(arts, tuple(TABS))
    groups["zf"] += non_reports
    for key, label in TABS.items():
        items = kit.newest_first(groups[key])
        kit.report_list_page(b, www, county, family, snapshot(key), label, tabs_markup() + kit.link_list(items), items,
                             nav=nav, ignores_query=False)
    shell = tabs_markup() + '<div id="app"><p class="loading">正在加载……</p></div>'
    app = kit.report_list_page(b, www, county, family, COLUMN, LABEL, shell, arts, nav=nav,
                               scripts=f'<script src="{SCRIPT}"></script>')
    b.add(www, SCRIPT, Page(APP_JS.encode(), SITE_DATE, "application/javascript"), "script")
    unknown = Page(page(county, family, LABEL, f"<h2>{LABEL}</h2><p>暂无信息。</p>", column=LABEL, nav=nav,
                        host=www.host).encode(), SITE_DATE, role="list")
    # the app itself, or a state with no snapshot
    www.dynamic[COLUMN] = lambda method, query, headers, body: unknown if "_escaped_fragment_" in query else app
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="ef-news")
    return urls
