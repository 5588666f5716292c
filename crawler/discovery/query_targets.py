"""Addresses inside query values: links whose target is another address, carried as a parameter.

Portals send some links through a page that reads its own query and goes on by script: pdf.js' document viewer
(`/pdfjs/web/viewer.html?file=%2FUploads%2Ffile%2F…pdf`, or the whole `http%3A%2F%2F…` address), a 您即将离开本网站
notice (`/tzyl/index.html?url=http%3A%2F%2Fjyj.x.gov.cn%2F`), a redirector or click counter (`/redirect?target=…`,
`goto.jsp?u=…`), a login's return address. A crawler that reads only hrefs fetches the carrier — a shell whose
script never runs — and never the address. This module reads the address out of the query: a value that,
percent-decoded (once, or twice where it was encoded twice), is an absolute http(s) address, a protocol-relative
one, a site path (`/…`) or a relative path (`../files/a.pdf`), resolved against the carrier as its script would
(pdf.js resolves `file` against the viewer's URL). A bare name (`filename=ab12.pdf` of a download servlet) is a
name, not an address: it is left to the carrier (a pdf.js `file=` bare name is read by attachments.viewer_target).

The embedded address is a link like any other, labelled with the carrier's text (the caller keeps it in the
portal's site and counts the ones outside); the carrier stays a link too. Pure, bounded."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import Link

# http(s)://host…, //host…, /path…, ./ or ../path…, dir/…/name.ext: no spaces, quotes or angle brackets
_ADDRESS = re.compile(r"""(?:https?:)?//[\w.-]+\.[a-z]{2,}(?::\d{1,5})?(?:[/?#][^\s<>'"]*)?"""
                      r"""|/[\w\-.~%!$&*+,;=:@/()]+(?:\?[^\s<>'"]*)?"""
                      r"""|\.\.?/[^\s<>'"]+"""
                      r"""|[\w\-.~%]+/[^\s<>'"]*\.[a-z0-9]{2,5}(?:\?[^\s<>'"]*)?""", re.I)


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; navigation links repeat on every page of a site
def query_addresses(url: str) -> tuple[str, ...]:
    """The absolute addresses `url`'s query values hold (none the URL itself), in order, without repeats."""
    if "?" not in url or ("%2F" not in url and "%2f" not in url and "=/" not in url and "=http" not in url
                          and "=." not in url):
        return ()   # most links: no value that could hold a path (the test is on the raw, encoded query)
    out: dict[str, None] = {}   # (a dict: in order, and a repeat found at once however long the query)
    own = urldefrag(url)[0]
    for _, value in parse_qsl(urlsplit(url).query):
        value = value.strip()
        if "%" in value and ("%2F" in value.upper() or "%3A" in value.upper()):
            value = unquote(value)   # encoded twice (a whole address escaped, then the query escaped again)
        if len(value) > limits.MAX_QUERY_VALUE_CHARS or len(value) < 3 or not _ADDRESS.fullmatch(value):
            continue
        target = urldefrag(urljoin(url, value))[0]
        if target.startswith(("http://", "https://")) and target != own:
            out[target] = None
            if len(out) >= limits.MAX_EMBEDDED_PER_LINK:
                break
    return tuple(out)


def embedded_links(links: Iterable[Link]) -> list[Link]:
    """The addresses the links' query values hold, as links of tag `query` labelled like their carrier (at most
    limits.MAX_EMBEDDED_PER_PAGE; an address that is also a carrier's own URL is left out)."""
    out: dict[str, Link] = {}
    carriers: set[str] = set()
    for link in links:
        carriers.add(link.url)
        for target in query_addresses(link.url):
            out.setdefault(target, Link(target, link.text, link.title, "query"))
        if len(out) >= limits.MAX_EMBEDDED_PER_PAGE:
            break
    return [link for url, link in out.items() if url not in carriers][:limits.MAX_EMBEDDED_PER_PAGE]
