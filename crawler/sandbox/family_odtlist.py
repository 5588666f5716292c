"""A county portal (a 大汉 JCMS site) whose 政府信息公开年报 column lists only the government's own reports from 2019
on, and names every other report — each department's, township's and zone's, and every report before 2019 — only
in the column's 附件 `各单位政府信息公开工作年度报告目录.odt`: an OpenDocument text, as WPS Office and LibreOffice save
one, whose table (序号, 年度, 发布机关, 报告名称) holds each title as a hyperlink, `<text:a xlink:type="simple"
xlink:href="…">`, in content.xml of the zip package (its first entry the uncompressed `mimetype`,
`application/vnd.oasis.opendocument.text`, which the server also sends). No HTML page of the portal names those
reports (held out of tuning, forty-third round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波市江北区's 政府信息公开 部门目录, a JCMS column
page of the `/col/col<id>/index.html` layout this family takes, its articles at `/art/<Y>/<M>/<D>/art_<col>_<id>.html`).
The 目录 as an .odt is this family's choice (ODF is the national standard GB/T 17798's office format and WPS saves
it; the cited page does not show one). Unlike docxindex (a Word .docx's hyperlink relationships), xlsxindex (an
.xlsx's), or pdfindex (a PDF's link annotations), the addresses are `xlink:href` attributes of ODF's text
namespace inside a zip.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /col/col<id>/index.html (the government's reports since 2019, 解读, look-alikes, the 附件), the file
  /module/download/nbml_<YYYYMMDD>.odt, articles /art/<Y>/<M>/<D>/art_<id>_<id>.html.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

ODT_TYPE = "application/vnd.oasis.opendocument.text"
LABEL = "政府信息公开年报"
HEADINGS = ("序号", "年度", "发布机关", "报告名称")
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')
_XML = '<?xml version="1.0" encoding="UTF-8"?>'


def _cell(inner: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{inner}</text:p></table:table-cell>'


def content_xml(title: str, items: list[Article]) -> str:
    """content.xml: a heading and a table of `items`, each title an `xlink:href` hyperlink."""
    rows = ["<table:table-row>" + "".join(_cell(h) for h in HEADINGS) + "</table:table-row>"]
    for n, art in enumerate(items, 1):
        link = f'<text:a xlink:type="simple" xlink:href={quoteattr(art.url)}>{escape(art.title)}</text:a>'
        rows.append("<table:table-row>" + _cell(str(n)) + _cell(str(art.report.year))
                    + _cell(escape(art.report.unit.name)) + _cell(link) + "</table:table-row>")
    return (f'{_XML}<office:document-content {_NS} office:version="1.2"><office:body><office:text>'
            f'<text:h text:outline-level="1">{escape(title)}</text:h>'
            '<table:table table:name="表格1"><table:table-column table:number-columns-repeated="4"/>'
            f'{"".join(rows)}</table:table></office:text></office:body></office:document-content>')


def odf_package(media_type: str, content: str, day) -> bytes:
    """An OpenDocument package of `media_type` (text, spreadsheet …): `mimetype` first and stored (ODF 1.2, part 3,
    3.3), the manifest, `content` as content.xml; the entries dated by `day` so every build gives the same bytes."""
    manifest = (f'{_XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                f'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{media_type}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    stamp = (day.year, day.month, day.day, 9, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", stamp), media_type, zipfile.ZIP_STORED)
        for name, text in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            z.writestr(zipfile.ZipInfo(name, stamp), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odt_bytes(title: str, items: list[Article], day) -> bytes:
    """The .odt package of content_xml()."""
    return odf_package(ODT_TYPE, content_xml(title, items), day)


def build_odtlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    col = stable_int("ot-col", county.pinyin, digits=10)

    def doc_id(art: Article) -> int:
        return stable_int("ot-art", county.pinyin, art.key, digits=8)

    title = f"{county.name}各单位政府信息公开工作年度报告目录"
    return kit.annex_portal(b, county, "odtlist", reports, server="nginx/1.12.2",
                            column=f"/col/col{col}/index.html", serial=doc_id,
                            article_path=lambda art: kit.jcms_path(col, art.day, doc_id(art)),
                            news_salt="ot-news", content_type=ODT_TYPE,
                            annex_path=lambda day: f"/module/download/nbml_{day:%Y%m%d}.odt",
                            annex=lambda in_file, day: odt_bytes(title, in_file, day),
                            annex_block=lambda path: (f'<div class="fj">附件：<a href="{path}">{esc(title)}.odt</a>'
                                                      "<p>县级各部门、各乡镇（街道）及往年年度报告详见附件目录。</p></div>"))
