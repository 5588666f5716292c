"""TRS WCM / 海云 static lists: `index.html`, `index_1.html`, … with the page count in an inline
`createPageHTML(...)` call. Variants (domain notes §4.2):

- classic  `createPageHTML(countPage, currentPage, "index", "html")`  (0-based: page 2 is index_1.html)
- 海云      `createPageHTML('page_div', totalPages, currentPage, 'list', 'shtml', 1000)`
           `xxx_list.shtml` → `xxx_list_N.shtml`, page 2 being `_1` on some sites and `_2` on others
- arguments given as variables (`var countPage = 12`).

The classic call also paginates a report article cut into pages (`createPageHTML(3, 0, "t20230129_2444881", "html")`:
its later pages t20230129_2444881_1.html, _2.html), read as the article's by parse/article_pages.py, the one reader of
an article's pager for the crawler (analysis.py `_article_pages`) and the archive's join. The call is decoded by
parse/trs_pager.py for both readers.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest
from nianbao.parse.trs_pager import parse_create_page_html


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
