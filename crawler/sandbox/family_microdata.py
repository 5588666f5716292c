"""A county portal whose 政府信息公开年报 columns mark their rows up as schema.org microdata and carry each entry's
address only as a microdata property: every row is `<li class="nb-row" itemprop="itemListElement" itemscope
itemtype="https://schema.org/Report">` holding `<meta itemprop="url" content="/zwgk/gknb/<key>/…html">`, the
title in `<span itemprop="name">` and the date in `<time itemprop="datePublished">`; a small script opens a row's
`url` when it is clicked. No `<a>` of a column names a report; the addresses are `content` values of `<meta>`
elements in the body (held out of tuning, forty-seventh round).

Modelled on http://nxyn.gov.cn/zwgk/gknb/201903/t20190326_1342921.html (宁夏永宁县's 2018 report in the 政务公开 →
公开年报 column, TRS articles `/zwgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family's articles take)
and https://www.spt.gov.cn/xxgk/zfxxgknb/2018/sptqzfxxgkgzndbg_61110/201712/t20171208_630219.html (中卫市沙坡头区's
2016 report, a 政府信息公开年报 column split by year). The microdata rows and the click script are this family's
choice (the cited pages are text; 政府网站 SEO checklists have sites add schema.org markup). Unlike jsonld (the list
as a JSON-LD `<script>` block), datahref (a `data-href` attribute) or linkdecor (links a script completes), the
address is a microdata property value written on a `<meta>` element, which HTML puts in the body only for microdata.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /zwgk/gknb/<bj|bm|xz>/index.html (the microdata rows), articles
  /zwgk/gknb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
OPENER = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".nb-row").forEach(function (row) {
    row.addEventListener("click", function () {
      window.open(row.querySelector('meta[itemprop="url"]').content, "_blank");
    });
  });
});
</script>"""


def column_path(key: str) -> str:
    return f"/zwgk/gknb/{key}/index.html"


def microdata_list(label: str, items) -> str:
    rows = "".join(
        f'<li class="nb-row" itemprop="itemListElement" itemscope itemtype="https://schema.org/Report" tabindex="0">'
        f'<meta itemprop="url" content="{esc(urlsplit(a.url).path)}"><span itemprop="name">{esc(a.title)}</span>'
        f'<time itemprop="datePublished" datetime="{a.day.isoformat()}">{a.date_text}</time></li>' for a in items)
    return (f'<ul class="list" itemscope itemtype="https://schema.org/ItemList"><meta itemprop="name" '
            f'content="{esc(label)}">{rows}</ul>')


def build_microdata(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "microdata"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("md-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: kit.trs_path(f"/zwgk/gknb/{key}/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, microdata_list(label, columns[key]),
                             columns[key], nav=nav, scripts=OPENER)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="md-news", more=tuple(hrefs[1:]))
    return urls
