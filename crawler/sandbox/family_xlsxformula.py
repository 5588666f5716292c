"""A 大汉 (Hanweb) city-district portal whose 政府信息公开年报 column lists only the government's own reports from 2019
on, and names every other report — each department's and township's, and every report before 2019 — only in an Excel
workbook attached to the column, `历年政府信息公开工作年度报告目录.xlsx`, whose 报告名称 cells are formulas
`=HYPERLINK("http://…","<title>")`: the address is an argument of a formula (`<c t="str"><f>HYPERLINK(…)</f>
<v>title</v></c>`), the cell's cached value the title. The sheet has no hyperlink relationship and no cell whose text
is an address; no HTML page of the portal names those reports (held out of tuning, fifty-seventh round).

Modelled on https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (泰州市's 2017 report in a 政府信息公开年报
column of a 大汉 JCMS site, documents at `/art/<Y>/<M>/<D>/art_<column>_<id>`, the layout this family takes, and
"报告电子版可在…门户网站下载": reports offered as files) and
https://zongyang.gov.cn/openness/OpennessAnnualReport/show/2714.html (a 镇's 2018 report filed with its county's: the
units a 目录 spans). The 目录 as a workbook whose links are HYPERLINK formulas is this family's choice (the function
offices use when they build a 目录 by formula, e.g. from a column of addresses; the cited pages do not show one).
Unlike xlsxindex (a `<hyperlink>` of the sheet, its target an external relationship), xmlsheet (SpreadsheetML 2003's
`ss:HRef`), xlshtml (an HTML table served as .xls) or csvexport (addresses as the text of cells), the addresses
live only inside cell formulas.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), the column /col/col<N>/index.html (the government's reports since 2019, the look-alikes and the 附件),
  the workbook /attach/0/<32 hex>.xlsx, articles /art/<Y>/<M>/<D>/art_<N>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xlsxindex import XLSX_TYPE, report_sheet, workbook
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report


def column_number(county: County) -> int:
    return stable_int("xf-col", county.pinyin, digits=5)


def column_path(county: County) -> str:
    return f"/col/col{column_number(county)}/index.html"


def formula_text(text: str) -> str:
    """A string literal of an Excel formula: quoted, an inner quote doubled."""
    return '"' + text.replace('"', '""') + '"'


def formula_sheet(title: str, items: list[Article], strings: list[str]) -> str:
    """sheet1.xml: a merged title row, the headings, one row per report (text cells as shared strings, the 报告名称
    cell a HYPERLINK formula whose cached value is the title): report_sheet() without the r: namespace."""
    def formula_cell(ref: str, art: Article) -> str:
        formula = f"HYPERLINK({formula_text(art.url)},{formula_text(art.title)})"
        return f'<c r="{ref}" t="str"><f>{escape(formula)}</f><v>{escape(art.title)}</v></c>'

    return report_sheet(title, items, strings, title_cell=formula_cell, r_namespace=False)


def build_xlsxformula(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    number = column_number(county)

    def doc_id(art: Article) -> int:
        return stable_int("xf-art", county.pinyin, art.key, digits=7)

    title = f"{county.gov_name}历年政府信息公开工作年度报告目录"

    def formula_workbook(in_file: list[Article], day) -> bytes:
        strings: list[str] = []
        sheet = formula_sheet(title, in_file, strings)
        return workbook(sheet, None, strings, day)

    return kit.annex_portal(b, county, "xlsxformula", reports, server="Apache", column=column_path(county),
                            serial=doc_id, article_path=lambda art: kit.jcms_path(number, art.day, doc_id(art)),
                            news_salt="xf-news", content_type=XLSX_TYPE,
                            annex_path=lambda day: f"/attach/0/{stable_hex('xf-file', county.pinyin)}.xlsx",
                            annex=formula_workbook,
                            annex_block=lambda path: kit.fj_attachment(
                                path, f"{title}.xlsx", "各部门、镇（街道）年度报告及2019年以前的年度报告见附件目录。"))
