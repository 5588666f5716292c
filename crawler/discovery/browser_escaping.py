"""A link's URL escaped as a browser sends it (the URL Standard's percent-encode sets), where Scrapy's differs.

Scrapy's Request escapes its URL with w3lib's `safe_url_string`, which also satisfies RFC 3986 and Java's URI: it
percent-encodes `[`, `]` and `|` in the path and `[`, `]`, `|`, `{`, `}`, `^`, `` ` `` and `\\` in the query. A
browser does not: the URL Standard's query percent-encode set (special schemes) is only C0 controls, space, `"`,
`#`, `<`, `>` and `'`, its path percent-encode set adds `?`, `` ` ``, `{`, `}` (and `^`), so
`list.php?year[]=2017&unit=bj|bm|xz` goes out as written. A server that matches the query it receives (nginx's
`$args` is the request line's, undecoded; a PHP front's rewrite rules) answers only that spelling: the escaped one
is a 404 (the fifty-sixth round's bracketquery). `browser_url` gives the browser's spelling of a URL only when it
differs from Scrapy's; the spider then sends it as is (Scrapy's `verbatim_url` request meta, whose fingerprint is
the URL as sent: the two spellings are two requests, as they are two URLs to a server that tells them apart).

Hand-written on urllib's `quote`: w3lib has no switch for the URL Standard's sets, and only the path and the query
differ (the host, IDNA, and the fragment stay w3lib's). Pure."""

from __future__ import annotations

import string
from urllib.parse import quote, urlsplit, urlunsplit

from w3lib.url import safe_url_string

_PRINTABLE = "".join(c for c in string.printable if c not in string.whitespace)   # ASCII 0x21-0x7E
QUERY_SAFE = "".join(c for c in _PRINTABLE if c not in "\"#<>'")   # `%`: escapes written in the link stay
PATH_SAFE = "".join(c for c in _PRINTABLE if c not in "\"#<>?`{}^")
_PATH_RAW, _QUERY_RAW = "[]|", "[]|{}^`\\"    # what w3lib escapes and a browser sends as written


def browser_url(url: str) -> str | None:
    """`url` (absolute; non-ASCII in its query already escaped in its document's encoding: query_encoding.py) with
    its path and query percent-encoded by the URL Standard's sets, or None when that is Scrapy's own spelling."""
    try:
        parts = urlsplit(url)
    except ValueError:   # (a bad IPv6 host: the request fails on its own)
        return None
    if not (any(c in parts.path for c in _PATH_RAW) or any(c in parts.query for c in _QUERY_RAW)):
        return None
    escaped = urlsplit(safe_url_string(url))
    path = quote(parts.path, safe=PATH_SAFE, encoding="utf-8")
    query = quote(parts.query, safe=QUERY_SAFE, encoding="utf-8")
    return urlunsplit(escaped._replace(path=path, query=query))
