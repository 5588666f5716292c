"""Lease release (spider middleware, order 5, the outermost): the shared frontier's lease on a page
(crawler/frontier.py) ends only once every request its callback produced is in the shared queue, every link the
spider held back for the page is queued, and every item it produced has been through the item pipelines (the
document's metadata record written). Inert without the shared scheduler.

"Taken from this generator" is not "queued": Scrapy (2.13+, asyncio reactor) puts a callback's output in an
asyncio queue that CONCURRENT_ITEMS tasks empty, so the callback can end while its last requests still wait there.
Each request is therefore held until the scheduler has enqueued it (meta YIELDED_BY_META, popped by
LeasingScheduler.enqueue_request, which then sends `links_released`)."""

from __future__ import annotations

from collections import Counter

from itemadapter import is_item
from nianbao.crawler.frontier import LEASE_META, YIELDED_BY_META, links_held, links_released
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy_redis import connection as redis_connection


class LeaseReleaseMiddleware:
    """Spider middleware (outermost, order 5): release a response's lease once every request the callback
    produced is queued, every item it produced is through the pipelines, and every link of the page the spider held
    back (`links_held`) is queued, so a worker killed earlier leaves the page to be fetched again."""

    def __init__(self, server, prefix: str):
        self.server, self.prefix = server, prefix
        # lease token → holds: 1 while the response's callback runs, plus its requests not yet enqueued, plus its
        # links the spider keeps in memory, plus its items still in the item pipelines
        self._holds: Counter = Counter()
        self._items: dict[int, str] = {}     # id(item) → the lease token of the page that produced it

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not (settings.get("SCHEDULER") or "").endswith("LeasingScheduler"):
            raise NotConfigured("no shared frontier")
        instance = cls(redis_connection.from_settings(settings), settings.get("SCHEDULER_QUEUE_KEY").rsplit(":", 1)[0])
        crawler.signals.connect(instance.hold, signal=links_held)
        crawler.signals.connect(instance.drop, signal=links_released)
        # an item leaves the pipelines in one of three ways; until then a kill would lose its metadata record
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(instance.item_done, signal=signal)
        return instance

    def item_done(self, item, *args, **kwargs) -> None:
        self.drop(self._items.pop(id(item), ""))

    def _taken(self, token: str, output):
        """Hold the lease for a request until it is queued, for an item until the pipelines are done with it."""
        if not token:
            return output
        if isinstance(output, Request):
            output.meta[YIELDED_BY_META] = token
            self.hold(token)
        elif is_item(output):
            self._items[id(output)] = token
            self.hold(token)
        return output

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
        for output in result:
            yield self._taken(token, output)
        self.drop(token)

    async def process_spider_output_async(self, response, result, spider=None):
        token = response.meta.get(LEASE_META)
        self.hold(token)
        async for output in result:
            yield self._taken(token, output)
        self.drop(token)

    def process_spider_exception(self, response, exception, spider=None):
        self.drop(response.meta.get(LEASE_META))
