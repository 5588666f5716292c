"""A county portal (a TRS WCM site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on,
and names every other report — each department's, township's and zone's, and every report before 2019 — only in
the column's 附件 `历年政府信息公开工作年度报告目录.ods`: an OpenDocument spreadsheet, as WPS Office and LibreOffice Calc
save one, with one sheet a year (`2024年`, `2023年`, … down to the earliest), each a table (序号, 发布机关, 报告名称,
发布日期) whose 报告名称 cells hold the title as a hyperlink, `<text:a xlink:href="…">` inside the cell's
`<text:p>`, in content.xml of the zip package (its first entry the uncompressed `mimetype`,
`application/vnd.oasis.opendocument.spreadsheet`, which the server also sends). No HTML page of the portal names
those reports (held out of tuning, sixty-fifth round).

Modelled on http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏自治区's 2014 report
in the 政府信息公开年报 column, a folder a year `xxgknb/<YYYY>nb/` of TRS articles `<YYYYMM>/t<YYYYMMDD>_<id>.html`, the
layout this family takes, a pre-2019 report republished in 2019) and
http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2017nb/201902/t20190223_64848.html (西藏自治区气象局's 2017 report in the
same year folder: a department's report filed beside the government's). The 目录 as an .ods is this family's choice
(ODF is the national standard GB/T 17798's office format and WPS saves spreadsheets in it; the cited pages are text
and show no such file). Unlike odtlist (an ODF *text*, its table in `office:text`), xlsxindex and hiddensheet (an
.xlsx's hyperlink relationships) or xlsxformula (HYPERLINK formulas), the addresses are `xlink:href` attributes of
text inside the cells of an `office:spreadsheet`, a sheet a year.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/xxgk/xxgknb/index.html (the government's reports since 2019, 解读, look-alikes, the 附件), the file
  /zwgk/xxgk/xxgknb/P0<YYYYMMDD><6 digits>.ods, articles /zwgk/xxgk/xxgknb/<YYYY>nb/<YYYYMM>/t<YYYYMMDD>_<id>.html
  (the year folder a report's own year, anything else its publication year).
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.family_odtlist import _NS, _XML, _cell, odf_package
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
FOLDER = "/zwgk/xxgk/xxgknb/"
COLUMN = FOLDER + "index.html"
HEADINGS = ("序号", "发布机关", "报告名称", "发布日期")
WORKBOOK = "历年政府信息公开工作年度报告目录"


def _sheet(year: int, items: list[Article]) -> str:
    """One year's sheet: the headings and a row per report, its title a hyperlink in the cell's paragraph."""
    rows = ["<table:table-row>" + "".join(_cell(h) for h in HEADINGS) + "</table:table-row>"]
    for n, art in enumerate(items, 1):
        link = f'<text:a xlink:href={quoteattr(art.url)} xlink:type="simple">{escape(art.title)}</text:a>'
        rows.append("<table:table-row>" + _cell(str(n)) + _cell(escape(art.report.unit.name)) + _cell(link)
                    + _cell(art.date_text) + "</table:table-row>")
    return (f'<table:table table:name="{year}年"><table:table-column table:number-columns-repeated="4"/>'
            f'{"".join(rows)}</table:table>')


def ods_content(items: list[Article]) -> str:
    """content.xml of the workbook: a sheet per report year, newest year first."""
    years = sorted({a.report.year for a in items}, reverse=True)
    sheets = "".join(_sheet(y, [a for a in items if a.report.year == y]) for y in years)
    return (f'{_XML}<office:document-content {_NS} office:version="1.2"><office:body><office:spreadsheet>'
            f"{sheets}</office:spreadsheet></office:body></office:document-content>")


def build_odsindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    def doc_id(art: Article) -> int:
        return stable_int("os-art", county.pinyin, art.key, digits=5)

    file_id = stable_int("os-file", county.pinyin, digits=6)
    return kit.annex_portal(b, county, "odsindex", reports, server="nginx/1.16.1", column=COLUMN, serial=doc_id,
                            article_path=lambda art: kit.trs_path(f"{FOLDER}{kit.entry_year(art)}nb/", art.day,
                                                                  doc_id(art)),
                            news_salt="os-news", content_type=ODS_TYPE,
                            annex_path=lambda day: f"{FOLDER}P0{day:%Y%m%d}{file_id}.ods",
                            annex=lambda in_file, day: odf_package(ODS_TYPE, ods_content(in_file), day),
                            annex_block=lambda path: (f'<div class="fj">附件：<a href="{path}">{esc(WORKBOOK)}.ods</a>'
                                                      "<p>各部门、各乡镇及2019年以前的年度报告，按年度分表列于附件目录。</p></div>"))
