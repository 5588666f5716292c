"""A report article cut into pages: the pages its own pager names, and its pages joined into one document.

CMSs cut a long article into pages (TRS above all: `t20230118_11520599.html`, `…_1.html`, `…_2.html`; DedeCMS and
others `<id>_2.html`). The article's own pager names the later pages: TRS's `createPageHTML(count, index,
"t<date>_<id>", "html")` in a script (decoded by parse/trs_pager.py), or a static pager in the page (上一页 1 2 3
下一页 links). Either names them `<stem>_<n>.<ext>` beside the first page, `<stem>` being the article's own file
name: that tells an article's pager from a column's (`index_N`, the list's own name) and a page's continuation
from its 下一篇 link (another article's name).

`join_pages` gives the first page's document with each later page's main content (parse/text.py
`content_element`) appended to the first page's, so the parser reads one article: sections and tables that cross
a page break are whole. A table that runs across a break (a page ends with it and the next begins with one, with
no text between but the pager's) continues: the next page's rows are moved into the table of the page before, so
that row spans and the reading of row labels see one table. Each cell keeps its path in the page it was archived
in and that page's number (parse/locators.py `stamp_cell_paths`): cell provenance names the page that holds it.
Bytes in, bytes out: no I/O here.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from nianbao.parse import limits
from nianbao.parse.encoding import decode_html
from nianbao.parse.html_tables import table_rows
from nianbao.parse.locators import stamp_cell_paths
from nianbao.parse.text import _html_parser, content_element, text_of
from nianbao.parse.trs_pager import parse_create_page_html

JOINED_CONTENT_TYPE = "text/html; charset=utf-8"   # what join_pages' bytes are
# A column's list pages are named after the list (TRS `index_N`, `list_N`), never after an article.
LIST_STEMS = frozenset({"index", "list", "default"})
_NAME = re.compile(r"^(?P<base>.+?)(?:_(?P<n>\d{1,3}))?\.(?P<ext>[A-Za-z]{2,6})$")
# what a pager's links say: 1 2 3, [2], 上一页, 下一页, 首页, 尾页, 第2页 (a 下一篇 link names another article)
_PAGER_LABEL = re.compile(r"^\s*(?:[\[【]?\s*\d{1,3}\s*[\]】]?|上一页|下一页|上页|下页|首页|尾页|末页|第\s*\d{1,3}\s*页|"
                          r"[<>«»]{1,2})\s*$")
# the text a pager leaves between two pages' contents (its links, 共3页, 当前第1页), never a word of the report
_PAGER_TEXT = re.compile(r"^(?:\s|\d|[\[\]【】|｜<>«»…·.,，、:：/]|上一页|下一页|上页|下页|首页|尾页|末页|第|页|共|当前)*$")


@dataclass(frozen=True)
class ArticlePages:
    """The pages of an article cut into pages, the first first, and which of them a page is."""
    urls: tuple[str, ...]
    index: int                      # 0: the page read is the first page
    pager: str                      # `trs` (createPageHTML) or `static` (the links of an in-page pager)

    @property
    def first_url(self) -> str:
        return self.urls[0]

    @property
    def later_urls(self) -> tuple[str, ...]:
        return self.urls[1:]

    def names(self, url: str) -> bool:
        """`url` is a page name of this article, `<base>.<ext>` or `<base>_<n>.<ext>` beside its first page, named by
        its pager or not (a list reader's guess at `<base>_1` where the pager numbers pages from 2)."""
        base, ext = self.urls[0].rsplit(".", 1)
        return re.fullmatch(re.escape(base) + r"(?:_\d{1,3})?\." + re.escape(ext), url) is not None


def article_pages(url: str, html: str) -> ArticlePages | None:
    """The pages of the article at `url` that its own pager names (None when it names none: a page that is not
    cut, a list's pager, a link to the next article). At most limits.MAX_ARTICLE_PAGES later pages."""
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    if not _NAME.match(name):
        return None
    return _trs_pages(url, name, html) or _static_pages(url, name, html)


def pages_of_article(url: str, data: bytes, content_type: str | None = None) -> ArticlePages | None:
    """`article_pages` of a page's bytes, decoded only when they name a pager or the page's own name with a
    page suffix (most pages are not cut)."""
    stem = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    base = re.sub(r"_\d{1,3}$", "", stem)
    if not stem or (b"createPageHTML" not in data and f"{base}_".encode("utf-8", "replace") not in data):
        return None
    return article_pages(url, decode_html(data, content_type)[0])


def _page_url(url: str, base: str, n: int, ext: str) -> str:
    return urljoin(url, f"{base}_{n}.{ext}" if n else f"{base}.{ext}")


def _trs_pages(url: str, name: str, html: str) -> ArticlePages | None:
    parsed = parse_create_page_html(html) if "createPageHTML" in html else None
    if not parsed:
        return None
    total, current, stem, ext, classic = parsed
    own_stem, own_ext = name.rsplit(".", 1)
    # the classic call names page i `<stem>_i`: the article's own stem, on its first page or a later one
    if not classic or total < 2 or stem.lower() in LIST_STEMS or (ext and ext != own_ext) \
            or not re.fullmatch(re.escape(stem) + r"(?:_\d{1,3})?", own_stem):
        return None
    count = min(total, limits.MAX_ARTICLE_PAGES + 1)
    index = current if 0 <= current < count and (current == 0) == (own_stem == stem) else None
    if index is None:
        return None
    return ArticlePages(tuple(_page_url(url, stem, n, own_ext) for n in range(count)), index, "trs")


def _static_pages(url: str, name: str, html: str) -> ArticlePages | None:
    """An in-page pager's links to `<base>.<ext>` / `<base>_<n>.<ext>` beside the page (its own name being one
    of them); a window of page numbers (1 2 3 … 9) is filled in between."""
    own_stem, ext = name.rsplit(".", 1)
    bases = [own_stem] + ([m.group(1)] if (m := re.fullmatch(r"(.+)_(\d{1,3})", own_stem)) else [])
    bases = [b for b in bases if b.lower() not in LIST_STEMS and f"{b}_" in html]
    if not bases:
        return None
    links = _pager_links(url, html)
    directory = url.rsplit("/", 1)[0] + "/"
    for base in bases:
        numbers = set()
        for href in links:
            if href.rsplit("/", 1)[0] + "/" != directory:
                continue
            found = re.fullmatch(re.escape(base) + r"(?:_(\d{1,3}))?\." + re.escape(ext), href.rsplit("/", 1)[1])
            if found:
                numbers.add(int(found.group(1) or 0))
        own = 0 if base == own_stem else int(own_stem.rsplit("_", 1)[1])
        later = sorted((numbers | {own}) - {0})
        if not later or numbers <= {own}:
            continue
        numbers_in_order = [0, *range(later[0], later[-1] + 1)][: limits.MAX_ARTICLE_PAGES + 1]
        if own not in numbers_in_order:
            continue
        return ArticlePages(tuple(_page_url(url, base, n, ext) for n in numbers_in_order),
                            numbers_in_order.index(own), "static")
    return None


def _pager_links(url: str, html: str) -> list[str]:
    """Absolute URLs (no query or fragment) of the page's links whose text is a pager's label."""
    from lxml import etree

    try:
        root = etree.fromstring(html, _html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and _PAGER_LABEL.match(text_of(a)) and not href.lower().startswith(("javascript:", "#")):
            out.append(urljoin(url, href).split("#", 1)[0].split("?", 1)[0])
    return out


# ---------------------------------------------------------------- joining the pages


@dataclass
class JoinedPages:
    html: bytes                                            # one document (JOINED_CONTENT_TYPE)
    tables_continued: int = 0                              # tables that ran across a page break
    unreadable: list[int] = field(default_factory=list)    # positions of later pages with no content to join


def _parse(data: bytes, content_type: str | None):
    from lxml import etree

    html, _ = decode_html(data, content_type)
    html = html[: limits.MAX_HTML_CHARS]
    try:
        return etree.fromstring(html, _html_parser()) if html.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _owner(node):
    """The element a text node is a child of (a tail's is its element's parent)."""
    parent = node.getparent()
    return parent.getparent() if node.is_tail else parent


def _text_beside(table, container, axis: str) -> str:
    """The text inside `container` before (`preceding`) or after (`following`) `table`."""
    out = []
    for node in table.xpath(f"{axis}::text()"):
        owner = _owner(node)
        if owner is not None and (owner is container or any(a is container for a in owner.iterancestors())):
            out.append(str(node))
    return "".join(out)


def _leaf_tables(container) -> list:
    return container.xpath(".//table[not(.//table)]")


def _row_text(row) -> str:
    return re.sub(r"\s+", "", text_of(row))


def _continue_table(before, after) -> None:
    """Move the rows of `after` (the next page's first table) to the end of `before`; a header row the next page
    repeats is dropped."""
    rows_before, rows_after = table_rows(before), table_rows(after)
    if not rows_before:
        return
    repeated = 0
    while (repeated < min(len(rows_before), len(rows_after)) - 1
           and _row_text(rows_after[repeated]) == _row_text(rows_before[repeated])):
        repeated += 1
    target = rows_before[-1].getparent()
    for row in rows_after[repeated:]:
        target.append(row)
    parent = after.getparent()
    if parent is not None:
        parent.remove(after)


def join_pages(pages: list[tuple[bytes, str | None]]) -> JoinedPages:
    """The first page's document with the later pages' contents appended (see the module's docstring).
    `pages`: (payload, content type) of each page in order, the first first."""
    from lxml import etree

    root = _parse(*pages[0])
    if root is None:
        return JoinedPages(pages[0][0], 0, list(range(1, len(pages))))
    stamp_cell_paths(root)
    originals = list(root.iter())
    scratch = copy.deepcopy(root)
    position = {el: i for i, el in enumerate(scratch.iter())}
    content_scratch = content_element(scratch)
    content = originals[position[content_scratch]]
    tables = _leaf_tables(content_scratch)
    last_table = originals[position[tables[-1]]] if tables else None
    ends_with_table = bool(tables) and _PAGER_TEXT.match(_text_beside(tables[-1], content_scratch, "following"))
    joined = JoinedPages(b"")
    budget = limits.MAX_DOCUMENT_BYTES - len(pages[0][0])
    for number, (data, content_type) in enumerate(pages[1:], start=2):
        budget -= len(data)
        page_root = _parse(data, content_type) if budget >= 0 else None
        if page_root is None:
            joined.unreadable.append(number - 1)
            ends_with_table = False
            continue
        stamp_cell_paths(page_root, number)
        page_content = content_element(page_root)
        page_tables = _leaf_tables(page_content)
        starts_with_table = bool(page_tables) and _PAGER_TEXT.match(
            _text_beside(page_tables[0], page_content, "preceding"))
        page_ends = bool(page_tables) and _PAGER_TEXT.match(
            _text_beside(page_tables[-1], page_content, "following"))
        if ends_with_table and starts_with_table and last_table is not None:
            _continue_table(last_table, page_tables[0])
            joined.tables_continued += 1
            page_tables = page_tables[1:]
        wrapper = etree.SubElement(content, "div")
        wrapper.text = page_content.text
        for child in list(page_content):
            wrapper.append(child)
        if page_tables:
            last_table = page_tables[-1]
        ends_with_table = page_ends
    joined.html = etree.tostring(root, encoding="unicode", method="html").encode("utf-8")
    return joined
