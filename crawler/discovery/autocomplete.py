"""Autocomplete sources: the units a portal names only in the answers of a suggest box.

A 部门/乡镇 chooser is sometimes a search box over a suggest action instead of a list: jQuery UI's autocomplete over a
remote source (`$("#unit").autocomplete({source: "/unit/suggest.do", minLength: 0})` asks `source?term=<typed>`),
the devbridge plugin (`serviceUrl`, asked with `?query=`), typeahead/Bloodhound (`remote: {url: "…?q=%QUERY"}`), or
a hand-written suggest script that concatenates the typed text onto a literal (`"/suggest.do?term=" + term`). No page
names a unit; only the answers do, and an empty term commonly answers every entry (jQuery UI's `minLength: 0`, a
▼ button running `autocomplete("search", "")`).

Each source is asked once with an empty term; where that answer names nothing, once per common unit word
(UNIT_WORDS: 局, 镇, 乡, 街道, 办), which every unit name of a county holds one of. The answers are read as any
script data (discovery/json_links.py: their address fields are links, labelled by the entry's `label`/`name`).
Only a script that speaks of autocompletion (autocomplete, typeahead, suggest, Bloodhound, 联想) is read, so a
`source:` of a video player is not. Hand-written regular expressions for the reason script_functions.py gives (no
JS parser in the dependencies); at most MAX_SOURCES_PER_PAGE sources a page. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

MAX_SOURCES_PER_PAGE = 3
UNIT_WORDS = ("局", "镇", "乡", "街道", "办")
_CONTEXT = re.compile(r"autocomplete|typeahead|bloodhound|suggest|联想|自动补全|自动完成", re.I)
_TERM_KEYS = "term|q|keyword|keywords|kw|query|key|name|wd|search"
# an option naming the remote source: jQuery UI `source`, devbridge `serviceUrl`, Bloodhound's `remote` url
_OPTION = re.compile(r"""\b(source|serviceUrl|remote)\s*:\s*(?:\{\s*url\s*:\s*)?(['"])([^'"\s<>]{1,300})\2""")
# a literal the typed text is appended to: "/suggest.do?term=" + term
_CONCAT = re.compile(rf"""(['"])([^'"\s<>?&][^'"\s<>]{{0,300}}?[?&](?:{_TERM_KEYS})=)\1\s*\+""", re.I)
# a source variable joined with its parameter: nbUnit.source + "?term=" + …
_JOINED = re.compile(rf"""\b(?:source|serviceUrl|url)\s*\+\s*(['"])[?&]({_TERM_KEYS})=\1""", re.I)
_PLACEHOLDER = re.compile(r"%QUERY|\{query\}|\{term\}", re.I)
_NOT_DATA = re.compile(r"\.(?:jpe?g|png|gif|svg|mp[34]|m3u8|flv|webm|css|js)(?:\?|$)", re.I)
_DEFAULT_KEY = {"source": "term", "serviceUrl": "query", "remote": "q"}


@dataclass(frozen=True)
class Source:
    empty: str                    # the source asked with an empty term
    words: tuple[str, ...] = ()   # asked only when the empty term answers nothing


def _with_term(base: str, key: str, term: str) -> str:
    return f"{base}{'&' if '?' in base else '?'}{key}={quote(term)}"


def suggest_sources(page_url: str, scripts: str) -> list[Source]:
    """The page's autocomplete sources (module docstring) on the page's host, in script order."""
    if not scripts or not _CONTEXT.search(scripts):
        return []
    host = urlsplit(page_url).hostname
    joined = _JOINED.search(scripts)
    found: list[tuple[str, str | None]] = []   # (address up to its term, the term's key; None: already in it)
    for option in _OPTION.finditer(scripts):
        kind, address = option.group(1), option.group(3)
        if _PLACEHOLDER.search(address):             # Bloodhound: …?q=%QUERY
            found.append((_PLACEHOLDER.sub("", address), None))
        else:
            found.append((address, joined.group(2) if joined else _DEFAULT_KEY[kind]))
    found += [(concat.group(2), None) for concat in _CONCAT.finditer(scripts)]
    out: list[Source] = []
    seen: set[str] = set()
    for address, key in found:
        if _NOT_DATA.search(address) or address.startswith(("javascript:", "#", "data:")):
            continue
        url = urljoin(page_url, address)
        if not url.startswith(("http://", "https://")) or urlsplit(url).hostname != host or url in seen:
            continue
        seen.add(url)
        if key is None:        # the address ends with its parameter: "…?term="
            source = Source(url, tuple(url + quote(w) for w in UNIT_WORDS))
        else:
            source = Source(_with_term(url, key, ""), tuple(_with_term(url, key, w) for w in UNIT_WORDS))
        out.append(source)
        if len(out) >= MAX_SOURCES_PER_PAGE:
            break
    return out
