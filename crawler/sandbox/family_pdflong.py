"""A 旗 (county) portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names
every other report — each department's and 苏木乡镇's, and every report before 2019 — only on the LAST pages of a
long PDF: the column's 附件 `历年政府信息公开工作年度报告汇编.pdf`, a 汇编 that prints every unit's report in full
(a cover, an 编印说明, then each report from a new page: more than a hundred pages of text with no link and no
report's address), and only after them, from page LINKS_FROM_PAGE on, an 附表 `各单位年度报告网络发布地址一览表` whose
report titles carry link annotations (`/Link` with a `/URI` action) to the reports' pages. A reader that stops after
the first pages of a PDF, or a size limit that cuts its tail, finds none of them (held out of tuning, sixty-third
round).

Modelled on http://www.linhe.gov.cn/html/290/28114.html (巴彦淖尔市临河区干召庙镇's 2025 report, a 镇's report filed on
its district's portal in a `/html/<column>/<id>.html` column, the layout this family takes: "本年度报告电子版可以从…
门户网站下载"), http://zltq.gov.cn/zltq/2026-02/02/article_2026020215383939768.html (扎赉特旗宝力根花苏木's 2025
report on its 旗's portal: a 苏木 among the units) and
http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2013-03/29/content_2365767.htm (内蒙古自治区's 2012 report, "在
2012年度全区各盟市、自治区政府工作部门的《政府信息公开工作年度报告》的基础上编制": a report compiled from the
units' reports, pre-2019). The 汇编 as one long PDF whose address table sits at its end is this family's choice (the
cited pages are text; they show no such file). Unlike pdfindex (a short PDF whose first page is the linked table),
pdfoutline (bookmarks), pdftext (addresses printed in the text) or pdfbutton (form widgets), the links are ordinary
link annotations, but only on pages past the hundredth of a file of about 200 kB.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /html/<col>/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the PDF at
  /uploadfiles/<YYYYMM>/<YYYYMMDD><6 digits>.pdf, articles /html/<col>/<5 digits>.html.
"""

from __future__ import annotations

import io
import textwrap

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.documents import PDF_FONT, _register_font
from nianbao.crawler.sandbox.family_pdfindex import draw_index_pages
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN_ID = 290
FOLDER = f"/html/{COLUMN_ID}/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
ANNEX = "附表：各单位年度报告网络发布地址一览表"
LINKS_FROM_PAGE = 101       # the annex starts after page 100 at the least (1-based page numbers)
LINE_CHARS = 38             # a line of body text: 38 characters of 10.5-point type across A4's text width
PAGE_LINES = 36


def _text_lines(report: Report) -> list[str]:
    """A report's text as the 汇编 prints it: its plain text (table rows joined by spaces), wrapped to LINE_CHARS."""
    lines: list[str] = []
    for line in report.plain_text().splitlines():
        lines += textwrap.wrap(line.replace("\t", "  "), LINE_CHARS) or [""]
    return lines


def _text_page(pdf, lines: list[str], folio: int) -> None:
    from reportlab.lib.pagesizes import A4

    width, height = A4
    pdf.setFont(PDF_FONT, 10.5)
    y = height - 70
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 20
    pdf.setFont(PDF_FONT, 9)
    pdf.drawCentredString(width / 2, 40, f"— {folio} —")
    pdf.showPage()


def compilation_pdf(title: str, compiler: str, printed: list[Report], linked: list[Article]) -> bytes:
    """The 汇编: a cover, the 编印说明, each of `printed` in full from a new page (text only), then — on page
    LINKS_FROM_PAGE or later — the annex, a table of `linked` whose titles are link annotations. Text pages repeat
    the reports in the order given until the annex's page is reached (a 汇编 that prints every unit's reports of
    every year is that long). Deterministic (reportlab's invariant)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    if not printed:
        raise ValueError("sandbox: a 汇编 of no reports")
    _register_font()
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle(title)
    width, height = A4
    pdf.setFont(PDF_FONT, 20)
    pdf.drawCentredString(width / 2, height / 2 + 40, title)
    pdf.setFont(PDF_FONT, 12)
    pdf.drawCentredString(width / 2, height / 2 - 20, compiler)
    pdf.showPage()
    _text_page(pdf, ["编印说明", "", *textwrap.wrap(
        "本汇编收录本级人民政府、政府各部门及各苏木乡镇（街道）历年政府信息公开工作年度报告全文，按单位和年度编排。"
        "正文之后附各单位年度报告网络发布地址一览表，点击一览表中的报告名称可打开报告原文页面。", LINE_CHARS)], 1)
    folio, n = 2, 0
    while folio < LINKS_FROM_PAGE - 1 or n < len(printed):
        lines = _text_lines(printed[n % len(printed)])
        for start in range(0, len(lines), PAGE_LINES):
            _text_page(pdf, lines[start:start + PAGE_LINES], folio)
            folio += 1
        n += 1
    draw_index_pages(pdf, ANNEX, linked)
    pdf.save()
    return out.getvalue()


def build_pdflong(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdflong"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles

    def path(art: Article) -> str:
        return f"{FOLDER}{stable_int('pl-art', county.pinyin, art.key, digits=5)}.html"

    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, path=path, column=LABEL)
    shown, in_file = kit.split_for_file(arts)
    items = kit.newest_first(shown + non_reports)
    day = in_file[0].day if in_file else newest.day
    title = f"{county.gov_name}历年政府信息公开工作年度报告汇编"
    pdf_path = f"/uploadfiles/{day:%Y%m}/{day:%Y%m%d}{stable_int('pl-file', county.pinyin, digits=6)}.pdf"
    printed = [a.report for a in kit.newest_first(arts)]
    b.add(www, pdf_path, Page(lambda: compilation_pdf(title, f"{county.gov_name}办公室 编印", printed, in_file),
                              b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各部门、苏木乡镇及2019年以前的年度报告全文见附件汇编，发布地址见汇编末尾附表。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items) + attachment, items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="pl-news")
    return urls
