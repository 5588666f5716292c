"""Cell-level provenance: where each table value sits in its document, and reading it back from there.

A locator is a small dict. The document part depends on the format:

- `{"kind": "html", "dom_path": "/html/body/div[2]/table/tbody/tr[5]/td[3]"}` — the cell's path in the document
  as archived (taken before scripts and page chrome are removed for text extraction);
- `{"kind": "pdf", "page": 2, "bbox": [left, bottom, right, top]}` — PDF points, origin bottom-left;
- `{"kind": "docx", "table": 1, "row": 4, "col": 2}` — the n-th table of the body, its grid row and column;
- `{"kind": "text"}` — a table flattened to text (no cell structure): only the text identifies it.

Every locator also carries `grid: [table, row, col]` (the parser's grid position, when there is one), `text`
(the cell's extracted text) and `span: [start, end]` (where the number is in that text). Reading a cell back
from the document's bytes is parse/cell_reading.py (it extracts documents, so it sits above parse/text.py, which
makes the locators here).
Bytes in, Python objects out: no I/O here.
"""

from __future__ import annotations

import re

PATH_ATTR = "data-nianbao-path"
CELL_PATH_ATTR = "data-nianbao-cell"     # a cell's own path, in the page it was archived in (joined pages)
PAGE_ATTR = "data-nianbao-page"          # the article page (2, 3, …) a cell was archived in (joined pages)
_NUMBER = re.compile(r"[-−+]?\d[\d,，]*(?:\.\d+)?")


# ---------------------------------------------------------------- while extracting


def stamp_table_paths(root) -> None:
    """Remember each table's path in the document as parsed, before extraction removes anything."""
    tree = root.getroottree()
    for table in root.iter("table"):
        table.set(PATH_ATTR, tree.getpath(table))


def unstamp_table_paths(root) -> None:
    for table in root.iter("table"):
        table.attrib.pop(PATH_ATTR, None)


def stamp_cell_paths(root, page: int | None = None) -> None:
    """Remember each cell's path in its page as archived (and, for a later page of an article cut into pages,
    the page's number): the pages' contents are joined into one document before extraction
    (parse/article_pages.py), where a cell's path would no longer name it in its archived page."""
    tree = root.getroottree()
    for cell in root.iter("td", "th"):
        cell.set(CELL_PATH_ATTR, tree.getpath(cell))
        if page is not None:
            cell.set(PAGE_ATTR, str(page))


def html_cell_locators(table, elements: dict) -> dict:
    """{(row, col): locator} for the cells of one DOM table. A cell's path is the table's original path plus
    its path inside the table (nothing inside a table is removed by extraction), or the path stamped on the
    cell itself (`stamp_cell_paths`), with the article page that holds it."""
    base = table.get(PATH_ATTR)
    if base is None:
        return {}
    tree = table.getroottree()
    here = tree.getpath(table)
    out = {}
    for key, cell in elements.items():
        if cell.get(CELL_PATH_ATTR):
            out[key] = {"kind": "html", "dom_path": cell.get(CELL_PATH_ATTR)}
            if (cell.get(PAGE_ATTR) or "").isdigit():
                out[key]["article_page"] = int(cell.get(PAGE_ATTR))
            continue
        path = tree.getpath(cell)
        if path.startswith(here):
            out[key] = {"kind": "html", "dom_path": base + path[len(here):]}
    return out


def pdf_cell_locators(table) -> dict:
    return {key: {"kind": "pdf", "page": table.page, "bbox": [round(v, 2) for v in bbox]}
            for key, bbox in table.cells.items()}


def grid_cell_locators(kind: str, index: int, grid) -> dict:
    """A cell of a document's `index`-th table (DOCX, RTF, ODT/ODS: tables without pages) by its row and column."""
    return {(r, c): {"kind": kind, "table": index, "row": r, "col": c}
            for r, row in enumerate(grid) for c, cell in enumerate(row) if cell is not None}


def number_span(text: str) -> list[int]:
    match = _NUMBER.search(text)
    return [match.start(), match.end()] if match else [0, len(text)]


def value_locator(token, tables) -> dict:
    """The locator of one placed value token. `tables`: the ExtractedTables its grid tokens came from (None for
    a table read from flattened text)."""
    locator: dict = {"kind": "text"}
    if tables is not None and isinstance(token.row, tuple) and token.col is not None:
        index, row = token.row
        if 0 <= index < len(tables):
            locator = dict(tables[index].cells.get((row, token.col)) or locator)
            locator["grid"] = [index, row, token.col]
    locator["text"] = token.raw
    locator["span"] = number_span(token.raw)
    return locator


def table_locators(table_key: str, result) -> dict[str, dict]:
    """{"applications.new_received.total": locator, …} for one table a TableResult read."""
    prefix = table_key + "."
    return {key: value_locator(token, result.source_tables) for key, token in result.sources.items()
            if key.startswith(prefix)}


# ---------------------------------------------------------------- reading back
