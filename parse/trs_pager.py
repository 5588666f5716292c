"""TRS WCM's pager call, `createPageHTML(count, index, name, ext)`, decoded from a page's script text.

One decoder for the two readers of the call: the crawler's list pager (crawler/discovery/pagers/trs.py: a column's
`index.html`, `index_1.html` …) and a report article cut into pages (parse/article_pages.py: `t20230129_2444881.html`,
`t20230129_2444881_1.html` …). Variants (domain notes §4.2):

- classic  `createPageHTML(countPage, currentPage, "index", "html")`  (0-based: page 2 is index_1.html)
- 海云      `createPageHTML('page_div', totalPages, currentPage, 'list', 'shtml', 1000)`
- arguments given as variables (`var countPage = 12`).
"""

from __future__ import annotations

import re

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
