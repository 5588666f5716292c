"""A county 信息公开 app in Vue Router's history mode: its 年报 views are real paths (`/xxgk/nb/bm`, `/xxgk/nb/xz`,
`/xxgk/nb/ls`) that the web server answers with the same app shell (nginx `try_files $uri $uri/ /index.html`),
but the paths are written only in the route table of the app's JavaScript bundle (`routes: [{path: "/nb/bm",
meta: {type: "bm"}}, …]` under `base: "/xxgk/"`); the shell has no link, the app's tabs are `<li>`s that push a
route, and each view's list comes from `/xxgk/api/nb/list?type=<the route's meta.type>` (held out of tuning,
twelfth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 → 部门目录 / 乡镇, one view of
units' disclosure per kind) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a 2012
report, the historical ones kept beside the current). The history-mode deployment is the one Vue Router documents
(https://router.vuejs.org/zh/guide/essentials/history-mode.html; the nginx fallback as in
https://cnblogs.com/Mr-Rshare/p/11543178.html: "try_files $uri $uri/ /index.html", without which a route's URL
answers 404 on refresh); that the cited portals' views are such an app is this family's choice. Unlike hashspa
(hash routes `#/bmnb` written as `href`s in the app's menu, a POSTed API) and tpltabs/yeartabs (tabs whose lists
sit in the page), the views are separate server paths named only in an external script, relative to the router's
`base`, and their lists are asked for by a GET built from each route's meta.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, 政府信息公开年报 → /xxgk/nb), /xxgk/nb and /xxgk/nb/{bj,bm,xz,ls} (the shell; /xxgk/nb shows 本级),
  /xxgk/static/js/app.<hash>.js (the bundle: router and views), /xxgk/api/nb/list?type=<bj|bm|xz|ls> (JSON
  rows with each entry's address), the entries at /xxgk/content/<YYYY>/<id>.html (2018 and before: the ls view).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

BASE = "/xxgk/"
API = "/xxgk/api/nb/list"
VIEWS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报", "ls": "历年政府信息公开年报"}


def bundle(views: dict[str, str]) -> str:
    """The app's bundle: the router (history mode, its table the only place the views' paths are written) and
    the view that draws a route's list from the API."""
    routes = ",\n    ".join(['{path: "/nb", redirect: "/nb/bj"}'] + [
        f'{{path: "/nb/{key}", name: "nb-{key}", meta: {{title: {json.dumps(title, ensure_ascii=False)}, type: "{key}"}}}}'
        for key, title in views.items()])
    return f"""/*! app.js | (c) 信息公开平台 | built with vue-cli */
(function () {{
  "use strict";
  var router = {{
    mode: "history",
    base: "{BASE}",
    routes: [
    {routes}
    ]
  }};
  function resolve(pathname) {{
    var rel = "/" + pathname.slice(router.base.length).replace(/\\/$/, "");
    for (var i = 0; i < router.routes.length; i++) {{
      var r = router.routes[i];
      if (r.path === rel) {{ return r.redirect ? resolve(router.base + r.redirect.slice(1)) : r; }}
    }}
    return null;
  }}
  function push(route) {{
    history.pushState({{}}, "", router.base + route.path.slice(1));
    render();
  }}
  function render() {{
    var current = resolve(location.pathname) || resolve(router.base + "nb");
    var app = document.getElementById("app");
    app.innerHTML = '<ul class="tabs"></ul><h2></h2><ul class="list"></ul>';
    router.routes.forEach(function (r) {{
      if (!r.meta) {{ return; }}
      var li = document.createElement("li");
      li.textContent = r.meta.title;
      if (r === current) {{ li.className = "active"; }}
      li.addEventListener("click", function () {{ push(r); }});
      app.querySelector(".tabs").appendChild(li);
    }});
    app.querySelector("h2").textContent = current.meta.title;
    fetch("{API}?type=" + current.meta.type).then(function (res) {{ return res.json(); }}).then(function (data) {{
      var ul = app.querySelector(".list");
      data.rows.forEach(function (row) {{
        var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
        a.href = row.url; a.target = "_blank"; a.textContent = row.title;
        span.className = "date"; span.textContent = row.date;
        li.appendChild(a); li.appendChild(span); ul.appendChild(li);
      }});
    }});
  }}
  window.addEventListener("popstate", render);
  document.addEventListener("DOMContentLoaded", render);
}})();
"""


def build_routerbundle(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "routerbundle"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.24.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    current = [a for a in arts if a.report.template != "pre2019"]
    groups = kit.unit_kind_columns(county, current, noise, ("bj", "bm", "xz"))
    groups["ls"] = [a for a in arts if a.report.template == "pre2019"]

    def doc_id(art):
        return stable_int("rb-art", county.pinyin, art.key, digits=7)

    for key, items in groups.items():
        items[:] = kit.newest_first(items)
        kit.column_pages(b, www, county, family, items, urls, nav=nav, column=VIEWS[key], scripted_except=newest,
                         serial=doc_id, path=lambda art: f"/xxgk/content/{art.day:%Y}/{doc_id(art)}.html")
        rows = {"total": len(items), "rows": [{"title": a.title, "url": a.url, "date": a.date_text} for a in items]}
        b.add(www, f"{API}?type={key}", Page(json.dumps(rows, ensure_ascii=False).encode(), b.list_date(items),
                                             "application/json", ignores_query=False), "list")
    script = f"/xxgk/static/js/app.{stable_hex('rb-bundle', county.pinyin, length=8)}.js"
    b.add(www, script, Page(bundle(VIEWS).encode(), SITE_DATE, "application/javascript"), "asset")
    shell = page(county, family, "政府信息公开年报", '<div id="app"></div>', column="政府信息公开年报", nav=nav,
                 host=www.host, scripts=f'<script type="text/javascript" src="{script}"></script>')
    for route in ("nb", *(f"nb/{key}" for key in VIEWS)):   # try_files: every route's path answers the shell
        b.html_page(www, BASE + route, shell, SITE_DATE, "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=BASE + "nb",
                            news_salt="rb-news")
    return urls
