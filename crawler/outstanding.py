"""Requests outstanding per portal: queued by the spider and not yet finished (their callback or errback has not
run), and how many of them are focused (not an unranked `page` / `file` link). PortalSpider releases a portal's
waiting unranked links only while these are low (crawler/spiders/portal.py, `_release_generic`).

Without a shared frontier the counts live in the worker's memory. With one (crawler/frontier.py) a request one
worker queued is often fetched by another, whose callback runs there: a per-worker count never saw it finish, so
it only grew, held the portal's waiting links until the whole crawl went idle, and they went out together at the
end, one politeness delay apart per host (the end-of-crawl tail of README "National scale"). The counts are then
one Redis hash in the frontier's namespace, `nianbao:<frontier>:outstanding` (portal id → requests outstanding,
`<portal id>\\tfocused` → focused ones), raised by the worker that queues a request and lowered by the one that
finishes it. A killed worker's leased requests are fetched again by its peers and finished there, so they do not
leak; a request lost some other way leaves its portal's count one too high, which only holds its waiting links
until the crawl goes idle (when they are released anyway). The hash is deleted with the frontier
(LeasingScheduler.flush).
"""

from __future__ import annotations

from collections import Counter

from nianbao.crawler.downloadermiddlewares.politeness import uses_shared_frontier
from scrapy_redis import connection as redis_connection

OUTSTANDING_KEY = "outstanding"     # under the frontier's prefix
_FOCUSED = "\tfocused"


class OutstandingCounts:
    """Requests outstanding per portal, counted in this process."""

    def __init__(self):
        self.counts: Counter = Counter()   # portal id, or portal id + _FOCUSED → requests outstanding

    def change(self, portal_id: str, focused: bool, by: int) -> tuple[int, int]:
        """Count `by` more requests of the portal (one focused or not); (outstanding, focused) after it."""
        self.counts[portal_id] = max(0, self.counts[portal_id] + by)
        if focused:
            self.counts[portal_id + _FOCUSED] = max(0, self.counts[portal_id + _FOCUSED] + by)
        return self.get(portal_id)

    def get(self, portal_id: str) -> tuple[int, int]:
        return max(0, self.counts[portal_id]), max(0, self.counts[portal_id + _FOCUSED])

    def get_many(self, portal_ids: list[str]) -> dict[str, tuple[int, int]]:
        return {pid: self.get(pid) for pid in portal_ids}


class SharedOutstandingCounts(OutstandingCounts):
    """Requests outstanding per portal, counted by all workers of a shared frontier in its Redis (module
    docstring)."""

    def __init__(self, server, prefix: str):
        super().__init__()
        self.server, self.key = server, f"{prefix}:{OUTSTANDING_KEY}"

    def change(self, portal_id: str, focused: bool, by: int) -> tuple[int, int]:
        pipe = self.server.pipeline(transaction=False)   # one round trip
        pipe.hincrby(self.key, portal_id, by)
        if focused:
            pipe.hincrby(self.key, portal_id + _FOCUSED, by)
        else:
            pipe.hget(self.key, portal_id + _FOCUSED)
        outstanding, focused_now = pipe.execute()
        return max(0, int(outstanding)), max(0, int(focused_now or 0))

    def get(self, portal_id: str) -> tuple[int, int]:
        return self.get_many([portal_id])[portal_id]

    def get_many(self, portal_ids: list[str]) -> dict[str, tuple[int, int]]:
        if not portal_ids:
            return {}
        values = self.server.hmget(self.key, [f for pid in portal_ids for f in (pid, pid + _FOCUSED)])
        return {pid: (max(0, int(values[2 * n] or 0)), max(0, int(values[2 * n + 1] or 0)))
                for n, pid in enumerate(portal_ids)}


def outstanding_counts(settings) -> OutstandingCounts:
    """The crawl's outstanding counts: shared by the workers of a shared frontier, else this process's own."""
    if not uses_shared_frontier(settings):
        return OutstandingCounts()
    return SharedOutstandingCounts(redis_connection.from_settings(settings),
                                   settings.get("SCHEDULER_QUEUE_KEY").rsplit(":", 1)[0])
