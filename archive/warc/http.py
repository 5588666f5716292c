"""Reconstructing the HTTP messages stored in request/response records.

Scrapy hands us parsed messages, not wire bytes (docs crawl-archive §4): no `Transfer-Encoding`/`Connection`, no
reason phrase, title-cased names, no `Host` in the request. So the stored message is a reconstruction, and says
so: connection-level headers that no longer describe the stored bytes are renamed `X-Crawler-<Name>` (Common Crawl
/ StormCrawler convention), the reason phrase comes from the status code, and the warcinfo record carries a note.

Secrets never reach a record: `Authorization`, `Proxy-Authorization` and cookies the crawler set from its own
configuration are removed from request headers here, the one place every request record passes through.
"""

from __future__ import annotations

from collections.abc import Iterable
from http import HTTPStatus
from urllib.parse import urlsplit

Headers = list[tuple[str, str]]

# Headers that describe the connection or framing, not the stored message (renamed, never dropped).
CONNECTION_HEADERS = ("transfer-encoding", "connection", "keep-alive", "proxy-connection")
SECRET_REQUEST_HEADERS = ("authorization", "proxy-authorization")

RECONSTRUCTION_NOTE = (
    "HTTP messages are reconstructed from the crawler's parsed headers (Scrapy/Twisted, Playwright): the status "
    "line's reason phrase is the standard one for the code, header order and case may differ from the wire, "
    "headers describing the connection or transfer framing (Transfer-Encoding, Connection, Keep-Alive) are "
    "renamed X-Crawler-<Name> because the stored body is de-chunked; bodies captured by Scrapy keep their "
    "Content-Encoding (stored exactly as received); bodies captured by the browser are content-decoded and "
    "their Content-Encoding/Content-Length are renamed X-Crawler-<Name>. Authorization, Proxy-Authorization "
    "and configured cookies are removed from request records.")


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def status_line(status: int, reason: str | None = None) -> str:
    return f"{status} {reason or reason_phrase(status)}"


def http_protocol(protocol: str | None) -> str:
    """The protocol for the stored status line: HTTP/1.0 or HTTP/1.1 (h2/h3 are written as HTTP/1.1 and the
    real protocol goes into `WARC-Protocol`)."""
    if protocol and protocol.upper() in ("HTTP/1.0", "HTTP/1.1"):
        return protocol.upper()
    return "HTTP/1.1"


def scrapy_headers(headers) -> Headers:
    """Scrapy `Headers` (bytes → list[bytes]) as (name, value) strings, every value kept, decoded latin-1
    (never UTF-8: GBK filenames in Content-Disposition are raw bytes)."""
    out: Headers = []
    # Scrapy's Headers is a dict of bytes name → list of bytes values; its own items() calls getlist() per name
    for name, values in (dict.items(headers) if isinstance(headers, dict) else headers.items()):
        text_name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        for value in values if isinstance(values, (list, tuple)) else [values]:
            out.append((text_name, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return out


def archived_response_headers(headers: Iterable[tuple[str, str]], body_length: int) -> Headers:
    """Response headers as stored: connection headers renamed; a Content-Length that does not match the stored
    body renamed, and the real length appended."""
    out: Headers = []
    lengths = []
    for name, value in headers:
        lower = name.lower()
        if lower in CONNECTION_HEADERS:
            out.append((f"X-Crawler-{_title(name)}", value))
        elif lower == "content-length":
            lengths.append(value)
            out.append((name, value))
        else:
            out.append((name, value))
    if lengths and any(v.strip() != str(body_length) for v in lengths):
        out = [(f"X-Crawler-{_title(n)}", v) if n.lower() == "content-length" else (n, v) for n, v in out]
        out.append(("Content-Length", str(body_length)))
    return out


def archived_request_headers(url: str, headers: Iterable[tuple[str, str]],
                             masked_cookies: Iterable[str] = (), body_length: int = 0) -> Headers:
    """Request headers as stored: `Host` first and, for a request with a body, `Content-Length` last (Scrapy
    keeps neither: its HTTP client adds them as it sends; pywb's indexer reads a POST body only with its
    length), credentials removed, configured cookies removed from `Cookie` (the rest of the header is kept:
    server-set cookies are evidence)."""
    masked = {c.lower() for c in masked_cookies}
    out: Headers = []
    has_host = has_length = False
    for name, value in headers:
        lower = name.lower()
        if lower in SECRET_REQUEST_HEADERS:
            continue
        if lower == "host":
            has_host = True
        has_length = has_length or lower == "content-length"
        if lower == "cookie" and masked:
            value = _without_cookies(value, masked)
            if not value:
                continue
        if lower in CONNECTION_HEADERS:
            name = f"X-Crawler-{_title(name)}"
        out.append((name, value))
    if not has_host:
        host = urlsplit(url).netloc.rsplit("@", 1)[-1]
        out.insert(0, ("Host", host))
    if body_length and not has_length:
        out.append(("Content-Length", str(body_length)))
    return out


def request_target(url: str) -> str:
    """origin-form request target: path and query (never the fragment)."""
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return target


def get_header(headers: Iterable[tuple[str, str]], name: str) -> str | None:
    lower = name.lower()
    for key, value in headers:
        if key.lower() == lower:
            return value
    return None


def _without_cookies(value: str, masked: set[str]) -> str:
    kept = [part.strip() for part in value.split(";")
            if part.strip() and part.split("=", 1)[0].strip().lower() not in masked]
    return "; ".join(kept)


def _title(name: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))
