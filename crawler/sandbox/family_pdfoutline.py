"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only in the outline of a PDF: the
column's 附件 `历年政府信息公开工作年度报告汇编.pdf`, whose pages are a 目录 of titles in plain text (no link
annotation on any page) and whose bookmarks (the document outline, `/Outlines`, opened beside the pages by
`/PageMode /UseOutlines`) hold one entry per year, each with one child per report whose action is `/S /URI` to the
report's page. The addresses are in the outline items' action dictionaries only (held out of tuning, fifty-seventh
round).

Modelled on http://www.gov.cn/xinwen/2017-03/28/content_5181403.htm (贵州省's 2016 report, and the province's
"2016年贵州省政府信息公开工作年度报告汇总" column gathering each 市（州）'s and department's reports: a 汇编 of the
units' reports) and https://zongyang.gov.cn/openness/OpennessAnnualReport/show/2714.html (a 镇's 2018 report filed
with its county's, a unit such a 汇编 spans). The 汇编 as a PDF whose bookmarks open the reports' pages is this
family's choice (PDF 1.7 §12.3.3: an outline item's `/A` may be any action, a URI action among them; the cited pages
show compiled reports, not the file). Unlike pdfindex (`/Link` annotations on the page), pdftext (addresses printed
in the page text) or pdfalt, the file's pages carry neither a link nor an address: only the outline does.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /xxgk/ndbg/index.html (the government's reports since 2019, 解读 and look-alikes, and the 附件), the PDF at
  /xxgk/ndbg/P0<YYYYMMDD><6 digits>.pdf, articles /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.documents import PDF_FONT
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/ndbg/"
COLUMN = FOLDER + "index.html"
ROWS_PER_PAGE = 30
# The fonts' objects: STSong-Light unembedded (a CJK font every PDF reader has), as reportlab writes it.
_FONTS = (f"<< /Type /Font /Subtype /Type0 /BaseFont /{PDF_FONT}-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
          "/DescendantFonts [5 0 R] /Name /F1 >>",
          f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{PDF_FONT} /FontDescriptor 6 0 R /DW 1000 "
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>",
          f"<< /Type /FontDescriptor /FontName /{PDF_FONT} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
          "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")


def ucs2(text: str) -> str:
    """A hex string of `text` in UCS-2 (big-endian), what the UniGB-UCS2-H encoding draws."""
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def pdf_title(text: str) -> str:
    """A PDF text string (an outline item's /Title): UTF-16BE with its byte order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def pdf_literal(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_file(objects: dict[int, bytes], trailer: str = "") -> bytes:
    """A PDF 1.7 file of `objects` (number -> body; 1 the catalog), with its cross-reference table and trailer
    (`trailer`: entries added to the trailer's dictionary)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objects):
        offsets[oid] = len(out)
        out += f"{oid} 0 obj\n".encode() + objects[oid] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[oid]:010d} 00000 n \n".encode() for oid in sorted(objects))
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def table_page_stream(title: str, rows: list[Article], *, headings: tuple[tuple[int, str], ...] = (),
                      title_chars: int = 36) -> bytes:
    """One 目录 page's content stream: the title, the 年度/发布机关/报告名称 headings (and `headings`, x and word, after
    them), a row per report with its title cut to `title_chars`."""
    heads = ((40, "年度"), (80, "发布机关"), (230, "报告名称"), *headings)
    lines = [f"BT /F1 14 Tf 150 780 Td {ucs2(title)} Tj ET",
             *(f"BT /F1 9 Tf {x} 745 Td {ucs2(word)} Tj ET" for x, word in heads)]
    y = 745
    for art in rows:
        y -= 20
        lines += [f"BT /F1 9 Tf 40 {y} Td {ucs2(str(art.report.year))} Tj ET",
                  f"BT /F1 9 Tf 80 {y} Td {ucs2(art.report.unit.name[:14])} Tj ET",
                  f"BT /F1 9 Tf 230 {y} Td {ucs2(art.title[:title_chars])} Tj ET"]
    return "\n".join(lines).encode("ascii")


def outline_pdf(title: str, items: list[Article]) -> bytes:
    """A PDF written by hand (no library writes an outline item with a URI action): 目录 pages of titles, and the
    outline — per year an item opening the first page, its children one per report with a URI action."""
    chunks = [items[i:i + ROWS_PER_PAGE] for i in range(0, len(items), ROWS_PER_PAGE)] or [[]]
    first_page = 7                                    # 1 catalog, 2 pages, 3 outlines, 4-6 fonts
    page_ids = [first_page + 2 * i for i in range(len(chunks))]
    objects: dict[int, bytes] = {}
    for pid, rows in zip(page_ids, chunks, strict=True):
        stream = table_page_stream(title, rows)
        objects[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + f"/Contents {pid + 1} 0 R >>".encode())
        objects[pid + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
    years = sorted({a.report.year for a in items}, reverse=True)
    next_id = first_page + 2 * len(chunks)
    year_ids = {y: next_id + i for i, y in enumerate(years)}
    next_id += len(years)
    for n, year in enumerate(years):
        kids = [a for a in items if a.report.year == year]
        kid_ids = list(range(next_id, next_id + len(kids)))
        next_id += len(kids)
        for k, (kid, art) in enumerate(zip(kid_ids, kids, strict=True)):
            links = (f" /Prev {kid_ids[k - 1]} 0 R" if k else "") + (
                f" /Next {kid_ids[k + 1]} 0 R" if k + 1 < len(kids) else "")
            objects[kid] = (f"<< /Title {pdf_title(art.title)} /Parent {year_ids[year]} 0 R{links} "
                            f"/A << /S /URI /URI {pdf_literal(art.url)} >> >>").encode()
        siblings = (f" /Prev {year_ids[years[n - 1]]} 0 R" if n else "") + (
            f" /Next {year_ids[years[n + 1]]} 0 R" if n + 1 < len(years) else "")
        objects[year_ids[year]] = (f"<< /Title {pdf_title(f'{year}年度')} /Parent 3 0 R{siblings} "
                                   f"/First {kid_ids[0]} 0 R /Last {kid_ids[-1]} 0 R /Count -{len(kids)} "
                                   f"/Dest [{page_ids[0]} 0 R /Fit] >>").encode()
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R /PageMode /UseOutlines >>"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode()
    objects[3] = (f"<< /Type /Outlines /First {year_ids[years[0]]} 0 R /Last {year_ids[years[-1]]} 0 R "
                  f"/Count {len(years)} >>").encode() if years else b"<< /Type /Outlines /Count 0 >>"
    for n, font in enumerate(_FONTS, 4):
        objects[n] = font.encode()
    return pdf_file(objects)


def build_pdfoutline(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfoutline"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    kit.trs_column_pages(b, www, county, family, arts, urls, nav=nav, folder=FOLDER, salt="po-art")
    shown, in_file = kit.split_for_file(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, non_reports, urls, nav=nav, folder=FOLDER, salt="po-non")
    items = kit.newest_first(shown + non_reports)
    title = f"{county.gov_name}历年政府信息公开工作年度报告汇编"
    day = in_file[0].day if in_file else newest.day
    pdf_path = f"{FOLDER}P0{day:%Y%m%d}{stable_int('po-file', county.pinyin, digits=6)}.pdf"
    b.add(www, pdf_path, Page(outline_pdf(title, in_file), b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>各部门、乡镇（街道）及2019年以前的年度报告，请在附件的书签中点击查阅。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(items) + attachment, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="po-news")
    return urls
