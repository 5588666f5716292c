"""Report attachments with real tables: PDF (reportlab, built-in CID font STSong-Light, ruled tables that
pdfplumber extracts), DOCX (python-docx, merged cells), OFD (GB/T 33190-2016: a zip of XML whose text is positioned
`ofd:TextCode`, the table cells as positioned text, no ruling) and PNG table images (ruled grid with every cell's text drawn with a CJK font
from Debian — fonts-wqy-zenhei, crawler/fonts.py — when one is installed; else the ruling only, and the ground
truth's `table_images.text` says so).

All writers are deterministic: reportlab runs with `invariant=1`; DOCX, OFD and PNG bytes carry no timestamps.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from xml.sax.saxutils import escape

from nianbao.crawler.fonts import cjk_font_file
from nianbao.crawler.sandbox.doc_cache import disk_cached
from nianbao.crawler.sandbox.report import Report, table_number
from nianbao.crawler.sandbox.tables import Grid, layout

PDF_FONT = "STSong-Light"
_font_ready = False


def _register_font() -> None:
    global _font_ready
    if not _font_ready:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
        _font_ready = True


def _col_widths(width: int, number: str) -> list[float]:
    if number == "3":
        return [34, 58, 118] + [40.0] * 7
    if number == "4":
        return [33.0] * 15
    return [150, 115, 115, 115][:width]


@disk_cached("pdf", lambda report: (report.title, report.unit.name, report.blocks()))
def report_pdf(report: Report) -> bytes:
    _register_font()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName=PDF_FONT, fontSize=10.5, leading=17, firstLineIndent=21)
    head = ParagraphStyle("head", parent=body, fontSize=11, firstLineIndent=21, spaceBefore=6)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=24, alignment=1, firstLineIndent=0)
    sign = ParagraphStyle("sign", parent=body, alignment=2, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=PDF_FONT, fontSize=7.5, leading=9.5, alignment=1)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, leftMargin=50, rightMargin=50, topMargin=56,
                            bottomMargin=56, title=report.title, author=report.unit.name, creator="",
                            producer="ReportLab", subject="")
    story = []
    for kind, content in report.blocks():
        if kind == "title":
            story += [Paragraph(str(content), title), Spacer(1, 8)]
        elif kind == "h":
            story.append(Paragraph(str(content), head))
        elif kind == "p":
            story.append(Paragraph(str(content), body))
        elif kind == "sign":
            story.append(Paragraph(str(content), sign))
        else:
            grid: Grid = content  # type: ignore[assignment]
            matrix, spans = layout(grid)
            data = [[Paragraph(t, cell) if t else "" for t in row] for row in matrix]
            table = Table(data, colWidths=_col_widths(len(matrix[0]), table_number(grid)), repeatRows=0)
            style = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("FONT", (0, 0), (-1, -1), PDF_FONT, 7.5)]
            style += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
            table.setStyle(TableStyle(style))
            story += [Spacer(1, 4), table, Spacer(1, 6)]
    doc.build(story)
    return buf.getvalue()


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps, so the same document gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


@disk_cached("docx", lambda report, merge_rows=True: (report.title, report.unit.name, report.published,
                                                      report.blocks(), merge_rows))
def report_docx(report: Report, merge_rows: bool = True) -> bytes:
    """DOCX with real tables. `merge_rows=False` leaves spans unmerged (label in the first cell): the .doc
    assets are made that way because antiword loses the rows of tables with merged cells."""
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    normal.font.size = Pt(10.5)
    stamp = datetime.datetime(report.published.year, report.published.month, report.published.day, 9, 0, 0)
    props = doc.core_properties
    props.author, props.title, props.created, props.modified = report.unit.name, report.title, stamp, stamp
    props.last_modified_by = report.unit.name
    props.revision = 1
    for kind, content in report.blocks():
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(str(content))
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "h":
            doc.add_paragraph().add_run(str(content)).bold = True
        elif kind == "p":
            doc.add_paragraph(str(content))
        elif kind == "sign":
            doc.add_paragraph(str(content)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            matrix, spans = layout(content)  # type: ignore[arg-type]
            table = doc.add_table(rows=len(matrix), cols=len(matrix[0]))
            table.style = "Table Grid"
            cells = [list(row.cells) for row in table.rows]
            covered = set()
            for c0, r0, c1, r1 in spans:
                if not merge_rows:
                    continue
                cells[r0][c0].merge(cells[r1][c1])
                covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
            for r, row in enumerate(matrix):
                for c, text in enumerate(row):
                    if (r, c) not in covered and text:
                        cells[r][c].paragraphs[0].text = text
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


OFD_NS = "http://www.ofdspec.org/2016"
_OFD_PAGE = (210, 297)          # mm, A4: OFD measures in millimetres
_OFD_MARGIN, _OFD_WIDTH = 25, 160
_OFD_SIZES = {"title": (5.6, 10), "h": (3.9, 7), "p": (3.7, 6.5), "sign": (3.7, 6.5), "table": (2.6, 5)}


def _ofd_lines(report: Report) -> list[tuple[str, list[tuple[float, str]]]]:
    """The report as lines of positioned text: (kind, [(x in mm from the margin, text), …]); a paragraph wrapped at
    the width its size allows (first line indented two characters), a table row one text per cell."""
    lines: list[tuple[str, list[tuple[float, str]]]] = []
    for kind, content in report.blocks():
        size = _OFD_SIZES["table" if kind == "table" else kind][0]
        if kind == "table":
            matrix, _ = layout(content)  # type: ignore[arg-type]
            step = _OFD_WIDTH / len(matrix[0])
            lines += [("table", [(c * step, text) for c, text in enumerate(row) if text]) for row in matrix]
            continue
        text, per_line = str(content), int(_OFD_WIDTH // size)
        if kind == "title":
            lines.append((kind, [(max(0.0, (_OFD_WIDTH - len(text) * size) / 2), text)]))
        elif kind == "sign":
            lines.append((kind, [(max(0.0, _OFD_WIDTH - len(text) * size), text)]))
        else:
            indent = 2 if kind == "p" else 0
            first = per_line - indent
            lines.append((kind, [(indent * size, text[:first])]))
            lines += [(kind, [(0.0, text[i:i + per_line])]) for i in range(first, len(text), per_line)]
    return lines


def report_ofd(report: Report) -> bytes:
    """The report as an OFD file (GB/T 33190-2016, what 电子公文 systems publish): OFD.xml names the document
    (Doc_0/Document.xml), which lists its A4 pages; each page's Content.xml holds one TextObject per line or table
    cell, its text in `ofd:TextCode` at a position in millimetres, with the font of Doc_0/PublicRes.xml."""
    pages: list[list[str]] = [[]]
    y, next_id = float(_OFD_MARGIN), 2          # ID 1: the font; then the text objects, the layers, the pages
    for kind, cells in _ofd_lines(report):
        size, leading = _OFD_SIZES[kind]
        if y + leading > _OFD_PAGE[1] - _OFD_MARGIN:
            pages.append([])
            y = float(_OFD_MARGIN)
        for x, text in cells:
            width = min(_OFD_WIDTH - x, max(size, len(text) * size))
            pages[-1].append(f'<ofd:TextObject ID="{next_id}" Boundary="{_OFD_MARGIN + x:.2f} {y:.2f} {width:.2f} '
                             f'{leading:.2f}" Font="1" Size="{size}"><ofd:TextCode X="0" Y="{size:.2f}">'
                             f"{escape(text)}</ofd:TextCode></ofd:TextObject>")
            next_id += 1
        y += leading
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    doc_id = hashlib.sha1(f"{report.key}:{report.title}".encode()).hexdigest()
    members = {
        "OFD.xml": f'{head}<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   f"<ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{escape(report.title)}</ofd:Title>"
                   f"<ofd:Author>{escape(report.unit.name)}</ofd:Author>"
                   f"<ofd:CreationDate>{report.published.isoformat()}</ofd:CreationDate></ofd:DocInfo>"
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'{head}<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
                              f"<ofd:MaxUnitID>{next_id + 2 * len(pages) - 1}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>"
                              f"0 0 {_OFD_PAGE[0]} {_OFD_PAGE[1]}</ofd:PhysicalBox></ofd:PageArea>"
                              "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                              + "".join(f'<ofd:Page ID="{next_id + len(pages) + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
                                        for n in range(len(pages))) + "</ofd:Pages></ofd:Document>",
        "Doc_0/PublicRes.xml": f'{head}<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" '
                               'FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
    }
    for n, objects in enumerate(pages):
        members[f"Doc_0/Pages/Page_{n}/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{next_id + n}">{"".join(objects)}'
            "</ofd:Layer></ofd:Content></ofd:Page>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in members.items():
            z.writestr(name, text.encode("utf-8"))
    return normalise_zip(buf.getvalue())


def _png(width: int, height: int, pixels: bytearray) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))

    raw = b"".join(b"\x00" + bytes(pixels[y * width:(y + 1) * width]) for y in range(height))
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])  # 8-bit grey
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


TEXT_SIZE = 16      # px: the size of body text in the scanned/exported table images portals publish


@disk_cached("png", lambda grid: grid)
def table_png(grid: Grid) -> bytes:
    """The table as a PNG image: with its text when a CJK font is installed (what portals publish: a screenshot
    or export of the Word table), else only its ruling (parsers must then report the table as not extractable)."""
    font_file = cjk_font_file()
    return table_png_with_text(grid, font_file) if font_file else table_png_ruling(grid)


def table_png_with_text(grid: Grid, font_file: str, size: int = TEXT_SIZE) -> bytes:
    """Ruled cells (merged cells as one box) with each cell's text, greyscale, drawn by Pillow/FreeType:
    the same font file gives the same bytes."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_file, size)
    matrix, spans = layout(grid)
    rows, cols = len(matrix), len(matrix[0])
    origin = {(r0, c0): (c1 - c0 + 1, r1 - r0 + 1) for c0, r0, c1, r1 in spans}
    inside = {(r, c) for c0, r0, c1, r1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - set(origin)
    widths = [min(420, max([60] + [font.getlength(matrix[r][c]) + 16 for r in range(rows)
                                   if origin.get((r, c), (1, 1))[0] == 1])) for c in range(cols)]
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + int(w))
    height = size + 14
    image = Image.new("L", (xs[-1] + 1, rows * height + 1), 255)
    draw = ImageDraw.Draw(image)
    for r in range(rows):
        for c in range(cols):
            if (r, c) in inside:
                continue
            span_c, span_r = origin.get((r, c), (1, 1))
            x0, y0, x1, y1 = xs[c], r * height, xs[c + span_c], (r + span_r) * height
            draw.rectangle([x0, y0, x1, y1], outline=0)
            text = matrix[r][c]
            while text and font.getlength(text) > x1 - x0 - 8:     # a long label is cut, as in a narrow column
                text = text[:-1]
            draw.text((x0 + 6, y0 + (y1 - y0 - size) / 2), text, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def table_png_ruling(grid: Grid) -> bytes:
    """A greyscale image of the table's ruling only (cells as boxes, a grey bar where text would be): what the
    sandbox serves when no CJK font is installed."""
    matrix, spans = layout(grid)
    rows, cols = len(matrix), len(matrix[0])
    cw, rh = 40, 18
    width, height = cols * cw + 1, rows * rh + 1
    px = bytearray([255]) * (width * height)
    covered_v, covered_h = set(), set()
    for c0, r0, c1, r1 in spans:
        covered_v |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0 + 1, c1 + 1)}
        covered_h |= {(r, c) for r in range(r0 + 1, r1 + 1) for c in range(c0, c1 + 1)}
    for r in range(rows):
        for c in range(cols):
            x0, y0 = c * cw, r * rh
            if (r, c) not in covered_h:
                for x in range(x0, x0 + cw + 1):
                    px[y0 * width + x] = 0
            if (r, c) not in covered_v:
                for y in range(y0, y0 + rh + 1):
                    px[y * width + x0] = 0
            if matrix[r][c]:   # a grey bar where the text would be
                for y in range(y0 + 6, y0 + 12):
                    for x in range(x0 + 6, x0 + min(cw - 6, 6 + 4 * len(matrix[r][c]))):
                        px[y * width + x] = 140
    for x in range(width):
        px[(height - 1) * width + x] = 0
    for y in range(height):
        px[y * width + width - 1] = 0
    return _png(width, height, px)
