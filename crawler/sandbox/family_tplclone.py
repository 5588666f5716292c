"""A county portal whose 政府信息公开年报 column is one page with a 年度 picker: a `<select>` of the report years and an
empty list box, and one HTML `<template id="nb-<year>">` per year holding that year's list (every unit's report of
the year and the column's pages about it). On load, and on every change of the picker, a script clones the chosen
year's template into the box (`list.appendChild(tpl.content.cloneNode(true))`). A template's content is an inert
DocumentFragment, not part of the document: in a browser no link of a year not chosen is in `document.links`,
`querySelectorAll("a")` or the rendered page until a year is picked; only the newest year is drawn unasked (held out
of tuning, twenty-eighth round).

Modelled on https://www.dongzhi.gov.cn/OpennessAnnualReport/year/show/341/2022.html (东至县 花园乡's 2022 report on an
Anhui openness platform: one page per unit and 年度, `/OpennessAnnualReport/year/show/<unit>/<year>.html`) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 lists shown by a script in one content
area), with the `<template>` element as front-end guides describe it (https://zh.javascript.info/template-element:
"The browser considers <template> content 'out of the document'", inserted with `tmpl.content.cloneNode(true)`;
https://php.xlycwl.com/faq/1948281.html: 浏览器解析时跳过其内容…仅存为DocumentFragment，需手动克隆后挂载才生效). A year
picker over templates is this family's choice; the cited portal pages do not show how their lists are kept. Unlike
tpltabs (lists kept as text in `<script type="text/html">`, copied by innerHTML), yeartabs (a JSON object of every
year's entries) or srcdoc (a frame's document in an attribute), the lists are markup the HTML parser does build —
into a template's content, which a DOM reader of the page never sees as links.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /OpennessAnnualReport/index.html (the picker, the box, a template per year), reports
  /OpennessAnnualReport/year/show/<unit number>/<year>.html, the column's other pages /OpennessContent/show/<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, Unit, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/OpennessAnnualReport/index.html"
LABEL = "政府信息公开年报"
PICKER = """<script type="text/javascript">
// each 年度's list waits in a <template>; picking the year clones that template's content into the box
function showYear(year) {
  var tpl = document.getElementById("nb-" + year), box = document.getElementById("nbList");
  box.innerHTML = "";
  if (tpl) { box.appendChild(tpl.content.cloneNode(true)); }
}
document.addEventListener("DOMContentLoaded", function () {
  var picker = document.getElementById("nbYear");
  picker.addEventListener("change", function () { showYear(picker.value); });
  showYear(picker.value);
});
</script>"""


def unit_number(county: County, unit: Unit) -> int:
    """The platform's number of a unit: consecutive from a base stable per portal, so two units never share one."""
    return stable_int("tc-units", county.pinyin, digits=3) + county.units.index(unit)


def year_of(art: Article) -> int:
    """The 年度 a page of the column is filed under: a report's own year; a 解读 or look-alike, published the year
    after the one it is about, that year."""
    return art.report.year if art.report else art.day.year - 1


def build_tplclone(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "tplclone"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")

    def path(art: Article) -> str:
        if art.report:
            return f"/OpennessAnnualReport/year/show/{unit_number(county, art.report.unit)}/{art.report.year}.html"
        return f"/OpennessContent/show/{stable_int('tc-art', county.pinyin, art.key, digits=7)}.html"

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, path=path)
    years = sorted({year_of(a) for a in items}, reverse=True)
    options = "".join(f'<option value="{y}">{y}年度</option>' for y in years)
    templates = "".join(f'<template id="nb-{y}">{kit.link_list([a for a in items if year_of(a) == y])}</template>'
                        for y in years)
    main = (f'<h2>{LABEL}</h2><div class="picker"><label>年度：<select id="nbYear">{options}</select></label></div>'
            f'<div class="list-box" id="nbList"></div>{templates}')
    b.html_page(www, COLUMN, page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host, scripts=PICKER),
                b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="tc-news")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
