"""A redirect's `Location` with backslashes, read as a browser reads it (downloader middleware, order 620: its
process_response runs before cookieredirect's at 610 and Scrapy's RedirectMiddleware at 600, which resolve it).

A classic ASP or IIS script that joins a Windows path sends what its author typed: `Response.Redirect
"gknb\\list.asp?lb=" & lb` answers `302` with `Location: gknb\\list.asp?lb=qzf`. A browser parses a `Location` with
the URL standard's parser, which reads a backslash before the query as a path separator, and asks
`gknb/list.asp?lb=qzf`; Scrapy resolves the reference by RFC 3986 (urljoin, after w3lib's safe_url_string) and asks
`gknb%5Clist.asp`, which the server does not hold. The header is rewritten by the one backslash reading the page's
links use too (crawler/discovery/backslashes.py), only on a 3xx answer to an http(s) request; the query and the
fragment keep their backslashes, as a browser's do. The header's bytes are otherwise left as sent (raw UTF-8 in it
is Scrapy's to read: rawlocation). Stats: `location/backslash_rewritten`."""

from __future__ import annotations

from nianbao.crawler.discovery.backslashes import as_browser_reads
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

STAT = "location/backslash_rewritten"


def browser_location(location: bytes) -> bytes:
    """The `Location` header's bytes with the backslashes a browser reads as `/` made `/` (latin-1 keeps every byte
    as it is: only `\\` changes)."""
    return as_browser_reads(location.decode("latin-1")).encode("latin-1")


class BackslashLocationMiddleware:
    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackslashLocationMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if not 300 <= response.status < 400 or not request.url.startswith(("http://", "https://")):
            return response
        location = response.headers.get(b"Location")
        if not location or b"\\" not in location:
            return response
        rewritten = browser_location(location)
        if rewritten == location:   # only in the query or fragment: kept as written
            return response
        headers = response.headers.copy()
        headers[b"Location"] = rewritten
        self.stats.inc_value(STAT)
        return response.replace(headers=headers)
