"""A county portal whose 年报 columns carry their list as structured data: each column page holds a
`<script type="application/ld+json">` block (a schema.org `ItemList` whose `itemListElement`s are `ListItem`s with
`url`, `name` and `datePublished`) and an empty `<ul>` that a small script fills from that block; no `<a>` of the
page names an article (held out of tuning, seventeenth round).

Modelled on https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (a report article of a
portal whose column pages are built by script from data) and http://www.nbjb.gov.cn/col/col1229214366/index.html
(宁波江北: 部门目录, one column per department). Keeping the list as JSON-LD (what 政府网站 SEO and 普查 checklists
have sites add) and drawing the visible list from it is this family's choice; the cited pages do not show it. Unlike
b64config (a JSON config with base64 ids), routerbundle (routes in a script bundle) or nextjson (a framework's page
data), the addresses are plain `url` values of a standard structured-data block in the page itself.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /zwgk/nb/<bj|bm|xz>/ (index.html: the data block and the drawer), articles
  /zwgk/nb/<bj|bm|xz>/<YYYY-MM-DD>/<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
DRAWER = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  var data = JSON.parse(document.getElementById("nb-data").textContent), ul = document.getElementById("infoList");
  data.itemListElement.forEach(function (item) {
    var li = document.createElement("li"), a = document.createElement("a");
    a.href = item.url; a.textContent = item.name; a.target = "_blank";
    li.appendChild(a); li.appendChild(document.createTextNode(" " + item.datePublished)); ul.appendChild(li);
  });
});
</script>"""


def data_block(label: str, items) -> str:
    data = {"@context": "https://schema.org", "@type": "ItemList", "name": label, "numberOfItems": len(items),
            "itemListElement": [{"@type": "ListItem", "position": i + 1, "url": a.url, "name": a.title,
                                 "datePublished": a.date_text} for i, a in enumerate(items)]}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")   # never closes the script element early
    return f'<script type="application/ld+json" id="nb-data">{text}</script>'


def build_jsonld(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsonld"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Tengine")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("jl-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: f"/zwgk/nb/{key}/{art.day:%Y-%m-%d}/{doc_id(key, art)}.html")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, f"/zwgk/nb/{key}/index.html", label,
                             data_block(label, columns[key]) + '<ul id="infoList"></ul>', columns[key], nav=nav,
                             scripts=DRAWER)
    hrefs = [(f"/zwgk/nb/{key}/", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="jl-news", more=tuple(hrefs[1:]))
    return urls
