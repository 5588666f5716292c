"""Text of a document, whatever it was published as: `extract_text(data, content_type, url) -> ExtractedText`.

- HTML: decoded with nianbao.parse.encoding; the main content is found (known CMS body containers first, else the block
  holding most of the page's non-link text) after portal chrome is dropped (nav, header, footer, breadcrumbs,
  share bars, 相关链接, ICP lines). Tables are kept: rendered as `a | b | c` lines in the text, and handed to
  the table reader as grids (`tables`).
- PDF: pdfium via pypdfium2 (parse/pdf.py: text lines and ruled tables, ~10x faster than pdfminer), pdfplumber
  when pdfium is missing or fails; both bounded by limits.MAX_PDF_PAGES and limits.PDF_TIMEOUT_S.
- DOCX: python-docx's XML (paragraphs and tables in document order).
- DOC: antiword, else catdoc, in a subprocess (see `_doc_text`).
- OFD (GB/T 33190): parse/ofd.py reads positioned TextCode runs, laid out in lines, table rows as `a | b | c`.
- RTF, ODT/ODS, MHT: parse/rtf.py (striprtf), parse/odf.py (content.xml), parse/mhtml.py's first HTML page, read as HTML.
- TXT: decoded like HTML (BOM, charset, detector).
- ZIP, RAR: not read (an error says so): an archive's members are documents of their own (parse/zip_members.py).

Format is sniffed from magic bytes first, then the content type, then the URL suffix. Nothing here raises on
bad input: problems go into `errors` as {stage, message}.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from dataclasses import dataclass, field

from nianbao.parse import limits
from nianbao.parse.cells import Grid
from nianbao.parse.encoding import decode_html
from nianbao.parse.formats import ODF_FORMATS, OLE_FORMATS, sniff_format
from nianbao.parse.locators import (
    grid_cell_locators,
    html_cell_locators,
    pdf_cell_locators,
    stamp_table_paths,
    unstamp_table_paths,
)
from nianbao.parse.unpack import UNPACK_STAGE
from nianbao.parse.zip_members import ARCHIVE_FORMATS

FORMATS = ("html", "pdf", "docx", "doc", "ofd", "rtf", "odt", "ods", "mht", "txt")


@dataclass
class ExtractedTable:
    grid: Grid
    spans: dict[tuple[int, int], int] = field(default_factory=dict)
    # where each cell (by top-left (row, col)) sits in the document: parse/locators.py (cell provenance)
    cells: dict[tuple[int, int], dict] = field(default_factory=dict)


@dataclass
class ExtractedText:
    text: str
    title: str | None
    format: str                     # html | pdf | docx | doc | ofd | rtf | odt | ods | mht | txt (parse/formats.py: wps, …)
    html: str | None = None         # decoded HTML of the main content (HTML input only)
    errors: list[dict] = field(default_factory=list)
    tables: list[ExtractedTable] = field(default_factory=list)   # grids from DOM / PDF / DOCX tables
    meta: dict[str, str] = field(default_factory=dict)           # <meta> tags and labelled page metadata
    page_text: str = ""             # HTML: text of the whole page (metadata blocks live outside the content)
    images: int = 0                 # <img> elements inside the main content (tables published as images)


def _error(stage: str, message: str) -> dict:
    return {"stage": stage, "message": message}


# --- text clean-up shared by all formats -------------------------------------------------------------------

_SPACES = re.compile(r"[ \u00a0\u3000\u2002\u2003\u200b\ufeff\r\f\v]+")
_CHROME_LINE = re.compile(
    r"ICP备|ICP证|公网安备|网站标识码|版权所有|主办单位|承办单位|技术支持|联系我们|网站地图|打印本页|关闭窗口|"
    r"分享到|【?字[号体][:：]?\s*[\[【]?\s*[大中小]|视力保护色|^相关链接|^相关文章|^上一篇|^下一篇|^扫一扫|"
    r"^责任编辑|^【\s*打印|^\[\s*打印|^当前位置|^您现在的位置|^您的位置|^首页\s*[>＞»]|^首页$|^>")
_CHROME_MAX_CHARS = 80


def clean_lines(text: str, drop_chrome: bool = True) -> str:
    out = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        if drop_chrome and len(line) <= _CHROME_MAX_CHARS and _CHROME_LINE.search(line):
            continue
        out.append(line)
    return "\n".join(out)


# --- HTML ---------------------------------------------------------------------------------------------------

CONTENT_SELECTORS = (
    ".TRS_Editor", "#zoom", ".Custom_UnionStyle", ".article-content", ".xxgk_content", "#ivs_content",
    ".zw-content", "#UCAP-CONTENT", ".TRS_UEDITOR", ".news_content", ".article_content", ".detail-content",
    ".content-text", "#Zoom", ".wzcon", ".zoom", ".con_text", ".main-content", ".gk-content", "#content",
)
_CONTENT_CLASSES = frozenset(sel[1:] for sel in CONTENT_SELECTORS if sel.startswith("."))
_CONTENT_IDS = frozenset(sel[1:] for sel in CONTENT_SELECTORS if sel.startswith("#"))

_WITH_ATTRS_XPATH = None


def _WITH_ATTRS(root) -> list:  # noqa: N802 (a compiled XPath, called like one)
    """Elements carrying a class or id attribute (filtered in C)."""
    global _WITH_ATTRS_XPATH
    if _WITH_ATTRS_XPATH is None:
        from lxml import etree

        _WITH_ATTRS_XPATH = etree.XPath("//*[@class or @id]")
    return _WITH_ATTRS_XPATH(root)


def _html_parser():
    from lxml import etree

    return etree.HTMLParser(remove_comments=True, remove_pis=True)


_DROP_TAGS = ("script", "style", "noscript", "nav", "iframe", "select", "button", "object", "embed", "svg",
              "template", "link", "input", "textarea", "map", "audio", "video")
_CHROME_ATTR = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|navigation|menu|topbar|top-bar|header|footer|foot|breadcrumbs?|crumbs?|"
    r"position|location|weizhi|dqwz|share|bdshare|bdsharebuttonbox|jiathis|fenxiang|copyright|banquan|xglj|"
    r"related|relate|friendlinks?|yqlj|sidebar|toolbar|print|dayin|gotop|qrcode|ewm|login|skip)(?:[\s_\-]|\d|$)",
    re.I)
_REPORT_MARKERS = ("勾稽", "第二十条", "申请人情况", "行政复议")
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                         "article", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "caption", "header",
                         "footer", "main", "form", "fieldset", "address", "figure", "figcaption", "tr", "table"})
_META_LABELS = re.compile(
    r"(发布日期|发布时间|成文日期|发文日期|公开日期|生成日期|发布机构|发文机关|发布单位|信息来源|来源|索引号|文号|"
    r"主题分类|信息分类|分类)\s*[:：]\s*([^\s|｜]{1,40}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


_STRING = None


def text_of(el) -> str:
    """The text of a subtree (XPath string-value: text nodes only, no comments), in C."""
    global _STRING
    if _STRING is None:
        from lxml import etree

        _STRING = etree.XPath("string()")
    return _STRING(el)


def _drop(el) -> None:
    """Remove an element but keep its tail text (what lxml.html's drop_tree does, for plain etree elements)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _element_text_len(el) -> int:
    return len(_SPACES.sub("", text_of(el)))


def _drop_chrome(root) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter("header", "footer")):
        if el.getparent() is not None and el.find(".//h1") is None and el.find(".//table") is None:
            _drop(el)
    candidates = [el for el in _WITH_ATTRS(root) if el.tag not in ("html", "body")
                  and _CHROME_ATTR.search(f"{el.get('class') or ''} {el.get('id') or ''}")]
    for el in candidates:
        if el.getparent() is None:
            continue
        text = text_of(el)
        if any(m in text for m in _REPORT_MARKERS) or len(text) > 2000:
            continue     # a container named like chrome that holds the report
        _drop(el)


def _link_text_len(el) -> int:
    return sum(len(_SPACES.sub("", text_of(a))) for a in el.iter("a"))


def _densest(body):
    """Walk down from <body> while one child holds at least 70% of the parent's non-link text."""
    node = body
    while True:
        total = _element_text_len(node) - _link_text_len(node)
        if total <= 0:
            return node
        best, best_len = None, 0
        for child in node:
            if not isinstance(child.tag, str):
                continue
            n = _element_text_len(child) - _link_text_len(child)
            if n > best_len:
                best, best_len = child, n
        if best is None or best_len < 0.7 * total or best.tag in ("p", "span", "a", "td", "tr", "table"):
            return node
        node = best


def main_content(root):
    """The element holding the report body: the largest known CMS body container, else the densest block."""
    found = []
    for el in _WITH_ATTRS(root):
        ident, classes = el.get("id"), el.get("class")
        if (ident and ident in _CONTENT_IDS) or (classes and not _CONTENT_CLASSES.isdisjoint(classes.split())):
            n = _element_text_len(el)
            if n >= 100:
                found.append((n, el))
    body = root.find(".//body")
    densest = _densest(body if body is not None else root)
    if found:
        length, best = max(found, key=lambda pair: pair[0])
        # a known container wins unless it holds much less text than the densest block (a `.content` sidebar)
        if length >= 0.6 * _element_text_len(densest):
            return best
    return densest


def drop_scripts(root) -> None:
    for el in list(root.iter("script", "style", "noscript", "template")):
        _drop(el)


def content_element(root):
    """The main content element of a parsed page as extract_html finds it (scripts and chrome dropped from `root`
    first)."""
    drop_scripts(root)
    _drop_chrome(root)
    return main_content(root)


def _render(el, parts: list[str], tables: list, table_errors: list[str]) -> None:
    from nianbao.parse.html_tables import TableTooLarge, cell_text, table_grid, table_rows

    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None or tag in ("script", "style"):
        return
    if tag == "table" and el.find(".//table") is None:
        parts.append("\n")
        try:
            elements: dict = {}
            grid, spans = table_grid(el, elements=elements)
        except TableTooLarge as exc:
            table_errors.append(str(exc))
            for tr in table_rows(el)[:1000]:
                parts.append(" | ".join(cell_text(td) for td in tr.xpath("./td|./th")) + "\n")
            return
        if grid:
            tables.append(ExtractedTable(grid, spans, html_cell_locators(el, elements)))
        for row in grid:
            parts.append(" | ".join(c for c in row if c is not None) + "\n")
        return
    block = tag in _BLOCK_TAGS
    if block or tag == "br":
        parts.append("\n")
    if tag == "img" and el.get("alt"):
        parts.append(el.get("alt"))
    if el.text:
        parts.append(el.text)
    for child in el:
        _render(child, parts, tables, table_errors)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _html_title(root, meta: dict[str, str]) -> str | None:
    for key in ("articletitle", "title", "og:title"):
        if meta.get(key):
            return meta[key].strip()
    for xpath in ("//h1", "//*[contains(@class,'title')]", "//title"):
        for el in root.xpath(xpath)[:3]:
            text = _SPACES.sub(" ", text_of(el)).strip()
            if 4 <= len(text) <= 200:
                return text
    return None


def extract_html(data: bytes, content_type: str | None = None) -> ExtractedText:
    from lxml import etree

    errors: list[dict] = []
    html, _encoding = decode_html(data, content_type)
    if len(html) > limits.MAX_HTML_CHARS:
        errors.append(_error("extract", f"HTML longer than {limits.MAX_HTML_CHARS} characters; truncated"))
        html = html[:limits.MAX_HTML_CHARS]
    html = _XML_DECL.sub("", html)
    try:
        root = etree.fromstring(html, _html_parser()) if html.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        root = None
        errors.append(_error("extract", f"HTML could not be parsed: {exc}"))
    if root is None:
        if not errors:
            errors.append(_error("extract", "empty document"))
        return ExtractedText("", None, "html", None, errors)
    stamp_table_paths(root)   # before anything is removed: locators name paths in the document as archived
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or el.get("http-equiv") or "").strip().lower()
        if name and el.get("content") and name not in meta:
            meta[name] = el.get("content").strip()
    title_el = root.find(".//title")
    if title_el is not None and text_of(title_el).strip():
        meta.setdefault("html_title", _SPACES.sub(" ", text_of(title_el)).strip())
    title = _html_title(root, meta)
    body = root.find(".//body")
    drop_scripts(root)
    page_text = clean_lines(_SPACES.sub(" ", text_of(body if body is not None else root)), False)
    for label, value in _META_LABELS.findall(page_text[:20000]):
        meta.setdefault(f"label:{label}", value)
    _drop_chrome(root)
    content = main_content(root)
    parts: list[str] = []
    tables: list[ExtractedTable] = []
    table_errors: list[str] = []
    _render(content, parts, tables, table_errors)
    errors += [_error("tables", e) for e in table_errors]
    text = clean_lines("".join(parts))
    if len(text) > limits.MAX_TEXT_CHARS:
        errors.append(_error("extract", f"text longer than {limits.MAX_TEXT_CHARS} characters; truncated"))
        text = text[:limits.MAX_TEXT_CHARS]
    unstamp_table_paths(root)
    images = len(content.xpath(".//img"))
    content_html = etree.tostring(content, encoding="unicode", method="html")
    return ExtractedText(text, title, "html", content_html, errors, tables, meta, page_text, images)


# --- TXT -----------------------------------------------------------------------------------------------------

def extract_txt(data: bytes, content_type: str | None = None) -> ExtractedText:
    text, _encoding = decode_html(data, content_type)
    errors = []
    if len(text) > limits.MAX_TEXT_CHARS:
        errors.append(_error("extract", f"text longer than {limits.MAX_TEXT_CHARS} characters; truncated"))
        text = text[:limits.MAX_TEXT_CHARS]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Tabs stay (they separate table cells); lines that are portal chrome copied along with the page go.
    cleaned = "\n".join(line.strip(" \u00a0\u3000\ufeff") for line in text.split("\n"))
    cleaned = "\n".join(line for line in cleaned.split("\n")
                        if line.strip() and not (len(line) <= _CHROME_MAX_CHARS and _CHROME_LINE.search(line)))
    # page_text keeps the chrome lines: they hold the page's labelled metadata (来源: … 发布时间: …)
    page_text = "\n".join(line for line in text.split("\n") if line.strip())
    return ExtractedText(cleaned, None, "txt", None, errors, page_text=page_text)


# --- PDF -----------------------------------------------------------------------------------------------------

def _pdf_table_lines(grid: Grid) -> list[str]:
    return [" | ".join(c or "" for c in row if c is not None) for row in grid]


def extract_pdf(data: bytes) -> ExtractedText:
    """pdfium first (parse/pdf.py: fast, C); pdfplumber when pypdfium2 is missing or pdfium cannot read the file."""
    try:
        from nianbao.parse.pdf import read_pdf

        result = read_pdf(data)
    except ImportError:
        return extract_pdf_pdfplumber(data)
    except Exception as exc:  # pdfium's PdfiumError and ctypes errors on damaged files: try the other reader
        fallback = extract_pdf_pdfplumber(data)
        fallback.errors.insert(0, _error("extract", f"pdfium could not read the PDF ({type(exc).__name__}: {exc}); "
                                                     f"read with pdfplumber"))
        return fallback
    text = clean_lines("\n".join(result.lines))
    tables = [ExtractedTable(t.grid, t.spans, pdf_cell_locators(t)) for t in result.tables]
    errors = [_error("extract", message) for message in result.errors]
    if not text.strip() and result.pages:
        errors.append(_error("extract", "the PDF has no text layer (a scan?); no OCR is done"))
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], result.title, "pdf", None, errors, tables,
                         {"pdf_reader": "pdfium"}, text)


def extract_pdf_pdfplumber(data: bytes) -> ExtractedText:
    import pdfplumber

    errors: list[dict] = []
    tables: list[ExtractedTable] = []
    lines: list[str] = []
    title = None
    started = time.monotonic()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = {str(k).lower(): str(v) for k, v in (pdf.metadata or {}).items() if isinstance(v, (str, int))}
            title = meta.get("title") or None
            pages = pdf.pages
            if len(pages) > limits.MAX_PDF_PAGES:
                errors.append(_error("extract", f"PDF has {len(pages)} pages; read the first {limits.MAX_PDF_PAGES}"))
            for number, page in enumerate(pages[:limits.MAX_PDF_PAGES], 1):
                if time.monotonic() - started > limits.PDF_TIMEOUT_S:
                    errors.append(_error("extract", f"PDF took longer than {limits.PDF_TIMEOUT_S} s; stopped at "
                                                    f"page {number}"))
                    break
                try:
                    lines += _pdf_page(page, tables)
                except Exception as exc:  # pdfminer raises many types on malformed pages
                    errors.append(_error("extract", f"PDF page {number}: {type(exc).__name__}: {exc}"))
                finally:
                    page.close()
    except Exception as exc:
        errors.append(_error("extract", f"PDF could not be read: {type(exc).__name__}: {exc}"))
        return ExtractedText("", None, "pdf", None, errors)
    text = clean_lines("\n".join(lines))
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], title, "pdf", None, errors, tables,
                         {"pdf_reader": "pdfplumber"}, text)


def _pdf_page(page, tables: list[ExtractedTable]) -> list[str]:
    found = page.find_tables()
    boxes = []
    items: list[tuple[float, list[str]]] = []
    for table in found:
        grid: Grid = []
        for row in table.extract():
            grid.append([None if c is None else _SPACES.sub(" ", c.replace("\n", "")).strip() for c in row])
        if grid:
            tables.append(ExtractedTable(grid))
            boxes.append(table.bbox)
            items.append((table.bbox[1], _pdf_table_lines(grid)))
    for line in page.extract_text_lines(return_chars=False):
        middle_x = (line["x0"] + line["x1"]) / 2
        middle_y = (line["top"] + line["bottom"]) / 2
        if any(b[0] <= middle_x <= b[2] and b[1] <= middle_y <= b[3] for b in boxes):
            continue
        items.append((line["top"], [line["text"]]))
    items.sort(key=lambda item: item[0])
    return [text for _, chunk in items for text in chunk]


# --- DOCX ----------------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_par_text(p) -> str:
    return "".join((node.text or "") if node.tag == f"{_W}t" else " "
                   for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"))


def _docx_grid(tbl) -> tuple[Grid, dict[tuple[int, int], int]]:
    placed: dict[tuple[int, int], str | None] = {}
    spans: dict[tuple[int, int], int] = {}
    width = 0
    rows = tbl.findall(f"{_W}tr")
    for r, tr in enumerate(rows):
        c = 0
        before = tr.find(f"{_W}trPr/{_W}gridBefore")
        if before is not None:
            c = int(before.get(f"{_W}val", "0") or 0)
        for tc in tr.findall(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            colspan, vmerge = 1, None
            if tcpr is not None:
                gs = tcpr.find(f"{_W}gridSpan")
                if gs is not None:
                    colspan = max(1, min(int(gs.get(f"{_W}val", "1") or 1), 1000))
                vm = tcpr.find(f"{_W}vMerge")
                if vm is not None:
                    vmerge = vm.get(f"{_W}val", "continue")
            text = " ".join(_docx_par_text(p).strip() for p in tc.iter(f"{_W}p")).strip()
            for dc in range(colspan):
                placed[(r, c + dc)] = None
            if vmerge != "continue":
                placed[(r, c)] = text
                if colspan > 1:
                    spans[(r, c)] = colspan
            c += colspan
            width = max(width, c)
        if len(placed) > limits.MAX_TABLE_CELLS:
            break
    grid = [[placed.get((r, c)) for c in range(width)] for r in range(len(rows))]
    return grid, spans


def extract_docx(data: bytes) -> ExtractedText:
    from docx import Document

    errors: list[dict] = []
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, BadZipFile, XMLSyntaxError, ...
        return ExtractedText("", None, "docx", None, [_error("extract", f"DOCX could not be read: "
                                                                      f"{type(exc).__name__}: {exc}")])
    lines: list[str] = []
    tables: list[ExtractedTable] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(_docx_par_text(child))
        elif child.tag == f"{_W}tbl":
            grid, spans = _docx_grid(child)
            tables.append(ExtractedTable(grid, spans, grid_cell_locators("docx", len(tables), grid)))
            lines += _pdf_table_lines(grid)
    title = (document.core_properties.title or None) if document.core_properties else None
    text = clean_lines("\n".join(lines))
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], title, "docx", None, errors, tables, {}, text)


# --- OFD -----------------------------------------------------------------------------------------------------

def extract_ofd(data: bytes) -> ExtractedText:
    """parse/ofd.py reads the package (GB/T 33190: positioned text runs laid out in lines, table rows as
    `a | b | c` lines for the flattened-table reader); its DocInfo Title is the title."""
    from nianbao.parse.ofd import read_ofd

    result = read_ofd(data)
    text = clean_lines("\n".join(result.lines))
    errors = [_error("extract", message) for message in result.errors]
    if not text and result.pages:
        errors.append(_error("extract", "the OFD has no text (its pages are images?); no OCR is done"))
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], result.title, "ofd", None, errors, [], {}, text)


# --- RTF, ODT/ODS, MHT ------------------------------------------------------------------------------------------

def _grid_tables(fmt: str, grids: list) -> list[ExtractedTable]:
    """ExtractedTables of (grid, spans) pairs, each cell located by its table's index, row and column."""
    return [ExtractedTable(grid, spans, grid_cell_locators(fmt, index, grid))
            for index, (grid, spans) in enumerate(grids)]


def extract_rtf(data: bytes) -> ExtractedText:
    from nianbao.parse.rtf import read_rtf

    result = read_rtf(data)
    text = clean_lines("\n".join(result.lines))
    errors = [_error("extract", message) for message in result.errors]
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], None, "rtf", None, errors,
                         _grid_tables("rtf", [(grid, {}) for grid in result.tables]), {}, text)


def extract_odf(data: bytes, fmt: str) -> ExtractedText:
    from nianbao.parse.odf import read_odf

    result = read_odf(data)
    text = clean_lines("\n".join(result.lines))
    errors = [_error("extract", message) for message in result.errors]
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], None, fmt, None, errors,
                         _grid_tables(fmt, [(t.grid, t.spans) for t in result.tables]), {}, text)


def extract_mht(data: bytes, url: str | None) -> ExtractedText:
    """The archive's first HTML page (its root: the document Word saved), read as any page in its part's charset."""
    from nianbao.parse.mhtml import html_parts

    read = html_parts(data, url or "")
    if not read.parts:
        reason = {"too_large": "larger than parse/mhtml.py's MAX_MHTML_BYTES", "not_mime": "no MIME message",
                  "no_html": "it holds no HTML part"}.get(read.unread, read.unread)
        return ExtractedText("", None, "mht", None, [_error("extract", f"MHTML archive not read: {reason}")])
    return extract_html(read.parts[0].body, read.parts[0].content_type)


# --- DOC -----------------------------------------------------------------------------------------------------

def _limit_converter() -> None:
    """In the converter's process before exec: a hostile OLE file (.doc, .wps) may make antiword or catdoc
    allocate or write without end; the address space and CPU time are capped, so it fails instead."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limits.DOC_CONVERTER_MEMORY_BYTES, limits.DOC_CONVERTER_MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.DOC_CONVERTER_TIMEOUT_S, limits.DOC_CONVERTER_TIMEOUT_S))


def _doc_text(data: bytes) -> tuple[str, list[dict]]:
    """The one place parse/ starts a process: the binary Word format has no maintained Python reader, so Debian's
    antiword (else catdoc) converts it. It runs on a private temporary file (antiword cannot read a pipe) with a
    time limit (limits.DOC_CONVERTER_TIMEOUT_S), no shell, and its output capped at limits.MAX_TEXT_CHARS."""
    errors: list[dict] = []
    tools = [(name, args) for name, args in (("antiword", ["-w", "0", "-m", "UTF-8.txt"]), ("catdoc", ["-d", "utf-8"]))
             if shutil.which(name)]
    if not tools:
        return "", [_error("extract", "no .doc converter: install antiword or catdoc (apt-get install antiword)")]
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        for name, args in tools:
            try:
                done = subprocess.run([shutil.which(name), *args, handle.name], capture_output=True,
                                      timeout=limits.DOC_CONVERTER_TIMEOUT_S, check=False,
                                      preexec_fn=_limit_converter)
            except subprocess.TimeoutExpired:
                errors.append(_error("extract", f"{name} took longer than {limits.DOC_CONVERTER_TIMEOUT_S} s"))
                continue
            except OSError as exc:
                errors.append(_error("extract", f"{name} could not run: {exc}"))
                continue
            out = done.stdout[: limits.MAX_TEXT_CHARS * 4].decode("utf-8", errors="replace")
            if done.returncode == 0 and out.strip():
                return out, errors
            message = done.stderr.decode("utf-8", "replace").strip()[:200] or f"exit status {done.returncode}"
            errors.append(_error("extract", f"{name} failed: {message}"))
    return "", errors


_GLUED_HEADING = re.compile(r"\s*\|\s*(?=[一二三四五六七]、)")


def extract_doc(data: bytes) -> ExtractedText:
    text, errors = _doc_text(data)
    # antiword writes a table's rows as `|a |b |` lines and runs the end of a table into the next heading
    # (`…|1 | |四、政府信息公开行政复议…`): start headings on a line of their own.
    text = _GLUED_HEADING.sub("\n", text)
    text = clean_lines(text.replace("\r", "\n"))
    return ExtractedText(text[:limits.MAX_TEXT_CHARS], None, "doc", None, errors, [], {}, text)


# --- front door ----------------------------------------------------------------------------------------------

# An archive is no document (its bytes read as text are noise): its members are documents of their own.
_NOT_READ = {
    "zip": "a zip archive is not one document: each report in it is parsed as a document of its own "
           "(parse/zip_members.py; `nianbao dedup` expands archived zips, `nianbao parse` a zip file)",
    "rar": "a RAR archive is not one document: each report in it is parsed as a document of its own "
           "(parse/zip_members.py; `nianbao dedup` expands archived RARs, `nianbao parse` a RAR file)",
}


def unpack_refusal(data: bytes, fmt: str) -> ExtractedText | None:
    """An ExtractedText with the reason when a DOCX, OFD, ODT/ODS or PDF would unpack beyond parse/limits.py, else
    None."""
    from nianbao.parse.unpack import UnpackLimit, check_pdf_streams, check_zip

    try:
        if fmt in ("docx", "ofd", *ODF_FORMATS):
            check_zip(data)
        elif fmt == "pdf":
            check_pdf_streams(data)
    except UnpackLimit as exc:
        return ExtractedText("", None, fmt, None, [_error(UNPACK_STAGE, f"{fmt.upper()} not parsed: {exc}")])
    except zipfile.BadZipFile:
        return None        # python-docx (parse/ofd.py, parse/odf.py) says what is wrong with it
    return None


def read_text(data: bytes, fmt: str, content_type: str | None = None, url: str | None = None) -> ExtractedText:
    """The reader of each format (parse/formats.py): OLE files (WPS, Excel 97 too) go to antiword/catdoc; a
    format with no reader of its own (other files) is read as text, for whatever is legible in it."""
    if fmt == "html":
        return extract_html(data, content_type)
    if fmt == "pdf":
        return extract_pdf(data)
    if fmt == "docx":
        return extract_docx(data)
    if fmt == "ofd":
        return extract_ofd(data)
    if fmt == "rtf":
        return extract_rtf(data)
    if fmt in ODF_FORMATS:
        return extract_odf(data, fmt)
    if fmt == "mht":
        return extract_mht(data, url)
    if fmt in OLE_FORMATS:
        return extract_doc(data)
    return extract_txt(data, content_type)


def extract_text(data: bytes, content_type: str | None = None, url: str | None = None) -> ExtractedText:
    """Main-content text of a document of any supported format. Never raises on bad input."""
    fmt = "txt"
    try:
        if data is None:
            data = b""
        if len(data) > limits.MAX_DOCUMENT_BYTES:
            return ExtractedText("", None, sniff_format(data[:4096], content_type, url), None,
                                 [_error("extract", f"document of {len(data)} bytes exceeds "
                                                    f"{limits.MAX_DOCUMENT_BYTES}; not parsed")])
        fmt = sniff_format(data, content_type, url)
        if fmt in ARCHIVE_FORMATS:
            return ExtractedText("", None, fmt, None, [_error("extract", _NOT_READ[fmt])])
        refused = unpack_refusal(data, fmt)
        if refused is not None:
            return refused
        extracted = read_text(data, fmt, content_type, url)
        extracted.format = fmt    # the document's format (a .wps is read by the .doc reader and stays wps)
        return extracted
    except Exception as exc:  # the contract: never raise; a bug here becomes a recorded error
        return ExtractedText("", None, fmt, None, [_error("extract", f"{type(exc).__name__}: {exc}")])
