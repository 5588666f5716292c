"""A county portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇's, and every report before 2019 — only through the column's
附件 `历年政府信息公开工作年度报告目录.docx`, a Word master document (主控文档, 视图 > 大纲 > 显示文档 > 创建/插入子文档):
its body holds, per year, a `<w:subDoc r:id>` whose relationship (type …/relationships/subDocument, TargetMode
External) is another .docx beside it, `nbml/<year>年度报告目录.docx`, named by a relative path. The master names no
report at all; each year's subdocument holds that year's table with the titles hyperlinked. Word opens the
subdocuments from where the master is, so a reader resolves each target against the master's own address and opens
those files too (held out of tuning, eighty-first round).

Modelled on https://www.xuanzhou.gov.cn/OpennessContent/show/3475175.html (宣州区 公开目录: a 安徽 district's 主动公开
基本目录 as a long table of 一级/二级/三级 items, the kind of document an office keeps in parts per year or unit) and, for
the column's TRS layout, https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html
(`<YYYYMM>/t<YYYYMMDD>_<id>.html` articles in a 年报 column). The family's counties are in 江西 (36): the
county-number check refused 安徽, the province this round gave it. The 目录 as a master document with one subdocument a
year is this family's choice (the cited pages are text). Unlike docxindex (a Word table's `<w:hyperlink>`s),
docxchunk (an altChunk part inside the package) or pdfgotor (a PDF's go-to-remote actions naming other PDFs), the
links are in other files the master names only by subdocument relationships relative to itself.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the master at
  /xxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.docx, its subdocuments /xxgk/zfxxgknb/nbml/<year>年度报告目录.docx (linked
  by no page), articles /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_docxindex import index_docx
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告目录"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUBDOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def subdoc_name(year: int) -> str:
    """A year's subdocument, relative to the master (Word keeps the file name the author saved it under)."""
    return f"nbml/{year}年度报告目录.docx"


def _paragraph(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def master_docx(years: list[int], day) -> bytes:
    """The master document: its heading, then per year a heading and the `<w:subDoc>` of that year's file (the
    relationship's target percent-encoded, as Word writes a non-ASCII file name)."""
    body = _paragraph(TITLE, "Title") + _paragraph("（本目录为主控文档，各年度目录为子文档，请在大纲视图中展开子文档查看）")
    rels = []
    for n, year in enumerate(years, 10):
        body += _paragraph(f"{year}年度", "Heading1") + f'<w:p><w:subDoc r:id="rId{n}"/></w:p>'
        rels.append(f'<Relationship Id="rId{n}" Type="{SUBDOC_REL}" Target={quoteattr(quote(subdoc_name(year)))} '
                    'TargetMode="External"/>')
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    parts = {
        "[Content_Types].xml": f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        f'ContentType="{word}"/></Types>',
        "_rels/.rels": f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f"{_XML}<w:document {_NS}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/_rels/document.xml.rels": f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships">{"".join(rels)}</Relationships>',
    }
    return kit.zip_parts(parts, (day.year, day.month, day.day, 9, 0, 0))


def build_subdoc(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    filed: list[Article] = []

    def annex(in_file: list[Article], day) -> bytes:
        filed.extend(in_file)   # kept to serve each year's subdocument beside the master
        return master_docx(sorted({a.report.year for a in in_file}, reverse=True), day)

    urls = kit.trs_annex_portal(b, county, "subdoc", reports, folder=FOLDER, salt="sd", annex=annex,
                                content_type=DOCX_TYPE, file_name=f"{TITLE}.docx",
                                note="各部门、各乡镇及2019年以前的年度报告见附件目录（主控文档，各年度为子文档）。")
    if filed:
        www = b.sites[urlsplit(filed[0].url).hostname]
        for year in sorted({a.report.year for a in filed}, reverse=True):
            items = [a for a in filed if a.report.year == year]
            b.add(www, FOLDER + quote(subdoc_name(year)),
                  Page(index_docx(f"{county.gov_name}{year}年度政府信息公开工作年度报告目录", items),
                       b.list_date(items), DOCX_TYPE), "list")
    return urls
