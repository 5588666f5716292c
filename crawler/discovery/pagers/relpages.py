"""Pagers declared as link types: `<link rel="next" href="index_3.html">` and `rel="prev"` in a list page's head
(the pagination hint of the HTML standard that CMSs' SEO plugins write), `rel="last"`/`rel="first"`, and the same
types on an `<a>` (`<a rel="next">`, whatever its text). A list whose buttons are `javascript:;` and read the head's
links on a click names its other pages nowhere else.

Each declared page is a pager page (pager `rel`); the spider walks the chain page by page as it does a 下一页 chain
(bounded by the list-page limit, not the depth limit). Where the declared pages share a numbered shape with
each other (`index_2.html` … `index_9.html` for next and last, `?page=3` … `?page=9`), the pages between the
lowest and the highest number declared are asked for at once: a `rel="last"` names how far the list goes.
Pure; reads the page's lxml tree once, and only when its text names one of the types.

A list page's `<link rel="canonical">` naming ANOTHER page of its site is the page search engines were asked to
index instead: on a paginated or partial list that is its "view all" page (Google's guidance for paginated
content), which may be linked from no `<a>`. It is asked for as a list page too (pager `canonical`); a canonical
naming the page itself (the usual case) or another host is nothing new."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urlsplit

from nianbao.crawler.discovery.page import FOLDED_LETTERS, HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest
from nianbao.crawler.discovery.pagers.query import _PATH_NUMBER, _page_param, _with_param

PAGER = "rel"
PAGE_TYPES = ("next", "prev", "previous", "last", "first")
MAX_DECLARED = 8          # link elements with a pager type read per page (a page declares two or three)
_MENTION_WORDS = ("next", "prev", "last", "first")   # one of them, lower-cased, is in every _MENTION
_MENTION = re.compile(r"""rel\s*=\s*['"]?[^'">]*\b(?:next|prev|previous|last|first)\b""", re.I)


def declared_pages(page: HtmlPage) -> list[str]:
    """The absolute URLs the page's `<link>`s and `<a>`s declare as its next, previous, first or last page, in
    page order, without the page itself (at most MAX_DECLARED)."""
    if not any(word in page.lower_text for word in _MENTION_WORDS) and not any(c in page.text for c in FOLDED_LETTERS):
        return []   # the case-insensitive search below costs more than the lower-cased page's substring tests
    if not _MENTION.search(page.text):
        return []
    out: list[str] = []
    for el in page.tree.iter("link", "a"):
        types = (el.get("rel") or "").lower().split()
        if not any(t in PAGE_TYPES for t in types):
            continue
        href = (el.get("href") or "").strip()
        if href.lower().startswith("javascript:"):
            continue
        url = page.absolute(href)
        if url and url != page.url and url not in out and _same_page_host(url, page.url):
            out.append(url)
            if len(out) >= MAX_DECLARED:
                break
    return out


CANONICAL_PAGER = "canonical"


def canonical_pages(page: HtmlPage) -> list[PageRequest]:
    """The page the head's first `<link rel="canonical">` names, when that is another page of the same host."""
    if "canonical" not in page.lower_text:
        return []
    for el in page.tree.iter("link"):
        if "canonical" not in (el.get("rel") or "").lower().split():
            continue
        url = page.absolute(el.get("href"))   # fragment removed, as the page's own URL has none
        if url and _same_page_host(url, page.url) and url != urldefrag(page.url)[0]:
            return [PageRequest(url, pager=CANONICAL_PAGER)]
        return []   # the first canonical is the page's one (a second one is an authoring error)
    return []


def _same_page_host(url: str, page_url: str) -> bool:
    return urlsplit(url).hostname == urlsplit(page_url).hostname


def _between(urls: list[str]) -> list[str]:
    """The pages between the lowest and the highest number that declared pages of one shape carry: a numbered
    path (`prefix_N.ext`) or a page parameter (`?page=N`) of one list."""
    shapes: dict[tuple[str, ...], tuple[str, list[int]]] = {}   # shape → (a URL of it, the numbers declared)
    for url in urls:
        parts = urlsplit(url)
        found = _page_param(url)
        if found is not None:
            key = ("query", parts.netloc, parts.path, found[0])
        elif not parts.query and (match := _PATH_NUMBER.match(parts.path)):
            prefix, number, ext = match.groups()
            key, found = ("path", f"{parts.scheme}://{parts.netloc}{prefix}", ext), ("", int(number))
        else:
            continue
        shapes.setdefault(key, (url, []))[1].append(found[1])
    out: list[str] = []
    for key, (url, numbers) in shapes.items():
        low = min(numbers)
        high = min(max(numbers), low + MAX_PAGES)
        for n in range(low + 1, high):
            out.append(_with_param(url, key[3], n) if key[0] == "query" else f"{key[1]}{n}{key[2]}")
    return out


def rel_pages(page: HtmlPage) -> list[PageRequest]:
    """The list's other pages its pager link types declare (see the module docstring), at most MAX_PAGES."""
    declared = declared_pages(page)
    if not declared:
        return []
    urls = declared + [u for u in _between(declared) if u not in declared and u != page.url]
    return [PageRequest(url, pager=PAGER) for url in urls[:MAX_PAGES]]
