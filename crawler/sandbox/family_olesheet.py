"""A county portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇's, and every report before 2019 — only in the column's 附件
`历年政府信息公开工作年度报告目录.docx`, a Word file whose 目录 is not a Word table but an Excel worksheet pasted into it
as an object (插入 > 对象 > Microsoft Excel 工作表, or 选择性粘贴 of a copied range as "Microsoft Excel 工作表 对象"): the
body holds a `<w:object>` drawn by a preview picture, `<v:imagedata r:id>`, and an `<o:OLEObject ProgID="Excel.Sheet.12"
r:id>` whose relationship (type …/relationships/package) is the whole workbook, word/embeddings/Microsoft_Excel____1.xlsx,
a package inside the package. The workbook's 报告名称 cells carry the hyperlinks; word/document.xml and every
relationship of the Word file name none of them (held out of tuning, eighty-first round).

Modelled on https://jingmen.gov.cn/art/2018/1/27/art_9597_675815.html (沙洋县2017年度政府信息公开工作年度报告: "电子版可
在“中国·沙洋”网站…政府信息公开专栏下载", a 湖北 county's report offered as a file in its column) and, for the column's
TRS layout, http://huangshi.gov.cn/zdgksxml/szfgz/202412/t20241231_1179674.html (`<YYYYMM>/t<YYYYMMDD>_<id>.html`
articles; its 公开事项 list is a table pasted from a spreadsheet). The 目录 as a Word file whose table is an embedded
Excel worksheet is this family's choice (the cited pages are text); the preview picture is a stand-in (a blank PNG
where Word writes an EMF). Unlike docxindex (a Word table's `<w:hyperlink>`s), xlsxindex (a workbook served as the
file itself) or pdfattach (a workbook attached to a PDF), the addresses are in a workbook one package below the Word
file, reached through an OLE object's embedding relationship.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .docx at
  /xxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.docx, articles /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xlsxindex import index_xlsx
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告目录"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EMBEDDED = "word/embeddings/Microsoft_Excel____1.xlsx"
PACKAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       f'xmlns:r="{_DOC_RELS}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _preview_png() -> bytes:
    """A blank 1×1 PNG: the object's preview picture (a stand-in for the EMF Word draws of the sheet)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0\xff\xff\xff")) + chunk(b"IEND", b""))


def _paragraph(text: str, *, centred: bool = False) -> str:
    jc = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else ""
    return f'<w:p>{jc}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def document_xml(rows: int) -> str:
    """word/document.xml: the heading, a line of text, and the embedded worksheet drawn `rows` rows tall."""
    height = 15 * (rows + 2)
    return (f"{_XML}<w:document {_NS}><w:body>{_paragraph(TITLE, centred=True)}"
            + _paragraph("（双击下表可在Excel中打开，点击报告名称查看全文）")
            + '<w:p><w:r><w:object w:dxaOrig="9360" w:dyaOrig="' + str(height * 20) + '">'
            f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:468pt;height:{height}pt" o:ole="">'
            '<v:imagedata r:id="rId2" o:title=""/></v:shape>'
            '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
            'ObjectID="_1768203544" r:id="rId3"/></w:object></w:r></w:p>'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def docx_bytes(in_file: list[Article], day) -> bytes:
    """The Word file: document_xml() and its two relationships (the preview, the embedded package), the workbook
    (xlsxindex's 汇总表 of `in_file`, hyperlinked titles) stored as word/embeddings/…xlsx."""
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    parts: dict[str, bytes] = {
        "[Content_Types].xml": (f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                                '<Default Extension="png" ContentType="image/png"/>'
                                '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-'
                                'officedocument.spreadsheetml.sheet"/>'
                                f'<Override PartName="/word/document.xml" ContentType="{word}"/></Types>').encode(),
        "_rels/.rels": (f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="word/document.xml"/>'
                        "</Relationships>").encode(),
        "word/document.xml": document_xml(len(in_file)).encode(),
        "word/_rels/document.xml.rels": (
            f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId2" Type="{_DOC_RELS}/image" Target="media/image1.png"/>'
            f'<Relationship Id="rId3" Type="{PACKAGE_REL}" Target="{EMBEDDED.removeprefix("word/")}"/>'
            "</Relationships>").encode(),
        "word/media/image1.png": _preview_png(),
        EMBEDDED: index_xlsx(TITLE, in_file, day),
    }
    stamp = (day.year, day.month, day.day, 9, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, stamp), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def build_olesheet(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    return kit.trs_annex_portal(b, county, "olesheet", reports, folder=FOLDER, salt="os",
                                annex=docx_bytes, content_type=DOCX_TYPE, file_name=f"{TITLE}.docx",
                                note="各部门、各乡镇及2019年以前的年度报告见附件目录（表格为嵌入的Excel工作表）。")
