"""A 政府信息公开年报 专题 that is one page of year and unit-kind tabs drawn from an inline JSON object (PHP
`json_encode` output: every `/` of a URL escaped as `\\/`, titles as `\\uXXXX`), held out of tuning.

Modelled on http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2022/gzj/tpz/63d48a80f8fd1c4c213ab9ff.html (西咸新区:
新闻中心 → 专题专栏 → 政府信息公开年报, articles /xwzx/ztzl/zfxxgknb/<year>/<kind>/<unit>/<24 hex id>.html, a 镇's
2022 report filed under its year, its kind of unit and itself), the kind of 专题 newer PHP/Node CMSs render as a
Vue-style app: the HTML carries the year tabs and unit-kind tabs as `<li data-year>` / `<li data-kind>` without
links and one `var nbData = {…};` with every year's entries; a click on a tab redraws the list. No page lists an
entry in HTML: the first render shows the newest year's 本级 entries only, every other (year, kind) needs a click
— or a reader of the JSON, where each URL is written `http:\\/\\/www.X.gov.cn\\/xwzx\\/…` (json_encode's default).

- www.X.gov.cn: home (news, the newest government report), 新闻中心, 专题专栏 (/xwzx/ztzl/index.html) →
  政府信息公开年报 (/xwzx/ztzl/zfxxgknb/index.html): year tabs 2024 … 2019 and 往年 (2008-2018), kind tabs 本级
  (government, office, 解读, look-alikes), 部门, 镇街.
- Entries are static article pages; every report but the home's is `needs_browser` (reached by clicking tabs, or
  by decoding the JSON).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report

RECENT = range(2019, 2025)
KINDS = {"bj": "本级", "bm": "部门", "zj": "镇街"}
ROOT = "/xwzx/ztzl/zfxxgknb/"
TABS_SCRIPT = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  var state = {year: nbData.years[0], kind: "bj"}, list = document.getElementById("nbList");
  function draw() {
    var rows = (nbData.items[state.year] || {})[state.kind] || [], html = "";
    for (var i = 0; i < rows.length; i++) {
      html += '<li><a href="' + rows[i].url + '" target="_blank">' + rows[i].title + '</a><span>' + rows[i].date + '</span></li>';
    }
    list.innerHTML = html || '<li class="empty">\\u6682\\u65e0\\u6570\\u636e</li>';
    var tabs = document.querySelectorAll("[data-year], [data-kind]");
    for (var j = 0; j < tabs.length; j++) {
      var on = tabs[j].getAttribute("data-year") === state.year || tabs[j].getAttribute("data-kind") === state.kind;
      tabs[j].className = on ? "on" : "";
    }
  }
  document.getElementById("nbTabs").addEventListener("click", function (e) {
    var t = e.target;
    if (t.getAttribute("data-year")) { state.year = t.getAttribute("data-year"); }
    if (t.getAttribute("data-kind")) { state.kind = t.getAttribute("data-kind"); }
    draw();
  });
  draw();
});
</script>"""


def build_yeartabs(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "yeartabs"
    nav = [("首页", "/"), ("新闻中心", "/xwzx/index.html"), ("专题专栏", "/xwzx/ztzl/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    on_home = [a for a in arts if a.report.unit.kind == "gov"][:1]
    items: dict[str, dict[str, list[dict]]] = {}
    for art in arts + kit.column_non_reports(county, noise):
        unit = art.report.unit if art.report else None
        year = art.report.year if art.report else art.day.year - 1
        tab = str(year) if year in RECENT else "wn"
        kind = kit.unit_kind_key(unit.kind if unit else "gov", tuple(KINDS))
        folder = f"{ROOT}{year}/{kind}/{unit.slug if unit else 'bj'}/"
        path = f"{folder}{stable_hex('yeartabs', county.pinyin, art.key, length=24)}.html"
        url = kit.article_page(b, www, county, family, art, path, nav=nav, column="政府信息公开年报",
                               index_no=f"{county.site_id_code}-{art.day:%Y}-{stable_hex(art.key, length=6)}",
                               needs_browser=art not in on_home)
        if art.report:
            urls[art.report.key] = url
        items.setdefault(tab, {}).setdefault(kind, []).append({"title": art.title, "url": url, "date": art.date_text})
    for tab in items.values():
        for rows in tab.values():
            rows.sort(key=lambda r: (r["date"], r["title"]), reverse=True)
    years = [str(y) for y in reversed(RECENT) if str(y) in items] + (["wn"] if "wn" in items else [])
    data = json.dumps({"years": years, "items": items})     # ensure_ascii and "\/": what PHP's json_encode writes
    data = data.replace("/", "\\/")
    tabs = ('<div id="nbTabs"><ul class="years">'
            + "".join(f'<li data-year="{y}">{"往年" if y == "wn" else y + "年"}</li>' for y in years)
            + '</ul><ul class="kinds">' + "".join(f'<li data-kind="{k}">{v}</li>' for k, v in KINDS.items())
            + '</ul></div><ul id="nbList" class="list"></ul>')
    main = f'<div class="zt"><h2>政府信息公开年报</h2>{tabs}</div>'
    b.html_page(www, f"{ROOT}index.html",
                page(county, family, f"政府信息公开年报_{county.gov_name}", main, column="政府信息公开年报", nav=nav,
                     scripts=f'<script type="text/javascript">var nbData = {data};</script>{TABS_SCRIPT}',
                     host=www.host), SITE_DATE, "list")
    b.html_page(www, "/xwzx/ztzl/index.html",
                page(county, family, "专题专栏", f'<ul class="zt"><li><a href="{ROOT}index.html">政府信息公开年报</a></li>'
                     "<li><a href=\"/xwzx/index.html\">政务动态</a></li></ul>", column="专题专栏", nav=nav,
                     host=www.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                    article_path=lambda art: f"/xwzx/zwdt/{art.day:%Y%m}/{stable_hex(art.key, length=24)}.html")
    home = (f'{kit.focus_box(news)}<div class="nb"><h2><a href="{ROOT}index.html">政府信息公开年报</a></h2>'
            f"{kit.link_list(on_home)}</div>")
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
