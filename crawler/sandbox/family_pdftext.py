"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only as printed text in a PDF: the
column's 附件 `各单位政府信息公开工作年度报告网址汇总表.pdf`, a table (年度, 发布机关, 网址) whose third column is each
report's address typed out, `http://www.X.gov.cn/xxgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the way an office
prints a 汇总表 from a spreadsheet: no link annotation, no hyperlink, the addresses are characters of the page's
content stream (held out of tuning, fifty-third round).

Modelled on http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml (山西's 2017 report:
"山西省人民政府网站www.shanxi.gov.cn上可下载本报告的电子版", the site's address given as text) and
https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平's 2012 report, compiled from every county's and
department's: "本报告电子版可在“中国南平”网站(<http://www.np.gov.cn/>)…下载", again an address as text). Printing the
units' report addresses as a PDF table is this family's choice; the cited pages show addresses written as text in
reports, not this column. Unlike pdfindex (a PDF whose titles carry `/Link` annotations with `/URI` actions) or
plainurl (addresses as text in an HTML notice), the addresses are only glyphs of a PDF page.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/gknb/index.html (the government's reports since 2019, 解读 and look-alikes, and the 附件), the PDF at
  /xxgk/gknb/P0<YYYYMMDD><6 digits>.pdf, articles /xxgk/gknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import io

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.documents import PDF_FONT, _register_font
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/gknb/"
COLUMN = FOLDER + "index.html"
ROWS_PER_PAGE = 30
URL_FONT = "Helvetica"   # the addresses in a base font: the page's text holds them as written


def address_table_pdf(title: str, items: list[Article]) -> bytes:
    """A PDF: the title and one row per report (年度, 发布机关, 网址), the address drawn as text; no annotation. Page
    streams left uncompressed (a builder's choice; a reader inflates compressed ones the same). Deterministic."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    _register_font()
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=landscape(A4), invariant=1, pageCompression=0)
    pdf.setTitle(title)
    width, height = landscape(A4)
    for start in range(0, len(items), ROWS_PER_PAGE) or [0]:
        pdf.setFont(PDF_FONT, 14)
        pdf.drawCentredString(width / 2, height - 50, title)
        pdf.setFont(PDF_FONT, 9)
        y = height - 80
        for x, head in ((40, "年度"), (80, "发布机关"), (260, "网址")):
            pdf.drawString(x, y, head)
        for art in items[start:start + ROWS_PER_PAGE]:
            y -= 17
            pdf.setFont(PDF_FONT, 9)
            pdf.drawString(40, y, str(art.report.year))
            pdf.drawString(80, y, art.report.unit.name[:18])
            pdf.setFont(URL_FONT, 8)
            pdf.drawString(260, y, art.url)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def build_pdftext(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdftext"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    kit.trs_column_pages(b, www, county, family, arts, urls, nav=nav, folder=FOLDER, salt="pt-art")
    shown, in_file = kit.split_for_file(arts)
    non_reports = kit.column_non_reports(county, noise)
    kit.trs_column_pages(b, www, county, family, non_reports, urls, nav=nav, folder=FOLDER, salt="pt-non")
    items = kit.newest_first(shown + non_reports)
    title = f"{county.name}各单位政府信息公开工作年度报告网址汇总表"
    day = in_file[0].day if in_file else newest.day
    pdf_path = f"{FOLDER}P0{day:%Y%m%d}{stable_int('pt-file', county.pinyin, digits=6)}.pdf"
    b.add(www, pdf_path, Page(lambda: address_table_pdf(title, in_file), b.list_date(in_file), "application/pdf"),
          "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各部门、乡镇（街道）及2019年以前的年度报告网址见附件汇总表。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(items) + attachment, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="pt-news")
    return urls
