"""A district portal whose 政府信息公开年报 column lists the government's and the departments' reports from 2019 on, and
names the 街道 (townships') reports and every report before 2019 only in the column's 附件
`历年政府信息公开工作年度报告汇编目录.pdf`: a PDF form whose pages print a table of titles (no address, no `/Link`
annotation on any page) with a 「查看」 push button on each row — an AcroForm field (`/FT /Btn`, the pushbutton flag
`/Ff 65536`) whose widget annotation's action is `/S /URI` to the report's page, what a PDF editor writes for a button
that opens a web address. The addresses are in the button widgets' action dictionaries only (held out of tuning,
sixty-first round).

Modelled on https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414871.html (广州市海珠区昌岗街道办事处2018年 report,
filed under 政务公开 > 政府信息公开年报 > 街道: a Guangdong district's column split by kind of unit, a pre-2019
report of a 街道) and https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/gq/content/post_4437627.html (黄埔区2017年
report: "区政府门户网站上可下载本报告的电子版", reports offered as files). The 汇编目录 as a PDF form of push buttons is
this family's choice (PDF 1.7 §12.7.4.2: a button field's widget may carry a URI action, as Acrobat's 添加按钮 > 打开网页
链接 writes; the cited pages are text and show no such file). Unlike pdfindex (29th round: `/Link` annotations),
pdfoutline (57th: the outline's items), pdftext (addresses in the page text) or pdfalt, the only addresses are the
actions of form-field widgets, which a reader draws as buttons captioned 查看.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/zfxxgknb/index.html (the reports since 2019 but the 街道's, 解读 and look-alikes, the 附件), the PDF at
  /zwgk/zfxxgknb/attachment/<YYYYMMDD><6 digits>.pdf, articles /zwgk/zfxxgknb/content/post_<7 digits>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.family_pdfoutline import (
    _FONTS,
    pdf_file,
    pdf_literal,
    pdf_title,
    table_page_stream,
)
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
ROWS_PER_PAGE = 30
CAPTION = "查看"
PUSHBUTTON = 1 << 16   # the field flag of a push button (PDF 1.7, Table 226)


def button_pdf(title: str, items: list[Article]) -> bytes:
    """A PDF written by hand (reportlab's form buttons cannot carry a URI action): pages of a titles table, a push
    button per row whose widget's /A opens the report's page, every button a field of the catalog's /AcroForm."""
    chunks = [items[i:i + ROWS_PER_PAGE] for i in range(0, len(items), ROWS_PER_PAGE)] or [[]]
    first_page = 7                                    # 1 catalog, 2 pages, 3 the AcroForm, 4-6 fonts
    page_ids = [first_page + 2 * i for i in range(len(chunks))]
    objects: dict[int, bytes] = {}
    next_id = first_page + 2 * len(chunks)
    fields: list[int] = []
    for pid, rows in zip(page_ids, chunks, strict=True):
        stream = table_page_stream(title, rows, headings=((505, "操作"),), title_chars=30)
        widgets = list(range(next_id, next_id + len(rows)))
        next_id += len(rows)
        y = 745
        for wid, art in zip(widgets, rows, strict=True):
            y -= 20
            objects[wid] = (f"<< /Type /Annot /Subtype /Widget /FT /Btn /Ff {PUSHBUTTON} "
                            f"/T {pdf_literal(f'btn{len(fields) + 1}')} /TU {pdf_title(art.title)} /F 4 /P {pid} 0 R "
                            f"/Rect [500 {y - 4} 560 {y + 11}] /DA (/F1 9 Tf 0 g) "
                            f"/MK << /BG [0.85 0.85 0.85] /CA {pdf_title(CAPTION)} >> "
                            f"/A << /S /URI /URI {pdf_literal(art.url)} >> >>").encode()
            fields.append(wid)
        annots = f" /Annots [{' '.join(f'{w} 0 R' for w in widgets)}]" if widgets else ""
        objects[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + f"/Contents {pid + 1} 0 R{annots} >>".encode())
        objects[pid + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode()
    objects[3] = (f"<< /Fields [{' '.join(f'{f} 0 R' for f in fields)}] /NeedAppearances true "
                  "/DR << /Font << /F1 4 0 R >> >> /DA (/F1 9 Tf 0 g) >>").encode()
    for n, font in enumerate(_FONTS, 4):
        objects[n] = font.encode()
    return pdf_file(objects)


def build_pdfbutton(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfbutton"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles

    def post_path(art: Article) -> str:
        return f"{FOLDER}content/post_{stable_int('pb-art', county.pinyin, art.key, digits=7)}.html"

    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, path=post_path,
                     serial=lambda art: stable_int("pb-art", county.pinyin, art.key, digits=7))
    in_file = kit.newest_first([a for a in arts if a.report.unit.kind == "township"
                                or a.report.template == "pre2019"])
    items = kit.newest_first([a for a in arts if a not in in_file] + non_reports)
    title = f"{county.gov_name}历年政府信息公开工作年度报告汇编目录"
    day = in_file[0].day if in_file else newest.day
    pdf_path = f"{FOLDER}attachment/{day:%Y%m%d}{stable_int('pb-file', county.pinyin, digits=6)}.pdf"
    b.add(www, pdf_path, Page(button_pdf(title, in_file), b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各街道及2019年以前的年度报告，请点击附件中各报告后的「查看」按钮。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items) + attachment, items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="pb-news")
    return urls
