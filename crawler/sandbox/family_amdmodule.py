"""A county portal whose 政府信息公开年报 columns are drawn by RequireJS modules: each column page holds an empty
`<ul id="nb-list">` and one loader tag, `<script data-main="/js/app/nb-<key>" src="/js/require.js">`; the main
module sets `require.config({baseUrl: "/js/data"})` and asks for the module `nb/<key>`, which the loader fetches
from `baseUrl + "/" + id + ".js"` — `/js/data/nb/<key>.js`, an AMD module `define([{t: …, u: …, d: …}, …])` holding
the column's rows. The data module's address is written nowhere: it is put together by the loader from a base and a
module id, and every report but the government's newest (which the home page links) is named only inside it (held
out of tuning, fifty-first round).

Modelled on https://www.hanyin.gov.cn/Content-2673984.html (汉阴县人民政府's 2023 report, an article of a
`/Content-<id>.html` CMS, the layout this family's articles take) and http://www.hbkc.gov.cn/art/2024/1/26/art_5985_984980.html
(宽城满族自治县人民政府办公室's 2023 report, a county office's report). The RequireJS loading is this family's choice
(the cited pages are text; RequireJS with `data-main` was the module loader of many 2013-2019 government front
ends). The sandbox serves no third-party scripts, so /js/require.js is a few lines that do what RequireJS does here
(`data-main`, `baseUrl`, `define`, `require`). Unlike routerbundle (a bundle's route table names the paths),
sharedjs (a shared function builds an address from an id) or jsonp (a `<script src>` whose address is written in
the page), the data's URL appears in no page or script: only a module id and a base do.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /xxgk/nb/<bj|bm|xz>.html (empty lists and the loader), /js/require.js, /js/app/nb-<key>.js (main
  modules), /js/data/nb/<key>.js (the rows), /Content-<id>.html (articles).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
LOADER, BASE_URL = "/js/require.js", "/js/data"
JS = "text/javascript; charset=utf-8"
# RequireJS's part this portal uses: the data-main module, baseUrl, define() and require() of loaded modules
LOADER_SCRIPT = """(function () {
  var config = {baseUrl: ""}, defined = {}, pending = null;
  function load(id, done) {
    var s = document.createElement("script");
    s.src = (config.baseUrl ? config.baseUrl + "/" : "") + id + ".js";
    s.onload = function () { defined[id] = pending; pending = null; done(defined[id]); };
    document.head.appendChild(s);
  }
  window.define = function (deps, factory) {
    pending = typeof factory === "function" ? factory() : (typeof deps === "function" ? deps() : deps);
  };
  window.define.amd = {};
  window.require = function (ids, callback) {
    var values = [], left = ids.length;
    ids.forEach(function (id, i) { load(id, function (v) { values[i] = v; if (--left === 0) callback.apply(null, values); }); });
  };
  window.require.config = function (c) { for (var k in c) config[k] = c[k]; };
  var main = document.querySelector("script[data-main]").getAttribute("data-main");
  var s = document.createElement("script"); s.src = main + ".js"; document.head.appendChild(s);
})();
"""


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}.html"


def main_module(key: str) -> str:
    return f"/js/app/nb-{key}"


def main_script(key: str) -> str:
    return f"""require.config({{baseUrl: "{BASE_URL}"}});
require(["nb/{key}"], function (rows) {{
  var ul = document.getElementById("nb-list");
  rows.forEach(function (r) {{
    var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
    a.href = r.u; a.target = "_blank"; a.textContent = r.t; s.className = "date"; s.textContent = r.d;
    li.appendChild(a); li.appendChild(s); ul.appendChild(li);
  }});
}});
"""


def data_path(key: str) -> str:
    return f"{BASE_URL}/nb/{key}.js"


def data_module(items) -> str:
    rows = [{"t": a.title, "u": urlsplit(a.url).path, "d": a.date_text} for a in items]
    return "define(" + json.dumps(rows, ensure_ascii=False, indent=0) + ");\n"


def build_amdmodule(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "amdmodule"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("amd-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: f"/Content-{doc_id(key, art)}.html")
    b.add(www, LOADER, Page(LOADER_SCRIPT.encode(), SITE_DATE, JS), "asset")
    for key, label in COLUMNS.items():
        loader = f'<script type="text/javascript" data-main="{main_module(key)}" src="{LOADER}"></script>'
        kit.report_list_page(b, www, county, family, column_path(key), label, '<ul class="list" id="nb-list"></ul>',
                             columns[key], nav=nav, scripts=loader)
        b.add(www, main_module(key) + ".js", Page(main_script(key).encode(), SITE_DATE, JS), "asset")
        b.add(www, data_path(key), Page(data_module(columns[key]).encode(), b.list_date(columns[key]), JS), "list")
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="amd-news", more=tuple(hrefs[1:]))
    return urls
