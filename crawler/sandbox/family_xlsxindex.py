"""A district portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's, township's and zone's, and every report before 2019 — only as a hyperlink in a
cell of an Excel workbook: the column's 附件 `历年政府信息公开工作年度报告汇总表.xlsx`, one sheet (序号, 年度, 发布机关,
报告名称, 发布日期) whose 报告名称 cells carry hyperlinks to the reports' pages (a `<hyperlink ref="D5" r:id>` of the
sheet, its target an external relationship of xl/worksheets/_rels/sheet1.xml.rels). The cell shows the title, not
the address; no HTML page of the portal names those reports (held out of tuning, thirty-second round).

Modelled on http://gk.tj.gov.cn/xxgknb_530/tjsrmzf/201803/t20180329_77507.shtml (天津市2017年 report in the city's
政府信息公开年度报告专栏, a folder per reporting body) and http://www.pub.tjnk.gov.cn/zfxxgk/system/2015/06/18/010028064.shtml
(南开区政府信息公开: 按单位分类 / 按主题分类, documents at `/zfxxgk/system/<YYYY>/<MM>/<DD>/<9 digits>.shtml`, the
layout this family's articles take). The 汇总表 as a workbook of hyperlinked cells is this family's choice (offices
keep their 目录 and 汇总表 as .xls/.xlsx attachments and Excel writes a typed-in address as such a hyperlink; the cited
pages do not show this one). Unlike docxindex (a Word table's `<w:hyperlink>`s), csvexport (addresses as the text
of a CSV's cells) or pdfindex (a PDF's link annotations), the addresses live only in a spreadsheet's hyperlink
relationships, behind cells whose text is a title.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /zfxxgk/nb/index.shtml (the government's reports since 2019, the look-alikes and the 附件), the workbook
  at /zfxxgk/nb/files/<YYYYMMDD><6 digits>.xlsx, articles /zfxxgk/system/<YYYY>/<MM>/<DD>/<9 digits>.shtml.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/zfxxgk/nb/index.shtml"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADINGS = ("序号", "年度", "发布机关", "报告名称", "发布日期")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def report_sheet(title: str, items: list[Article], strings: list[str], *,
                 title_cell: Callable[[str, Article], str] | None = None, r_namespace: bool = True,
                 before_margins: str = "", after_margins: str = "") -> str:
    """sheet1.xml of a 目录 workbook: a merged title row, the headings, one row per report (序号, 年度, 发布机关,
    报告名称 and 发布日期 in columns A-E; text cells as shared strings, appended to `strings`). The 报告名称 cell
    is title_cell(ref, art) where a family writes it otherwise (the title as a shared string by default);
    `before_margins` and `after_margins` are what a family adds around <pageMargins> (hyperlinks, a drawing)."""
    def text_cell(ref: str, text: str) -> str:
        strings.append(text)
        return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'

    rows = [f'<row r="1">{text_cell("A1", title)}</row>',
            '<row r="2">' + "".join(text_cell(f"{'ABCDE'[i]}2", h) for i, h in enumerate(HEADINGS)) + "</row>"]
    for n, art in enumerate(items, 1):
        r = n + 2
        cells = (f'<c r="A{r}"><v>{n}</v></c><c r="B{r}"><v>{art.report.year}</v></c>'
                 + text_cell(f"C{r}", art.report.unit.name)
                 + (title_cell(f"D{r}", art) if title_cell else text_cell(f"D{r}", art.title))
                 + text_cell(f"E{r}", art.date_text))
        rows.append(f'<row r="{r}">{cells}</row>')
    namespaces = f'xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"' if r_namespace else f'xmlns="{_MAIN}"'
    return (f'{_XML}<worksheet {namespaces}><dimension ref="A1:E{len(items) + 2}"/>'
            '<cols><col min="4" max="4" width="60" customWidth="1"/></cols>'
            f'<sheetData>{"".join(rows)}</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>'
            f'{before_margins}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f"{after_margins}</worksheet>")


def _sheet(title: str, items: list[Article], strings: list[str]) -> tuple[str, str]:
    """sheet1.xml (report_sheet(), each title cell a hyperlink) and its relationships (each hyperlink's target)."""
    links = "".join(f'<hyperlink ref="D{n + 2}" r:id="rId{n}"/>' for n in range(1, len(items) + 1))
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/hyperlink" Target={quoteattr(art.url)} '
                   'TargetMode="External"/>' for n, art in enumerate(items, 1))
    sheet = report_sheet(title, items, strings, before_margins=f"<hyperlinks>{links}</hyperlinks>")
    return sheet, f'{_XML}<Relationships xmlns="{_RELS}">{rels}</Relationships>'


def index_xlsx(title: str, items: list[Article], day) -> bytes:
    """An Excel workbook (SpreadsheetML, ECMA-376) of one sheet, 汇总表, listing `items` with hyperlinked titles."""
    strings: list[str] = []
    sheet, sheet_rels = _sheet(title, items, strings)
    return workbook(sheet, sheet_rels, strings, day)


def workbook(sheet: str, sheet_rels: str | None, strings: list[str], day, *, extra_parts: dict[str, str] | None = None,
             extra_types: str = "") -> bytes:
    """The .xlsx package of one sheet, 汇总表 (its xml, its relationships if any, its shared strings), every entry
    dated `day` so that each build writes the same bytes; `extra_parts` (name → xml) are added to the package, their
    [Content_Types] entries in `extra_types`."""
    shared = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>{extra_types}</Types>',
        "_rels/.rels": f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><sheets>'
        '<sheet name="汇总表" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'{_XML}<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        **({"xl/worksheets/_rels/sheet1.xml.rels": sheet_rels} if sheet_rels is not None else {}),
        "xl/sharedStrings.xml": f'{_XML}<sst xmlns="{_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        f"{shared}</sst>",
        **(extra_parts or {}),
    }
    return kit.zip_parts(parts, (day.year, day.month, day.day, 9, 0, 0))   # dated by the workbook's day


def build_xlsxindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    def doc_id(art: Article) -> int:
        return stable_int("xi-art", county.pinyin, art.key, digits=9)

    title = f"{county.gov_name}历年政府信息公开工作年度报告汇总表"
    return kit.annex_portal(b, county, "xlsxindex", reports, server="Apache", column=COLUMN, serial=doc_id,
                            article_path=lambda art: f"/zfxxgk/system/{art.day:%Y/%m/%d}/{doc_id(art):09d}.shtml",
                            news_salt="xi-news", content_type=XLSX_TYPE,
                            headers=(("Content-Disposition", 'attachment; filename="nbhzb.xlsx"'),),
                            annex_path=lambda day: (f"/zfxxgk/nb/files/{day:%Y%m%d}"
                                                    f"{stable_int('xi-file', county.pinyin, digits=6)}.xlsx"),
                            annex=lambda in_file, day: index_xlsx(title, in_file, day),
                            annex_block=lambda path: kit.fj_attachment(path, f"{title}.xlsx",
                                                                       "各部门、镇街及2019年以前的年度报告见附件汇总表。"))
