"""A county portal whose 政府信息公开年报 are found through a 年报查询 of three cascading drop-downs — 单位类别 →
单位 → 年度 — each level's options fetched by a script from the choice before: choosing a 类别 asks
`/xxgk/nbcx/units.do?lb=<gov|bm|xz>` for that kind's units (`[{"code", "name"}]`, codes only), choosing a unit asks
`/xxgk/nbcx/years.do?unitCode=<code>` for the years it reported, and choosing a year asks
`/xxgk/nbcx/report.do?unitCode=<code>&year=<year>` for the report (`{"title", "url", "date"}`), which the page shows as
a link. Only the first drop-down's options are in the page. The 年报 column lists the government's own reports from
2019 on; every department's and township's report, and every report before 2019, is reached only through the three
choices (held out of tuning, thirtieth round).

Modelled on http://sfggcxsfq.yaoyejob.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2010zfxxgk_131891/shizfgzbg/7FBC289859B74EEFA01C8DB27B5DE5C0/index.shtml
and http://tjj.yaoyejob.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2025/bmzfxxgkgzndbg/2026012914194811951/index.shtml
(copies on a spam host of 辽宁's portal: reports filed by year and by kind — 市政府工作报告, 部门政府信息公开工作年度报告 —
each under an id folder, `…/<id>/index.shtml`, a 2017 report among them) and
http://bjjpgj.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2010zfxxgk_140412/shizfgzbg/100F9E678052482CAADC5419A16C92E6/index.shtml
(辽阳 2019: "本报告通过…“政府信息公开年度报告”专栏公布"). The cascade of selects, each filled by a request keyed by the
choice before (the 省 → 市 → 县 pattern of countless Chinese forms), is this family's choice for the 年报查询; the
cited pages show the reports, not how the portal's query finds them. Unlike unitselect (one `<select>` whose options,
in the page, are the units' codes, answered with a unit's list), jumpmenu (options that are addresses), ztreepost (a
tree whose levels come by POST) or yeartext (a typed year), here neither the units nor the years are in any page:
each level exists only as the answer to the choice made on the level above.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column, the
  query), /xxgk/nb/index.html (the government's reports since 2019, 解读, look-alikes), /xxgk/nbcx/index.html (the
  three drop-downs), the three JSON actions above (an unknown code or year: 404), articles
  /xxgk/ndbg/<year>/<bj|bm|xz>/<32 hex>/index.shtml.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
QUERY = "/xxgk/nbcx/index.html"
ACTIONS = "/xxgk/nbcx/"
KINDS = {"gov": "县政府", "bm": "县直部门", "xz": "乡镇（街道）"}
JSON_TYPE = "application/json;charset=UTF-8"

SCRIPT = f"""<script type="text/javascript">
function getJson(url, done) {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", url);
  xhr.onload = function () {{ done(JSON.parse(xhr.responseText)); }};
  xhr.send();
}}
function fill(sel, items, text, value) {{
  sel.options.length = 1;
  for (var i = 0; i < items.length; i++) {{ sel.add(new Option(text(items[i]), value(items[i]))); }}
}}
document.addEventListener("DOMContentLoaded", function () {{
  var lb = document.getElementById("lb"), dw = document.getElementById("dw"), nd = document.getElementById("nd");
  var result = document.getElementById("result");
  lb.onchange = function () {{
    fill(nd, [], null, null); result.innerHTML = "";
    getJson("{ACTIONS}units.do?lb=" + lb.value, function (units) {{
      fill(dw, units, function (u) {{ return u.name; }}, function (u) {{ return u.code; }});
    }});
  }};
  dw.onchange = function () {{
    result.innerHTML = "";
    getJson("{ACTIONS}years.do?unitCode=" + dw.value, function (years) {{
      fill(nd, years, function (y) {{ return y + "年度"; }}, function (y) {{ return y; }});
    }});
  }};
  nd.onchange = function () {{
    getJson("{ACTIONS}report.do?unitCode=" + dw.value + "&year=" + nd.value, function (r) {{
      result.innerHTML = '<a href="' + r.url + '" target="_blank">' + r.title + '</a> <span class="date">' + r.date + "</span>";
    }});
  }};
}});
</script>"""

FORM = ('<div class="nbcx"><label>单位类别 <select id="lb"><option value="">请选择</option>'
        + "".join(f'<option value="{k}">{v}</option>' for k, v in KINDS.items())
        + '</select></label> <label>单位 <select id="dw"><option value="">请选择单位</option></select></label> '
        '<label>年度 <select id="nd"><option value="">请选择年度</option></select></label>'
        '<div id="result"></div><p>请依次选择单位类别、单位和年度，查询政府信息公开工作年度报告。</p></div>')


def article_path(county: County, art: Article) -> str:
    kind = kit.unit_kind_key(art.report.unit.kind, tuple(KINDS)) if art.report else "gov"
    year = kit.entry_year(art)
    return f"/xxgk/ndbg/{year}/{kind}/{stable_hex('cs-art', county.pinyin, art.key).upper()}/index.shtml"


def add_json(b: Build, site, path: str, value, items: list[Article]) -> None:
    b.add(site, path, Page(json.dumps(value, ensure_ascii=False).encode(), b.list_date(items), JSON_TYPE,
                           ignores_query=False), "list")


def query_actions(b: Build, site, county: County, arts: list[Article]) -> None:
    """The three levels' answers: units of a kind, years of a unit, the report of a unit and year."""
    for kind, items in kit.group_by_unit_kind(arts, tuple(KINDS)).items():
        units = [u for u in county.units if any(a.report.unit is u for a in items)]
        add_json(b, site, f"{ACTIONS}units.do?lb={kind}", [{"code": u.code, "name": u.name} for u in units], items)
        for unit in units:
            own = kit.newest_first([a for a in items if a.report.unit is unit])
            add_json(b, site, f"{ACTIONS}years.do?unitCode={unit.code}", [a.report.year for a in own], own)
            for art in own:
                add_json(b, site, f"{ACTIONS}report.do?unitCode={unit.code}&year={art.report.year}",
                         {"title": art.title, "url": art.url.split(site.host, 1)[1], "date": art.date_text}, [art])


def build_cascade(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cascade"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    listed = [a for a in arts if a.report.unit.kind == "gov" and a.report.template != "pre2019"]
    queried = [a for a in arts if a not in listed]

    def serial(art: Article) -> int:
        return stable_int("cs-serial", county.pinyin, art.key, digits=5)

    items, urls = kit.report_column_pages(b, www, county, family, listed, noise, nav=nav, serial=serial,
                                          path=lambda art: article_path(county, art))
    kit.column_pages(b, www, county, family, queried, urls, nav=nav, serial=serial, scripted_except=newest,
                     path=lambda art: article_path(county, art))
    query_actions(b, www, county, arts)
    note = (f'<p class="more">县直部门、乡镇（街道）及2019年以前的年度报告，请到<a href="{QUERY}">年报查询</a>查阅。</p>')
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(items) + note, items, nav=nav)
    kit.report_list_page(b, www, county, family, QUERY, "政府信息公开年报查询", FORM, queried, nav=nav, scripts=SCRIPT)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="cs-news",
                            more=((QUERY, "年报查询"),))
    return urls
