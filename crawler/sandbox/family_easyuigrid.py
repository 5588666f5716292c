"""A district portal whose 政府信息公开年报 columns are jQuery EasyUI datagrids configured in markup: each column page
holds `<table class="easyui-datagrid" data-options="url:'/xxgk/nb/list.do?channelId=<n>',method:'post',
pagination:true,pageSize:50,…">` whose title column is `<th data-options="field:'title',formatter:nbTitle">`, and no
script names the list interface: its address is a value of a JavaScript object literal inside the `data-options`
attribute, which EasyUI's parser evaluates. The grid POSTs `page=1&rows=50` form-encoded (the action answers a GET
with 405) and gets `{"total": n, "rows": [{"id": …, "title": …, "pubDate": …}]}`, rows with no address; the page's
`nbTitle(value, row)` makes each link, `/contents/detail.jsp?id=` plus the row's id (held out of tuning, sixty-ninth
round).

Modelled on https://www.tjftz.gov.cn/contents/6023/317492.html (天津港保税区's 2018 report, a pre-2019 one, in a
numbered column of a Java portal, `/contents/<channel>/<id>`, whose channel numbers this family's columns take) and
http://www.tjhq.gov.cn/zwgk/zfxxgkjz/xyzjdbsc/zfxxgknb38/202012/t20201211_4843087.html (天津河东区: a 街道's 2018
report in its own 政府信息公开年报 column of the district's portal). The EasyUI datagrid is this family's choice (the
search corpus holds page text, not markup; the cited pages do not show one, and how common it is was not measured). The
sandbox serves no third-party scripts, so `/js/easyui/jquery.easyui.min.js` is a few lines in EasyUI's stead that
do what its parser does here: read each grid's and column's `data-options`, POST `page` and `rows`, and draw the
rows through the formatter. Unlike jsonpost (a JSON body POSTed by a page's own script, rows that carry their
address), postpager and ztreepost (form POSTs a script or form names), b64config and onclickid (an address made from
an id by a script that names its data source), the interface is named only in a declarative attribute's object
literal, and the answer's rows carry ids only.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /channels/<n>.html (区政府, 区级部门, 街道乡镇: the grid's markup and the formatter; the
  government's column also lists look-alikes), POST /xxgk/nb/list.do?channelId=<n>, articles
  /contents/detail.jsp?id=<6 digits>, the grid script at /js/easyui/jquery.easyui.min.js.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "区政府信息公开年报", "bm": "区级部门信息公开年报", "xz": "街道乡镇信息公开年报"}
CHANNELS = {"bj": 6023, "bm": 6024, "xz": 6025}
API = "/xxgk/nb/list.do"
DETAIL = "/contents/detail.jsp"
GRID_SCRIPT = "/js/easyui/jquery.easyui.min.js"
PAGE_SIZE = 50
JSON_TYPE = "application/json;charset=UTF-8"
FORM_TYPE = "application/x-www-form-urlencoded"

# What EasyUI's parser and datagrid do for these pages, in a few lines (the sandbox serves no third-party code).
GRID_JS = """/* datagrid (parser: data-options; loader: POST page, rows) */
(function () {
  function options(el) { return new Function("return {" + (el.getAttribute("data-options") || "") + "};")(); }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.easyui-datagrid"), function (table) {
      var o = options(table), cols = Array.prototype.map.call(table.querySelectorAll("th[data-options]"), options);
      var xhr = new XMLHttpRequest();
      xhr.open((o.method || "post").toUpperCase(), o.url);
      xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
      xhr.onload = function () {
        var data = JSON.parse(xhr.responseText), body = document.createElement("tbody");
        data.rows.forEach(function (row) {
          var tr = document.createElement("tr");
          cols.forEach(function (c) {
            var td = document.createElement("td");
            td.innerHTML = c.formatter ? c.formatter(row[c.field], row) : row[c.field];
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        table.appendChild(body);
      };
      xhr.send("page=1&rows=" + (o.pageSize || 10));
    });
  });
})();
"""

FORMATTER = f"""<script type="text/javascript">
function nbTitle(value, row) {{
  return '<a href="{DETAIL}?id=' + row.id + '" target="_blank" title="' + value + '">' + value + '</a>';
}}
</script>"""


def list_url(key: str) -> str:
    return f"{API}?channelId={CHANNELS[key]}"


def grid(key: str) -> str:
    """The column's datagrid markup: the interface only in the table's data-options."""
    return (f'<table id="nbgrid" class="easyui-datagrid" style="width:100%" data-options="url:\'{list_url(key)}\','
            f"method:'post',pagination:true,pageSize:{PAGE_SIZE},pageList:[20,{PAGE_SIZE}],singleSelect:true,"
            'fitColumns:true,rownumbers:true"><thead><tr>'
            "<th data-options=\"field:'title',width:520,formatter:nbTitle\">标题</th>"
            "<th data-options=\"field:'pubDate',width:100,align:'center'\">发布日期</th></tr></thead></table>")


def build_easyuigrid(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "easyuigrid"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("eg-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: f"{DETAIL}?id={doc_id(key, art)}")
    answers: dict[str, list[dict]] = {}
    for key, label in COLUMNS.items():
        answers[str(CHANNELS[key])] = [{"id": doc_id(key, art), "title": art.title, "pubDate": art.date_text}
                                       for art in columns[key]]
        b.post_pages.append({"url": f"http://{www.host}{list_url(key)}", "body": f"page=1&rows={PAGE_SIZE}",
                             "content_type": FORM_TYPE})
        kit.report_list_page(b, www, county, family, f"/channels/{CHANNELS[key]}.html", label, grid(key),
                             columns[key], nav=nav,
                             scripts=f'<script type="text/javascript" src="{GRID_SCRIPT}"></script>{FORMATTER}')
    b.add(www, GRID_SCRIPT, Page(GRID_JS.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "script")

    def handler(method, query, headers, body):
        if method != "POST":
            return Page(b'{"total":0,"rows":[],"msg":"Request method not supported"}', SITE_DATE, JSON_TYPE,
                        status=405, role="api", extra_headers=(("Allow", "POST"),))
        form = parse_qs(body.decode("utf-8", "replace"))
        rows = answers.get(query.get("channelId", ""), [])
        try:
            page, size = max(int(form.get("page", ["1"])[0]), 1), min(max(int(form.get("rows", ["10"])[0]), 1), 100)
        except ValueError:
            page, size = 1, 10
        answer = {"total": len(rows), "rows": rows[(page - 1) * size:page * size]}
        return Page(json.dumps(answer, ensure_ascii=False).encode(), SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[API] = handler
    hrefs = [(f"/channels/{CHANNELS[key]}.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="eg-news", more=tuple(hrefs[1:]))
    return urls
