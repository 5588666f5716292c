"""Text of an OpenDocument text or spreadsheet (`.odt`, `.ods`: LibreOffice's and WPS's, GB/T 17798):
`read_odf(data) -> OdfRead`, paragraphs and headings as lines, table rows as `a | b | c` lines and grids.

The package's `content.xml` (ODF 1.2 part 1) read with lxml, not odfpy: the vocabulary read is small and fixed
(text:p, text:h, text:list, text:section, table:table and its rows and cells; text:s, text:tab, text:line-break
inside a paragraph) and lxml is already a dependency, where odfpy would build a DOM of every element. The caller
checks the zip's sizes first (parse/unpack.py check_zip, as for DOCX and OFD); the XML parser resolves no entities
and fetches nothing. Repeated cells and rows (a sheet's padding) are capped at limits.MAX_ODF_REPEATED and empty
trailing ones dropped; grids at limits.MAX_TABLE_CELLS. Pure; no I/O."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from nianbao.parse import limits
from nianbao.parse.cells import Grid

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_PARAGRAPHS = (f"{_TEXT}p", f"{_TEXT}h")
_CONTAINERS = (f"{_TEXT}list", f"{_TEXT}list-item", f"{_TEXT}list-header", f"{_TEXT}section",
               f"{_OFFICE}text", f"{_OFFICE}spreadsheet", f"{_TEXT}index-body")
_ROW_GROUPS = (f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group")
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_SKIPPED = (f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}tracked-changes")   # footnotes, comments, old text


@dataclass
class OdfTable:
    grid: Grid                                    # the rows padded to the widest with ""
    spans: dict[tuple[int, int], int] = field(default_factory=dict)
    rows: Grid = field(default_factory=list)      # the rows as written (their lines)


@dataclass
class OdfRead:
    lines: list[str] = field(default_factory=list)
    tables: list[OdfTable] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_odf(data: bytes) -> OdfRead:
    """The document's lines and tables in document order (module docstring); problems in `errors`, never raised."""
    from lxml import etree

    read = OdfRead()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            content = package.read("content.xml")
    except KeyError:
        read.errors.append("the OpenDocument package has no content.xml (not an ODF document, or damaged)")
        return read
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError, EOFError) as exc:
        read.errors.append(f"the OpenDocument package could not be opened: {type(exc).__name__}: {exc}")
        return read
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        read.errors.append(f"content.xml is no well-formed XML: {exc}")
        return read
    body = root.find(f"{_OFFICE}body")
    if body is None:
        read.errors.append("content.xml has no office:body")
        return read
    _block(body, read)
    return read


def _block(element, read: OdfRead) -> None:
    for child in element:
        if child.tag in _PARAGRAPHS:
            read.lines.append(paragraph_text(child))
        elif child.tag == f"{_TABLE}table":
            table = _table(child)
            read.tables.append(table)
            read.lines += [" | ".join(c for c in row if c is not None) for row in table.rows]
        elif child.tag in _CONTAINERS or child.tag == f"{_OFFICE}body":
            _block(child, read)


def paragraph_text(p) -> str:
    """A paragraph's text: spans and links read through, text:s as its count of spaces, a tab as a space, a line
    break as a line end; notes and comments left out."""
    parts = [p.text or ""]
    for child in p:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * min(int(child.get(f"{_TEXT}c", "1") or 1), 100))
        elif tag == f"{_TEXT}tab":
            parts.append(" ")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED and isinstance(tag, str):
            parts.append(paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _repeat(element, name: str) -> int:
    try:
        return max(1, min(int(element.get(f"{_TABLE}{name}", "1")), limits.MAX_ODF_REPEATED))
    except ValueError:
        return 1


def _rows(table):
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _table(table) -> OdfTable:
    """The grid of a table: a spanned cell's text at its top-left, None in the cells it covers."""
    grid: Grid = []
    spans: dict[tuple[int, int], int] = {}
    cells = 0
    for row in _rows(table):
        values: list[str | None] = []
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            covered = cell.tag == f"{_TABLE}covered-table-cell"
            text = None if covered else " ".join(paragraph_text(p).strip() for p in cell.iter(*_PARAGRAPHS)).strip()
            span = _repeat(cell, "number-columns-spanned")
            if span > 1:
                spans[(len(grid), len(values))] = span
            values += [text] * _repeat(cell, "number-columns-repeated")
        while values and values[-1] == "":   # a sheet's padding: its empty cells repeated to the last column
            values.pop()
        for _ in range(_repeat(row, "number-rows-repeated")):
            if cells + len(values) > limits.MAX_TABLE_CELLS:
                break
            grid.append(list(values))
            cells += len(values)
    while grid and not any(grid[-1]):
        grid.pop()
    width = max((len(row) for row in grid), default=0)
    return OdfTable([row + [""] * (width - len(row)) for row in grid], spans, grid)
