"""A backslash in an http(s) address, read as a browser reads it: `as_browser_reads(reference) -> str`.

The URL standard (https://url.spec.whatwg.org/, "special" schemes: http, https, ftp, ws, wss, file) parses a `\\` in
a special URL's scheme separator, authority and path as a `/`: `2022\\rsj_1.htm` in an href, `gknb\\list.asp?lb=x`
in a `Location` written by `Response.Redirect` from a Windows path, `http:\\\\www.x.gov.cn\\a` typed by hand — a
browser asks `2022/rsj_1.htm`, `gknb/list.asp?lb=x`. RFC 3986 (Python's urljoin, Scrapy's redirect) keeps it a
path character, percent-encoded as `%5C`, a name the server does not hold. In the query and the fragment a browser
keeps a backslash as written: only the part before the first `?` or `#` is changed.

One reading for every place an address is taken from a page or an answer (discovery/page.py's links, bare_hosts.py's
typed hosts, downloadermiddlewares/backslash_location.py's redirects). Pure."""

from __future__ import annotations

import re

# a scheme the reference names (`mailto:`, `http:`); none: relative, resolved against an http(s) page
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.I)
SPECIAL_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss", "file"})


def as_browser_reads(reference: str) -> str:
    """`reference` (an href or a `Location`, relative to an http(s) URL) with each backslash before its query or
    fragment made a `/`, as the URL standard parses it; a reference in a scheme that is not special (`mailto:`,
    `javascript:`, `data:`) is returned unchanged."""
    if "\\" not in reference:
        return reference
    scheme = _SCHEME.match(reference)
    if scheme is not None and scheme.group(1).lower() not in SPECIAL_SCHEMES:
        return reference
    end = len(reference)
    for mark in ("?", "#"):
        at = reference.find(mark)
        if 0 <= at < end:
            end = at
    return reference[:end].replace("\\", "/") + reference[end:]
