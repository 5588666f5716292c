"""Request fingerprints (REQUEST_FINGERPRINTER_CLASS in settings.py): Scrapy's own, over the URL written without a
scheme's default port.

Scrapy's fingerprint canonicalises the URL with w3lib, which keeps an explicit `:80` (`:443` for https), so
`http://www.x.gov.cn:80/p` and `http://www.x.gov.cn/p` — one resource by the URL standard, which drops a scheme's
default port — were two requests, and a site whose templates write `HTTP://WWW.X.GOV.CN:80/…` (the forty-fourth
round's port80) had pages fetched twice. One definition of that spelling: `without_default_port`, used here, by the
redirect loop guard (downloadermiddlewares/cookieredirect.py) and by the recall benchmark's canonical URLs; and one of
an address as the duplicate filter compares it, `duplicate_key` (the redirect guard, sign-on round trips, visit
gates)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.utils.request import fingerprint
from w3lib.url import canonicalize_url

DEFAULT_PORTS = {"http": 80, "https": 443}


def without_default_port(url: str) -> str:
    """`url` with an explicit default port of its scheme removed (`http://h:80/p` → `http://h/p`); else unchanged."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:   # a port that is not a number: not ours to mend, the request fails on its own
        return url
    if port is None or port != DEFAULT_PORTS.get(parts.scheme.lower()):
        return url
    host = parts.netloc.rsplit(":", 1)[0]
    return urlunsplit(parts._replace(netloc=host))


def duplicate_key(url: str) -> str:
    """An address as the duplicate filter compares it (query order, escapes; no fragment; no default port)."""
    return canonicalize_url(without_default_port(url))


class DefaultPortFingerprinter:
    """Scrapy's request fingerprint of the request's URL without a default port (module docstring)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DefaultPortFingerprinter:
        return cls()

    def fingerprint(self, request: Request) -> bytes:
        url = without_default_port(request.url)
        return fingerprint(request if url == request.url else request.replace(url=url))
