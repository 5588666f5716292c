"""Pagers whose links are fragments only, a page parameter in the fragment: `<a href="#pageIndex=2">2</a>`,
`#page=3`, `#pageNo=4`. A fragment is never sent (RFC 3986 section 3.5): following such a link asks for the page
it is on, so a crawler sees one page. The list's script reads the number from `location.hash` (on load and on
`hashchange`) and either writes it into the page's query (`index.jsp?pageIndex=2`, which the server answers) or
fetches the page's data itself. The same name and number are tried in the query of the page's own address, as the
query pager's pages are (pagers/query.py: the same parameter names; the page count from the highest number linked
or a printed 共N页, bounded by the list-page limit): where the server reads them there, the list's pages come; where
it does not, the answers repeat page 1 (at most MAX_PAGES requests, as for any pager).

A fragment that is not `name=number` with a page parameter's name is no pager: in-page anchors (`#top`,
`#content`), hash routes (`#/list?page=2`, `#!page=2`: hashroutes.py renders those) and other state (`#tab=2`)
are left alone. Pure; reads the page's text once, its tree only when the text has such a link."""

from __future__ import annotations

import re

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest
from nianbao.crawler.discovery.pagers.query import PAGE_PARAMS, _page_param, _with_param, stated_total_pages

PAGER = "fragment_query"
MAX_FRAGMENT_CHARS = 64    # a pager's fragment is a name and a number; a longer one is something else's state
_PAIR = re.compile(r"^([A-Za-z_][\w.-]{0,31})=(\d{1,4})$")
_MENTION = re.compile(r"""href\s*=\s*["']?\s*#[A-Za-z_][\w.-]{0,31}=\d""", re.I)


def fragment_page_numbers(page: HtmlPage) -> tuple[str, list[int]] | None:
    """The page parameter a fragment-only pager names and the numbers its links carry (the first such parameter
    of the page), or None."""
    if not _MENTION.search(page.text):
        return None
    key, numbers = None, []
    for el in page.tree.iter("a", "area"):
        href = (el.get("href") or "").strip()
        if not href.startswith("#") or len(href) > MAX_FRAGMENT_CHARS:
            continue
        match = _PAIR.match(href[1:])
        if not match or match.group(1).lower() not in PAGE_PARAMS or (key and match.group(1) != key):
            continue
        key = match.group(1)
        numbers.append(int(match.group(2)))
    return (key, numbers) if key else None


def fragment_query_pages(page: HtmlPage) -> list[PageRequest]:
    """The list's pages at its own address with the fragment pager's parameter in the query (see the module
    docstring), the page itself left out, at most MAX_PAGES."""
    found = fragment_page_numbers(page)
    if found is None:
        return []
    key, numbers = found
    current = _page_param(page.url)
    first = min(min(numbers), 1)
    highest = max(max(numbers), stated_total_pages(page.body_text[-5000:] + " " + page.body_text[:2000]) or 0)
    here = current[1] if current and current[0] == key else first   # an address without it is the first page
    out = [PageRequest(_with_param(page.url, key, n), pager=PAGER)
           for n in range(first, min(highest, first + MAX_PAGES) + 1) if n != here]
    return out[:MAX_PAGES]
