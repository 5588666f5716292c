"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only in the column's 附件
`历年政府信息公开工作年度报告目录.xlsx`: an Excel workbook whose first sheet, 封面, is a cover (the title, a 说明, no
link), followed by one sheet a year (`2024年`, `2023年`, …, down to the earliest), each a table (序号, 发布机关, 报告名称,
发布日期) whose 报告名称 cells are hyperlinks (external relationships of that sheet's own
xl/worksheets/_rels/sheetN.xml.rels). The sheets of the years before 2019 are hidden (`<sheet state="hidden">`, what
Excel's 隐藏工作表 writes) and the workbook opens on the cover (`activeTab` 0). No HTML page of the portal names those
reports (held out of tuning, sixty-first round).

Modelled on https://www.hukou.gov.cn/flx/zfxxgknb_171215/202601/t20260106_7142469.html (湖口县付垅乡2025年 report: a
Jiangxi township's report in its own 政府信息公开年报 folder of the county portal, a TRS-style
`<YYYYMM>/t<YYYYMMDD>_<id>.html` address), https://m.gybag.com/fcsrmzf/zfxxgknb18/201901/b2309b25c7d34827a07f0e72b6827ebf.shtml
(a copy of 丰城市同田乡's 2018 report, a pre-2019 township report in a Jiangxi city's `zfxxgknb18` column: one column
a year) and https://fitline.top/art/2018/10/29/art_5813_400245.html (a copy of 江西省2008年 report: the province's
reports go back to 2008). The workbook of a cover and one (partly hidden) sheet a year is this family's choice
(offices keep their 目录 as .xlsx attachments, and one sheet a year mirrors the one column a year of the cited
portal; the cited pages are text and show no such file). Unlike xlsxindex (32nd round: one sheet, the links on the
first sheet), xlsxformula (`=HYPERLINK()` formulas), xlsbiff (a binary workbook) or xmlsheet, the first sheet a
reader opens holds no address at all: the links are on the later sheets, the older years' hidden.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the workbook
  /xxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.xlsx, articles /xxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xlsxindex import _MAIN, _XML, XLSX_TYPE
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
COVER = "封面"
HEADINGS = ("序号", "发布机关", "报告名称", "发布日期")
TITLE_COLUMN = "C"
HIDDEN_BEFORE = 2019   # the sheets of earlier years are hidden
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def year_sheet_name(year: int) -> str:
    return f"{year}年"


class _Strings:
    """The workbook's shared strings (xl/sharedStrings.xml), each text once."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def cell(self, ref: str, text: str) -> str:
        if text not in self.texts:
            self.texts.append(text)
        return f'<c r="{ref}" t="s"><v>{self.texts.index(text)}</v></c>'

    def xml(self) -> str:
        items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in self.texts)
        return f'{_XML}<sst xmlns="{_MAIN}" count="{len(self.texts)}" uniqueCount="{len(self.texts)}">{items}</sst>'


def _cover(title: str, years: list[int], strings: _Strings) -> str:
    """The cover sheet: the title, a 说明 naming the year sheets, no hyperlink."""
    lines = [title, "说明：本目录按年度分工作表，每个年度一张工作表，点击报告名称可打开报告页面。",
             f"收录年度：{years[-1]}年至{years[0]}年" if years else "收录年度：无", "编制单位：县政府办公室（政务公开办）"]
    rows = "".join(f'<row r="{n}">{strings.cell(f"A{n}", text)}</row>' for n, text in enumerate(lines, 1))
    return (f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><sheetViews><sheetView tabSelected="1" '
            f'workbookViewId="0"/></sheetViews><sheetData>{rows}</sheetData></worksheet>')


def _year_sheet(items: list[Article], strings: _Strings) -> tuple[str, str]:
    """A year's sheet (the headings, a row per report, each title cell a hyperlink) and its relationships."""
    rows = ['<row r="1">' + "".join(strings.cell(f"{'ABCD'[i]}1", h) for i, h in enumerate(HEADINGS)) + "</row>"]
    links, rels = [], []
    for n, art in enumerate(items, 1):
        r = n + 1
        rows.append(f'<row r="{r}"><c r="A{r}"><v>{n}</v></c>' + strings.cell(f"B{r}", art.report.unit.name)
                    + strings.cell(f"{TITLE_COLUMN}{r}", art.title) + strings.cell(f"D{r}", art.date_text) + "</row>")
        links.append(f'<hyperlink ref="{TITLE_COLUMN}{r}" r:id="rId{n}"/>')
        rels.append(f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/hyperlink" Target={quoteattr(art.url)} '
                    'TargetMode="External"/>')
    sheet = (f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><dimension ref="A1:D{len(items) + 1}"/>'
             '<cols><col min="3" max="3" width="60" customWidth="1"/></cols>'
             f'<sheetData>{"".join(rows)}</sheetData><hyperlinks>{"".join(links)}</hyperlinks></worksheet>')
    return sheet, f'{_XML}<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>'


def index_workbook(title: str, items: list[Article], day) -> bytes:
    """The .xlsx package: the cover, then a sheet per report year (newest first), those before HIDDEN_BEFORE
    hidden; every zip entry dated `day`, so each build writes the same bytes."""
    strings = _Strings()
    years = sorted({a.report.year for a in items}, reverse=True)
    sheets = [(COVER, _cover(title, years, strings), None, False)]
    for year in years:
        sheet, rels = _year_sheet([a for a in items if a.report.year == year], strings)
        sheets.append((year_sheet_name(year), sheet, rels, year < HIDDEN_BEFORE))
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    hidden_state = ' state="hidden"'
    entries = "".join(f'<sheet name="{name}" sheetId="{n}"{hidden_state if hidden else ""} r:id="rId{n}"/>'
                      for n, (name, _, _, hidden) in enumerate(sheets, 1))
    parts = {
        "[Content_Types].xml": f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_TYPE}"/>'
                  for n in range(1, len(sheets) + 1))
        + f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><bookViews>'
        f'<workbookView activeTab="0"/></bookViews><sheets>{entries}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'{_XML}<Relationships xmlns="{_RELS}">'
        + "".join(f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                  for n in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{_DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
    }
    for n, (_, sheet, rels, _) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{n}.xml"] = sheet
        if rels is not None:
            parts[f"xl/worksheets/_rels/sheet{n}.xml.rels"] = rels
    parts["xl/sharedStrings.xml"] = strings.xml()
    return kit.zip_parts(parts, (day.year, day.month, day.day, 9, 0, 0))


def build_hiddensheet(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = f"{county.gov_name}历年政府信息公开工作年度报告目录"
    return kit.trs_annex_portal(b, county, "hiddensheet", reports, folder=FOLDER, salt="hs",
                                annex=lambda in_file, day: index_workbook(title, in_file, day), content_type=XLSX_TYPE,
                                file_name=f"{title}.xlsx",
                                note="各部门、乡镇及2019年以前的年度报告按年度收录于附件目录的各工作表。")
