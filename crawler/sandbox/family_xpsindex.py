"""A county portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇's, and every report before 2019 — only in the column's 附件
`历年政府信息公开工作年度报告目录.xps`: an XML Paper Specification document, what Word's "另存为 XPS" and the "Microsoft
XPS Document Writer" printer of an office's Windows PC make. An XPS file is a zip package of fixed pages: its root
relationship names the FixedDocumentSequence (FixedDocSeq.fdseq), which names the FixedDocument
(Documents/1/FixedDoc.fdoc), which names its pages (Documents/1/Pages/<n>.fpage); on a page every line of text is a
`<Glyphs UnicodeString="…">` placed at its origin, and a hyperlink is the `FixedPage.NavigateUri` attribute of the
glyph run it covers. No HTML page of the portal names those reports (held out of tuning, seventy-ninth round).

Modelled on http://m.sxsjbj.com/reports/2014-04/22/content_32171926.htm (青海省2013年政府信息公开工作年度报告, "本年度
报告的电子版可以在…门户网站政府信息公开专栏下载", the province's 年报 made from its cities', prefectures' and
departments' reports) and, for the column's TRS layout, https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html
(`<YYYYMM>/t<YYYYMMDD>_<id>.html` articles in a 年报 column). The 目录 as an .xps is this family's choice (the cited
pages are text and show no such file); its font part is a stand-in, not a real font. Unlike pdfindex (a PDF's link
annotations), pptxindex (DrawingML hyperlinks and their relationships) or ofdfile (OFD pages), the addresses are
attributes of XPS glyph runs, three parts below the package's root relationship.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .xps at
  /xxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.xps, articles /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告目录"
XPS_TYPE = "application/vnd.ms-xpsdocument"
XPS_NS = "http://schemas.microsoft.com/xps/2005/06"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
FIXED_REPRESENTATION = "http://schemas.microsoft.com/xps/2005/06/fixedrepresentation"
DOCUMENT = "Documents/1/FixedDoc.fdoc"
FONT = "/Resources/Fonts/3F2A1C5E-0B4D-4E8A-9C21-7D5B8E6F1A30.odttf"
LINES_PER_PAGE = 30
_XML = '<?xml version="1.0" encoding="UTF-8"?>'


def _glyphs(text: str, y: float, *, size: float = 12, uri: str | None = None) -> str:
    link = f" FixedPage.NavigateUri={quoteattr(uri)}" if uri else ""
    return (f'<Glyphs Fill="#ff000000" FontUri="{FONT}" FontRenderingEmSize="{size}" StyleSimulations="None" '
            f'OriginX="72" OriginY="{y:.2f}" UnicodeString={quoteattr(text)}{link}/>')


def page_lines(in_file: list[Article]) -> list[tuple[str, str | None]]:
    """The 目录's lines, (text, address or None): the heading, then per year its heading and its reports."""
    lines: list[tuple[str, str | None]] = [(TITLE, None)]
    for year in sorted({art.report.year for art in in_file}, reverse=True):
        lines.append((f"{year}年度", None))
        lines.extend((art.title, art.url) for art in in_file if art.report.year == year)
    return lines


def fixed_page(lines: list[tuple[str, str | None]]) -> str:
    runs = "".join(_glyphs(text, 96 + 24 * n, size=16 if n == 0 and uri is None else 12, uri=uri)
                   for n, (text, uri) in enumerate(lines))
    return f'{_XML}<FixedPage Width="793.76" Height="1122.56" xmlns="{XPS_NS}" xml:lang="zh-CN">{runs}</FixedPage>'


def xps_bytes(in_file: list[Article], day) -> bytes:
    """The .xps package: root relationship → sequence → document → pages of page_lines(), LINES_PER_PAGE a page."""
    lines = page_lines(in_file)
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    content_types = (f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-fixeddocumentsequence+xml"/>'
                     '<Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-fixeddocument+xml"/>'
                     '<Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage+xml"/>'
                     '<Default Extension="odttf" ContentType="application/vnd.ms-package.obfuscated-opentype"/></Types>')
    root_rels = (f'{_XML}<Relationships xmlns="{REL_NS}"><Relationship Id="R0" Type="{FIXED_REPRESENTATION}" '
                 'Target="/FixedDocSeq.fdseq"/></Relationships>')
    sequence = (f'{_XML}<FixedDocumentSequence xmlns="{XPS_NS}"><DocumentReference Source="/{DOCUMENT}"/>'
                "</FixedDocumentSequence>")
    document = (f'{_XML}<FixedDocument xmlns="{XPS_NS}">'
                + "".join(f'<PageContent Source="Pages/{n}.fpage"/>' for n in range(1, len(pages) + 1))
                + "</FixedDocument>")
    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("FixedDocSeq.fdseq", sequence),
             (DOCUMENT, document)]
    parts += [(f"Documents/1/Pages/{n}.fpage", fixed_page(lines)) for n, lines in enumerate(pages, 1)]
    stamp = (day.year, day.month, day.day, 9, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, stamp), text.encode(), zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo(FONT.lstrip("/"), stamp), b"\0" * 64, zipfile.ZIP_DEFLATED)   # a stand-in
    return out.getvalue()


def build_xpsindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    return kit.trs_annex_portal(b, county, "xpsindex", reports, folder=FOLDER, salt="xp",
                                annex=xps_bytes, content_type=XPS_TYPE, file_name=f"{TITLE}.xps",
                                note="各部门、各乡镇及2019年以前的年度报告见附件目录（XPS文档）。")
