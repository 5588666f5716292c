"""Meta refresh (downloader middleware, order 579, in place of Scrapy's MetaRefreshMiddleware at 580): portals
move columns with `<meta http-equiv="refresh" content="0;url=…">`, so a refresh is followed as a redirect.

Why a subclass: Scrapy's middleware decodes every HTML body to text (with encoding detection for pages whose
header names no charset, as many GBK portals' do) before it looks at the first 4,096 characters — 0.2 ms a page
in a crawl's profile, for a tag almost no page has. Here a page whose first bytes do not contain `refresh` is
passed on untouched; the rest go through Scrapy's own code. 4 × 4,096 bytes cover Scrapy's 4,096 characters in
any ASCII-compatible encoding (UTF-8, GB18030/GBK, Big5); a UTF-16 page is not searched. A refresh followed is
counted (`discovery/redirect_stubs/meta_refresh`).

The same declaration sent as an HTTP response header, `Refresh: 3;url=/new/` (PHP's `header("refresh:3;url=…")`
under a "三秒后自动跳转" notice: a retired column answering 200), is obeyed by browsers as the tag is, and Scrapy reads
only the tag: it is followed here the same way, before the body is looked at, with the tag's limits — a delay
under METAREFRESH_MAXDELAY, an http(s) target, Scrapy's redirect count (REDIRECT_MAX_TIMES), the scope middleware
on the new request — and never to the page itself (a `Refresh` naming its own address reloads it). Stats:
`discovery/redirect_stubs/refresh_header` (followed), `…/refresh_header_late` (delay too long), `…/refresh_header_reload`
(no other address), `…/refresh_header_scheme` (not http(s))."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from nianbao.crawler.discovery.page import declared_refresh
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Response
from w3lib.url import safe_url_string

SCANNED_BYTES = 4 * 4096   # Scrapy's get_meta_refresh reads the first 4,096 characters
STAT = "discovery/redirect_stubs/"


class CheapMetaRefreshMiddleware(MetaRefreshMiddleware):
    def process_response(self, request: Request, response: Response, spider: Spider | None = None):
        header = response.headers.get(b"Refresh")
        if header and isinstance(response, HtmlResponse) and not request.meta.get("dont_redirect") \
                and request.method != "HEAD" and request.url.startswith(("http://", "https://")):
            redirected = self._follow_header(request, response, header)
            if redirected is not None:
                return redirected
        if b"refresh" not in response.body[:SCANNED_BYTES].lower():
            return response
        result = super().process_response(request, response)
        # counted with the script redirect stubs the spider follows (crawler/discovery/analysis.py)
        return self._count("meta_refresh", result) if isinstance(result, Request) else result

    def _follow_header(self, request: Request, response: Response, header: bytes) -> Request | None:
        """The redirect a `Refresh` response header declares; None when it declares none to follow (then the page
        is read as any other, its meta tag included)."""
        declared = declared_refresh(header.decode("utf-8", "replace"))
        url = urljoin(response.url, safe_url_string(declared[1])) if declared else None
        if url is None or urldefrag(url)[0] == urldefrag(response.url)[0]:
            return self._count("refresh_header_reload")
        if not url.startswith(("http://", "https://")):
            return self._count("refresh_header_scheme")
        if declared[0] >= self._maxdelay:
            return self._count("refresh_header_late")
        redirected = self._redirect(self._redirect_request_using_get(request, response, url), request,
                                    "refresh header")
        self._count("refresh_header")
        return redirected

    def _count(self, metric: str, result: Request | None = None) -> Request | None:
        if getattr(self, "crawler", None) is not None:
            self.crawler.stats.inc_value(STAT + metric)
        return result
