"""A district portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇（街道）'s, and every report before 2019 — only in an Excel
workbook whose links are drawn shapes: the column's 附件 `历年政府信息公开工作年度报告汇总表.xlsx`, one sheet (序号,
年度, 发布机关, 报告名称, 发布日期) whose cells hold no address and no hyperlink, with a small rounded 「查看」 button
drawn over each row's sixth cell, a DrawingML shape (`<xdr:sp>` in a `<xdr:twoCellAnchor>` of
xl/drawings/drawing1.xml) whose non-visual properties carry a click hyperlink, `<a:hlinkClick r:id="rIdN"/>`, the
report's address being the target of that relationship in the DRAWING's relationships
(xl/drawings/_rels/drawing1.xml.rels), not the sheet's. No HTML page of the portal names those reports (held out of
tuning, seventy-fifth round).

Modelled on http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfb/xxgknb/202406/t20240606_4561463.html (银川市兴庆区人民政府's 2023
report, a TRS address `<YYYYMM>/t<YYYYMMDD>_<id>.html` in a 政府信息公开年报 column of the district's 信息公开) and
http://www.yinchuan.gov.cn/xxgk/bmxxgkml/szfbgt/xxgknb_1840/202301/t20230128_3929475.html (银川市人民政府办公室's 2022
report, the same TRS platform: a unit's 年报 in a column of its own). The TRS layout and a Ningxia district's units
are the real pages'; the 汇总表 whose addresses sit only on 「查看」 buttons is this family's choice (an office
compiling a table for print hides the long addresses behind an inserted shape with a hyperlink, Excel's 插入 → 形状
→ 链接; the cited pages are text and show no such file); the markup is what Excel writes for a shape with a
hyperlink (ECMA-376 Part 1 §20.5 SpreadsheetML drawing, §20.1.2.2.23 hlinkClick). Unlike xlsxindex (hyperlink
relationships of the title cells), hiddensheet (hyperlinks on hidden sheets), xlsxformula (HYPERLINK formulas),
xlsxnote (addresses in cell notes) or csvexport (addresses as cells' text), neither the sheet nor its relationships
hold an address: each is a relationship of a shape in the drawing part beside the sheet.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/xxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the workbook at
  /zwgk/xxgknb/W0<YYYYMMDD><6 digits>.xlsx, articles /zwgk/xxgknb/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xlsxindex import _DOC_RELS, _RELS, _XML, XLSX_TYPE, workbook
from nianbao.crawler.sandbox.family_xlsxnote import _sheet
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/xxgknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
BUTTON = "查看"
BUTTON_COLUMN = 5      # zero-based: the sixth column, F, right of the five headed ones
FIRST_ROW = 2          # zero-based row of the first report (a title row and the headings above it)
_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_DRAWING_TYPES = ('<Override PartName="/xl/drawings/drawing1.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>')
_EMU_ROW = 190500      # a default row's height (15 points) in EMUs


def _button(n: int, row: int) -> str:
    """One 查看 button: a rounded rectangle anchored in the row's sixth cell, with a click hyperlink rId<n>."""
    def cell(row_off: int) -> str:
        return (f"<xdr:col>{BUTTON_COLUMN}</xdr:col><xdr:colOff>76200</xdr:colOff>"
                f"<xdr:row>{row}</xdr:row><xdr:rowOff>{row_off}</xdr:rowOff>")

    return (f'<xdr:twoCellAnchor editAs="oneCell"><xdr:from>{cell(19050)}</xdr:from><xdr:to>{cell(171450)}</xdr:to>'
            f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{n + 1}" name="圆角矩形 {n}">'
            f'<a:hlinkClick r:id="rId{n}"/></xdr:cNvPr><xdr:cNvSpPr/></xdr:nvSpPr>'
            f'<xdr:spPr><a:xfrm><a:off x="5562600" y="{row * _EMU_ROW + 19050}"/><a:ext cx="533400" cy="152400"/>'
            '</a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="4472C4"/>'
            '</a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="clip" rtlCol="0" anchor="ctr"/>'
            '<a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="900">'
            f'<a:solidFill><a:schemeClr val="lt1"/></a:solidFill></a:rPr><a:t>{BUTTON}</a:t></a:r></a:p></xdr:txBody>'
            "</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>")


def drawing(items: list[Article]) -> str:
    """xl/drawings/drawing1.xml: a 查看 button over each report's row."""
    buttons = "".join(_button(n, FIRST_ROW + n - 1) for n, _ in enumerate(items, 1))
    return f'{_XML}<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}" xmlns:r="{_DOC_RELS}">{buttons}</xdr:wsDr>'


def drawing_rels(items: list[Article]) -> str:
    """xl/drawings/_rels/drawing1.xml.rels: the buttons' hyperlinks, external targets, one per report."""
    links = "".join(f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/hyperlink" Target={quoteattr(art.url)} '
                    'TargetMode="External"/>' for n, art in enumerate(items, 1))
    return f'{_XML}<Relationships xmlns="{_RELS}">{links}</Relationships>'


def shape_xlsx(title: str, items: list[Article], day) -> bytes:
    """The workbook: the sheet (no hyperlink), its one relationship (the drawing), the drawing and its links."""
    strings: list[str] = []
    sheet = _sheet(title, items, strings, drawing='<drawing r:id="rId1"/>')
    rels = (f'{_XML}<Relationships xmlns="{_RELS}">'
            f'<Relationship Id="rId1" Type="{_DOC_RELS}/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
    return workbook(sheet, rels, strings, day, extra_types=_DRAWING_TYPES,
                    extra_parts={"xl/drawings/drawing1.xml": drawing(items),
                                 "xl/drawings/_rels/drawing1.xml.rels": drawing_rels(items)})


def build_xlsxshape(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xlsxshape"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="xs-art")
    title = "历年政府信息公开工作年度报告汇总表"
    kit.annex_column(b, www, county, family, noise, arts, non_reports, newest, nav=nav, column=COLUMN, label=LABEL,
                     news_salt="xs-news", content_type=XLSX_TYPE,
                     annex_path=lambda day: f"{FOLDER}W0{day:%Y%m%d}{stable_int('xs-file', county.pinyin, digits=6)}.xlsx",
                     annex=lambda in_file, day: shape_xlsx(title, in_file, day),
                     annex_block=lambda path: kit.fj_attachment(
                         path, f"{title}.xlsx", "各部门、各乡镇（街道）及2019年以前的年度报告，请点击附件汇总表中的“查看”按钮打开。"))
    return urls
