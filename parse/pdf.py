"""PDF text and ruled tables through pdfium (pypdfium2).

Why not only pdfplumber: pdfplumber (pdfminer.six) parses content streams in pure Python, about 55 ms a page
on this project's machines, which puts a 5-page report at ~4 reports/s per core, under the 5/s target. pdfium
(the C library behind pypdfium2, already installed as a pdfplumber dependency) reads the same page in a few
milliseconds. What pdfium does not offer is a table finder, so this module has a small one, the same idea as
pdfplumber's "lines" strategy: ruling lines (stroked paths, thin filled rectangles) → table grids → cells merged
where an inner rule is missing (rowspan/colspan) → each cell's text read by its rectangle. pdfplumber stays the
fallback (`nianbao.parse.text.extract_pdf` uses it when pdfium is not installed or fails on a file).

Text outside tables comes as lines with their geometry, so a paragraph wrapped at the right margin is joined
back into one line (CJK text has no spaces to break at; a figure such as 共收到申请12件 may be split otherwise).
"""

from __future__ import annotations

import ctypes
import time
from dataclasses import dataclass, field

from nianbao.parse import limits
from nianbao.parse.cells import Grid

_SNAP = 1.5          # pt: coordinates closer than this are one ruling position
_MIN_EDGE = 3.0      # pt: shorter pieces are not ruling lines
_THIN = 3.0          # pt: a filled rectangle thinner than this is a drawn line
_INSET = 0.8         # pt: cell rectangles are read this much inside their rules


@dataclass
class PdfTable:
    grid: Grid
    spans: dict[tuple[int, int], int]
    bbox: tuple[float, float, float, float]       # left, bottom, right, top
    cells: dict[tuple[int, int], tuple[float, float, float, float]] = field(default_factory=dict)  # cell bboxes
    page: int = 0                                 # 1-based


@dataclass
class PdfResult:
    lines: list[str] = field(default_factory=list)       # text outside tables and table rows, in reading order
    tables: list[PdfTable] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    title: str | None = None
    pages: int = 0


# --- ruling lines --------------------------------------------------------------------------------------------

def _edges(page, raw) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """(horizontal edges (y, x0, x1), vertical edges (x, y0, y1)) of the page's stroked paths and thin fills."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=4):
        handle = obj.raw
        raw.FPDFPath_GetDrawMode(handle, fill_mode, stroke)
        left, bottom, right, top = (obj.get_bounds() if hasattr(obj, "get_bounds") else obj.get_pos())
        thin = (right - left) < _THIN or (top - bottom) < _THIN
        if not stroke.value and not thin:
            continue          # a filled area (shading, background), not a rule
        if thin and not stroke.value:
            if right - left >= _MIN_EDGE and top - bottom < _THIN:
                horizontal.append(((top + bottom) / 2, left, right))
            elif top - bottom >= _MIN_EDGE:
                vertical.append(((left + right) / 2, bottom, top))
            continue
        m = obj.get_matrix()
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for i in range(raw.FPDFPath_CountSegments(handle)):
            segment = raw.FPDFPath_GetPathSegment(handle, i)
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                points, start = [point], point
                continue
            if points:
                _add_piece(points[-1], point, horizontal, vertical)
            points.append(point)
            if raw.FPDFPathSegment_GetClose(segment) and start is not None:
                _add_piece(point, start, horizontal, vertical)
    return horizontal, vertical


def _add_piece(a, b, horizontal, vertical) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) < 0.5 and abs(x1 - x0) >= _MIN_EDGE:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) < 0.5 and abs(y1 - y0) >= _MIN_EDGE:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _SNAP:
            continue
        out.append(v)
    return out


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _table_groups(horizontal, vertical) -> list[tuple[list, list]]:
    """Connected sets of crossing horizontal and vertical edges: one set per table."""
    n_h = len(horizontal)
    union = _Union(n_h + len(vertical))
    for i, (hy, hx0, hx1) in enumerate(horizontal):
        for j, (vx, vy0, vy1) in enumerate(vertical):
            if hx0 - _SNAP <= vx <= hx1 + _SNAP and vy0 - _SNAP <= hy <= vy1 + _SNAP:
                union.join(i, n_h + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, edge in enumerate(horizontal):
        groups.setdefault(union.find(i), ([], []))[0].append(edge)
    for j, edge in enumerate(vertical):
        groups.setdefault(union.find(n_h + j), ([], []))[1].append(edge)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _covers(edges, position: float, low: float, high: float) -> bool:
    """An edge at `position` covers the middle of [low, high]."""
    middle = (low + high) / 2
    return any(abs(p - position) <= _SNAP and a - _SNAP <= middle <= b + _SNAP for p, a, b in edges)


def _read_table(textpage, horizontal, vertical) -> PdfTable | None:
    xs = _snap([v[0] for v in vertical])
    ys = _snap([h[0] for h in horizontal])[::-1]          # top to bottom
    if len(xs) < 2 or len(ys) < 2:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows * n_cols > limits.MAX_TABLE_CELLS:
        raise ValueError(f"PDF table of {n_rows}x{n_cols} cells exceeds {limits.MAX_TABLE_CELLS}")
    union = _Union(n_rows * n_cols)
    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covers(vertical, xs[c + 1], ys[r + 1], ys[r]):
                union.join(r * n_cols + c, r * n_cols + c + 1)
            if r + 1 < n_rows and not _covers(horizontal, ys[r + 1], xs[c], xs[c + 1]):
                union.join(r * n_cols + c, (r + 1) * n_cols + c)
    boxes: dict[int, list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            root = union.find(r * n_cols + c)
            box = boxes.setdefault(root, [r, c, r, c])
            box[0], box[1] = min(box[0], r), min(box[1], c)
            box[2], box[3] = max(box[2], r), max(box[3], c)
    grid: Grid = [[None] * n_cols for _ in range(n_rows)]
    spans: dict[tuple[int, int], int] = {}
    cells: dict[tuple[int, int], tuple[float, float, float, float]] = {}
    for r0, c0, r1, c1 in boxes.values():
        left, right, top, bottom = xs[c0], xs[c1 + 1], ys[r0], ys[r1 + 1]
        text = textpage.get_text_bounded(left + _INSET, bottom + _INSET, right - _INSET, top - _INSET)
        grid[r0][c0] = " ".join(part.strip() for part in text.replace("\r", "\n").split("\n") if part.strip())
        if c1 > c0:
            spans[(r0, c0)] = c1 - c0 + 1
        cells[(r0, c0)] = (left, bottom, right, top)
    return PdfTable(grid, spans, (xs[0], ys[-1], xs[-1], ys[0]), cells)


# --- text lines ----------------------------------------------------------------------------------------------

def _text_lines(textpage, tables: list[PdfTable]) -> list[tuple[float, float, float, float, str]]:
    """(top, left, right, bottom, text) of each text line outside the tables."""
    pieces = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        cx, cy = (left + right) / 2, (top + bottom) / 2
        if any(t.bbox[0] <= cx <= t.bbox[2] and t.bbox[1] <= cy <= t.bbox[3] for t in tables):
            continue
        pieces.append((left, bottom, right, top))
    pieces.sort(key=lambda p: (-(p[1] + p[3]) / 2, p[0]))
    lines: list[list[tuple[float, float, float, float]]] = []
    for piece in pieces:
        middle = (piece[1] + piece[3]) / 2
        if lines:
            last = lines[-1][0]
            if abs((last[1] + last[3]) / 2 - middle) <= max(1.0, (last[3] - last[1]) / 2):
                lines[-1].append(piece)
                continue
        lines.append([piece])
    out = []
    for group in lines:
        group.sort(key=lambda p: p[0])
        text = "".join(textpage.get_text_bounded(*p) for p in group).replace("\r", "").replace("\n", "")
        if text.strip():
            out.append((max(p[3] for p in group), group[0][0], group[-1][2], min(p[1] for p in group), text))
    return out


_END_OF_PARAGRAPH = tuple("。：:；;！？!?）)」』”")


def join_wrapped(lines: list[tuple[float, float, float, float, str]],
                 margins: tuple[float, float] | None = None) -> list[tuple[float, str]]:
    """Join a line that runs to the right margin with the next one (a wrapped paragraph). Lines are (top, left,
    right, bottom, text) in points; `margins` (left, right) when the lines are a part of a page (parse/ofd.py
    joins the prose between tables), else the lines' own extent."""
    if not lines:
        return []
    left_margin, right_margin = margins or (min(line[1] for line in lines), max(line[2] for line in lines))
    out: list[tuple[float, str]] = []
    carry = False
    for top, left, right, bottom, text in lines:
        if carry and out:
            out[-1] = (out[-1][0], out[-1][1] + text.strip())
        else:
            out.append((top, text.strip()))
        height = max(top - bottom, 6.0)
        # a wrapped line is long (a right-aligned signature line also ends at the margin, but is short)
        carry = (right >= right_margin - 1.5 * height and right - left >= 0.6 * (right_margin - left_margin)
                 and not text.rstrip().endswith(_END_OF_PARAGRAPH))
    return out


# --- front door ----------------------------------------------------------------------------------------------

def read_pdf(data: bytes) -> PdfResult:
    """Raises ImportError when pypdfium2 is missing and pdfium's own errors on unreadable files."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    result = PdfResult()
    started = time.monotonic()
    document = pdfium.PdfDocument(data)
    try:
        title = (document.get_metadata_dict() or {}).get("Title")
        result.title = title or None
        result.pages = len(document)
        if result.pages > limits.MAX_PDF_PAGES:
            result.errors.append(f"PDF has {result.pages} pages; read the first {limits.MAX_PDF_PAGES}")
        for number in range(min(result.pages, limits.MAX_PDF_PAGES)):
            if time.monotonic() - started > limits.PDF_TIMEOUT_S:
                result.errors.append(f"PDF took longer than {limits.PDF_TIMEOUT_S} s; stopped at page {number + 1}")
                break
            page = document[number]
            try:
                textpage = page.get_textpage()
                try:
                    before = len(result.tables)
                    _read_page(page, textpage, raw, result)
                    for table in result.tables[before:]:
                        table.page = number + 1
                finally:
                    textpage.close()
            except Exception as exc:  # one bad page does not lose the others
                result.errors.append(f"PDF page {number + 1}: {type(exc).__name__}: {exc}")
            finally:
                page.close()
    finally:
        document.close()
    return result


def _read_page(page, textpage, raw, result: PdfResult) -> None:
    horizontal, vertical = _edges(page, raw)
    tables = []
    for group_h, group_v in _table_groups(horizontal, vertical):
        table = _read_table(textpage, group_h, group_v)
        if table is not None:
            tables.append(table)
    items: list[tuple[float, list[str]]] = []
    for table in tables:
        result.tables.append(table)
        rows = [" | ".join(c for c in row if c is not None) for row in table.grid]
        items.append((table.bbox[3], rows))
    for top, text in join_wrapped(_text_lines(textpage, tables)):
        items.append((top, [text]))
    items.sort(key=lambda item: -item[0])
    result.lines += [line for _, chunk in items for line in chunk]
