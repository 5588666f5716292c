"""TRS WCM / 海云 static lists: `index.html`, `index_1.html`, … with the page count in an inline
`createPageHTML(...)` call. Variants (domain notes §4.2):

- classic  `createPageHTML(countPage, currentPage, "index", "html")`  (0-based: page 2 is index_1.html)
- 海云      `createPageHTML('page_div', totalPages, currentPage, 'list', 'shtml', 1000)`
           `xxx_list.shtml` → `xxx_list_N.shtml`, page 2 being `_1` on some sites and `_2` on others
- arguments given as variables (`var countPage = 12`).

The classic call also paginates a report article cut into pages (`createPageHTML(3, 0, "t20230129_2444881", "html")`:
its later pages t20230129_2444881_1.html, _2.html; read by analysis.py's `_article_pages`).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

_CALL = re.compile(r"createPageHTML\s*\(([^()]*)\)")
_STRING = re.compile(r"""^\s*['"]([^'"]*)['"]\s*$""")
_NUMBER = re.compile(r"^\s*(\d+)\s*$")
_IDENT = re.compile(r"^\s*([A-Za-z_$][\w$]*)\s*$")


def _split_args(args: str) -> list[str]:
    return [a.strip() for a in args.split(",")]


def _resolve(arg: str, script: str) -> str | int | None:
    if m := _NUMBER.match(arg):
        return int(m.group(1))
    if m := _STRING.match(arg):
        return m.group(1)
    if m := _IDENT.match(arg):
        var = re.search(r"(?:var|let|const)?\s*\b" + re.escape(m.group(1)) + r"\s*=\s*(['\"]?)([\w.]+)\1", script)
        if var:
            value = var.group(2)
            return int(value) if value.isdigit() else value
    return None


def parse_create_page_html(script: str) -> tuple[int, int, str, str, bool] | None:
    """(total pages, current page index, file stem, extension or "", whether the call is the classic form) from the
    first createPageHTML call."""
    for match in _CALL.finditer(script):
        values = [_resolve(a, script) for a in _split_args(match.group(1))]
        if len(values) >= 4 and isinstance(values[0], int):
            total, current, stem, ext = values[:4]
            classic = True
        elif len(values) >= 3 and isinstance(values[0], str) and isinstance(values[1], int):
            total, current = values[1], values[2]
            stem = values[3] if len(values) > 3 else "index"
            ext = values[4] if len(values) > 4 else None
            classic = False
        else:
            continue
        if isinstance(total, int) and isinstance(current, int):
            return total, current, str(stem or "index"), str(ext or ""), classic
    return None


def trs_pages(url: str, script: str) -> list[PageRequest]:
    """All list pages of a TRS column, from any of its pages."""
    parsed = parse_create_page_html(script)
    if not parsed:
        return []
    total, _current, stem, ext, classic = parsed
    if total <= 1:
        return []
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    current_stem = re.sub(r"_\d+$", "", name.rsplit(".", 1)[0]) if "." in name else ""
    # 海云: 'list' names the suffix of the real file (xxx_list.shtml); classic: 'index' is the file stem.
    base = current_stem if current_stem and current_stem.endswith(stem) else stem
    ext = ext or (name.rsplit(".", 1)[1] if "." in name else "html")
    total = min(total, MAX_PAGES)
    if stem == "index" or base == "index" or classic:
        # 0-based: index_1 … index_{total-1}; the classic function names page i `name_i` whatever the name (a
        # report article cut into pages: t20230129_2444881_1.html …)
        numbers = range(1, total)
    else:
        numbers = range(1, total + 1)               # 海云: page 2 is _1 or _2 depending on the site; ask for both
    return [PageRequest(urljoin(url, f"{base}_{n}.{ext}"), pager="trs") for n in numbers]
