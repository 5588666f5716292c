"""A county portal whose 政府信息公开年报 columns are AngularJS views drawn from a Spring list interface whose JSON
answers carry the anti-XSSI guard: each column page holds an empty `<ul id="nb-list">` and a script that GETs
`/xxgk/api/nb/list?column=<bj|bm|xz>`, answered `application/json` with the body `)]}',` on a line of its own
before the JSON (`{"code": 200, "data": [{"title": …, "url": …, "date": …}, …]}`) — Jackson's `setPrefixJson(true)`
as Spring writes it, the prefix AngularJS's `$http` strips before parsing (its JSON_PROTECTION_PREFIX), so that the
answer is not a valid JSON document and not a script a foreign page could run. Every report but the government's
newest (which the home page links) is named only in those answers (held out of tuning, seventy-fifth round).

Modelled on http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏自治区's 2014 report in
its 政府信息公开年报 column, one sub-column a year, `xxgknb/<YYYY>nb/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this
family's articles take, a TRS address) and http://www.jyhqs.com/zwgk/xxgk_424/xxgknb/2023nb/202403/t20240331_409959.html
(a mirror of the same column's 2023 report, the layout unchanged across the 2019 revision). The AngularJS front
end and the prefixed JSON are this family's choice (the cited pages are text). The sandbox serves no third-party
scripts: the page's script does what `$http.get` does here (fetch, drop the `)]}',` line, parse, render). Unlike
gzbom (a byte order mark before the JSON), jsonp (a callback around it) or cryptlist (an encrypted payload), the
rows are plain JSON once a fixed guard line is taken off the front of the answer.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /zwgk/xxgknb/<bj|bm|xz>.html (empty lists and the script), /xxgk/api/nb/list?column=<key> (the
  guarded JSON), articles /zwgk/xxgknb/<YYYY>nb/<YYYYMM>/t<YYYYMMDD>_<6 digits>.html.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
API = "/xxgk/api/nb/list"
GUARD = ")]}',\n"
JSON_TYPE = "application/json;charset=UTF-8"


def column_path(key: str) -> str:
    return f"/zwgk/xxgknb/{key}.html"


def api_url(key: str) -> str:
    return f"{API}?column={key}"


def guarded_json(items: list[Article]) -> str:
    rows = [{"title": a.title, "url": urlsplit(a.url).path, "date": a.date_text} for a in items]
    return GUARD + json.dumps({"code": 200, "msg": "success", "data": rows}, ensure_ascii=False)


def list_script(key: str) -> str:
    """What `$http.get(url).then(r => …)` does: the answer's text, its guard line dropped, parsed and drawn."""
    return f"""<script>
(function () {{
  var PREFIX = /^\\)\\]\\}}',?\\n/;
  fetch("{api_url(key)}", {{headers: {{"Accept": "application/json, text/plain, */*"}}}})
    .then(function (r) {{ return r.text(); }})
    .then(function (text) {{
      var ul = document.getElementById("nb-list");
      JSON.parse(text.replace(PREFIX, "")).data.forEach(function (row) {{
        var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
        a.href = row.url; a.target = "_blank"; a.textContent = row.title; s.className = "date"; s.textContent = row.date;
        li.appendChild(a); li.appendChild(s); ul.appendChild(li);
      }});
    }});
}})();
</script>"""


def year_folder(art: Article) -> int:
    """The year sub-column an article is filed in: a report's year (its 年度, not its publication's), else the
    year it was published."""
    return art.report.year if art.report else art.day.year


def build_xssiprefix(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xssiprefix"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key: str, art: Article) -> int:
        return stable_int("xp-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: kit.trs_path(f"/zwgk/xxgknb/{year_folder(art)}nb/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, '<ul class="list" id="nb-list"></ul>',
                             columns[key], nav=nav, scripts=list_script(key))
        b.add(www, api_url(key), Page(guarded_json(columns[key]).encode(), b.list_date(columns[key]), JSON_TYPE),
              "list")
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="xp-news", more=tuple(hrefs[1:]))
    return urls
