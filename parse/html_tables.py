"""DOM `<table>` → grid, with rowspan/colspan resolved (bounded by limits.MAX_TABLE_CELLS).

A cell's text is stored at its top-left position; positions its span covers hold None, so the reader can tell a
blank cell ('' — a real cell with no value) from a position that belongs to another cell.
"""

from __future__ import annotations

import re

from lxml import etree
from nianbao.parse import limits
from nianbao.parse.cells import Grid

_MAX_SPAN = 1000
_WS = re.compile(r"[ \t\r\n\u00a0\u3000\u200b\ufeff]+")


class TableTooLarge(ValueError):
    pass


def _span(value: str | None) -> int:
    if value is None:
        return 1
    if value.isdigit():
        return min(max(int(value), 1), _MAX_SPAN)
    try:
        n = int(str(value).strip().rstrip(";"))
    except (TypeError, ValueError):
        return 1
    return min(max(n, 1), _MAX_SPAN)


_string = etree.XPath("string()")
_BLOCK = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


def _collect(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None or tag in _SKIP:          # comments, processing instructions, scripts
        return
    if tag in _BLOCK:
        out.append(" ")
    if el.text:
        out.append(el.text)
    for child in el:
        _collect(child, out)
        if child.tail:
            out.append(child.tail)


def cell_text(cell) -> str:
    """Text of a cell: text nodes joined (a number split over <span>s stays one number), line breaks and block
    boundaries as spaces, whitespace collapsed. Plain cells (the vast majority) take the fast XPath route."""
    if len(cell) == 0 or not any(child.tag in _BLOCK or child.tag in _SKIP for child in cell.iter()):
        return " ".join(_string(cell).split())
    out: list[str] = []
    _collect(cell, out)
    return " ".join("".join(out).split())


def table_rows(table) -> list:
    """The table's own rows (not those of nested tables)."""
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def table_grid(table, max_cells: int = limits.MAX_TABLE_CELLS,
               elements: dict | None = None) -> tuple[Grid, dict[tuple[int, int], int]]:
    """(grid, colspans by (row, col)) for one lxml <table> element. Raises TableTooLarge past `max_cells`.
    `elements`, when given, receives each cell's <td>/<th> element by its top-left (row, col) (for locators)."""
    rows = table_rows(table)
    placed: dict[tuple[int, int], str | None] = {}
    spans: dict[tuple[int, int], int] = {}
    width = 0
    n_rows = len(rows)
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.xpath("./td|./th"):
            while (r, c) in placed:
                c += 1
            rowspan = min(_span(cell.get("rowspan")), n_rows - r)
            colspan = _span(cell.get("colspan"))
            if (c + colspan) * n_rows > max_cells:
                raise TableTooLarge(f"table wider than {max_cells} cells allow")
            for dr in range(rowspan):
                for dc in range(colspan):
                    placed[(r + dr, c + dc)] = None
            placed[(r, c)] = cell_text(cell)
            if elements is not None:
                elements[(r, c)] = cell
            if colspan > 1:
                spans[(r, c)] = colspan
            c += colspan
            width = max(width, c)
        if len(placed) > max_cells:
            raise TableTooLarge(f"table has more than {max_cells} cells")
    grid: Grid = [[placed.get((r, c)) if (r, c) in placed else None for c in range(width)] for r in range(n_rows)]
    return grid, spans
