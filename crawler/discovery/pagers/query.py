"""Pagers seen as plain links: query strings (`page=`, `pageNo=`, `cur_page=`, …), numbered paths
(`list_2.html`, `/2.htm`), 下一页 / 尾页 links and 共N页 texts. From any list page we enumerate every page up to
the highest number seen (尾页 or 共N页), else follow 下一页."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest

PAGE_PARAMS = ("page", "pageno", "pagenum", "page_no", "pagenumber", "cur_page", "curpage", "currentpage",
               "pageindex", "pindex", "pn", "p", "pages", "current", "num")
NEXT_TEXTS = re.compile(r"^(?:下一页|下页|后一页|next|>|›|»|>>)$", re.I)
# a control that loads a list's next part in place (its script reads the part's address from a data-* attribute)
LOAD_MORE_TEXTS = re.compile(r"^(?:加载更多|查看更多|点击加载更多|点击查看更多|更多|显示更多|load more|more|下一页|下页|后一页|next)"
                             r"\W{0,3}$", re.I)
LOAD_MORE_PAGER = "loadmore"
LAST_TEXTS = re.compile(r"^(?:尾页|末页|最后一页|last|>>\||»\|)$", re.I)
_TOTAL_PAGES_ENDING = re.compile(r"(?:共\s*(\d{1,4})|第\s*\d+\s*/\s*(\d{1,4})|\d+\s*/\s*(\d{1,4}))\s*页$")
_STATEMENT_CHARS = 40    # longest statement looked for: 第 + page + / + count + 页, with spaces
_PATH_NUMBER = re.compile(r"^(.*?[_/-])(\d{1,4})(\.\w+)$")


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; called for every link of every list page
def _page_param(url: str) -> tuple[str, int] | None:
    if "?" not in url:
        return None
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return key, int(value)
    return None


def _with_param(url: str, key: str, number: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != key]
    query.append((key, str(number)))
    return urlunsplit(parts._replace(query=urlencode(query)))


def _same_list(a: str, b: str, ignore: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    qa = sorted((k, v) for k, v in parse_qsl(pa.query, keep_blank_values=True) if k != ignore)
    qb = sorted((k, v) for k, v in parse_qsl(pb.query, keep_blank_values=True) if k != ignore)
    return (pa.netloc, pa.path, qa) == (pb.netloc, pb.path, qb)


def stated_total_pages(text: str) -> int | None:
    """The page count a pager states (共N页, 第i/N页, i/N页): the first such statement in `text` (whitespace
    collapsed). Every statement ends in 页 and holds no 页 before it, so each 页 is tried with the pattern anchored
    there — the first that matches is the first statement — instead of trying the pattern at every character."""
    at = text.find("页")
    while at != -1:
        match = _TOTAL_PAGES_ENDING.search(text, max(0, at - _STATEMENT_CHARS), at + 1)
        if match:
            return int(next(g for g in match.groups() if g))
        at = text.find("页", at + 1)
    return None


# a total printed without a trailing 页 (页次：1/5) or as an item count and a page size (共43条 每页10条)
_PAGE_OF = re.compile(r"页次\s*[:：]?\s*(\d{1,4})\s*/\s*(\d{1,4})")
_ITEMS_AND_SIZE = re.compile(r"共\s*(\d{1,7})\s*条\D{0,12}?每页\s*(\d{1,4})\s*条")
_CURRENT = re.compile(r"第\s*(\d{1,4})\s*(?:/\s*\d{1,4}\s*)?页|页次\s*[:：]?\s*(\d{1,4})\s*/|"
                      r"当前(?:第|页)\s*[:：]?\s*(\d{1,4})")


def printed_page_count(text: str) -> int | None:
    """The page count a pager prints, in any of its usual forms: 共N页, 第i/N页, i/N页 (`stated_total_pages`),
    页次：i/N, or 共N条 每页M条 (pages = ceil(N / M))."""
    stated = stated_total_pages(text)
    if stated:
        return stated
    match = _PAGE_OF.search(text)
    if match:
        return int(match.group(2))
    match = _ITEMS_AND_SIZE.search(text)
    if match and int(match.group(2)) > 0:
        return -(-int(match.group(1)) // int(match.group(2)))
    return None


def printed_current_page(text: str) -> int | None:
    """The page a pager prints as the current one (第2/5页, 第2页, 页次：2/5, 当前第2页), or None."""
    match = _CURRENT.search(text)
    return int(next(g for g in match.groups() if g)) if match else None


def query_pages(page: HtmlPage) -> list[PageRequest]:
    """Pages of a list paged by a query parameter, found among the page's links."""
    key, highest = None, 0
    for link in page.links:
        found = _page_param(link.url)
        if not found or not _same_list(link.url, page.url, found[0]):
            continue
        text = link.text.strip()
        if text.isdigit() or NEXT_TEXTS.match(text) or LAST_TEXTS.match(text) or found[1] > 1:
            key = key or found[0]
            if found[0] == key:
                highest = max(highest, found[1])
    if key is None:
        return []
    stated = stated_total_pages(page.body_text[-5000:] + " " + page.body_text[:2000])
    if stated:
        highest = max(highest, stated)
    current = _page_param(page.url)
    start = 0 if current and current[1] == 0 else 1
    highest = min(highest, MAX_PAGES)
    return [PageRequest(_with_param(page.url, key, n), pager="query") for n in range(start, highest + 1)
            if not current or n != current[1]]


def numbered_path_pages(page: HtmlPage) -> list[PageRequest]:
    """Pages whose number is in the path (`list_3.html`, `/2.htm`, `index_4.shtml`) linked as 2, 3, 下一页, 尾页."""
    templates: dict[tuple[str, str], int] = {}
    for link in page.links:
        text = link.text.strip()
        if not (text.isdigit() or NEXT_TEXTS.match(text) or LAST_TEXTS.match(text)):
            continue
        parts = urlsplit(link.url)
        if parts.query or parts.netloc != urlsplit(page.url).netloc:
            continue
        match = _PATH_NUMBER.match(parts.path)
        if not match:
            continue
        prefix, number, ext = match.groups()
        key = (f"{parts.scheme}://{parts.netloc}{prefix}", ext)
        templates[key] = max(templates.get(key, 0), int(number))
    out = []
    stated = stated_total_pages(page.body_text[-5000:] + " " + page.body_text[:2000]) or 0
    for (prefix, ext), highest in templates.items():
        highest = min(max(highest, stated - 1 if prefix.endswith("_") else stated), MAX_PAGES)
        first = 1 if prefix.endswith("_") else 2
        out.extend(PageRequest(f"{prefix}{n}{ext}", pager="path") for n in range(first, highest + 1))
    return [r for r in out if r.url != page.url]


def next_links(page: HtmlPage) -> list[PageRequest]:
    """下一页 links (when nothing better is known)."""
    return [PageRequest(link.url, pager="next") for link in page.links
            if NEXT_TEXTS.match(link.text.strip()) and link.url != page.url]


def load_more_links(page: HtmlPage) -> list[PageRequest]:
    """The next part's address that a 加载更多 / 下一页 control without an href carries as data (`<button
    data-next="/nb/more_2.shtml">加载更多</button>`, page.py's data links): where the control's script is absent
    or failed, a link to the list's next part — walked as the list's pages (past the depth limit, bounded by the
    list-page limit), each part read the same way."""
    return [PageRequest(link.url, pager=LOAD_MORE_PAGER) for link in page.links
            if link.tag == "data" and LOAD_MORE_TEXTS.match(link.text.strip()) and link.url != page.url][:MAX_PAGES]
