"""A district portal (a TRS site) whose 政府信息公开年报 column lists the government's and the 委办局' reports from 2019
on as articles, and names the 街道 (townships') reports and every report before 2019 only in the column's 附件
`历年政府信息公开工作年度报告汇编目录.pdf`: a PDF 目录 whose pages print a table of titles (no address in the text)
with a link annotation over each title whose action is a remote go-to, `/A << /S /GoToR /F (2018/<unit>2018.pdf)
/D [0 /Fit] >>` — what Acrobat PDFMaker writes for a Word hyperlink to another PDF file: the target is a file
specification *relative to the 目录 file's own location*, not a URI. The reports named there are PDF files in year
folders beside the 目录 (`wj/<YYYY>/<unit slug><YYYY>.pdf`); no HTML page and no `/URI` action names them (held out
of tuning, seventy-third round).

Modelled on http://www.tjhq.gov.cn/zwgk/zfxxgkjz/xyzjdbsc/zfxxgknb38/202012/t20201211_4843087.html (天津市河北区: a
街道办事处's 2018 report filed in the district's 政府信息公开 column under the 街道, a TRS address
`<YYYYMM>/t<YYYYMMDD>_<id>.html`) and http://gk.tj.gov.cn/xxgknb_530/tjsrmzf/201803/t20180329_77507.shtml (天津市's
政府信息公开年度报告专栏: the 2017 report compiled "根据各区政府和市政府各委局…的政府信息公开工作年度报告"). The
TRS layout and a Tianjin district's units (委办局, 街道) are the real pages'; publishing the 街道' and the pre-2019
reports as PDF files reached only through a 汇编目录 PDF of `/GoToR` links is this family's choice (PDF 1.7 §12.6.4.3
remote go-to actions, §7.11 file specifications; the cited pages are text and show no such file). Unlike pdfindex
(`/URI` link actions), pdflaunch (JavaScript actions), pdfbutton (form buttons), pdfoutline (outline items),
pdftext (addresses in the page text), pdfattach (an embedded file) or pdfobjstm (`/URI` actions inside an object
stream), the addresses are relative file names of remote go-to actions, to be resolved against the 目录's URL.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/zfxxgknb/index.html (the government's and 委办局' reports since 2019, 解读 and look-alikes, the 附件),
  the 目录 at /zwgk/zfxxgknb/wj/P0<YYYYMMDD><6 digits>.pdf, the reports it names at
  /zwgk/zfxxgknb/wj/<YYYY>/<unit slug><YYYY>.pdf, articles /zwgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.family_pdflaunch import link_table_pdf
from nianbao.crawler.sandbox.family_pdfoutline import pdf_literal
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/zfxxgknb/"
FILES = FOLDER + "wj/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"


def relative_file(art: Article) -> str:
    """A report's file name relative to the 目录's folder (FILES): the year folder, the unit's slug and the year."""
    return f"{art.report.year}/{art.report.unit.slug}{art.report.year}.pdf"


def gotor_action(art: Article) -> str:
    """A remote go-to action to the first page of the report's file, a file specification relative to the PDF holding
    it (what PDFMaker writes for a hyperlink to another PDF; the PDF libraries at hand write no remote go-to)."""
    return f"<< /S /GoToR /F << /Type /Filespec /F {pdf_literal(relative_file(art))} >> /D [0 /Fit] /NewWindow true >>"


def build_pdfgotor(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfgotor"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    in_file = kit.newest_first([a for a in arts if a.report.unit.kind == "township"
                                or a.report.template == "pre2019"])
    listed = [a for a in arts if a not in in_file]
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, listed + non_reports, urls, nav=nav, folder=FOLDER, salt="gr-art")
    for art in in_file:
        art.url = f"http://{www.host}{FILES}{relative_file(art)}"
        b.add(www, FILES + relative_file(art), pdf_page(art.report, b.report_date(art.report)), "attachment")
        b.document(art.url, art.report, "pdf", "original")
        urls[art.report.key] = art.url
    items = kit.newest_first(listed + non_reports)
    newest = kit.newest_gov_report(listed)
    title = f"{county.name}历年政府信息公开工作年度报告汇编目录"
    day = in_file[0].day if in_file else newest.day
    pdf_path = f"{FILES}P0{day:%Y%m%d}{stable_int('gr-file', county.pinyin, digits=6)}.pdf"
    pdf = link_table_pdf(title, in_file, gotor_action)
    b.add(www, pdf_path, Page(pdf, b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各街道及2019年以前的年度报告，请在附件汇编目录中点击报告名称打开。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.trs_list_html(items, FOLDER) + attachment, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="gr-news")
    return urls
