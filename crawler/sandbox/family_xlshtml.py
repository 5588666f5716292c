"""A district portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only in the column's 导出目录 (export
the list), an "Excel" download that is an HTML table in disguise: `/zwgk/xxgkml/xxgknb/exportExcel.jsp?catid=<n>`
answers `Content-Type: application/vnd.ms-excel;charset=GBK` with `Content-Disposition: attachment;
filename=nbml.xls`, and its body is no workbook but a GBK HTML page (`<html xmlns:x="urn:schemas-microsoft-com:office:
excel">`, an `<x:ExcelWorkbook>` comment block and one `<table>`) whose 报告名称 cells are `<a href>` links to the
reports, which Excel opens as a sheet with hyperlinked cells. No HTML page the portal serves as `text/html` names those
reports (held out of tuning, thirty-fifth round).

Modelled on http://www.lintong.gov.cn/zwgk/xxgkml/xxgknb/bmxxgknb/2017052662977646594.html (西安市临潼区: 政务公开 →
信息公开目录 → 信息公开年报 → 部门信息公开年报, articles named by a 19-digit id that starts with the date, the layout
this family's articles take) and on the JSP idiom of the export, `<%@ page contentType="application/vnd.ms-excel" %>`
over a page of table text (Core Servlets' Excel.jsp, http://visionwebhosting.net/jsp-web-hosting/JSP-Web-Hosting0563.htm).
The export as the only place that names most reports is this family's choice; the cited pages do not show one. Unlike
xlsxindex (a real .xlsx workbook whose cells' hyperlinks are relationships), csvexport (addresses as CSV cell text) or
docxindex (a Word file), the list is plain HTML markup — links a browser would follow — served under a spreadsheet's
media type, as a download, in GBK with the charset in the header only.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报 column),
  /zwgk/xxgkml/xxgknb/index.html (the government's reports since 2019, the look-alikes and the 导出目录 link), the
  export, articles /zwgk/xxgkml/xxgknb/<YYYYMMDD><11 digits>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/zwgk/xxgkml/xxgknb/index.html"
XLS_TYPE = "application/vnd.ms-excel;charset=GBK"
HEADINGS = ("序号", "年度", "发布机构", "报告名称", "发布日期")


def export_html(title: str, items: list[Article]) -> bytes:
    """The export's body: what a JSP that sets the Excel media type writes — an HTML page Excel reads as a sheet
    (the office namespaces and the ExcelWorkbook block name the sheet), in GBK, its meta naming the charset."""
    rows = "".join(f"<tr><td>{n}</td><td>{a.report.year}</td><td>{esc(a.report.unit.name)}</td>"
                   f'<td><a href="{esc(a.url)}">{esc(a.title)}</a></td><td>{a.date_text}</td></tr>'
                   for n, a in enumerate(items, 1))
    heads = "".join(f"<th>{h}</th>" for h in HEADINGS)
    text = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=GBK"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>'
            "<x:Name>年报目录</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet>"
            "</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body>"
            f'<table border="1"><tr><td colspan="5">{esc(title)}</td></tr><tr>{heads}</tr>{rows}</table></body></html>')
    return text.encode("gbk")


def build_xlshtml(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xlshtml"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def serial(art: Article) -> int:
        return stable_int("xh-art", county.pinyin, art.key, digits=11)

    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, serial=serial,
                     path=lambda art: f"/zwgk/xxgkml/xxgknb/{art.day:%Y%m%d}{serial(art)}.html", column="信息公开年报")
    shown, exported = kit.split_for_file(arts)
    export = f"/zwgk/xxgkml/xxgknb/exportExcel.jsp?catid={stable_int('xh-cat', county.pinyin, digits=4)}"
    title = f"{county.gov_name}政府信息公开工作年度报告目录"
    b.add(www, export, Page(export_html(title, exported), b.list_date(exported), XLS_TYPE, ignores_query=False,
                            extra_headers=(("Content-Disposition", "attachment; filename=nbml.xls"),)), "list")
    items = kit.newest_first(shown + non_reports)
    tools = (f'<div class="tools"><a class="export" href="{export}">导出目录</a>'
             "<span>各部门、镇街及2019年以前的年度报告请导出目录查看。</span></div>")
    kit.report_list_page(b, www, county, family, COLUMN, "信息公开年报", tools + kit.link_list(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="xh-news")
    return urls
