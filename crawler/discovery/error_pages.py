"""Error answers that point on: a portal's 404/410 (or 5xx) page with a body is read for its ways on.

A section that moved (to a 集约化 platform, a new sub-host, a new column path) often leaves only its custom error page
saying where: "页面不存在或已迁移" with a link to the new home, a countdown script (`setTimeout` … `window.location.href
= "…"`) or a meta refresh. The error page is archived like any answer (crawler/downloadermiddlewares/capture.py
writes every downloaded response, status and all) and never reported as a document; here only its links and
redirect target are read, from the first limits.MAX_ERROR_PAGE_BYTES, on the portal's site only. Pure page
analysis; the spider bounds how many error pages a portal gets read (limits.MAX_ERROR_PAGES_PER_PORTAL) and reads
each distinct body once (crawler/spiders/error_reading.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage

READ_STATUSES = frozenset({404, 410, 500, 502, 503})   # gone or failing, with a page a human would read


@dataclass
class WaysOn:
    redirect: str | None = None                             # where its meta refresh or script sends the browser
    links: list[tuple[str, str]] = field(default_factory=list)   # in-site (url, label), the redirect's excluded


def body_key(body: bytes) -> str:
    """The error page's identity (a site's 404 template answers for every missing address: read it once)."""
    return hashlib.blake2b(body[:limits.MAX_ERROR_PAGE_BYTES], digest_size=12).hexdigest()


def readable(status: int, body: bytes, content_type: str) -> bool:
    """An error answer worth reading: a status a moved or failing section gives, an HTML body."""
    return status in READ_STATUSES and readable_html(body, content_type)


def readable_html(body: bytes, content_type: str) -> bool:
    """A body of markup (typed HTML, or untyped) that a page of links can be read from."""
    if not body.strip():
        return False
    kind = content_type.split(";")[0].strip().lower()
    return kind in ("", "text/html", "application/xhtml+xml") and b"<" in body[:limits.MAX_ERROR_PAGE_BYTES]


def ways_on(url: str, body: bytes, content_type: str | None, in_site: Callable[[str], bool]) -> WaysOn:
    """The error page's redirect target (meta refresh or a literal script redirect, a countdown's included) and
    its links, both on the portal's site (`in_site` takes a host name)."""
    page = HtmlPage.from_bytes(url, body[:limits.MAX_ERROR_PAGE_BYTES], content_type)
    target, _ = page.script_redirect

    def ok(link_url: str) -> bool:
        parts = urlsplit(link_url)
        return parts.scheme in ("http", "https") and in_site((parts.hostname or "").lower()) and link_url != url

    out = WaysOn(redirect=target if target and ok(target) else None)
    seen = {out.redirect, url}
    for link in page.links:
        if link.url not in seen and ok(link.url):
            seen.add(link.url)
            out.links.append((link.url, link.label))
            if len(out.links) >= limits.MAX_ERROR_PAGE_LINKS:
                break
    return out
