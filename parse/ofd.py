"""Text of an OFD document (GB/T 33190-2016, the fixed-layout format of China's 电子公文 systems): `read_ofd(data)`
(text.extract_ofd makes it an ExtractedText, as text.extract_pdf does with parse/pdf.py).

An OFD file is a zip of XML parts: OFD.xml names each document's root (DocBody/DocRoot → Doc_0/Document.xml), which
lists its pages (Pages/Page BaseLoc → Pages/Page_0/Content.xml) and the template pages they draw on (CommonData/
TemplatePage, referenced by a page's Template). A page holds layers of graphic objects; its text is in TextObjects,
each a Boundary (x y w h, millimetres from the page's top left), a Size, an optional CTM, and TextCode runs whose
X/Y place the first glyph's baseline inside the Boundary. There is no reading order and no table structure in the
format: glyph runs are grouped into lines by baseline (a tolerance relative to the font size), ordered by X, and runs
far apart on one line are a table row's cells, written `a | b | c` like the PDF reader's table rows
(parse/pdf.py), which the flattened-table reader parses (parse/flat_tables.py). Prose lines wrapped at the right
margin are joined as the PDF reader joins them (`join_wrapped`).

Hand-written: of the Python readers on PyPI (looked at 2026-12-07), ofdreader 0.1.0 ships no code, and ofdkit 0.2.0
(alpha, "the API may still change") lays text out much as here but writes a table row's cells apart by spaces (the
table reader needs cells), keeps no object's Boundary (a cell overrunning the next is told by it) and caps neither
pages nor text objects. The zip is bounded before it is opened (parse/unpack.py check_zip, in
text.unpack_refusal); lxml parses each part without DTDs, entities or network; pages, text objects and characters
are capped (limits.MAX_OFD_PAGES, MAX_OFD_TEXT_OBJECTS, MAX_TEXT_CHARS). A broken package or page is a recorded
error: the pages that can be read are.
"""

from __future__ import annotations

import bisect
import io
import math
import posixpath
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field

from nianbao.parse import limits
from nianbao.parse.pdf import join_wrapped

_BASELINE_TOLERANCE = 0.4   # × font size: runs whose baselines differ less are one line (sub/superscripts too)
_CELL_GAP = 1.5             # × font size: a wider gap between runs of one line separates table cells
_WORD_GAP = 0.25            # × font size: a narrower gap joins runs; between them, a space (not between CJK glyphs)
_NARROW_ADVANCE = 0.5       # × font size: the advance assumed for a half-width glyph without DeltaX (CJK: 1)
_NARROW_SLACK = 0.25        # × font size: how much narrower than that a proportional Latin glyph may be (i, l, .)
_OVERLAP = 0.3              # × font size: a run starting further back inside the one before it was placed apart
_COLUMN_ALIGN = 0.2         # × font size: cell starts this close are one column
_COLUMN_ROWS = 2            # other table rows starting a cell at an x that make it a column
_PT_PER_MM = 72 / 25.4      # join_wrapped measures in points, OFD in millimetres
_DEFAULT_SIZE = 3.5         # mm (~10 pt): the font size of a TextObject that states none (Size is required)


class OfdError(ValueError):
    """The package is not a readable OFD (no OFD.xml, a part it names is missing, XML that does not parse)."""


class OfdLimit(OfdError):
    """The document holds more than parse/limits.py lets one OFD unpack to; reading stops there."""


@dataclass
class OfdResult:
    lines: list[str] = field(default_factory=list)      # text lines in reading order, table rows `a | b | c`
    errors: list[str] = field(default_factory=list)
    title: str | None = None                            # the first document's DocInfo Title
    pages: int = 0                                      # pages read


@dataclass
class _Run:
    """A TextCode's text where the page shows it: its first glyph's baseline origin and where it ends, in mm;
    `slack`: how much shorter than that it may be (half-width glyph advances estimated without DeltaX)."""
    x: float
    baseline: float
    end: float
    size: float
    text: str
    slack: float = 0.0


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _numbers(value: str | None, count: int) -> tuple[float, ...] | None:
    """`count` numbers of an ST_Box/ST_Array attribute ("25 30.5 160 6"), or None when it has fewer or bad ones."""
    try:
        numbers = tuple(float(v) for v in (value or "").replace(",", " ").split()[:count])
    except ValueError:
        return None
    return numbers if len(numbers) == count and all(map(math.isfinite, numbers)) else None


def _number(value: str | None, default: float) -> float:
    found = _numbers(value, 1)
    return found[0] if found else default


def _advance(text: str, size: float, delta_x: str | None) -> tuple[float, float]:
    """How far a run reaches from its first glyph's origin, and by how much less it may: DeltaX's offsets between
    glyphs (with its `g N d` shorthand: N times d) where given, else an advance per glyph by its width class (a
    CJK glyph's is the font size in every CJK font; a Latin one's varies around half of it), plus the last glyph."""
    wide = [_is_wide(ch) for ch in text]
    estimated = [size if w else _NARROW_ADVANCE * size for w in wide]
    tokens, offsets = (delta_x or "").split(), []
    try:
        i = 0
        while i < len(tokens) and len(offsets) < len(text) - 1:
            if tokens[i] == "g" and i + 2 < len(tokens):
                offsets += [float(tokens[i + 2])] * min(int(float(tokens[i + 1])), len(text))
                i += 3
            else:
                offsets.append(float(tokens[i]))
                i += 1
    except (ValueError, OverflowError):    # not numbers, or a count of inf: the estimate stands
        offsets = []
    offsets = offsets[:len(text) - 1]
    narrow_estimated = sum(1 for w in wide[len(offsets):] if not w)
    return sum(offsets) + sum(estimated[len(offsets):]), _NARROW_SLACK * size * narrow_estimated


# --- the package -----------------------------------------------------------------------------------------------

class _Package:
    """The zip's XML parts, found by the ST_Loc paths the parts write (absolute from the package root, or relative
    to the part that names them; some producers write either kind for the other, or another letter case)."""

    def __init__(self, archive: zipfile.ZipFile):
        from lxml import etree

        self.archive = archive
        self.names = {info.filename.lstrip("/"): info for info in archive.infolist() if not info.is_dir()}
        self.folded = {name.lower(): name for name in self.names}
        # untrusted XML: no DTD, no entity expansion, no network, lxml's default size bounds
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                                      remove_comments=True, remove_pis=True)

    def resolve(self, loc: str | None, base: str) -> str:
        loc = (loc or "").strip().replace("\\", "/")
        if not loc:
            raise OfdError("an empty path where a part should be named")
        tried = [loc.lstrip("/")] if loc.startswith("/") else [posixpath.join(base, loc), loc]
        for candidate in tried:
            name = posixpath.normpath(candidate).lstrip("/")
            if name in self.names:
                return name
            if name.lower() in self.folded:
                return self.folded[name.lower()]
        raise OfdError(f"{tried[0]} is named but the package does not hold it")

    def xml(self, name: str):
        from lxml import etree

        info = self.names[name]
        if info.file_size > limits.MAX_UNPACKED_PART_BYTES:     # check_zip bounds only the parts named *.xml
            raise OfdLimit(f"{name} unpacks to {info.file_size} bytes, more than {limits.MAX_UNPACKED_PART_BYTES}")
        try:
            content = self.archive.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            # a bad CRC, cut or corrupt deflate data, an unsupported compression method, an encrypted member
            raise OfdError(f"{name} cannot be unpacked: {type(exc).__name__}: {exc}") from exc
        try:
            root = etree.fromstring(content, self.parser)
        except etree.XMLSyntaxError as exc:
            raise OfdError(f"{name} is not well-formed XML: {exc}") from exc
        if root is None:
            raise OfdError(f"{name} is empty")
        return root


@dataclass
class _Budget:
    """What one OFD may still unpack to: text objects and characters over all its pages."""
    objects: int = 0
    chars: int = 0
    exhausted: bool = False    # a limit was reached: nothing more is read

    def spend(self, objects: int, chars: int) -> None:
        self.objects += objects
        self.chars += chars
        if self.objects > limits.MAX_OFD_TEXT_OBJECTS:
            raise OfdLimit(f"more than {limits.MAX_OFD_TEXT_OBJECTS} text objects")
        if self.chars > limits.MAX_TEXT_CHARS:
            raise OfdLimit(f"more than {limits.MAX_TEXT_CHARS} characters of text")


# --- a page's text runs ----------------------------------------------------------------------------------------

def _runs(page, budget: _Budget) -> list[_Run]:
    """Every TextCode of a page (or template page), anywhere under its layers and page blocks."""
    out: list[_Run] = []
    for obj in page.iter("{*}TextObject"):
        budget.spend(1, 0)
        bounds = _numbers(obj.get("Boundary"), 4)
        left, top = bounds[:2] if bounds else (0.0, 0.0)
        codes = obj.findall("{*}TextCode")
        a, b, c, d, e, f = _numbers(obj.get("CTM"), 6) or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = math.sqrt(abs(a * d - b * c)) or 1.0
        size = abs(_number(obj.get("Size"), 0.0)) or _DEFAULT_SIZE
        x = y = 0.0
        for code in codes:
            x, y = _number(code.get("X"), x), _number(code.get("Y"), y)   # a missing X or Y is the previous one's
            text = (code.text or "").replace("\r", " ").replace("\n", " ")
            budget.spend(0, len(text))
            if not text.strip():
                continue
            page_x, page_y = left + a * x + c * y + e, top + b * x + d * y + f
            advance, slack = _advance(text, size, code.get("DeltaX"))
            run = _Run(page_x, page_y, page_x + advance * scale, size * scale, text, slack * scale)
            # one run in the object: its Boundary (near the estimated extent, not a whole-page box) ends it
            if len(codes) == 1 and bounds and 0.5 * (run.end - run.x) <= left + bounds[2] - run.x <= 2 * (run.end - run.x):
                run.end, run.slack = left + bounds[2], 0.0     # the object's own extent, written by its producer
            out.append(run)
    return out


def _on_page(run: _Run, box: tuple[float, ...] | None) -> bool:
    """A run inside the page's PhysicalBox (text placed off the page is not shown)."""
    if box is None:
        return True
    x0, y0, width, height = box
    return run.end >= x0 and run.x <= x0 + width and y0 <= run.baseline <= y0 + height + run.size


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _cells(row: list[_Run]) -> list[list[_Run]]:
    """A line's runs, left to right, split into cells where a gap is too wide for words or a run starts back
    inside the one before it (placed on its own: a cell's text overrunning into the next cell, as producers that
    do not wrap cell text write it)."""
    row = sorted(row, key=lambda r: r.x)
    cells, previous = [[row[0]]], row[0]
    for run in row[1:]:
        gap, size = run.x - previous.end, max(run.size, previous.size)
        if run.text == previous.text and abs(run.x - previous.x) < _OVERLAP * size:
            continue           # the same text drawn twice, a hair apart: bold made by overprinting
        if gap >= _CELL_GAP * size or gap < -(_OVERLAP * size + previous.slack):
            cells.append([run])
        else:
            cells[-1].append(run)
        previous = run
    return cells


def _split_at_columns(rows: list[list[list[_Run]]]) -> None:
    """Split the cells of table rows again where a run starts at a column: an x where cells start on at least
    _COLUMN_ROWS other table rows of the page (cells without ruling may nearly touch: a gap alone misses them).
    Only rows already split are table rows, so prose (even one object per glyph, on a grid of CJK advances)
    is never cut."""
    table_rows = [row for row in rows if len(row) > 1]
    starts = sorted((cell[0].x, index) for index, row in enumerate(table_rows) for cell in row)
    xs = [x for x, _ in starts]

    def is_column(x: float, tolerance: float, own: int) -> bool:
        supporting: set[int] = set()
        for _, index in starts[bisect.bisect_left(xs, x - tolerance):bisect.bisect_right(xs, x + tolerance)]:
            if index != own:
                supporting.add(index)
                if len(supporting) >= _COLUMN_ROWS:
                    return True
        return False

    for own, row in enumerate(table_rows):
        split: list[list[_Run]] = []
        for cell in row:
            split.append([cell[0]])
            for run in cell[1:]:
                if is_column(run.x, _COLUMN_ALIGN * run.size, own):
                    split.append([run])
                else:
                    split[-1].append(run)
        row[:] = split


def _cell_text(runs: list[_Run]) -> str:
    parts = [runs[0].text]
    for previous, run in zip(runs, runs[1:], strict=False):
        if (run.x - previous.end >= _WORD_GAP * max(run.size, previous.size)
                and not (_is_wide(previous.text[-1]) and _is_wide(run.text[0]))):
            parts.append(" ")      # a word space; none between CJK glyphs set apart (justified lines)
        parts.append(run.text)
    return "".join(parts)


_Line = tuple[float, float, float, float, str, bool]   # top, left, right, bottom (points, y up), text, a table row


def _page_lines(runs: list[_Run]) -> list[_Line]:
    """A page's runs as lines top to bottom, table rows written `a | b | c`, with the geometry join_wrapped reads
    (PDF points, y up)."""
    runs = sorted(runs, key=lambda r: (r.baseline, r.x))
    lines: list[list[_Run]] = []
    for run in runs:
        if lines and abs(run.baseline - lines[-1][0].baseline) <= _BASELINE_TOLERANCE * max(run.size,
                                                                                            lines[-1][0].size):
            lines[-1].append(run)
        else:
            lines.append([run])
    rows = [_cells(line) for line in lines]
    _split_at_columns(rows)
    laid = []
    for row in rows:
        first, size = row[0][0], max(r.size for cell in row for r in cell)
        laid.append(((size - first.baseline) * _PT_PER_MM, first.x * _PT_PER_MM,
                     max(r.end for cell in row for r in cell) * _PT_PER_MM, -first.baseline * _PT_PER_MM,
                     " | ".join(_cell_text(cell) for cell in row), len(row) > 1))
    return laid


def _joined(pages: list[list[_Line]]) -> list[str]:
    """The pages' lines with prose wrapped at the right margin joined (join_wrapped, between table rows, which
    are never joined). The margins are the document's: a page holding only the signature lines has none of its
    own."""
    prose = [line for page in pages for line in page if not line[5]]
    margins = (min(line[1] for line in prose), max(line[2] for line in prose)) if prose else None
    out: list[str] = []
    for page in pages:
        paragraph: list[tuple] = []
        for line in page:
            if line[5]:
                out += [text for _, text in join_wrapped(paragraph, margins)] + [line[4]]
                paragraph = []
            else:
                paragraph.append(line[:5])
        out += [text for _, text in join_wrapped(paragraph, margins)]
    return out


# --- documents and pages -----------------------------------------------------------------------------------------

def _read_document(package: _Package, name: str, budget: _Budget, result: OfdResult) -> None:
    document = package.xml(name)
    base = posixpath.dirname(name)
    common = document.find("{*}CommonData")
    page_box = _numbers(document.findtext("{*}CommonData/{*}PageArea/{*}PhysicalBox"), 4)
    templates = {t.get("ID"): t.get("BaseLoc") for t in (common.iterfind("{*}TemplatePage") if common is not None
                                                          else ())}
    pages = document.findall("{*}Pages/{*}Page")
    if not pages:
        raise OfdError(f"{name} lists no pages")
    if len(pages) > limits.MAX_OFD_PAGES:
        result.errors.append(f"OFD has {len(pages)} pages; read the first {limits.MAX_OFD_PAGES}")
    template_runs: dict[str, tuple[list[_Run], _Budget]] = {}
    laid: list[list[_Line]] = []
    for number, entry in enumerate(pages[:limits.MAX_OFD_PAGES], 1):
        try:
            page = package.xml(package.resolve(entry.get("BaseLoc"), base))
            runs: list[_Run] = []
            for ref in page.iterfind("{*}Template"):
                tid = ref.get("TemplateID")
                if tid not in templates:
                    result.errors.append(f"OFD page {number} uses template {tid}, which {name} does not define")
                    continue
                if tid not in template_runs:
                    own = _Budget()     # bounded alone; spent on the document's budget on each page using it
                    template_runs[tid] = (_runs(package.xml(package.resolve(templates[tid], base)), own), own)
                found, cost = template_runs[tid]
                budget.spend(cost.objects, cost.chars)
                runs += found
            runs += _runs(page, budget)
            box = _numbers(page.findtext("{*}Area/{*}PhysicalBox"), 4) or page_box
            laid.append(_page_lines([r for r in runs if _on_page(r, box)]))
            result.pages += 1
        except OfdLimit as exc:
            result.errors.append(f"OFD not read past page {number}: {exc}")
            budget.exhausted = True
            break
        except OfdError as exc:    # one bad page does not lose the others
            result.errors.append(f"OFD page {number}: {exc}")
    result.lines += _joined(laid)


def read_ofd(data: bytes) -> OfdResult:
    """The text of every document of the package, page by page. Never raises on a broken package: what could not
    be read is in `errors` (text.extract_ofd makes them the ExtractedText's)."""
    result = OfdResult()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package = _Package(archive)
            if "OFD.xml" not in package.names:
                raise OfdError("the zip holds no OFD.xml: not an OFD package")
            root = package.xml("OFD.xml")
            bodies = root.findall("{*}DocBody")
            if _local(root.tag) != "OFD" or not bodies:
                raise OfdError("OFD.xml has no DocBody: not an OFD package")
            budget = _Budget()
            for body in bodies:
                result.title = result.title or (body.findtext("{*}DocInfo/{*}Title") or "").strip() or None
                try:
                    _read_document(package, package.resolve(body.findtext("{*}DocRoot"), ""), budget, result)
                except OfdError as exc:
                    result.errors.append(f"OFD could not be read: {exc}")
                if budget.exhausted:
                    break
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OfdError) as exc:
        result.errors.append(f"OFD could not be read: {exc}")
    return result
