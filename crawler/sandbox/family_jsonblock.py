"""A county portal whose three 政府信息公开年报 columns are drawn in the browser from a JSON data block: each column
page has an empty `<ul id="nb-list">`, the column's every entry as JSON in a
`<script type="application/json" id="nb-data">` (an inert data block: no browser runs it), and an inline script
that parses the block and appends one `<li><a>` per row. No `<a>` of the column exists until that script runs; each
address is a JSON string value of a non-script `<script>` element (held out of tuning, fifty-fifth round).

Modelled on http://www.ejnq.gov.cn/art/2022/1/24/art_5444_413853.html (额济纳旗 温图高勒苏木's 2021 report under 政府信息
公开年报 > 2021 > 苏木镇: a 年报 column split by unit kind) and
http://xxgk.jlcity.gov.cn/szf/ndbg/201706/t20170610_55944.html (吉林市's 2016 report, TRS articles
`<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family's articles take). The JSON data block is this
family's choice (the cited pages are text; a server template serialising a list into
`<script type="application/json">` for a front-end script, as Django's json_script and many 数字政府 templates do,
is common). Unlike jsonld (a schema.org JSON-LD block), hiddenjson (JSON in a hidden input's value), nuxtstate (a
script that runs) or nextjson (a JSON interface fetched by a script), the rows are in a data block of the page itself,
typed plain `application/json`.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /xxgk/nb/<bj|bm|xz>/index.html (the columns), reports /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
DRAW = """<script type="text/javascript">
// the column's rows come in the page's JSON data block; draw one list item per row
document.addEventListener("DOMContentLoaded", function () {
  var data = JSON.parse(document.getElementById("nb-data").textContent), list = document.getElementById("nb-list");
  data.rows.forEach(function (row) {
    var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
    a.href = row.url; a.target = "_blank"; a.textContent = row.title;
    span.className = "date"; span.textContent = row.date;
    li.appendChild(a); li.appendChild(span); list.appendChild(li);
  });
});
</script>"""


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def data_block(items: list[Article], host: str) -> str:
    """The column's rows as a JSON data block (`</` escaped so no row can close the element)."""
    data = json.dumps({"total": len(items), "rows": kit.json_rows(items, host)}, ensure_ascii=False)
    safe = data.replace("</", "<" + "\\/")
    return f'<script type="application/json" id="nb-data">{safe}</script>'


def build_jsonblock(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsonblock"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="openresty")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("jb-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: kit.trs_path(f"/xxgk/nb/{key}/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        listing = f'<ul class="list" id="nb-list"></ul>{data_block(columns[key], www.host)}'
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav,
                             scripts=DRAW)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="jb-news", more=tuple(hrefs[1:]))
    return urls
