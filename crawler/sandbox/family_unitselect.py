"""A 信息公开 directory whose units are picked from a `<select>`: its change handler, defined in an external script
the page includes (/xxgk/js/xxgk.js), fetches the chosen unit's 年报 as JSON by the unit's code (held out of
tuning, sixth round).

Modelled on the department directory of http://www.nbjb.gov.cn/col/col1229214366/index.html (信息公开 → 部门目录 →
部门政务公开, one 法定主动公开内容 catalogue per department) and on http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html
(a department's 政府信息公开 catalogue under /zfxxgk/); the selector is the form those catalogues take on newer
county platforms (a 单位 drop-down over one list area, the list drawn from a JSON answer), not seen on those pages
themselves. Unlike the jumpmenu family (option values are the units' page addresses) and ztree/ztreepost (a tree's
JSON names the list pages), the option values here are bare unit codes: the address of the list answer is put
together in another file, `xxgk.js`, and no page names it.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政府信息公开 (/xxgk/index.html) →
  政府信息公开年报 (/xxgk/ndbg/index.html: `<select id="unitSel" onchange="loadNb(this.value)">`, one option per
  unit, value = its code; the government's list drawn in the page's HTML at first, the others only by script).
- GET /xxgk/api/nbList.do?unitCode=<code>&catalog=ndbg answers [{"title", "url", "date"}]; an unknown code answers [].
- Articles /xxgk/<code>/ndbg/<id>.html (reports from 2008 on, 解读 and look-alikes in the government's list).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

API = "/xxgk/api/nbList.do"
NB_LIST = '<ul id="nbList" class='
SCRIPT_PATH = "/xxgk/js/xxgk.js"
XXGK_JS = """/* 政府信息公开 年报目录 */
function renderNb(rows) {
  var box = document.getElementById("nbList"), html = "";
  for (var i = 0; i < rows.length; i++) {
    html += '<li><a href="' + rows[i].url + '" target="_blank">' + rows[i].title + '</a><span class="date">'
      + rows[i].date + '</span></li>';
  }
  box.innerHTML = html || '<li class="none">暂无信息</li>';
}
function loadNb(code) {
  if (!code) { return; }
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "%(api)s?unitCode=" + encodeURIComponent(code) + "&catalog=ndbg", true);
  xhr.onreadystatechange = function () {
    if (xhr.readyState == 4 && xhr.status == 200) { renderNb(JSON.parse(xhr.responseText)); }
  };
  xhr.send();
}
""".replace("%(api)s", API)


def build_unitselect(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "unitselect"
    nav = [("首页", "/"), ("政府信息公开", "/xxgk/index.html"), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    gov = next(u for u in county.units if u.kind == "gov")
    lists: dict[str, list[Article]] = {}
    for a in arts:
        lists.setdefault(a.report.unit.code, []).append(a)
    lists[gov.code] += kit.column_non_reports(county, noise)
    newest = kit.newest_gov_report(arts)
    answers: dict[str, bytes] = {}
    options = []
    for unit in county.units:
        items = kit.newest_first(lists.get(unit.code, []))
        if not items:
            continue
        for art in items:
            aid = stable_int("us-art", county.pinyin, art.key, digits=9)
            kit.article_page(b, www, county, family, art, f"/xxgk/{unit.code}/ndbg/{aid}.html", nav=nav,
                             column="政府信息公开年报", index_no=kit.unit_index_no(unit, art, aid, digits=4),
                             needs_browser=(art.report is not None and unit is not gov and art is not newest),
                             report_urls=urls)
        answers[unit.code] = json.dumps(kit.json_rows(items, www.host), ensure_ascii=False).encode()
        b.pages[f"http://{www.host}{API}?unitCode={unit.code}&catalog=ndbg"] = "api"
        selected = ' selected="selected"' if unit is gov else ""
        options.append(f'<option value="{unit.code}"{selected}>{esc(unit.name)}</option>')
        if unit is gov:
            first = items   # the selected unit's list is in the page's HTML

    def api(method, query, headers, body):
        data = answers.get(query.get("unitCode", ""), b"[]") if query.get("catalog") == "ndbg" else b"[]"
        return Page(data, SITE_DATE, "application/json;charset=UTF-8", role="api", ignores_query=False)

    www.dynamic[API] = api
    b.add(www, SCRIPT_PATH, Page(XXGK_JS.encode(), SITE_DATE, "application/javascript"), "asset")
    main = (f'<div class="nbml"><h2>政府信息公开年报</h2><div class="sel">单位：<select id="unitSel" '
            f'onchange="loadNb(this.value)">{"".join(options)}</select></div>'
            f'{kit.link_list(first).replace("<ul class=", NB_LIST, 1)}</div>')
    b.html_page(www, "/xxgk/ndbg/index.html", page(county, family, "政府信息公开年报", main, column="政府信息公开",
                                                   nav=nav, host=www.host,
                                                   scripts=f'<script type="text/javascript" src="{SCRIPT_PATH}"></script>'),
                b.list_date(first), "list")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/xxgk/index.html", title="政府信息公开",
                      article_path=lambda art: (
                          f"/xxgk/{gov.code}/zn/{stable_int(county.pinyin, art.key)}.html"),
                      reports_href="/xxgk/ndbg/index.html")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: (
                               f"/xwzx/{art.day:%Y%m}/{stable_int(county.pinyin, art.key)}.html"))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
