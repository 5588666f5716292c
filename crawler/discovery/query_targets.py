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

A file previewer hides the address one step further: kkFileView's `/onlinePreview?url=` takes the file's whole
address Base64-encoded, then percent-encoded (its documented `encodeURIComponent(Base64.encode(url))`), and other
previewers and download gates do the same. A value that is no address as it stands but is Base64 (standard or
URL-safe alphabet, padding optional, MIN_BASE64_CHARS to limits.MAX_QUERY_VALUE_CHARS long) and decodes to UTF-8
text that is an absolute http(s) address, a protocol-relative one or a site path is read as that address (tag
`query_base64`). Ids, hashes and tokens that happen to be Base64 decode to bytes that are no UTF-8 text, or to
text that is no address, and are left alone.

The embedded address is a link like any other, labelled with the carrier's text (the caller keeps it in the
portal's site and counts the ones outside); the carrier stays a link too. Pure, bounded."""

from __future__ import annotations

import base64
import binascii
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
MIN_BASE64_CHARS = 12   # 9 bytes decoded: `/a/b.pdf` is 8; shorter Base64-looking values are ids and words
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}")   # standard or URL-safe alphabet
_BASE64_HINT = re.compile(r"=[A-Za-z0-9+/_%-]{" + str(MIN_BASE64_CHARS) + ",}")   # a long enough raw value could be one
_BASE64_ADDRESS = re.compile(r"(?:https?:)?//|/(?!/)", re.I)   # what a decoded value must start with


def query_addresses(url: str) -> tuple[str, ...]:
    """The absolute addresses `url`'s query values hold (none the URL itself), in order, without repeats."""
    return tuple(target for target, _ in query_targets(url))


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; navigation links repeat on every page of a site
def query_targets(url: str) -> tuple[tuple[str, str], ...]:
    """(address, tag) of the addresses `url`'s query values hold: tag `query` for one written (percent-encoded) as
    it is, `query_base64` for one Base64-encoded (module docstring)."""
    if "?" not in url:
        return ()
    plain = not ("%2F" not in url and "%2f" not in url and "=/" not in url and "=http" not in url and "=." not in url)
    if not plain and not _BASE64_HINT.search(url):
        return ()   # most links: no value that could hold an address (the test is on the raw, encoded query)
    out: dict[str, str] = {}   # (a dict: in order, and a repeat found at once however long the query)
    own = urldefrag(url)[0]
    for _, value in parse_qsl(urlsplit(url).query):
        value = value.strip()
        if "%" in value and ("%2F" in value.upper() or "%3A" in value.upper()):
            value = unquote(value)   # encoded twice (a whole address escaped, then the query escaped again)
        if len(value) > limits.MAX_QUERY_VALUE_CHARS or len(value) < 3:
            continue
        tag = "query"
        if not _ADDRESS.fullmatch(value):
            value, tag = base64_address(unquote(value) if "%" in value else value), "query_base64"
            if value is None:
                continue
        target = urldefrag(urljoin(url, value))[0]
        if target.startswith(("http://", "https://")) and target != own:
            out.setdefault(target, tag)
            if len(out) >= limits.MAX_EMBEDDED_PER_LINK:
                break
    return tuple(out.items())


def base64_address(value: str) -> str | None:
    """The address a Base64 query value encodes (an absolute http(s) address, a protocol-relative one or a site
    path, as written), or None: no Base64, too short or long, or decoding to bytes that are no address text."""
    value = value.replace(" ", "+")   # a `+` of the standard alphabet left unescaped reads as a space in a query
    if not MIN_BASE64_CHARS <= len(value) <= limits.MAX_QUERY_VALUE_CHARS or not _BASE64.fullmatch(value):
        return None
    value = value.rstrip("=")
    if len(value) % 4 == 1:
        return None   # no whole byte: no Base64 (a padding-free value is 2 or 3 characters past a group of 4)
    altchars = b"-_" if "-" in value or "_" in value else None
    try:
        text = base64.b64decode(value + "=" * (-len(value) % 4), altchars=altchars, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    text = text.strip()
    if not _BASE64_ADDRESS.match(text) or not _ADDRESS.fullmatch(text):
        return None
    return text


def embedded_links(links: Iterable[Link]) -> list[Link]:
    """The addresses the links' query values hold, as links of tag `query` (`query_base64`: Base64-encoded)
    labelled like their carrier (at most limits.MAX_EMBEDDED_PER_PAGE; an address that is also a carrier's own URL
    is left out)."""
    out: dict[str, Link] = {}
    carriers: set[str] = set()
    for link in links:
        carriers.add(link.url)
        for target, tag in query_targets(link.url):
            out.setdefault(target, Link(target, link.text, link.title, tag))
        if len(out) >= limits.MAX_EMBEDDED_PER_PAGE:
            break
    return [link for url, link in out.items() if url not in carriers][:limits.MAX_EMBEDDED_PER_PAGE]
