"""A county portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇's, and every report before 2019 — only in the column's 附件
`历年政府信息公开工作年度报告汇编.epub`, the 汇编 as an e-book (EPUB 3, what WPS's and 方正's 电子书 export and most
publishing tools write): a zip whose first entry `mimetype` is stored uncompressed, whose META-INF/container.xml names
the package document (OEBPS/content.opf), whose manifest and spine name the content documents (XHTML) — a 目录 page
per year with each report's title linked to its page on the portal. The addresses are `<a href>`s of XHTML files two
references inside a zip; no HTML page the portal serves names those reports (held out of tuning, eighty-first round).

Modelled on http://www.gxzf.gov.cn/gggs/t7893462.shtml (广西壮族自治区人民政府办公厅2020年政府信息公开工作年度报告,
`t<id>.shtml` under a column, "本年度报告在…门户网站政府信息公开专栏查询") and, for the column's TRS layout,
https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (`<YYYYMM>/t<YYYYMMDD>_<id>.html`
articles in a 年报 column). The 汇编 as an .epub is this family's choice (the cited pages are text and show no such
file). Unlike xpsindex (XPS glyph runs), odtlist (an OpenDocument text's content.xml) or zipbundle (report files in a
zip), the addresses are links of an e-book's content documents, found through its container and its package's spine.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .epub at
  /xxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.epub, articles /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告汇编"
EPUB_TYPE = "application/epub+zip"
PACKAGE = "OEBPS/content.opf"
_XML = '<?xml version="1.0" encoding="UTF-8"?>'
_XHTML = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="zh-CN"'


def _xhtml(title: str, body: str) -> str:
    return (f"{_XML}<!DOCTYPE html><html {_XHTML}><head><meta charset=\"utf-8\"/><title>{escape(title)}</title>"
            f'<link rel="stylesheet" type="text/css" href="../css/book.css"/></head><body>{body}</body></html>')


def year_page(year: int, items: list[Article]) -> str:
    """One year's 目录: its heading and each report's title linked to its page (the portal's absolute address)."""
    rows = "".join(f"<li><a href={quoteattr(a.url)}>{escape(a.title)}</a>（{escape(a.date_text)}）</li>"
                   for a in items)
    return _xhtml(f"{year}年度", f"<section epub:type=\"chapter\"><h2>{year}年度</h2><ol>{rows}</ol></section>")


def epub_bytes(title: str, book_id: str, in_file: list[Article], day) -> bytes:
    """The e-book: mimetype (stored, first), the container, the package (metadata, manifest, spine), a navigation
    document naming the chapters, and one chapter per year (year_page()), newest year first."""
    years = sorted({a.report.year for a in in_file}, reverse=True)
    chapters = {y: f"text/y{y}.xhtml" for y in years}
    manifest = ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                '<item id="css" href="css/book.css" media-type="text/css"/>'
                + "".join(f'<item id="y{y}" href="{href}" media-type="application/xhtml+xml"/>'
                          for y, href in chapters.items()))
    spine = "".join(f'<itemref idref="y{y}"/>' for y in years)
    package = (f'{_XML}<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" '
               'xml:lang="zh-CN"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
               f'<dc:identifier id="bookid">urn:uuid:{book_id}</dc:identifier><dc:title>{escape(title)}</dc:title>'
               f'<dc:language>zh-CN</dc:language><meta property="dcterms:modified">{day:%Y-%m-%d}T09:00:00Z</meta>'
               f"</metadata><manifest>{manifest}</manifest><spine>{spine}</spine></package>")
    toc = "".join(f'<li><a href="{href}">{y}年度</a></li>' for y, href in chapters.items())
    nav = _xhtml(title, f'<nav epub:type="toc" id="toc"><h1>{escape(title)}</h1><ol>{toc}</ol></nav>').replace(
        "../css/", "css/")
    container = (f'{_XML}<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                 f'<rootfiles><rootfile full-path="{PACKAGE}" media-type="application/oebps-package+xml"/>'
                 "</rootfiles></container>")
    parts = {"META-INF/container.xml": container, PACKAGE: package, "OEBPS/nav.xhtml": nav,
             "OEBPS/css/book.css": "body{font-family:serif;line-height:1.6}h2{text-align:center}li{margin:.3em 0}"}
    parts.update({f"OEBPS/{href}": year_page(y, [a for a in in_file if a.report.year == y])
                  for y, href in chapters.items()})
    stamp = (day.year, day.month, day.day, 9, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:   # the OCF rule: `mimetype` first, stored, no extra field
        z.writestr(zipfile.ZipInfo("mimetype", stamp), EPUB_TYPE.encode("ascii"), zipfile.ZIP_STORED)
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, stamp), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def build_epubindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = f"{county.gov_name}{TITLE}"
    book_id = "{:08x}-0000-4000-8000-{:012x}".format(stable_int("ep-book", county.pinyin, digits=8),
                                                      stable_int("ep-book2", county.pinyin, digits=12))
    return kit.trs_annex_portal(b, county, "epubindex", reports, folder=FOLDER, salt="ep",
                                annex=lambda in_file, day: epub_bytes(title, book_id, in_file, day),
                                content_type=EPUB_TYPE, file_name=f"{TITLE}.epub",
                                note="各部门、各乡镇及2019年以前的年度报告见附件汇编（电子书）。")
