"""Lease release (spider middleware, order 5, the outermost): the shared frontier's lease on a page
(crawler/frontier.py) ends only once every request and item its callback produced has been taken and every link
the spider held back for the page is queued. Inert without the shared scheduler."""

from __future__ import annotations

from collections import Counter

from nianbao.crawler.frontier import LEASE_META, links_held, links_released
from scrapy.exceptions import NotConfigured
from scrapy_redis import connection as redis_connection


class LeaseReleaseMiddleware:
    """Spider middleware (outermost, order 5): release a response's lease after the engine has taken every
    request and item the callback produced, and every link of the page the spider held back (`links_held`) is
    queued, so a worker killed earlier leaves the page to be fetched again."""

    def __init__(self, server, prefix: str):
        self.server, self.prefix = server, prefix
        # lease token → holds: 1 while the response's callback runs, plus its links the spider keeps in memory
        self._holds: Counter = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not (settings.get("SCHEDULER") or "").endswith("LeasingScheduler"):
            raise NotConfigured("no shared frontier")
        instance = cls(redis_connection.from_settings(settings), settings.get("SCHEDULER_QUEUE_KEY").rsplit(":", 1)[0])
        crawler.signals.connect(instance.hold, signal=links_held)
        crawler.signals.connect(instance.drop, signal=links_released)
        return instance

    def hold(self, token: str, count: int = 1) -> None:
        if token:
            self._holds[token] += count

    def drop(self, token: str, count: int = 1) -> None:
        """One hold on the lease `token` ends; the last one releases the lease."""
        if not token:
            return
        left = self._holds.pop(token, 0) - count
        if left > 0:
            self._holds[token] = left
        else:  # "<worker id>:<sha1>", leased in that worker's hash
            self.server.hdel(f"{self.prefix}:leases:{token.rsplit(':', 1)[0]}", token)

    def process_spider_output(self, response, result, spider=None):
        token = response.meta.get(LEASE_META)
        self.hold(token)
        yield from result
        self.drop(token)

    async def process_spider_output_async(self, response, result, spider=None):
        token = response.meta.get(LEASE_META)
        self.hold(token)
        async for item in result:
            yield item
        self.drop(token)

    def process_spider_exception(self, response, exception, spider=None):
        self.drop(response.meta.get(LEASE_META))
