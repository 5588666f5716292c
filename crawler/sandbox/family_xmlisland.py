"""A county portal of an IE-era CMS whose 政府信息公开年报 columns keep their rows in an XML data island: each column
page holds `<xml id="nbdata"><list><item><title>…</title><url>/xxgk/nb/<key>/…html</url><date>…</date></item>…</list>
</xml>` and a table bound to it the way IE 5-9 bound data (`<table datasrc="#nbdata">` with `<a datafld="url">` and
`<span datafld="title">` cells); IE filled the table itself, and a later script does it for other browsers by
reading the island's `<item>` elements. To an HTML parser `<xml>`, `<item>` and `<url>` are unknown elements: each
address is the text of a `<url>` element, and no `<a>` of a column names a report (held out of tuning, forty-ninth
round).

Modelled on http://hljwch.gov.cn/hebwcs/c111341/202301/c01_592213.shtml (五常市背荫河镇2022年政府信息公开工作年度报告, a
Heilongjiang 镇's report, "可以通过…政府信息公开专栏查阅", articles `c<column>/<YYYYMM>/c01_<id>.shtml`) and
https://www.hegang.gov.cn/xxgk_new/z_xgkzn/2021/12/40175.htm (鹤岗: a 部门's 公开指南 under an `xxgk_new` section, one
section per unit). The data island and its binding are this family's choice (the search corpus holds page text, not
markup; data islands are what IE's data-binding of the 2000s, still in some old templates, used). Unlike jsonld (a
`<script type="application/ld+json">` block), textarealist (markup as text of a `<textarea>`), tplclone (an HTML
`<template>`), microdata (`<meta itemprop="url" content>`) or xsltlist (an XML document styled by XSLT), the
addresses are character data of unknown elements in the page's body.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (guide, the three columns),
  /xxgk/nb/<bj|bm|xz>/index.shtml (the columns: the island and the bound table), articles
  /xxgk/nb/<bj|bm|xz>/<YYYYMM>/c01_<id>.shtml.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
# what the template's script does where IE's data binding is gone: one row per island <item>
BINDER = """<script type="text/javascript">
window.onload = function () {
  if (document.documentMode && document.documentMode < 10) { return; }   /* IE binds the table itself */
  var items = document.getElementById("nbdata").getElementsByTagName("item");
  var body = document.getElementById("nbrows");
  for (var i = 0; i < items.length; i++) {
    var field = function (n) { return items[i].getElementsByTagName(n)[0].textContent; };
    var tr = document.createElement("tr");
    tr.innerHTML = '<td><a target="_blank"></a></td><td></td>';
    tr.firstChild.firstChild.href = field("url");
    tr.firstChild.firstChild.textContent = field("title");
    tr.lastChild.textContent = field("date");
    body.appendChild(tr);
  }
};
</script>"""


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.shtml"


def island(items) -> str:
    """The column's rows as an XML data island and the table IE bound to it (its rows empty in the markup)."""
    rows = "".join(f"<item><title>{esc(a.title)}</title><url>{esc(urlsplit(a.url).path)}</url>"
                   f"<date>{a.date_text}</date></item>" for a in items)
    return (f'<xml id="nbdata"><list>{rows}</list></xml>'
            '<table class="list" datasrc="#nbdata" datapagesize="50"><thead><tr><th>标题</th><th>日期</th></tr>'
            '</thead><tbody id="nbrows"><tr><td><a datafld="url" target="_blank"><span datafld="title"></span></a>'
            '</td><td><span datafld="date"></span></td></tr></tbody></table>')


def build_xmlisland(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xmlisland"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("xi-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: f"/xxgk/nb/{key}/{art.day:%Y%m}/c01_{doc_id(key, art)}.shtml")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, island(columns[key]), columns[key],
                             nav=nav, scripts=BINDER)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="xi-news", more=tuple(hrefs[1:]))
    return urls
