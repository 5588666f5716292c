"""A county portal whose 部门和乡镇政府信息公开年报 are reached only through a unit search box: the page shows a
jQuery UI autocomplete combobox (`请输入单位名称`, a ▼ button that runs `autocomplete("search", "")`), whose source is
a suggest action (`/xxgk/unit/suggest.do?term=<typed>`, JSON `[{label, value, url}]` of the units whose names
contain the term, every unit for an empty one); choosing a unit opens its 年报 page. No page links or lists a unit
page; the government's own column is plain HTML (held out of tuning, twenty-first round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 信息公开 部门目录, one 政务公开 page per
department) and http://ahjx.gov.cn/XxgkAnnualReport/show/331.html (泾县: 政府信息公开 > 泾县人民政府(办公室) >
政府信息公开年报, each unit's own 年报 column, a 2012 report),
with jQuery UI's autocomplete over a remote source (`source: "search.php"` asked with `?term=`; `minLength: 0` and
`autocomplete('search', '')` on focus show every entry: https://cnblogs.com/dachie/p/3028695.html,
https://gist.github.com/andreaseriksson/5604156). A unit chooser that is a search box over a suggest action is this
family's choice; the cited portal pages do not show it. Unlike unitselect (a `<select>` of unit codes feeding a list
interface), jumpmenu (option values that are the units' pages) and gkmlsearch (a POSTed 检索 form of selects),
the units are named by no element of any page: only the answers of the suggest action, to what is typed, name them.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the government's
  年报 column /xxgk/nb/index.html and the units' /xxgk/bmnb/index.html with the search box),
  /xxgk/unit/suggest.do?term=…, unit pages /xxgk/bmnb/<unit code>.html, articles
  /xxgk/bmnb/<unit code>/<YYYYMM>/t<YYYYMMDD>_<id>.html and /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
UNITS = "/xxgk/bmnb/index.html"
SUGGEST = "/xxgk/unit/suggest.do"
JSON_TYPE = "application/json;charset=UTF-8"

COMBOBOX = """<script type="text/javascript">
// jQuery UI autocomplete (remote source, minLength 0) with a few lines in place of the library
var nbUnit = {source: "%s", minLength: 0};
function suggest(term) {
  var xhr = new XMLHttpRequest();
  xhr.open("GET", nbUnit.source + "?term=" + encodeURIComponent(term));
  xhr.onload = function () {
    var menu = document.getElementById("unitMenu");
    menu.innerHTML = "";
    JSON.parse(xhr.responseText).forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = item.label;
      li.onclick = function () { location.href = item.url; };   // select: open the unit's 年报 page
      menu.appendChild(li);
    });
  };
  xhr.send();
}
document.addEventListener("DOMContentLoaded", function () {
  var input = document.getElementById("unitName");
  input.addEventListener("input", function () { if (input.value.length >= nbUnit.minLength) suggest(input.value); });
  input.addEventListener("focus", function () { if (!input.value) suggest(""); });
  document.getElementById("allUnits").addEventListener("click", function () { suggest(""); });
});
</script>"""

BOX = ('<h2>部门和乡镇政府信息公开年报</h2><div class="ui-widget"><label for="unitName">单位：</label>'
       '<input id="unitName" placeholder="请输入单位名称"><button type="button" id="allUnits">▼</button>'
       '<ul id="unitMenu" class="ui-autocomplete"></ul></div><p class="tip">输入单位名称，在下拉列表中选择单位后查看其年度报告。</p>')


def build_unitsuggest(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "unitsuggest"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    own = kit.newest_first([a for a in arts if a.report.unit.kind == "gov"] + kit.column_non_reports(county, noise))
    kit.trs_column_pages(b, www, county, family, own, urls, nav=nav, folder="/xxgk/nb/", salt="su-art")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(own), own, nav=nav)
    by_unit: dict[str, list[Article]] = {}
    for art in arts:
        if art.report.unit.kind != "gov":
            by_unit.setdefault(art.report.unit.code, []).append(art)
    entries = []
    for unit in county.units:
        items = kit.newest_first(by_unit.get(unit.code, []))
        if not items:
            continue
        folder = f"/xxgk/bmnb/{unit.code}/"
        for art in items:
            doc_id = stable_int("su-unit", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art, kit.trs_path(folder, art.day, doc_id), nav=nav,
                             column=unit.name, needs_browser=True, index_no=f"{unit.code}/{art.day:%Y}-{doc_id % 10000:04d}",
                             report_urls=urls)
        path = f"/xxgk/bmnb/{unit.code}.html"
        b.html_page(www, path, page(county, family, f"{unit.name}政府信息公开年报", f"<h2>{unit.name}</h2>"
                                    f"{kit.link_list(items)}", column="部门和乡镇政府信息公开年报", nav=nav, host=www.host),
                    b.list_date(items), "list")
        entries.append({"label": unit.name, "value": unit.name, "url": path})

    def suggest(method, query, headers, body):
        term = query.get("term", "").strip()
        found = [e for e in entries if term in e["label"]]
        return Page(json.dumps(found, ensure_ascii=False).encode(), SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[SUGGEST] = suggest
    b.pages[f"http://{www.host}{SUGGEST}?term="] = "api"   # what the ▼ button (or focusing the empty box) asks
    b.html_page(www, UNITS, page(county, family, "部门和乡镇政府信息公开年报", BOX, column="部门和乡镇政府信息公开年报", nav=nav,
                                 host=www.host, scripts=COMBOBOX % SUGGEST), SITE_DATE, "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="su-news",
                            more=((UNITS, "部门和乡镇政府信息公开年报"),))
    return urls
