"""Addresses a script builds from the page's own location: a 打印本页 button's
`window.open("/common/print.jsp?url=" + encodeURIComponent(location.pathname))`, a 分享/收藏 or 纠错 service given
`location.href`, `fetch("/api/list?path=" + document.URL)`.

A print service (or a PDF/Word export of a page) is a page no link names: only the script knows its address, and
it takes it from the page it runs in. The print of a list page is often the whole list on one sheet (a print has
no pager), so it can name entries the page itself does not show. This module reads the navigations and data GETs
(discovery/script_functions.py `NAVIGATION`, `DATA_GET`) of the page's inline scripts and its onclick /
`javascript:` handlers whose concatenation holds a read of the location (`location.href|pathname|search|host|
hostname|origin|protocol`, `document.URL`, through `window.`/`document.` or not, bare or inside
`encodeURIComponent`/`encodeURI`/`escape`), and evaluates it with the page's own URL as those values. A
concatenation with any other unknown part builds nothing; an assignment to the location is not a read of it.
Hand-written for the reason script_functions.py gives; pure; at most MAX_TARGETS_PER_PAGE addresses a page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urldefrag, urljoin, urlsplit

from lxml import etree
from nianbao.crawler.discovery.script_functions import DATA_GET, NAVIGATION, read_template
from nianbao.crawler.discovery.script_text import expression_end

MAX_TARGETS_PER_PAGE = 16
MAX_HANDLERS = 64              # onclick / javascript: values read per page
MAX_EXPRESSION_CHARS = 600     # of a navigation's argument searched for a slot (a location or storage read)
_SLOT = "__nbloc"
# a read of the page's location (not an assignment to it, not a method called on it: `location.href.split(`)
_READ = re.compile(r"""(?:\b(encodeURIComponent|encodeURI|escape)\s*\(\s*)?(?<![\w$])"""
                   r"""(?:(?:window|self|top)\s*\.\s*)?(?:document\s*\.\s*)?"""
                   r"""(?:location\s*\.\s*(href|pathname|search|host|hostname|origin|protocol)\b|(?<=document\.)URL\b)"""
                   r"""(?(1)\s*\)|)(?!\s*(?:=(?!=)|\.|\[|\())""")
# what encodeURI leaves as written (encodeURIComponent: only A-Z a-z 0-9 - _ . ! ~ * ' ( ); escape: @*_+-./)
_SAFE = {"encodeURIComponent": "-_.!~*'()", "encodeURI": "-_.!~*'();/?:@&=+$,#", "escape": "@*_+-./"}


@dataclass(frozen=True)
class LocationTarget:
    url: str          # absolute
    data_get: bool    # fetched by the script, not navigated to


_HANDLERS = etree.XPath("//*[contains(@onclick, 'location') or contains(@onclick, 'URL')"
                         " or (starts-with(normalize-space(@href), 'javascript:')"
                         " and (contains(@href, 'location') or contains(@href, 'URL')))]")


def handler_values(tree) -> list[str]:
    """The onclick and `javascript:` values of the page's elements that read the location, at most MAX_HANDLERS."""
    return [el.get("onclick") or el.get("href") or "" for el in _HANDLERS(tree)[:MAX_HANDLERS]]


def location_values(page_url: str) -> dict[str, str]:
    """What a page at `page_url` reads as `location.<part>` (and `document.URL` as `URL`); the fragment left out
    (a crawler's URL has none)."""
    url = urldefrag(page_url)[0]
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    return {"href": url, "URL": url, "pathname": parts.path or "/", "search": f"?{parts.query}" if parts.query else "",
            "host": parts.netloc, "hostname": parts.hostname or "", "origin": origin, "protocol": f"{parts.scheme}:"}


def _substituted(text: str, values: dict[str, str], constants: dict[str, str]) -> str:
    """`text` with each location read replaced by a name whose value (encoded as its call encodes) is in
    `constants`."""
    def replace(read: re.Match) -> str:
        value = values[read.group(2) or "URL"]
        if read.group(1):
            value = quote(value, safe=_SAFE[read.group(1)])
        if any(c in value for c in "'\"\\\n"):
            return read.group(0)   # not a value a literal of the template reader can hold: left unread
        name = f"{_SLOT}{len(constants)}"
        constants[name] = value
        return name
    return _READ.sub(replace, text)


def location_targets(page_url: str, scripts: str, handlers: list[str] = ()) -> list[LocationTarget]:
    """The addresses the navigations and data GETs of `scripts` (the page's inline script text) and `handlers`
    (its onclick / `javascript:` values) build from the page's location, in order, the page itself left out."""
    texts = [t for t in (scripts, *handlers[:MAX_HANDLERS]) if t and ("location" in t or "URL" in t)]
    if not texts:
        return []
    values = location_values(page_url)
    own = values["href"]
    out: list[LocationTarget] = []
    seen: set[str] = set()
    for text in texts:
        constants: dict[str, str] = {}
        text = _substituted(text, values, constants)
        if not constants:
            continue
        # a target without the slot is a literal one (page.py reads those) or one built from something else
        for url, data_get in slot_targets(text, own, constants, lambda argument: _SLOT in argument):
            if url in seen:
                continue
            seen.add(url)
            out.append(LocationTarget(url, data_get))
            if len(out) >= MAX_TARGETS_PER_PAGE:
                return out
    return out


def slot_targets(text: str, own: str, constants: dict[str, str],
                 uses_slot: Callable[[str], bool]) -> Iterator[tuple[str, bool]]:
    """(address, is a data GET) of each navigation and data GET of `text` whose argument `uses_slot`, read with the
    slots' values in `constants` and resolved against the page `own` (itself and non-web addresses left out); the
    reading shared by this module and web_storage.py."""
    for pattern, data_get in ((NAVIGATION, False), (DATA_GET, True)):
        for match in pattern.finditer(text):
            end = expression_end(text, match.end(), MAX_EXPRESSION_CHARS, stops=",;")
            if not uses_slot(text[match.end():end]):
                continue
            template = read_template(text[match.end():], [], constants, data_object=data_get, any_text=True)
            if not template:
                continue
            url = urldefrag(urljoin(own, "".join(template).strip()))[0]
            if url != own and url.startswith(("http://", "https://")):
                yield url, data_get
