"""robots.txt, obeyed by default, with its status recorded per host (replaces Scrapy's RobotsTxtMiddleware at
its usual order, 100).

Status per host: `fetched` (2xx with rules), `absent` (4xx: everything allowed, RFC 9309 §2.3.1.3),
`disallow-all` (the rules forbid `/` to us), `error` (5xx or no answer: Scrapy then allows everything; we record
it so the closing table shows it), `overridden` (the registry states a reason to ignore robots.txt for the portal;
such requests carry `dont_obey_robotstxt`). Stats: `robots/<status>`; the spider and the progress extension read
`RobotsStatusMiddleware.status_by_host` through `crawler.nianbao_robots`.

The robots.txt request carries the nianbao meta keys (role `robots`) so that it is captured and attributed like
every other fetch.

The `Sitemap:` lines of a fetched robots.txt are sent to the spider (signal `sitemaps_named`, with the portal of
the request that asked for it): the site maps a site names are a list of its pages (crawler/discovery/sitemaps.py)."""

from __future__ import annotations

import logging

from nianbao.crawler.discovery.sitemaps import robots_sitemaps
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

# sent with `portal_id` and `urls` (the site maps a robots.txt names) once per robots.txt fetched
sitemaps_named = object()

FETCHED, ABSENT, DISALLOW_ALL, ERROR, OVERRIDDEN = "fetched", "absent", "disallow-all", "error", "overridden"


def _waiter(parser: Deferred) -> Deferred:
    """A Deferred of its own for one request waiting for a host's robots.txt. Scrapy (2.14+) has every waiter await
    the host's one Deferred, and the asyncio Future made from a Deferred consumes its result (Twisted's
    `Deferred.asFuture`): the second request waiting got None — "no robots.txt, allow everything" — and a worker
    handed several of a host's links before its robots.txt had answered fetched the disallowed ones
    (tests/crawler/test_robots_waiters.py). Scrapy before 2.14 chained one Deferred per waiter, as here."""
    waiter: Deferred = Deferred()

    def relay(result):
        waiter.callback(result)
        return result       # for the next waiter

    parser.addCallback(relay)
    return waiter


def robots_status(status: int | None, allows_root: bool | None) -> str:
    if status is None:
        return ERROR
    if 200 <= status < 300:
        return DISALLOW_ALL if allows_root is False else FETCHED
    if 400 <= status < 500:
        return ABSENT
    return ERROR


class RobotsStatusMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.status_by_host: dict[str, str] = {}
        crawler.nianbao_robots = self  # type: ignore[attr-defined]

    async def process_request(self, request: Request, spider=None) -> None:
        if request.meta.get("dont_obey_robotstxt") and request.meta.get("nianbao_robots_override"):
            host = urlparse_cached(request).netloc
            if host not in self.status_by_host:
                self.status_by_host[host] = OVERRIDDEN
                self._stats.inc_value(f"robots/{OVERRIDDEN}")
                logger.info("robots.txt of %s not obeyed: %s", host, request.meta["nianbao_robots_override"])
            return None
        return await super().process_request(request)

    async def robot_parser(self, request: Request):
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            robots_url = f"{url.scheme}://{netloc}/robots.txt"
            robots_request = Request(
                robots_url, priority=self.DOWNLOAD_PRIORITY, callback=NO_CALLBACK,
                meta={"dont_obey_robotstxt": True, "nianbao_portal": request.meta.get("nianbao_portal"),
                      "nianbao_via": None, "nianbao_hops": request.meta.get("nianbao_hops", "") + "P",
                      "nianbao_role": "robots", "nianbao_render": False,
                      **({"proxy": request.meta["proxy"]} if request.meta.get("proxy") else {})})
            try:
                response = await self.crawler.engine.download_async(robots_request)
                await self._parse_robots(response, netloc, request)
                self._record(netloc, response, self._parsers[netloc])
            except Exception as exc:  # any failure to fetch: allowed, recorded as an error
                if not isinstance(exc, IgnoreRequest):
                    logger.warning("robots.txt of %s could not be fetched (%s); crawling as if it allowed all",
                                   netloc, exc)
                self._robots_error(exc, netloc)
                self._set(netloc, ERROR)
            else:   # (not in the try: the parser is set by now, `_robots_error` must not run for this)
                self._announce_sitemaps(response, request)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(_waiter(parser))
        return parser

    def _record(self, netloc: str, response: Response, parser) -> None:
        allows_root = None
        if parser is not None and 200 <= response.status < 300:
            user_agent = self._robotstxt_useragent or self._default_useragent
            allows_root = parser.allowed(f"{response.url.rsplit('/robots.txt', 1)[0]}/", user_agent)
        self._set(netloc, robots_status(response.status, allows_root))

    def _announce_sitemaps(self, response: Response, request: Request) -> None:
        if not 200 <= response.status < 300:
            return
        urls = robots_sitemaps(response.body, response.url)
        if urls:
            self._stats.inc_value("robots/sitemaps_named", len(urls))
            self.crawler.signals.send_catch_log(sitemaps_named, portal_id=request.meta.get("nianbao_portal"),
                                                robots_url=response.url, urls=urls)

    def _set(self, netloc: str, status: str) -> None:
        self.status_by_host[netloc] = status
        self._stats.inc_value(f"robots/{status}")
        if status == DISALLOW_ALL:
            logger.warning("robots.txt of %s disallows everything for us: nothing will be fetched there (a portal "
                           "may override this only with a stated reason in the registry's robots_override)", netloc)
