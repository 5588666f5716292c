"""Lists a page's script loads as JSON, page by page (`xhr.open("GET", "/common/channel/list?channelId=" + id +
"&pageNo=" + n)`, `$.getJSON(url, {page: n})`): a shape many county CMSs share, whose only pager is buttons the
same script draws.

Rendering the page shows its first page only. The browser reports the XHR/fetch requests a render made
(crawler/browser.py, meta `nianbao_xhr`); one with a page parameter is requested again here as an API page,
and its answer gives the page count (`pageCount`, `totalPage`, … or `total` with the page size) and the entries
(any object with a URL-like string and a title), so every page is read without clicking.

Pure functions over the JSON text; `json.loads` over the response as downloaded (bounded by DOWNLOAD_MAXSIZE)."""

from __future__ import annotations

import json
import math
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from crawler.discovery.page import Link, clean_text
from crawler.discovery.pagers import MAX_PAGES, PageRequest
from crawler.discovery.pagers.query import PAGE_PARAMS, _with_param

_COUNT_KEYS = ("pagecount", "totalpage", "totalpages", "pagetotal", "pages", "page_count", "total_page",
               "pagenum", "maxpage")
_TOTAL_KEYS = ("total", "totalcount", "recordcount", "totalrecord", "count", "totalrecords", "rowcount")
_SIZE_KEYS = ("pagesize", "size", "rows", "limit", "perpage", "page_size")
_URL_VALUE = re.compile(r"^(?:https?://|/|\./)[^\s<>\"']+$|^[^\s<>\"':]+\.(?:s?html?|jsp|aspx?|php|pdf|docx?)"
                        r"(?:\?[^\s<>\"']*)?$", re.I)
_TITLE_KEYS = ("title", "name", "text", "subject", "biaoti", "doctitle", "label")
MAX_NODES = 50_000     # JSON values walked per answer


def page_param(url: str) -> tuple[str, int] | None:
    """(name, value) of the URL's page parameter (pageNo=1, page=1, …)."""
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return key, int(value)
    return None


def _walk(node, out: list, budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        return
    if isinstance(node, dict):
        url = next((v for v in node.values() if isinstance(v, str) and _URL_VALUE.match(v.strip())), None)
        if url:
            lower = {str(k).lower(): v for k, v in node.items()}
            title = next((lower[k] for k in _TITLE_KEYS if isinstance(lower.get(k), str)), "")
            out.append((url.strip(), clean_text(title)))
        for value in node.values():
            if isinstance(value, (dict, list)):
                _walk(value, out, budget)
    elif isinstance(node, list):
        for value in node:
            _walk(value, out, budget)


def _number(data: dict, keys: tuple[str, ...]) -> int | None:
    for key, value in data.items():
        if str(key).lower() in keys and (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
            return int(value)
    for value in data.values():       # one level down: {"data": {"pageCount": …}}
        if isinstance(value, dict):
            for key, inner in value.items():
                if str(key).lower() in keys and (isinstance(inner, int) or (isinstance(inner, str)
                                                                            and inner.isdigit())):
                    return int(inner)
    return None


def parse_list(body: bytes | str, url: str) -> tuple[int | None, list[Link]]:
    """(page count if the answer states it, the entries as links) of one JSON list page; (None, []) when the
    answer is not JSON."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, []
    found: list[tuple[str, str]] = []
    _walk(data, found, [MAX_NODES])
    links = [Link(urljoin(url, u), t, t, "json") for u, t in found]
    pages = None
    if isinstance(data, dict):
        pages = _number(data, _COUNT_KEYS)
        if pages is None:
            total = _number(data, _TOTAL_KEYS)
            size = _number(data, _SIZE_KEYS) or next(
                (int(v) for k, v in parse_qsl(urlsplit(url).query) if k.lower() in _SIZE_KEYS and v.isdigit()), 0)
            if total is not None and size:
                pages = math.ceil(total / size)
    return pages, links


def other_pages(url: str, pages: int) -> list[PageRequest]:
    """The API's other pages, from its first answer's page count."""
    found = page_param(url)
    if found is None or pages <= 1:
        return []
    key, current = found
    first = 0 if current == 0 else 1
    last = min(pages - (1 - first), MAX_PAGES)
    return [PageRequest(_with_param(url, key, n), api=True, pager="json") for n in range(first, last + 1)
            if n != current]
