"""Cookie redirects back to the same address (downloader middleware, order 610: between RedirectMiddleware at 600
and CookiesMiddleware at 700, so the cookie is already in the jar when the redirect is seen here).

Anti-bot front ends made of HTTP alone answer a request without their cookie with a redirect that sets the cookie
and names the very address asked for (testcookie-nginx-module's default "Set-Cookie + 302 Location", 安全狗's and
瑞数's first step), or a guard address that sets it and sends the client back: a client that keeps cookies gets the
page on the repeated request. Scrapy follows the redirect, but the repeated request has a URL the duplicate filter
has already seen, so it was dropped silently and the whole host behind such a front end was lost.

A redirect that (1) sets a cookie and (2) leads back to its own request's URL or an earlier URL of the same
redirect chain is re-sent here past the duplicate filter, with the cookie (the jar adds it); the jar then serves
the host's later requests, so each host pays the detour about once per worker (a few more while the first
requests are in flight). Bounded: at most NIANBAO_COOKIE_REDIRECTS_PER_HOST such repeats per host and
_MAX_PER_REQUEST per request; a repeat beyond them, or a redirect back to itself that sets no cookie (a loop no
client can leave), is dropped, logged and counted. Stats: `cookie_redirect/followed`, `cookie_redirect/host/<host>`,
`cookie_redirect/dropped/<reason>`.

A WAF "jump" rule (OpenStar's 跳转配置, CC protection by Set-Cookie) sends a request without its cookie elsewhere —
to a page of the site the client has already fetched — with the cookie: only asking the SAME address again, with
the cookie, gets the page. Scrapy follows the redirect, the duplicate filter drops the page already fetched, and the
address asked for is never asked again. So a redirect that (1) sets a cookie and (2) leads to another address of the
same host that this crawler has already asked for (sent or answered: following it the duplicate filter would drop) is answered by
asking the ORIGINAL address once more, past the duplicate filter, with the cookie. Bounded: once per request (the
retry's own redirect is left to RedirectMiddleware, and so to the duplicate filter: no loop), at most
NIANBAO_COOKIE_REDIRECT_RETRIES_PER_HOST retries a host, and none more on a host whose first GIVE_UP_AFTER retries
were all redirected again (a session cookie on a plain redirect: the cookie opens nothing). A redirect to an address
not yet asked for is followed as before. Stats: `cookie_redirect/original_retries`, `cookie_redirect/original_refused`,
`cookie_redirect/original_gave_up`.

A sign-on host (crawler/discovery/sign_on.py: scope.py let the request through as one hop of a round trip) that sends
the visitor straight back to the address asked for sets no cookie itself: the redirect that sent the visitor there
did (a CAS client's JSESSIONID). Its redirect back is asked past the duplicate filter the same way, within the same
bounds (`cookie_redirect/sign_on_returns`)."""

from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

from nianbao.crawler.discovery.sign_on import SIGN_ON_META
from nianbao.crawler.fingerprint import duplicate_key
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from w3lib.url import safe_url_string

logger = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PER_HOST = 32       # a challenge is passed once per host; the rest covers requests in flight meanwhile
_MAX_PER_REQUEST = 2        # the cookie was sent once and the answer is still the redirect: the cookie does not pass
_META = "nianbao_cookie_redirects"
DEFAULT_RETRIES_PER_HOST = 16   # a jump rule a column: a few columns, and the requests in flight before the cookie
GIVE_UP_AFTER = 3               # retries on a host all redirected again, none answered: the cookie opens nothing
_RETRY_META = "nianbao_cookie_redirect_retry"   # the address asked again
MAX_ASKED_REMEMBERED = 200_000   # addresses asked for, as hashes (a few MB); past it, later ones count as new


class CookieRedirectLoop(IgnoreRequest):
    """A redirect back to an address of its own chain that no cookie gets past (or past the bounds)."""


def redirect_target(request_url: str, location: bytes | str) -> str:
    """The absolute URL a Location header names (as Scrapy's RedirectMiddleware resolves it)."""
    if isinstance(location, bytes):
        location = location.decode("latin-1")
    location = safe_url_string(location)
    if location.startswith("//"):
        location = request_url.split(":", 1)[0] + ":" + location
    return urljoin(request_url, location)


def back_to_chain(request_url: str, earlier: list[str] | tuple[str, ...], location: bytes | str) -> bool:
    """Whether a redirect from `request_url` (reached through `earlier`, Scrapy's meta `redirect_urls`) leads back
    to an address of its own chain: the one asked for, or one it was redirected from."""
    target = duplicate_key(redirect_target(request_url, location))
    return target == duplicate_key(request_url) or any(target == duplicate_key(url) for url in earlier)


def sets_cookie(response: Response) -> bool:
    return any(value.strip() for value in response.headers.getlist(b"Set-Cookie"))


class CookieRedirectMiddleware:
    """See the module docstring."""

    def __init__(self, crawler: Crawler, per_host: int, retries_per_host: int = DEFAULT_RETRIES_PER_HOST):
        self.stats = crawler.stats
        self.per_host = per_host
        self.by_host: dict[str, int] = {}
        self.retries_per_host = retries_per_host
        self.retries: dict[str, list[int]] = {}   # host → [retries, redirected again, answered]
        self.asked: set[int] = set()              # hashes of the addresses asked for (sent, or answered)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CookieRedirectMiddleware:
        settings = crawler.settings
        if not settings.getbool("REDIRECT_ENABLED") or not settings.getbool("COOKIES_ENABLED"):
            raise NotConfigured("cookie redirects need both redirects and cookies")
        return cls(crawler, settings.getint("NIANBAO_COOKIE_REDIRECTS_PER_HOST", DEFAULT_PER_HOST),
                   settings.getint("NIANBAO_COOKIE_REDIRECT_RETRIES_PER_HOST", DEFAULT_RETRIES_PER_HOST))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if len(self.asked) < MAX_ASKED_REMEMBERED:
            self.asked.add(hash(duplicate_key(request.url)))

    def process_response(self, request: Request, response: Response, spider: Spider | None = None):
        meta = request.meta
        location = response.headers.get(b"Location")
        redirected = response.status in REDIRECT_STATUSES and bool(location)
        retried = meta.get(_RETRY_META) == request.url   # (RedirectMiddleware copies the meta to the next hop)
        if retried:
            self._retry_answered(request, redirected)
        if not redirected:
            return response
        if (meta.get("dont_redirect") or meta.get("handle_httpstatus_all")
                or response.status in meta.get("handle_httpstatus_list", ())):
            return response   # the spider's business
        if not back_to_chain(request.url, meta.get("redirect_urls") or (), location):
            return response if retried else self._jumped(request, response, location)
        host = urlparse_cached(request).hostname or ""
        sign_on = meta.get(SIGN_ON_META) == host   # the way back of a sign-on round trip (module docstring)
        if not sets_cookie(response) and not sign_on:
            return self._drop(request, "no_cookie", "a redirect back to itself that sets no cookie")
        repeats = meta.get(_META, 0)
        if repeats >= _MAX_PER_REQUEST:
            return self._drop(request, "cookie_refused", f"still redirected after {repeats} tries with the cookie")
        if self.by_host.get(host, 0) >= self.per_host:
            return self._drop(request, "host_limit",
                              f"{self.per_host} cookie redirects on {host} already (NIANBAO_COOKIE_REDIRECTS_PER_HOST)")
        self.by_host[host] = self.by_host.get(host, 0) + 1
        self.stats.inc_value("cookie_redirect/followed")
        self.stats.inc_value(f"cookie_redirect/host/{host}")
        if sign_on:
            self.stats.inc_value("cookie_redirect/sign_on_returns")
        target = redirect_target(request.url, location)
        logger.debug("cookie redirect (%d) back to %s: asking again with the cookie", response.status, target)
        # the same request again (its meta, hops and lease unchanged: it takes its own place); CookiesMiddleware
        # rewrites its Cookie header from the jar, now holding the cookie
        retry = request.replace(url=target, dont_filter=True, meta={**meta, _META: repeats + 1})
        if response.status == 303 or (response.status in (301, 302) and request.method == "POST"):
            retry = retry.replace(method="GET", body=b"")
        return retry

    def _jumped(self, request: Request, response: Response, location: bytes):
        """A redirect elsewhere: the original address asked again with the cookie when the redirect sets one and
        leads to a page of the same host already asked for (see the module docstring); else RedirectMiddleware's."""
        if request.method != "GET" or not sets_cookie(response):
            return response
        target = redirect_target(request.url, location)
        host = urlparse_cached(request).hostname or ""
        if urlsplit(target).hostname != host or hash(duplicate_key(target)) not in self.asked:
            return response
        counts = self.retries.setdefault(host, [0, 0, 0])
        if counts[0] >= self.retries_per_host or (counts[1] >= GIVE_UP_AFTER and not counts[2]):
            self.stats.inc_value("cookie_redirect/original_gave_up")
            return response
        counts[0] += 1
        self.stats.inc_value("cookie_redirect/original_retries")
        logger.debug("cookie redirect (%d) from %s to %s, a page already asked for: asking %s again with the cookie",
                     response.status, request.url, target, request.url)
        return request.replace(dont_filter=True, meta={**request.meta, _RETRY_META: request.url})

    def _retry_answered(self, request: Request, redirected: bool) -> None:
        counts = self.retries.setdefault(urlparse_cached(request).hostname or "", [0, 0, 0])
        counts[1 if redirected else 2] += 1
        if redirected:
            self.stats.inc_value("cookie_redirect/original_refused")

    def _drop(self, request: Request, reason: str, why: str):
        self.stats.inc_value(f"cookie_redirect/dropped/{reason}")
        logger.info("not following the redirect of %s back to itself: %s", request.url, why)
        raise CookieRedirectLoop(f"{request.url}: {why}")
