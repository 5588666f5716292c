"""A district portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's, township's and development zone's, and every report before 2019 — only in the
column's 导出 file `年报目录.doc`: not a binary Word file nor a .docx zip but a Word 2003 XML document
(WordprocessingML: `<?mso-application progid="Word.Document"?>`, a `<w:wordDocument>` whose body is a `<w:tbl>`), sent
as `application/msword` under a `.doc` name, whose 报告名称 cells carry each report's address only in
`<w:hlink w:dest="…">`, what Word 2003 writes for a hyperlink. No HTML page of the portal names those reports (held
out of tuning, fifty-ninth round).

Modelled on http://122.137.242.24:8080/pub/ltqxxgkw/cyqzf/ndbg/201803/t20180314_407316.html (吉林市龙潭区人民政府
2017年政府信息公开工作年度报告, a district's pre-2019 report under 信息公开年度报告, its report "由…附件，共九个部分组成")
and http://122.137.242.24:8080/pub/ltqxxgkw/xzjdkfq/cyqhxx/ndbg/201803/t20180316_407914.html (the same district's
江北乡 2017 report, a township's report in the district's 乡镇街道 directory). The `.doc` 导出 written as WordML is
this family's choice (Java 信息公开 systems commonly fill a FreeMarker template of Word 2003 XML and send it as a .doc,
which Word opens as a document; the cited pages are text and show no such file). Unlike xmlsheet (the Excel 2003
namespace's `ss:HRef` in a `.xml` served text/xml), docxindex (a .docx zip's hyperlink relationships), rtffile (RTF
HYPERLINK fields) or mhtlist (a MIME archive of HTML), the addresses are `w:dest` attributes of an XML document that
says by its name and type it is a binary Word file.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/xxgknb/index.html (the government's reports since 2019, look-alikes, the 导出 link), the document
  /zwgk/xxgknb/download/nbml<YYYYMMDD>.doc, articles /zwgk/xxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xmlsheet import export_portal
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/xxgknb/"
DOC_TYPE = "application/msword"
HEADINGS = ("序号", "年度", "发布机关", "报告名称", "发布日期")
_W = "http://schemas.microsoft.com/office/word/2003/wordml"
_WX = "http://schemas.microsoft.com/office/word/2003/auxHint"


def _run(text: str, *, bold: bool = False, link_style: bool = False) -> str:
    props = ('<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>' if link_style
             else '<w:rPr><w:b/></w:rPr>' if bold else "")
    return f"<w:r>{props}<w:t>{escape(text)}</w:t></w:r>"


def _cell(text: str, *, width: int, bold: bool = False, href: str = "") -> str:
    inner = (f"<w:hlink w:dest={quoteattr(href)}>{_run(text, link_style=True)}</w:hlink>" if href
             else _run(text, bold=bold))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:jc w:val="{"left" if href else "center"}"/></w:pPr>{inner}</w:p></w:tc>')


WIDTHS = (700, 900, 2200, 4200, 1400)


def wordml_document(title: str, items: list[Article]) -> bytes:
    """A Word 2003 XML document: the title paragraph and a table, a row per report (the title cell a `w:hlink`)."""
    rows = ["<w:tr>" + "".join(_cell(h, width=w, bold=True) for h, w in zip(HEADINGS, WIDTHS, strict=True)) + "</w:tr>"]
    for n, art in enumerate(items, 1):
        cells = (str(n), str(art.report.year), art.report.unit.name, art.title, art.date_text)
        rows.append("<w:tr>" + "".join(_cell(text, width=w, href=art.url if i == 3 else "")
                                       for i, (text, w) in enumerate(zip(cells, WIDTHS, strict=True))) + "</w:tr>")
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           f'<w:wordDocument xmlns:w="{_W}" xmlns:wx="{_WX}" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" w:macrosPresent="no" w:embeddedObjPresent="no" '
           'w:ocxPresent="no" xml:space="preserve">'
           '<o:DocumentProperties><o:Author>admin</o:Author><o:Version>11.9999</o:Version></o:DocumentProperties>'
           '<w:styles><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
           '<w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style></w:styles>'
           '<w:body><wx:sect><w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + _run(title, bold=True) + "</w:p>"
           '<w:tbl><w:tblPr><w:tblW w:w="9400" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/>'
           '<w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
           "</w:tblBorders></w:tblPr>" + "".join(rows) + "</w:tbl>"
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></wx:sect></w:body></w:wordDocument>')
    return xml.encode("utf-8")


def build_wordxml(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = f"{county.gov_name}政府信息公开工作年度报告目录"
    return export_portal(b, county, "wordxml", reports, folder=FOLDER, salt="wx", title=title, button="Word",
                         export=lambda in_file: wordml_document(title, in_file), content_type=DOC_TYPE,
                         file_path="download/nbml%Y%m%d.doc",
                         note="各部门、乡镇（街道）、开发区及2019年以前的年度报告见导出的年报目录。")
