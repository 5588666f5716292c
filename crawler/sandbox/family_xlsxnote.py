"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇's, and every report before 2019 — only in the cell notes (批注) of an
Excel workbook: the column's 附件 `各单位政府信息公开工作年度报告目录.xlsx`, one sheet (序号, 年度, 发布机关, 报告名称,
发布日期) whose cells hold no address and no hyperlink, each 报告名称 cell carrying a note by the office that compiled
it, `政务公开办:` and on the next line `网址：<the report's address>` — the note's text in xl/comments1.xml (a
`<comment ref="D5">` of the sheet's comments part) and its yellow box in the legacy VML drawing
xl/drawings/vmlDrawing1.vml, both tied to the sheet by its relationships. No HTML page of the portal names those
reports (held out of tuning, sixty-seventh round).

Modelled on http://hrbfz.gov.cn/fzx/c111797/202401/c01_961750.shtml (方正县大罗密镇's 2023 report on its county's portal,
a 镇's report in a `/fzx/c<column>/<YYYYMM>/c01_<id>.shtml` column, the layout this family takes; its text names the
column's address, "网址为http://www.hrbfz.gov.cn/fzx/c111100/zfxxgklby_nb.shtml", the column page's name here) and
http://hljwch.gov.cn/hebwcs/c111341/202301/c01_592213.shtml (五常市背荫河镇's 2022 report, the same platform: a
Heilongjiang county's township reports in columns of their own). Addresses written as a cell's note is this family's
choice (offices compiling a 目录 put the 网址 in a 批注 to keep the printed table narrow; the cited pages are text and
show no such file); the markup is what Excel writes for a note (ECMA-376 Part 1 §18.7 comments, with the VML shape
Excel still draws them with). Unlike xlsxindex (hyperlink relationships of the title cells), hiddensheet (hyperlinks
on hidden sheets), xlsxformula (HYPERLINK formulas) or csvexport (addresses as cells' text), no cell of any sheet
holds an address: each is the text of an annotation in a part beside the sheet.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /<x>/c<6 digits>/zfxxgklby_nb.shtml (the government's reports since 2019, 解读 and look-alikes, the 附件), the
  workbook at /<x>/c<6 digits>/files/<YYYYMMDD><6 digits>.xlsx, articles /<x>/c<6 digits>/<YYYYMM>/c01_<6 digits>.shtml.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_xlsxindex import (
    _DOC_RELS,
    _MAIN,
    _RELS,
    _XML,
    XLSX_TYPE,
    report_sheet,
    workbook,
)
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

LABEL = "政府信息公开年报"
AUTHOR = "政务公开办"
ADDRESS = "网址："
TITLE_COLUMN = "D"   # the 报告名称 column, whose cells carry the notes
_NOTE_TYPES = ('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
               '<Override PartName="/xl/comments1.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')


def column_folder(county: County) -> str:
    """The county's folder and its column's: `/<x>/c<6 digits>/`."""
    return f"/{county.pinyin[:3]}/c{stable_int('xn-col', county.pinyin, digits=6)}/"


def _sheet(title: str, items: list[Article], strings: list[str], drawing: str = '<legacyDrawing r:id="rId2"/>') -> str:
    """sheet1.xml: a title row, the headings, one row per report (text cells as shared strings, no hyperlink), and
    `drawing`, the sheet's drawing element (here the legacy drawing that shows the notes; report_sheet())."""
    return report_sheet(title, items, strings, after_margins=drawing)


def _comments(items: list[Article]) -> str:
    """xl/comments1.xml: a note on each title cell, the author's name in bold and the address on the next line."""
    notes = "".join(
        f'<comment ref="{TITLE_COLUMN}{n + 2}" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr>'
        f"<t>{AUTHOR}:</t></r><r><rPr><sz val=\"9\"/></rPr><t xml:space=\"preserve\">\n{ADDRESS}"
        f"{escape(art.url)}</t></r></text></comment>" for n, art in enumerate(items, 1))
    return f'{_XML}<comments xmlns="{_MAIN}"><authors><author>{AUTHOR}</author></authors><commentList>{notes}' \
           "</commentList></comments>"


def _vml(items: list[Article]) -> str:
    """xl/drawings/vmlDrawing1.vml: the note boxes, one shape per note anchored at its cell (zero-based row, column
    3), hidden until the cell is pointed at, as Excel writes them."""
    shapes = "".join(
        f'<v:shape id="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;visibility:hidden" '
        'fillcolor="#ffffe1" o:insetmode="auto"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/>'
        f"<x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>{n + 1}</x:Row><x:Column>3</x:Column>"
        "</x:ClientData></v:shape>" for n, _ in enumerate(items, 1))
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
            f'o:spt="202" path="m,l,21600r21600,l21600,xe"/>{shapes}</xml>')


def note_xlsx(title: str, items: list[Article], day) -> bytes:
    """The workbook: the sheet, its relationships (the comments part and the VML drawing), the notes."""
    strings: list[str] = []
    sheet = _sheet(title, items, strings)
    rels = (f'{_XML}<Relationships xmlns="{_RELS}">'
            f'<Relationship Id="rId1" Type="{_DOC_RELS}/comments" Target="../comments1.xml"/>'
            f'<Relationship Id="rId2" Type="{_DOC_RELS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
            "</Relationships>")
    return workbook(sheet, rels, strings, day, extra_types=_NOTE_TYPES,
                    extra_parts={"xl/comments1.xml": _comments(items), "xl/drawings/vmlDrawing1.vml": _vml(items)})


def build_xlsxnote(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    folder = column_folder(county)

    def doc_id(art: Article) -> int:
        return stable_int("xn-art", county.pinyin, art.key, digits=6)

    title = "各单位政府信息公开工作年度报告目录"
    file_id = stable_int("xn-file", county.pinyin, digits=6)
    return kit.annex_portal(b, county, "xlsxnote", reports, server="nginx/1.12.2",
                            column=folder + "zfxxgklby_nb.shtml", serial=doc_id,
                            article_path=lambda art: f"{folder}{art.day:%Y%m}/c01_{doc_id(art)}.shtml",
                            news_salt="xn-news", content_type=XLSX_TYPE,
                            annex_path=lambda day: f"{folder}files/{day:%Y%m%d}{file_id}.xlsx",
                            annex=lambda in_file, day: note_xlsx(title, in_file, day),
                            annex_block=lambda path: kit.fj_attachment(path, f"{title}.xlsx",
                                                                       "各部门、各乡镇及2019年以前的年度报告网址见附件目录的批注。"))
