"""Reading a located cell back from its document's bytes (the locators are made by parse/locators.py during text
extraction): `resolve()` gives the cell's text, so a caller holding the archived record can check a value;
`row_snippet()` the table row around it. Bytes in, Python objects out: no I/O here."""

from __future__ import annotations

from functools import lru_cache


def resolve(data: bytes, content_type: str | None, locator: dict) -> str | None:
    """The text of the located cell in the document's bytes (None if the locator does not resolve)."""
    kind = locator.get("kind")
    if kind == "html":
        return _resolve_html(data, content_type, locator["dom_path"])
    if kind == "pdf":
        return _resolve_pdf(data, locator["page"], locator["bbox"])
    if kind == "docx":
        return _resolve_docx(data, locator["table"], locator["row"], locator["col"])
    if kind == "text":
        text = locator.get("text") or ""
        return text if text and text in _flat_text(data, content_type) else None
    return None


@lru_cache(maxsize=4)
def _flat_text(data: bytes, content_type: str | None) -> str:
    from nianbao.parse.text import extract_text

    return extract_text(data, content_type, None).text


@lru_cache(maxsize=4)
def _docx_grids(data: bytes) -> list:
    import io

    from docx import Document
    from nianbao.parse.text import _W, _docx_grid

    body = Document(io.BytesIO(data)).element.body
    return [_docx_grid(child)[0] for child in body.iterchildren() if child.tag == f"{_W}tbl"]


def _pdf_cell_text(data: bytes, page_number: int, bbox: tuple[float, ...], band: bool = False) -> str | None:
    """The text inside a cell's box (or, with `band`, across the page at the cell's height)."""
    from nianbao.parse.pdf import _INSET

    found = _pdf_textpage(data, page_number)
    if found is None:
        return None
    _, textpage, width = found
    left, bottom, right, top = bbox
    if band:
        left, right = 0, width
    text = textpage.get_text_bounded(left + _INSET, bottom + _INSET, right - _INSET, top - _INSET)
    return " ".join(part.strip() for part in text.replace("\r", "\n").split("\n") if part.strip())


@lru_cache(maxsize=4)   # a document's cells are read one after another; pypdfium2 closes what is dropped
def _pdf_textpage(data: bytes, page_number: int):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    if not 1 <= page_number <= len(document):
        return None
    page = document[page_number - 1]
    return (document, page), page.get_textpage(), page.get_width()


def _resolve_html(data: bytes, content_type: str | None, dom_path: str) -> str | None:
    from nianbao.parse.html_tables import cell_text

    root = _html_root(data, content_type)
    found = root.getroottree().xpath(dom_path) if root is not None else []
    return cell_text(found[0]) if found else None


@lru_cache(maxsize=4)   # one document's cells are read back one after another
def _html_root(data: bytes, content_type: str | None):
    from lxml import etree
    from nianbao.parse import limits
    from nianbao.parse.encoding import decode_html
    from nianbao.parse.text import _XML_DECL, _html_parser

    html, _ = decode_html(data, content_type)
    return etree.fromstring(_XML_DECL.sub("", html[:limits.MAX_HTML_CHARS]), _html_parser())


def _resolve_pdf(data: bytes, page_number: int, bbox: list[float]) -> str | None:
    return _pdf_cell_text(data, page_number, tuple(bbox))


def _resolve_docx(data: bytes, index: int, row: int, col: int) -> str | None:
    grids = _docx_grids(data)
    if not 0 <= index < len(grids):
        return None
    grid = grids[index]
    return grid[row][col] if row < len(grid) and col < len(grid[row]) else None


def row_snippet(data: bytes, content_type: str | None, locator: dict, max_chars: int = 400) -> str | None:
    """The table row around a located cell, the cell marked «…» (what a reader checks the value against)."""
    kind, text = locator.get("kind"), locator.get("text") or ""
    if kind == "html":
        from nianbao.parse.html_tables import cell_text

        found = _html_root(data, content_type).getroottree().xpath(locator["dom_path"])
        if not found:
            return None
        cell = found[0]
        row = cell.getparent()
        parts = [f"«{cell_text(td)}»" if td is cell else cell_text(td) for td in row.xpath("./td|./th")]
        return " | ".join(parts)[:max_chars]
    if kind == "docx":
        row = _docx_grids(data)[locator["table"]][locator["row"]]
        return " | ".join(f"«{c}»" if i == locator["col"] else c for i, c in enumerate(row) if c is not None)[:max_chars]
    if kind == "pdf":
        line = _pdf_cell_text(data, locator["page"], tuple(locator["bbox"]), band=True) or ""
        return line.replace(text, f"«{text}»", 1)[:max_chars]
    flat = _flat_text(data, content_type)
    at = flat.find(text) if text else -1
    if at < 0:
        return None
    start = max(flat.rfind("\n", 0, at) + 1, at - max_chars // 2)
    end = flat.find("\n", at + len(text))
    end = min(end if end >= 0 else len(flat), at + len(text) + max_chars // 2)
    return flat[start:at] + f"«{text}»" + flat[at + len(text):end]
