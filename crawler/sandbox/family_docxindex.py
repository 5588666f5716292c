"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only as a hyperlink inside a Word
file: the column's 附件 `历年政府信息公开工作年度报告目录.docx`, a table (年度, 发布机关, 报告名称) whose titles are
`<w:hyperlink r:id>`s to the reports' pages (external relationships of word/_rels/document.xml.rels). No HTML page
of the portal names those reports; a crawler reaches them only by opening the attachment and reading its links
(held out of tuning, twentieth round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平市 2012 report: "本报告电子版可在
…政府信息公开专栏下载", the report column offering its files for download) and
http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (晋安区: a zfxxgknb column of TRS
articles, the 2016 report a pre-2019 one). The 目录 as a Word table of hyperlinks is this family's choice (counties
publish their 政府信息公开目录 and 汇总表 as .doc/.xls attachments; the cited pages do not show this one). Unlike
csvexport (a CSV export of the list, text), noticefiles (the reports themselves as a 公告's attachments) or
guidetable (an HTML table in the 指南), the reports' addresses live only in the relationships of an Office file.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the government's reports since 2019 and the 附件), the .docx at
  /xxgk/nb/P0<YYYYMMDD><6 digits>.docx, articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_FIXED = (2024, 1, 15, 9, 0, 0)   # the zip entries' time: the same bytes every build


def _run(text: str, link: bool = False) -> str:
    style = '<w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>' if link else ""
    return f'<w:r>{style}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _cell(inner: str) -> str:
    return f"<w:tc><w:p>{inner}</w:p></w:tc>"


def index_docx(title: str, items: list[Article]) -> bytes:
    """A Word document: a heading and a table of the reports (年度, 发布机关, 报告名称), each title a hyperlink whose
    target is an external relationship — the way Word saves a pasted link."""
    rows = [f"<w:tr>{_cell(_run('年度'))}{_cell(_run('发布机关'))}{_cell(_run('报告名称'))}</w:tr>"]
    rels = []
    for n, art in enumerate(items, 1):
        rid = f"rId{100 + n}"
        rels.append(f'<Relationship Id="{rid}" Type="{_HYPERLINK}" Target={quoteattr(art.url)} TargetMode="External"/>')
        link = f'<w:hyperlink r:id="{rid}" w:history="1">{_run(art.title, link=True)}</w:hyperlink>'
        rows.append(f"<w:tr>{_cell(_run(str(art.report.year)))}{_cell(_run(art.report.unit.name))}{_cell(link)}</w:tr>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W} {_R}><w:body>'
                f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p><w:tbl>{"".join(rows)}</w:tbl>'
                "<w:sectPr/></w:body></w:document>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>",
    }
    return kit.zip_parts(parts, _FIXED)


def build_docxindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "docxindex"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    kit.trs_column_pages(b, www, county, family, arts, urls, nav=nav, folder="/xxgk/nb/", salt="dx-art")
    shown = [a for a in arts if a.report.unit.kind == "gov" and a.report.template != "pre2019"]
    in_file = [a for a in arts if a not in shown]
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, non_reports, urls, nav=nav, folder="/xxgk/nb/", salt="dx-non")
    items = kit.newest_first(shown + non_reports)
    title = f"{county.gov_name}历年政府信息公开工作年度报告目录"
    day = kit.newest_first(in_file)[0].day if in_file else newest.day
    docx_path = f"/xxgk/nb/P0{day:%Y%m%d}{stable_int('dx-file', county.pinyin, digits=6)}.docx"
    body = index_docx(title, in_file)
    b.add(www, docx_path, Page(body, b.list_date(in_file), DOCX_TYPE, extra_headers=(
        ("Content-Disposition", 'attachment; filename="ndbgml.docx"'),)), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{docx_path}">{esc(title)}.docx</a></p>'
                  "<p>部门、乡镇（街道）及2019年以前的年度报告见附件目录。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(items) + attachment, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="dx-news")
    return urls
