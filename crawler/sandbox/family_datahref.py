"""A county portal whose 年报 lists are tables of clickable rows: each row is `<tr class="row" data-href="…">` with the
title and date as cell text, and one delegated click handler (`tbody.addEventListener("click", …)` reading the
row's `data-href`) opens the article; no `<a>` in the list (held out of tuning, fourteenth round).

Modelled on http://www.yj.gov.cn/art/2024/1/16/art_1229779591_86714.html (永嘉: a township's report, an article at
`/art/<Y>/<M>/<D>/art_<column>_<id>.html` of a Hanweb-built site, the units' reports in per-unit columns) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: `/col/col<id>/index.html` columns, 部门政务公开
directories). Rows made clickable through a `data-href` attribute and one listener on the table (the pattern of
Bootstrap-era table templates) is this family's choice; the cited pages do not show it. Unlike onclickid (an
`onclick` calling a function with an id, the address composed by a script), modalid (an id opening a dialog) and
tpltabs (lists in script templates), the whole address is in the markup, in an attribute no link extractor reads.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /col/col<id>/index.html per kind of unit (本级 with look-alikes, 部门, 乡镇: every year),
  articles /art/<Y>/<M>/<D>/art_<column>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
ROW_JS = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("table.rows tbody").forEach(function (tbody) {
    tbody.addEventListener("click", function (ev) {
      var row = ev.target.closest("tr[data-href]");
      if (row) { window.open(row.getAttribute("data-href"), "_blank"); }
    });
  });
});
</script>"""


def rows_html(items) -> str:
    return ('<table class="rows"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody>' + "".join(
        f'<tr class="row" data-href="{esc(urlsplit(a.url).path)}">'
        f'<td class="title">{esc(a.title)}</td><td class="date">{a.date_text}</td></tr>' for a in items)
        + "</tbody></table>")


def build_datahref(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "datahref"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def col_id(key):
        return stable_int("dh-col", county.pinyin, key, digits=10)

    def doc_id(key, art):
        return stable_int("dh-art", county.pinyin, art.key, digits=8)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: kit.jcms_path(col_id(key), art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, f"/col/col{col_id(key)}/index.html", label,
                             rows_html(columns[key]), columns[key], nav=nav, scripts=ROW_JS)
    hrefs = [(f"/col/col{col_id(key)}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="dh-news", more=tuple(hrefs[1:]))
    return urls
