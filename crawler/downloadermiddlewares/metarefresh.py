"""Meta refresh (downloader middleware, order 579, in place of Scrapy's MetaRefreshMiddleware at 580): portals
move columns with `<meta http-equiv="refresh" content="0;url=…">`, so a refresh is followed as a redirect.

Why a subclass: Scrapy's middleware decodes every HTML body to text (with encoding detection for pages whose
header names no charset, as many GBK portals' do) before it looks at the first 4,096 characters — 0.2 ms a page
in a crawl's profile, for a tag almost no page has. Here a page whose first bytes do not contain `refresh` is
passed on untouched. 4 × 4,096 bytes cover Scrapy's 4,096 characters in any ASCII-compatible encoding (UTF-8,
GB18030/GBK, Big5); a UTF-16 page is not searched. The tag is read by the HTML standard's shared declarative
refresh steps (discovery/page.py declared_refresh, the one reader the page analysis uses too), not by w3lib's
pattern, which misses hand-edited templates' `0 ; URL = '…'` and reads `0;url=&quot;…&quot;` as a refresh of the
page itself. Stats: `discovery/redirect_stubs/meta_refresh` (followed), `…/meta_refresh_reload` (the tag names no
other address: `content="30"`, or the page itself), `…/meta_refresh_late`, `…/meta_refresh_scheme`.

The same declaration sent as an HTTP response header, `Refresh: 3;url=/new/` (PHP's `header("refresh:3;url=…")`
under a "三秒后自动跳转" notice: a retired column answering 200), is obeyed by browsers as the tag is, and Scrapy reads
only the tag: it is followed here the same way, before the body is looked at, with the tag's limits — a delay
under METAREFRESH_MAXDELAY, an http(s) target, Scrapy's redirect count (REDIRECT_MAX_TIMES), the scope middleware
on the new request — and never to the page itself (a `Refresh` naming its own address reloads it). Stats:
`discovery/redirect_stubs/refresh_header` (followed), `…/refresh_header_late` (delay too long), `…/refresh_header_reload`
(no other address), `…/refresh_header_scheme` (not http(s))."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

import lxml.html
from lxml import etree
from nianbao.crawler.discovery.page import declared_refresh, meta_refresh
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import get_base_url
from w3lib.url import safe_url_string

SCANNED_CHARS = 4096       # of the page's text searched for the tag, as Scrapy's get_meta_refresh
SCANNED_BYTES = 4 * SCANNED_CHARS   # … in any ASCII-compatible encoding
STAT = "discovery/redirect_stubs/"


class CheapMetaRefreshMiddleware(MetaRefreshMiddleware):
    def process_response(self, request: Request, response: Response, spider: Spider | None = None):
        if not isinstance(response, HtmlResponse) or request.meta.get("dont_redirect") \
                or request.method == "HEAD" or not request.url.startswith(("http://", "https://")):
            return response
        header = response.headers.get(b"Refresh")
        if header:
            redirected = self._follow(request, response, declared_refresh(header.decode("utf-8", "replace")),
                                      "refresh_header")
            if redirected is not None:
                return redirected
        if b"refresh" not in response.body[:SCANNED_BYTES].lower():
            return response
        redirected = self._follow(request, response, self._declared_tag(response), "meta_refresh")
        return response if redirected is None else redirected

    def _declared_tag(self, response: HtmlResponse) -> tuple[int, str] | None:
        """The page's `<meta http-equiv="refresh">` in its first SCANNED_CHARS, read by the standard's steps
        (discovery/page.py meta_refresh) where w3lib's pattern misses `0 ; URL = '…'` and takes
        `0;url=&quot;…&quot;` for a refresh of the page itself."""
        try:
            tree = lxml.html.fromstring(response.text[:SCANNED_CHARS])
        except (etree.ParserError, ValueError):   # no element in the text read
            return None
        return meta_refresh(tree, tuple(self._ignore_tags))

    def _follow(self, request: Request, response: Response, declared: tuple[int, str] | None,
                metric: str) -> Request | None:
        """The redirect a refresh declaration (a `Refresh` header's or a meta tag's) asks for, counted as `metric`;
        None when it asks for none (then the page is read as any other), each reason counted."""
        url = urljoin(get_base_url(response), safe_url_string(declared[1])) if declared else None
        if url is None or urldefrag(url)[0] == urldefrag(response.url)[0]:
            return self._count(f"{metric}_reload")
        if not url.startswith(("http://", "https://")):
            return self._count(f"{metric}_scheme")
        if declared[0] >= self._maxdelay:
            return self._count(f"{metric}_late")
        redirected = self._redirect(self._redirect_request_using_get(request, response, url), request,
                                    metric.replace("_", " "))
        self._count(metric)
        return redirected

    def _count(self, metric: str, result: Request | None = None) -> Request | None:
        if getattr(self, "crawler", None) is not None:
            self.crawler.stats.inc_value(STAT + metric)
        return result
