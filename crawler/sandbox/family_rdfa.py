"""A county portal whose 政府信息公开年报 columns mark their rows up in RDFa Lite and carry each entry's address only
as an RDFa `resource`: the list is `<ol vocab="https://schema.org/" typeof="ItemList">`, every row `<li
property="itemListElement" typeof="ListItem" resource="/gkml/nb/<key>/…html" class="nb-row">` with the title in a
`<span property="name">` and the date in a `<time property="datePublished">`; a small script opens a row's
`resource` when it is clicked. No `<a>` of a column names a report, and `resource` is an attribute no HTML element
links by (held out of tuning, fifty-first round).

Modelled on https://www.hejiang.gov.cn/gk/zfxxgknb/bmxxgknb/content_191767 (合江县人民政府办公室's 2023 report in the
部门信息公开年报 sub-column of the county's 政府信息公开年报, the column split this family takes) and
https://www.hsxzf.gov.cn/xxgk/xxgknb/2024n/hsxzf20231/wyll20231/content_66370 (合水县's 2024 report, a 信息公开年报
column by year and unit). The RDFa rows and the click script are this family's choice (the cited pages are text;
政府网站 SEO guides have sites add schema.org markup, in RDFa as well as microdata). Unlike microdata (a `<meta
itemprop="url" content>` per row), jsonld (a JSON-LD `<script>` block) or datahref (a `data-href` attribute), the
address is the RDFa `resource` attribute of the row element itself.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /gkml/nb/<bj|bm|xz>/index.html (RDFa rows), TRS articles under /gkml/nb/<key>/.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "镇（街道）信息公开年报"}
OPENER = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("li.nb-row").forEach(function (row) {
    row.addEventListener("click", function () { window.open(row.getAttribute("resource"), "_blank"); });
  });
});
</script>"""


def column_path(key: str) -> str:
    return f"/gkml/nb/{key}/index.html"


def rdfa_list(label: str, items) -> str:
    rows = "".join(
        f'<li property="itemListElement" typeof="ListItem" resource="{esc(urlsplit(a.url).path)}" class="nb-row" '
        f'tabindex="0"><span property="name">{esc(a.title)}</span><time property="datePublished" '
        f'datetime="{a.day.isoformat()}">{a.date_text}</time></li>' for a in items)
    return (f'<ol class="list" vocab="https://schema.org/" typeof="ItemList"><meta property="name" '
            f'content="{esc(label)}">{rows}</ol>')


def build_rdfa(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rdfa"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("rdfa-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: kit.trs_path(f"/gkml/nb/{key}/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, rdfa_list(label, columns[key]),
                             columns[key], nav=nav, scripts=OPENER)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="rdfa-news", more=tuple(hrefs[1:]))
    return urls
