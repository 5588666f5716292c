"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇（街道）'s, and every report before 2019 — only in a file attached INSIDE a
PDF: the column's 附件 `关于各单位政府信息公开工作年度报告的说明.pdf`, a one-page 说明 whose text says the 目录 is
attached to it (附件：各单位政府信息公开工作年度报告目录.xlsx), with the workbook embedded in the PDF as an embedded
file (the catalog's `/Names << /EmbeddedFiles >>` name tree, `/PageMode /UseAttachments`, and a paper-clip
`/FileAttachment` annotation on the page), the workbook's titles hyperlinks to the reports. The PDF has no `/Link`
annotation, no URI action and no address in its text; the addresses are in the embedded workbook only (held out of
tuning, sixty-third round).

Modelled on http://www.linyixian.gov.cn/n54935142/n54940779/n63292444/n63292502/c68566562/content.html (德州市临邑县
宿安乡's 2018 report on its county's portal, "本报告由概述…和附表部分组成": a pre-2019 township report with its
tables as an annex, in a `/n<id>/…/c<id>/content.html` column, the layout this family takes) and
http://www.qingdao.gov.cn/ywdt/zwzl/ndbg/2018/202010/t20201019_496818.shtml (青岛市's 2018 report, compiled "以及2018
年度青岛市政府各部门和各区、市政府的信息公开工作年度报告"). The 说明 as a PDF carrying the 目录 workbook as an
embedded file is this family's choice (PDF 1.7 §7.11.4 embedded file streams, §12.5.6.15 file attachment
annotations; WPS and Acrobat attach files so; the cited pages are text and show no such file). Unlike pdfindex (link
annotations), pdfoutline (bookmarks), pdfbutton (form widgets), pdftext (printed addresses), xlsxindex (the workbook
served itself) or zipbundle (an archive's members are the reports), the reports are linked from a file nested in
another.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /n<8 digits>/n<8 digits>/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the PDF at
  /attach/0/<32 hex>.pdf, articles /n<8 digits>/n<8 digits>/c<8 digits>/content.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.family_docxtextbox import hex_id
from nianbao.crawler.sandbox.family_pdfoutline import _FONTS, pdf_file, pdf_title, ucs2
from nianbao.crawler.sandbox.family_xlsxindex import index_xlsx
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LABEL = "政府信息公开年报"
WORKBOOK = "各单位政府信息公开工作年度报告目录.xlsx"
_XLSX_SUBTYPE = "/application#2Fvnd.openxmlformats-officedocument.spreadsheetml.sheet"   # a name: `/` as #2F


def _page_stream(title: str, lines: list[str]) -> bytes:
    text = [f"BT /F1 16 Tf 120 770 Td {ucs2(title)} Tj ET"]
    text += [f"BT /F1 11 Tf 60 {720 - 24 * n} Td {ucs2(line)} Tj ET" for n, line in enumerate(lines)]
    return "\n".join(text).encode("ascii")


def attached_pdf(title: str, lines: list[str], workbook: bytes) -> bytes:
    """A one-page PDF written by hand (reportlab attaches no file): the 说明's text, and `workbook` as an embedded
    file named WORKBOOK — in the document's EmbeddedFiles name tree and behind a FileAttachment annotation."""
    stream = _page_stream(title, lines)
    name = pdf_title(WORKBOOK)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> /PageMode /UseAttachments >>",
        2: b"<< /Type /Pages /Kids [7 0 R] /Count 1 >>",
        3: f"<< /Names [{name} 10 0 R] >>".encode(),
        7: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
           b"/Contents 8 0 R /Annots [9 0 R] >>",
        8: f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        9: f"<< /Type /Annot /Subtype /FileAttachment /Rect [60 {700 - 24 * len(lines)} 76 {720 - 24 * len(lines)}] "
           f"/FS 10 0 R /Name /PushPin /Contents {name} >>".encode(),
        10: f"<< /Type /Filespec /F (index.xlsx) /UF {name} /Desc {name} /EF << /F 11 0 R >> >>".encode(),
        11: f"<< /Type /EmbeddedFile /Subtype {_XLSX_SUBTYPE} /Length {len(workbook)} "
            f"/Params << /Size {len(workbook)} >> >>\nstream\n".encode() + workbook + b"\nendstream",
    }
    for n, font in enumerate(_FONTS, 4):
        objects[n] = font.encode()
    return pdf_file(objects)


def build_pdfattach(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfattach"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    folder = f"/n{stable_int('pa-n1', county.pinyin, digits=8)}/n{stable_int('pa-n2', county.pinyin, digits=8)}/"
    column = folder + "index.html"
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, column=LABEL,
                     path=lambda a: f"{folder}c{stable_int('pa-art', county.pinyin, a.key, digits=8)}/content.html")
    shown, in_file = kit.split_for_file(arts)
    items = kit.newest_first(shown + non_reports)
    day = in_file[0].day if in_file else newest.day
    title = "关于各单位政府信息公开工作年度报告的说明"
    lines = ["本级政府信息公开工作年度报告见本栏目。各部门、各乡镇（街道）", "及2019年以前的年度报告目录作为本文件的附件，",
             "请在阅读器的附件面板中打开。", f"附件：{WORKBOOK.removesuffix('.xlsx')}", f"{county.gov_name}办公室",
             f"{day:%Y年%-m月%-d日}"]
    path = f"/attach/0/{hex_id('pa-file', county.pinyin)}.pdf"
    workbook = index_xlsx(f"{county.gov_name}各单位政府信息公开工作年度报告目录", in_file, day)
    b.add(www, path, Page(attached_pdf(title, lines, workbook), b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{path}">{esc(title)}.pdf</a></p>'
                  "<p>各部门、各乡镇（街道）及2019年以前的年度报告目录见附件。</p></div>")
    kit.report_list_page(b, www, county, family, column, LABEL, kit.link_list(items) + attachment, items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column, news_salt="pa-news")
    return urls

