"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's, township's and zone's, and every report before 2019 — only in the column's 导出
file, `政府信息公开年报目录.xml`: an Excel 2003 XML Spreadsheet (SpreadsheetML: `<?mso-application
progid="Excel.Sheet"?>`, a `<Workbook>` of `<ss:Worksheet>`s), one row per report, whose 报告名称 cell carries the
report's address only in its `ss:HRef` attribute, what Excel writes for a cell's hyperlink. The file is served
`text/xml`; the cell's text is the title, no HTML page of the portal names those reports (held out of tuning,
forty-third round).

Modelled on http://www.ganxian.gov.cn/gxqxxgk/c110989/201803/a49687614f6649a38dc26c877d198bc2.shtml (赣县 江口镇's
2017 report under 乡镇、城市社区信息公开目录 > 年度报告, with a 下载文件 button beside it) and
https://www.fuliang.gov.cn/zwx/gknb/t533195.shtml (浮梁县 臧湾乡's 2018 report in the county's 年报 column, "工作报告电子版可在
浮梁县政府信息公开平台网站下载"). The 目录 exported as SpreadsheetML is this family's choice (Java and .NET 信息公开
systems of the 2000s wrote their 导出Excel as this XML, which Excel opens as a workbook; the cited pages do not show
one). Unlike xlsxindex (an .xlsx zip's hyperlink relationships), xlshtml (an HTML table sent as an Excel download) or
csvexport (addresses as a CSV's cell text), the addresses are attributes of XML cells in the Excel 2003 namespace.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/ndbg/index.html (the government's reports since 2019, 解读, look-alikes, the 导出 link), the workbook
  /zwgk/ndbg/export/nbml_<YYYYMMDD>.xml, articles /zwgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/ndbg/"
XML_TYPE = "text/xml; charset=utf-8"
HEADINGS = ("序号", "年度", "发布机关", "报告名称", "发布日期")
_SS = "urn:schemas-microsoft-com:office:spreadsheet"


def _cell(text: str, *, number: bool = False, href: str = "") -> str:
    link = f" ss:HRef={quoteattr(href)}" if href else ""
    kind = "Number" if number else "String"
    return f'<Cell{link}><Data ss:Type="{kind}">{escape(text)}</Data></Cell>'


def spreadsheet_xml(title: str, items: list[Article]) -> bytes:
    """An Excel 2003 XML Spreadsheet of one worksheet, 年报目录: a title row, the headings, a row per report (the
    title cell a hyperlink by `ss:HRef`)."""
    rows = [f'<Row><Cell ss:MergeAcross="4" ss:StyleID="title"><Data ss:Type="String">{escape(title)}</Data></Cell></Row>',
            "<Row>" + "".join(_cell(h) for h in HEADINGS) + "</Row>"]
    for n, art in enumerate(items, 1):
        rows.append("<Row>" + _cell(str(n), number=True) + _cell(str(art.report.year), number=True)
                    + _cell(art.report.unit.name) + _cell(art.title, href=art.url) + _cell(art.date_text) + "</Row>")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           f'<Workbook xmlns="{_SS}" xmlns:o="urn:schemas-microsoft-com:office:office" '
           f'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="{_SS}" '
           'xmlns:html="http://www.w3.org/TR/REC-html40">'
           '<Styles><Style ss:ID="title"><Font ss:Bold="1" ss:Size="14"/></Style></Styles>'
           f'<Worksheet ss:Name="年报目录"><Table ss:ExpandedColumnCount="5" ss:ExpandedRowCount="{len(rows)}">'
           '<Column ss:Index="4" ss:Width="360"/>' + "".join(rows) + "</Table></Worksheet></Workbook>")
    return xml.encode("utf-8")


def export_portal(b: Build, county: County, family: str, reports: list[Report], *, folder: str, salt: str,
                  title: str, export: Callable[[list[Article]], bytes], content_type: str, file_path: str,
                  button: str, note: str) -> dict[str, str]:
    """kit.annex_portal() of a CMS (Apache-Coyote) whose 年报 column (`folder`index.html, articles at trs_path()
    under `folder`, ids stable per `salt`-art) names the other reports in an export: export(in_file) at `folder`
    + file_path (a strftime pattern of the day), behind the button `导出<button>（title）` with `note` under it."""
    def doc_id(art: Article) -> int:
        return stable_int(f"{salt}-art", county.pinyin, art.key, digits=7)

    return kit.annex_portal(b, county, family, reports, server="Apache-Coyote/1.1", column=folder + "index.html",
                            serial=doc_id, article_path=lambda art: kit.trs_path(folder, art.day, doc_id(art)),
                            news_salt=f"{salt}-news", content_type=content_type,
                            annex_path=lambda day: folder + day.strftime(file_path),
                            annex=lambda in_file, day: export(in_file),
                            annex_block=lambda path: (f'<div class="export"><a href="{path}">导出{button}（{esc(title)}）'
                                                      f"</a><p>{note}</p></div>"))


def build_xmlsheet(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = f"{county.gov_name}政府信息公开年报目录"
    return export_portal(b, county, "xmlsheet", reports, folder=FOLDER, salt="xs", title=title, button="Excel",
                         export=lambda in_file: spreadsheet_xml(title, in_file), content_type=XML_TYPE,
                         file_path="export/nbml_%Y%m%d.xml", note="各部门、乡镇（街道）及2019年以前的年度报告见导出的年报目录。")
