"""Pagers a script writes, beyond TRS's `createPageHTML` (trs.py): a page count in a variable and the page URL
built by concatenation, e.g.

    var pageCount = 12; var currentPage = 0;
    for (var i = 1; i < pageCount; i++) document.write('<a href="index_' + i + '.html">' + (i + 1) + '</a>');
    nextPage.href = "list_" + (currentPage + 1) + ".shtml";

Both the count and the URL shape are read from the inline scripts; every number from 1 to the count is asked
for (pages numbered from 0 or from 1, counting up or down: the numbers are the same set). A page whose scripts
name no count is left to the other pagers."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

_COUNT = re.compile(
    r"\b(?:page_?count|total_?pages?|count_?page|page_?total|page_?num(?:ber)?s?|max_?page|pages_?count|"
    r"total_?page_?num|all_?page)\s*[=:]\s*['\"]?(\d{1,4})\b", re.I)
# 'prefix_' + <expression> + '.html'  (the expression: a variable, maybe with + 1, in parentheses or not)
_TEMPLATE = re.compile(r"""['"]([^'"<>\s]*?[_/-])['"]\s*\+\s*\(?\s*[A-Za-z_$][\w$.]*\s*(?:[+-]\s*\d+\s*)?\)?\s*\+\s*"""
                       r"""['"](\.(?:s?html?|jsp|aspx?|php))['"]""")


def script_pages(url: str, scripts: str) -> list[PageRequest]:
    """The list pages a script-built pager links, from the count and URL shape in `scripts`."""
    if "+" not in scripts:
        return []
    count = max((int(m.group(1)) for m in _COUNT.finditer(scripts)), default=0)
    if count <= 1:
        return []
    count = min(count, MAX_PAGES)
    out: list[PageRequest] = []
    seen: set[str] = set()
    for match in _TEMPLATE.finditer(scripts):
        prefix, ext = match.groups()
        for n in range(1, count + 1):
            target = urljoin(url, f"{prefix}{n}{ext}")
            if target not in seen and target != url:
                seen.add(target)
                out.append(PageRequest(target, pager="script"))
    return out[:MAX_PAGES]
