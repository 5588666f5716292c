"""A district portal (a TRS site) whose 政府信息公开年报 专栏 lists the government's and the 委办局' reports from 2019
on, and names the 街道 (townships') reports and every report before 2019 only in the column's 附件
`历年政府信息公开工作年度报告目录.pdf`: a PDF whose pages print a table of titles (no address in the text) with a link
annotation over each title whose action is JavaScript, `/A << /S /JavaScript /JS (app.launchURL("http://…", true);) >>`
— what Acrobat's 链接属性 > 运行 JavaScript writes, the Acrobat JavaScript method that opens a web page in the browser.
No annotation has a URI action, the document has no outline and no form; the addresses are string arguments of
the link actions' scripts only (held out of tuning, sixty-fifth round).

Modelled on https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2018nb/dcqzfbm2018/201912/t20191217_2994761.html (东城区城市管理
委员会's 2018 report in the district's 政府信息公开年报 专栏, a 委办局's report at a TRS address
`<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family takes),
https://www.bjxch.gov.cn/zt/xxgkzl/gknbxq/pnidpv195pntypepvnbpnnfpv2018.html (西城区新街口街道办事处's 2018 report: a 街道's
pre-2019 report kept on its district's portal, "本报告电子版可在区政府门户网…政府信息公开专栏上下载") and
https://www.beijing.gov.cn/gongkai/zfxxgk/zfxxgknb/2018nb/qzf/202102/t20210223_2287356.html (东城区人民政府's 2018 report,
compiled from its 街道办事处' and 委办局' reports). The 目录 as a PDF whose links run `app.launchURL` is this
family's choice (Acrobat JavaScript's `app.launchURL(cURL, bNewFrame)`; a JavaScript action, PDF 1.7 §12.6.4.16;
the cited pages are text and show no such file). Unlike pdfindex (link annotations with `/S /URI` actions),
pdfbutton (form buttons with URI actions), pdfoutline (outline items), pdftext (addresses in the page text) or
pdfattach (an embedded workbook), the only addresses are literals inside the scripts of JavaScript actions.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zfxxgkzl/zfxxgknb/index.html (the reports since 2019 but the 街道's, 解读 and look-alikes, the 附件), the PDF at
  /zfxxgkzl/zfxxgknb/P0<YYYYMMDD><6 digits>.pdf, articles /zfxxgkzl/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

from collections.abc import Callable

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.family_pdfoutline import _FONTS, pdf_file, pdf_literal, table_page_stream
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zfxxgkzl/zfxxgknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
ROWS_PER_PAGE = 30


def launch_script(url: str) -> str:
    """The script of a link's JavaScript action: open `url` in a new browser window (Acrobat JavaScript)."""
    return f'app.launchURL("{url}", true);'


def launch_action(art: Article) -> str:
    """A link's /A: a JavaScript action launching the report's page."""
    return f"<< /S /JavaScript /JS {pdf_literal(launch_script(art.url))} >>"


def link_table_pdf(title: str, items: list[Article], action: Callable[[Article], str],
                   finish: Callable[[dict[int, bytes]], bytes] = pdf_file) -> bytes:
    """A PDF written by hand (no library writes JavaScript or remote go-to link actions): pages of a titles table,
    over each title a link annotation whose /A is `action(article)`; `finish` writes the file of the objects."""
    chunks = [items[i:i + ROWS_PER_PAGE] for i in range(0, len(items), ROWS_PER_PAGE)] or [[]]
    first_page = 6                                    # 1 catalog, 2 pages, 3-5 fonts
    page_ids = [first_page + 2 * i for i in range(len(chunks))]
    objects: dict[int, bytes] = {}
    next_id = first_page + 2 * len(chunks)
    for pid, rows in zip(page_ids, chunks, strict=True):
        stream = table_page_stream(title, rows)
        links = list(range(next_id, next_id + len(rows)))
        next_id += len(rows)
        y = 745
        for lid, art in zip(links, rows, strict=True):
            y -= 20
            objects[lid] = (f"<< /Type /Annot /Subtype /Link /Rect [228 {y - 3} 560 {y + 10}] /Border [0 0 0] "
                            f"/A {action(art)} >>").encode()
        annots = f" /Annots [{' '.join(f'{n} 0 R' for n in links)}]" if links else ""
        objects[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                        + f"/Contents {pid + 1} 0 R{annots} >>".encode())
        objects[pid + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode()
    for n, font in enumerate(_FONTS, 3):
        objects[n] = font.encode()
    return finish(objects)


def build_pdflaunch(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdflaunch"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="pl-art")
    in_file = kit.newest_first([a for a in arts if a.report.unit.kind == "township"
                                or a.report.template == "pre2019"])
    items = kit.newest_first([a for a in arts if a not in in_file] + non_reports)
    title = f"{county.name}历年政府信息公开工作年度报告目录"
    day = in_file[0].day if in_file else newest.day
    pdf_path = f"{FOLDER}P0{day:%Y%m%d}{stable_int('pl-file', county.pinyin, digits=6)}.pdf"
    pdf = link_table_pdf(title, in_file, launch_action)
    b.add(www, pdf_path, Page(pdf, b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各街道及2019年以前的年度报告，请在附件目录中点击报告名称查看。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.trs_list_html(items, FOLDER) + attachment, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="pl-news")
    return urls
