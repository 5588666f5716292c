"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only by a link annotation of a PDF:
the column's 附件 `历年政府信息公开工作年度报告汇总.pdf`, a list (年度, 发布机关, 报告名称) whose titles are `/Link`
annotations with `/URI` actions to the reports' pages, the way a word processor exports a table of hyperlinks to
PDF. The page text shows only the titles; the addresses are in the annotations' action dictionaries, not in any
HTML page (held out of tuning, twenty-ninth round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a report 汇总 of the units'
reports, "本报告电子版可在…政府信息公开专栏下载"), http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663
(丽水: a 2017 report compiled from every county's and department's) and on the PDF link annotation that PDF
libraries document, https://docs.devexpress.com/OfficeFileAPI/DevExpress.Pdf.PdfPageFacade.AddLinkAnnotation(DevExpress.Pdf.PdfRectangle-System.String)
("Creates a link annotation in the specified rectangle on the page", a URI associated with it) and
https://github.com/go-pdfkit/pdfkit/pull/21 (one `/Link` annotation per link in the page's `/Annots`, its `/A` a URI
action). That the portal's only index of the older and the units' reports is such a PDF is this family's choice;
the cited pages show compiled reports and the annotation, not this column. Unlike docxindex (a Word file's
hyperlink relationships), csvexport (a CSV's cells) or zipbundle (the files inside an archive), the addresses are
link annotations of a PDF page, outside its text.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /gknb/index.html (the government's reports since 2019, 解读 and look-alikes, and the 附件), the PDF at
  /gknb/W0<YYYYMMDD><6 digits>.pdf, articles /gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import io

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.documents import PDF_FONT, _register_font
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/gknb/"
COLUMN = FOLDER + "index.html"
ROWS_PER_PAGE = 30


def index_pdf(title: str, items: list[Article]) -> bytes:
    """A PDF: the title and one line per report (年度, 发布机关, 报告名称), each title covered by a link annotation whose
    action is a URI (what exporting a table of hyperlinks to PDF writes). Deterministic (reportlab's invariant)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    _register_font()
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, invariant=1)
    pdf.setTitle(title)
    draw_index_pages(pdf, title, items)
    pdf.save()
    return out.getvalue()


def draw_index_pages(pdf, title: str, items: list[Article]) -> None:
    """Draw the index's pages on the reportlab canvas `pdf`: per ROWS_PER_PAGE reports a page of the title and the
    rows, each report's title under a URI link annotation."""
    from reportlab.lib.pagesizes import A4

    width, height = A4
    for start in range(0, len(items), ROWS_PER_PAGE) or [0]:
        pdf.setFont(PDF_FONT, 14)
        pdf.drawCentredString(width / 2, height - 60, title)
        pdf.setFont(PDF_FONT, 9)
        y = height - 95
        pdf.drawString(40, y, "年度")
        pdf.drawString(80, y, "发布机关")
        pdf.drawString(230, y, "报告名称")
        for art in items[start:start + ROWS_PER_PAGE]:
            y -= 20
            pdf.drawString(40, y, str(art.report.year))
            pdf.drawString(80, y, art.report.unit.name[:14])
            pdf.drawString(230, y, art.title[:36])
            pdf.linkURL(art.url, (228, y - 3, width - 40, y + 10), relative=0, thickness=0)
        pdf.showPage()


def build_pdfindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfindex"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/8.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    kit.trs_column_pages(b, www, county, family, arts, urls, nav=nav, folder=FOLDER, salt="pi-art")
    shown = [a for a in arts if a.report.unit.kind == "gov" and a.report.template != "pre2019"]
    in_file = [a for a in arts if a not in shown]
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, non_reports, urls, nav=nav, folder=FOLDER, salt="pi-non")
    items = kit.newest_first(shown + non_reports)
    title = f"{county.gov_name}历年政府信息公开工作年度报告汇总"
    day = kit.newest_first(in_file)[0].day if in_file else newest.day
    pdf_path = f"{FOLDER}W0{day:%Y%m%d}{stable_int('pi-file', county.pinyin, digits=6)}.pdf"
    b.add(www, pdf_path, Page(lambda: index_pdf(title, in_file), b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各部门、乡镇（街道）及2019年以前的年度报告，请点击附件汇总表中的报告名称查阅。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(items) + attachment, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="pi-news")
    return urls
