"""The data a page's inline scripts GET to draw its blocks: `$.getJSON('/api/portal/block', {code: 'zwgk'}, draw)`,
`$.ajax({url: '/api/nav', data: {siteId: 12}})`, `fetch('/api/portal/block?code=zwgk')` — a literal address and an
object of literals as its query (jQuery appends the object as the query string of a GET).

A portal's home page often draws its 政务公开 block, its menu or its column tabs from such an answer, and the answer
is the only place that names a column's address (each block's 更多 `moreUrl`). The spider asks for these answers
once (`nianbao_api: data`, with the XHR headers: discovery/xhr.py) and follows the addresses they name
(discovery/json_links.py). A query value that is not a literal (a name the page does not declare as a constant)
builds no URL: a guess would ask for data the script never asks for. Hand-written for the reason
script_functions.py gives; pure."""

from __future__ import annotations

import re
from urllib.parse import urlencode, urljoin, urlsplit

from nianbao.crawler.discovery.script_functions import DATA_GET
from nianbao.crawler.discovery.script_text import IDENT, expression_end, script_constants

API_KIND = "data"            # meta `nianbao_api` of such a request
MAX_DATA_GETS_PER_PAGE = 6   # a home page's blocks, menu and tabs; more is a page of lists, read by the pagers
MAX_QUERY_PAIRS = 12
MAX_OBJECT_CHARS = 1000      # of an $.ajax settings object searched for its `data`
# the literal address right after the GET: not followed by `+` (a concatenation is read elsewhere or not at all)
_LITERAL = re.compile(r"""\s*(['"])([^'"\s<>]{1,500})\1(?!\s*\+)""")
_POST = re.compile(r"""\bmethod\s*:\s*['"](?!get['"])""", re.I)   # fetch(url, {method: "POST"}): no GET
_OBJECT_AFTER = re.compile(r"""\s*,\s*\{""")
_DATA_KEY = re.compile(r"""\bdata\s*:\s*\{""")
_PAIR = re.compile(rf"""\s*(?:({IDENT})|'([\w.-]+)'|"([\w.-]+)")\s*:\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|(-?\d+)|({IDENT}))"""
                   r"""\s*(,|\})""")


def _query(text: str, pos: int, constants: dict[str, str]) -> list[tuple[str, str]] | None:
    """The `key: literal` pairs of the object whose `{` ends at `pos`; None when a value is not a literal or a
    declared constant (or the object is not a flat one)."""
    out: list[tuple[str, str]] = []
    for _ in range(MAX_QUERY_PAIRS):
        if text[pos:pos + 50].lstrip()[:1] == "}":
            return out
        pair = _PAIR.match(text, pos)
        if not pair:
            return None
        key = pair.group(1) or pair.group(2) or pair.group(3)
        single, double, number, name = pair.group(4, 5, 6, 7)
        if name is not None:
            if name not in constants:
                return None
            value = constants[name]
        else:
            value = next(v for v in (single, double, number) if v is not None)
        out.append((key, value))
        pos = pair.end()
        if pair.group(8) == "}":
            return out
    return None


def _data_object(scripts: str, call: re.Match, literal: re.Match, constants: dict[str, str]):
    """The query object of one GET: the object after the address (`$.get(url, {…})`), or an `$.ajax` settings
    object's `data: {…}` ([] when it has none; None when it has one that is not understood)."""
    after = _OBJECT_AFTER.match(scripts, literal.end())
    if call.group(0).lstrip().lower().startswith("url"):
        # `url: '…'` of an $.ajax({...}) settings object (a `url:` elsewhere is a menu's or a config's: no GET);
        # its `data` is anywhere in the same object
        opener = scripts.rfind("ajax(", max(0, call.start() - MAX_OBJECT_CHARS), call.start())
        end = expression_end(scripts, opener + 5, 2 * MAX_OBJECT_CHARS) if opener != -1 else -1
        if end < literal.end():   # no $.ajax call around this `url:`
            return None
        data = _DATA_KEY.search(scripts, opener, end)
        return _query(scripts, data.end(), constants) if data else []
    if after is None:
        return []
    if "fetch" in call.group(0).lower():   # fetch's options: a GET unless they name another method
        options = scripts[after.end():expression_end(scripts, after.end(), MAX_OBJECT_CHARS)]
        return None if _POST.search(options) else []
    return _query(scripts, after.end(), constants)   # jQuery's $.get/$.getJSON(url, data): the data is the query


def data_urls(page_url: str, scripts: str, stated: dict[str, str] | None = None) -> list[str]:
    """Same-host addresses of the data the inline `scripts` of the page at `page_url` GET with a literal address
    and literal query values, in script order (at most MAX_DATA_GETS_PER_PAGE). `stated`: values of names the
    page states outside its constants (a variable read from a `data-id` attribute: discovery/neighbours.py)."""
    if not scripts:
        return []
    constants: dict[str, str] | None = None
    host = urlsplit(page_url).hostname
    out: list[str] = []
    for call in DATA_GET.finditer(scripts):
        literal = _LITERAL.match(scripts, call.end())
        if not literal:
            continue
        if constants is None:
            constants = {**(stated or {}), **script_constants(scripts)}
        query = _data_object(scripts, call, literal, constants)
        if query is None:
            continue
        url = urljoin(page_url, literal.group(2))
        if query:
            url += ("&" if "?" in url else "?") + urlencode(query)
        if url.startswith(("http://", "https://")) and urlsplit(url).hostname == host and url != page_url \
                and url not in out:
            out.append(url)
            if len(out) >= MAX_DATA_GETS_PER_PAGE:
                break
    return out
