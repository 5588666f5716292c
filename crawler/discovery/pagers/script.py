"""Pagers a script writes, beyond TRS's `createPageHTML` (trs.py): a page count, or an item count and a page
size, in the script (or a 共N页 in the markup), and the page URL built by concatenation, e.g.

    var pageCount = 12; var currentPage = 0;
    for (var i = 1; i < pageCount; i++) document.write('<a href="index_' + i + '.html">' + (i + 1) + '</a>');
    nextPage.href = "list_" + (currentPage + 1) + ".shtml";

    layui.use(['laypage'], function () { layui.laypage.render({elem: 'page', count: 23, limit: 5, curr: 1,
      jump: function (obj, first) { if (!first) location.href = obj.curr == 1 ? 'index.htm' : 'index_' + obj.curr + '.htm'; }});

(the second: layui's laypage, whose page links are `javascript:;` and whose next page's URL exists only in the
`jump` callback; http://www.sxjiaxian.gov.cn/zwgk/zfxxgkzl/ style columns). The count and the URL shape are read
from the inline scripts; every number from 1 to the count is asked for (pages numbered from 0 or from 1, counting
up or down: the numbers are the same set) — except where the script names the first page's own file
(`'index.htm'` beside `'index_' + n + '.htm'`): pages are then numbered from 1 and page 1 is that file, so 2 to
the count are asked for. A page whose scripts and markup name no count is left to the other pagers."""

from __future__ import annotations

import math
import re
from urllib.parse import urljoin

from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

_COUNT = re.compile(
    r"\b(?:page_?count|total_?pages?|count_?page|page_?total|page_?num(?:ber)?s?|max_?page|pages_?count|"
    r"total_?page_?num|all_?page|pages)\s*[=:]\s*['\"]?(\d{1,4})\b", re.I)
# an item count and a page size (layui laypage, Bootstrap/jQuery paginators): pages = ceil(count / size)
_ITEMS = re.compile(r"\b(?:count|total|total_?count|total_?records?|record_?count|items_?count)\s*[=:]\s*['\"]?"
                    r"(\d{1,7})\b", re.I)
_SIZE = re.compile(r"\b(?:limit|page_?size|per_?page|size|rows)\s*[=:]\s*['\"]?(\d{1,4})\b", re.I)
_LAYPAGE = re.compile(r"laypage\s*\.\s*render\s*\(")
_LAYPAGE_DEFAULT_LIMIT = 10     # layui's own default when a render call gives no `limit`
_STATED = re.compile(r"共\s*(\d{1,4})\s*页")
# 'prefix_' + <expression> + '.html'  (the expression: a variable, maybe with + 1, in parentheses or not)
_TEMPLATE = re.compile(r"""['"]([^'"<>\s]*?[_/-])['"]\s*\+\s*\(?\s*[A-Za-z_$][\w$.]*\s*(?:[+-]\s*\d+\s*)?\)?\s*\+\s*"""
                       r"""['"](\.(?:s?html?|jsp|aspx?|php))['"]""")


def page_count(scripts: str, markup: str = "") -> int:
    """The number of pages a script-built pager draws: a page count in the script, else an item count over a
    page size (layui's default size when a laypage.render call gives none), else a 共N页 in the markup."""
    count = max((int(m.group(1)) for m in _COUNT.finditer(scripts)), default=0)
    if count > 1:
        return count
    items = max((int(m.group(1)) for m in _ITEMS.finditer(scripts)), default=0)
    if items:
        size = next((int(m.group(1)) for m in _SIZE.finditer(scripts) if int(m.group(1)) > 0), 0)
        if not size and _LAYPAGE.search(scripts):
            size = _LAYPAGE_DEFAULT_LIMIT
        if size:
            return math.ceil(items / size)
    stated = _STATED.search(markup)
    return int(stated.group(1)) if stated else 0


def script_pages(url: str, scripts: str, markup: str = "") -> list[PageRequest]:
    """The list pages a script-built pager links, from the count and URL shape in `scripts` (and a 共N页 in
    `markup`, the page's text)."""
    if "+" not in scripts:
        return []
    templates = _TEMPLATE.findall(scripts)
    if not templates:
        return []
    count = min(page_count(scripts, markup), MAX_PAGES)
    if count <= 1:
        return []
    out: list[PageRequest] = []
    seen: set[str] = set()
    for prefix, ext in templates:
        first = _first_page_name(prefix, ext)
        numbers = range(2, count + 1) if first and re.search(rf"""['"]{re.escape(first)}['"]""", scripts) \
            else range(1, count + 1)
        for n in numbers:
            target = urljoin(url, f"{prefix}{n}{ext}")
            if target not in seen and target != url:
                seen.add(target)
                out.append(PageRequest(target, pager="script"))
    return out[:MAX_PAGES]


def _first_page_name(prefix: str, ext: str) -> str:
    """`index.htm` for 'index_' + n + '.htm': the file a CMS names page 1 (no number); "" for a prefix that
    ends a path ('/page/' + n: page 1 has no name of its own)."""
    stem = prefix[:-1]
    return f"{stem}{ext}" if stem and not stem.endswith("/") and prefix[-1] in "_-" else ""
