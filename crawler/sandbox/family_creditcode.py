"""A county portal whose units keep their 政府信息公开 at addresses made of their 统一社会信用代码 (unified social credit
code): `/xxgk/<18-character code>/` is a unit's 信息公开 page, listing its 政府信息公开年报 of every year. No page links
one. The 单位名录 page (/xxgk/dwml/index.html) is a table of every unit — 序号, 单位名称, 统一社会信用代码, 单位类别,
办公地址, 联系电话 — whose code is a cell's text; a line above it says the 专栏 are at
`http://www.X.gov.cn/xxgk/{统一社会信用代码}/`, and one delegated click handler on the table opens `"/xxgk/" +
row.cells[2].textContent.trim() + "/"` for the row clicked. The 年报 column itself carries only the government's own
reports from 2019 on, so every department's and township's report, and every report before 2019, is reached only
through an address composed from a cell of the 名录 (held out of tuning, twenty-eighth round).

Modelled on http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水: the
annual-report module keys a unit's reports by a value shaped as a 统一社会信用代码, `area=113325000026455663`: 11 a 机关,
332500 the region, a nine-character organisation code and a check character), http://www.yj.gov.cn/art/2023/1/18/art_1229710852_70896.html
(永嘉 界坑乡's 2022 report, in its own unit column of the county's 信息公开) and
http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉统计局: a unit's 政府信息公开 section under
/zfxxgk/). A path segment of the credit code, and a 名录 that prints the code as text with a row handler, are this
family's choice; the cited pages show the code in a query and the units' columns, not this 名录. Unlike datahref
(the whole address in a row's `data-href`), modalid (a row's `data-id` sent to a detail action), indexno (a 索引号
typed into a search form) or tabindex (an address from a tab's position), the address is composed from the visible
text of a table cell and a fixed pattern, and nothing in the markup holds it.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报 column
  and the 单位名录), /xxgk/nb/index.html (the government's reports from 2019 on, 解读 and look-alikes),
  /xxgk/dwml/index.html (the 名录), /xxgk/<code>/index.html (a unit's page: its reports of every year), reports
  /xxgk/<code>/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html, the column's other pages /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, Unit, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/index.html"
DIRECTORY = "/xxgk/dwml/index.html"
LABEL = "政府信息公开年报"
KINDS = {"gov": "人民政府", "office": "政府办公室", "department": "县直部门", "township": "乡镇（街道）",
         "zone": "开发区"}
STREETS = ("人民路", "府前街", "建设路", "文化路", "新华路", "解放路")
OPEN_ROW = """<script type="text/javascript">
// each unit's 信息公开 is at /xxgk/<its 统一社会信用代码>/: a click on the unit's row opens it
document.addEventListener("DOMContentLoaded", function () {
  document.querySelector("table.dwml tbody").addEventListener("click", function (e) {
    var row = e.target.closest("tr");
    if (row) { window.open("/xxgk/" + row.cells[2].textContent.trim() + "/", "_blank"); }
  });
});
</script>"""


def unit_folder(unit: Unit) -> str:
    return f"/xxgk/{unit.code}/"


def linked_in_column(art: Article) -> bool:
    """Whether the 年报 column links the page: the government's own reports from 2019 on, and the non-reports."""
    return art.report is None or (art.report.unit.kind == "gov" and art.report.year >= 2019)


def directory_table(county: County) -> str:
    rows = []
    for n, unit in enumerate(county.units, 1):
        street = STREETS[stable_int("cc-street", county.pinyin, unit.key) % len(STREETS)]
        address = f"{county.name}{street}{stable_int('cc-no', county.pinyin, unit.key, digits=2) % 90 + 1}号"
        phone = f"0{county.region_code[2:5]}-{stable_int('cc-tel', county.pinyin, unit.key, digits=7)}"
        rows.append(f"<tr><td>{n}</td><td>{esc(unit.name)}</td><td class=\"code\">{unit.code}</td>"
                    f"<td>{KINDS[unit.kind]}</td><td>{esc(address)}</td><td>{phone}</td></tr>")
    return ('<table class="dwml"><thead><tr><th>序号</th><th>单位名称</th><th>统一社会信用代码</th><th>单位类别</th>'
            f'<th>办公地址</th><th>联系电话</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def build_creditcode(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "creditcode"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    for art in items:
        doc_id = stable_int("cc-art", county.pinyin, art.key, digits=7)
        unit = art.report.unit if art.report else None
        folder = f"{unit_folder(unit)}ndbg/" if unit else "/xxgk/nb/"
        kit.article_page(b, www, county, family, art, kit.trs_path(folder, art.day, doc_id), nav=nav,
                         column=LABEL,
                         index_no=kit.unit_index_no(unit, art, doc_id) if unit else kit.site_index_no(county, art, doc_id),
                         needs_browser=not linked_in_column(art) and art is not newest, report_urls=urls)
    for unit in county.units:
        own = [a for a in items if a.report and a.report.unit is unit]
        title = f"{unit.name}信息公开专栏"
        main = (f'<h2>{esc(title)}</h2><p class="unit-code">统一社会信用代码：{unit.code}</p>'
                f"<h3>{LABEL}</h3>{kit.link_list(own)}")
        b.html_page(www, unit_folder(unit) + "index.html", page(county, family, title, main, column=title, nav=nav,
                                                                host=www.host), b.list_date(own), "list")
    shown = [a for a in items if linked_in_column(a)]
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(shown) + (
        f'<p class="tip">县直部门、乡镇（街道）及往年的政府信息公开年报，请通过<a href="{DIRECTORY}">单位名录</a>进入各单位'
        "信息公开专栏查阅。</p>"), shown, nav=nav)
    tip = (f'<p class="tip">各单位政府信息公开专栏地址：http://{www.host}/xxgk/{{统一社会信用代码}}/'
           "，点击单位所在行即可进入。</p>")
    b.html_page(www, DIRECTORY, page(county, family, "单位名录", f"<h2>单位名录</h2>{tip}{directory_table(county)}",
                                     column="单位名录", nav=nav, host=www.host, scripts=OPEN_ROW), SITE_DATE, "section")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="cc-news",
                                  more=((DIRECTORY, "单位名录"),))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
