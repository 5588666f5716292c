"""Politeness that holds for all workers of a shared crawl: per-host leases in the frontier's Redis.

Scrapy applies CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY per process, so N workers on one shared frontier
would open N × 2 connections to one county's server. With a shared frontier this downloader middleware (order
970, the innermost: it runs after every middleware that may drop or replace a request, right before the
downloader's slot) takes a lease on the request's host before the request goes out and gives it back when the
response (or the error) comes in. A lease is granted only when

  - fewer than CONCURRENT_REQUESTS_PER_DOMAIN leases of that host are held, by all workers together, and
  - the host's next-allowed time has passed: a grant sets it to now + the delay, so request starts to one host
    are at least the delay apart whichever worker sends them.

Both tests and the grant are one Lua script (atomic in Redis), timed by Redis's own clock (TIME), so the workers'
clocks do not matter. A lease expires by itself after DOWNLOAD_TIMEOUT + a margin: a killed worker's leases free
their host without anyone's help.

Politeness is decided where requests are chosen, not by holding a download slot: the shared frontier hands a
worker only requests of hosts that are ready by these same keys (crawler/frontier.py, HostQueues), so a request
normally gets its lease at once. One that does not (the worker's robots.txt request took the host's grant first,
or a peer's request won a race) is not kept waiting in one of the worker's CONCURRENT_REQUESTS slots: it goes back
to the frontier (`politeness/deferred`; marked DEFER_META, which LeasingScheduler.enqueue_request reads), which
hands it out again when its host is ready. Only requests that did not come from the frontier (robots.txt) or
that hold a browser tab (which cannot be queued in Redis) wait here (asyncio sleep) for the next-allowed time or,
when the host is full, poll every POLITENESS_POLL_S. With a 10 s delay, waiting in slots kept 69 % of a crawl's
slot time idle (README, "National scale").

The delay is the crawl's DOWNLOAD_DELAY, applied here and not by the worker's downloader: build_settings moves it
into NIANBAO_HOST_DELAY_S and sets the worker's own delay to 0 (see shared_politeness_settings), since a second,
local delay (randomised ±50 %) after the grant would shift a start past the next worker's grant. AutoThrottle,
which adapts each worker's local delay from its own latencies, is off in this mode for the same reason.

A host that refused a request for its rate (429, or 503 with Retry-After: backoff.py, signal host_backoff) is paused
and slowed for all workers at once: its next-allowed time moves on by the pause, and its delay between grants is
raised in Redis (`host:<host>:delay`), where every worker's grant reads it — a worker that learned the slower pace
only for itself left the others asking at the old one, to be refused again. The raise follows backoff.py's rule
(at least NIANBAO_RATE_LIMIT_DELAY_S, doubled by each later refusal of a request sent after the last raise, whichever
worker sent it, up to AUTOTHROTTLE_MAX_DELAY), in one script, so two workers refused for the same burst raise it
once. The raised delay lapses NIANBAO_RATE_LIMIT_DELAY_EXPIRY_S after the host's last refusal: a host whose limit was
lifted, or a burst's, gets the crawl's pace back.

Redis keys, under the frontier's `nianbao:<frontier>:` — `host:<host>:leases` (sorted set: lease token → expiry in
ms), `host:<host>:next` (ms since the epoch; expires with the delay), `host:<host>:delay` (hash: `ms`, the raised
delay; `at`, when it was raised, ms since the epoch; expires as above). Stats: politeness/granted,
politeness/waited (requests that waited at least once), politeness/deferred (requests handed back to the frontier), politeness/turn_unused (requests the frontier handed out
that were dropped before their lease: their host's turn goes to its next request at once), politeness/wait_s (seconds waited, all requests),
politeness/host_full (grants refused because the host had all its leases out), politeness/host_paused (a host's
next-allowed time moved on for a rate-limit refusal: backoff.py, signal host_backoff), politeness/released,
politeness/held_s (seconds from grant to release, all requests: the time requests spent downloading).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import time

from nianbao.crawler import limits
from scrapy.exceptions import NotConfigured
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis import connection as redis_connection

logger = logging.getLogger(__name__)

LEASE_META = "nianbao_host_lease"       # (leases key, token, monotonic grant time) of the lease this request holds
FRONTIER_LEASE_META = "nianbao_lease"   # the shared frontier's lease token of a request it handed out (frontier.py)
DEFER_META = "nianbao_defer"            # set on a request handed back to the frontier to wait for its host
DEFER_HOST_S_META = "nianbao_defer_host_s"   # …and how long its host is not handed out again (0: it keeps its turn)
# Signal sent with `request` when a request the frontier handed out is dropped before it had its lease (page budget,
# robots.txt, scope): its host's turn was not used, and the frontier may give it at once to another request.
turn_unused = object()
# Signal sent with `host` when a host that requests were deferred for became ready sooner than their wait
# (its name lookup is done, crawler/downloadermiddlewares/scope.py): the frontier may hand it out at once.
host_ready = object()
# Signal sent with `host`, `pause_s`, `sent_ago_s` (when the refused request went out) and the raise's rule
# `delay_floor_s`, `delay_max_s`, `delay_expiry_s` when a host refused a request for its rate (429, or 503 with
# Retry-After: backoff.py): no worker may ask it for `pause_s`, and all ask it slower (module docstring). The
# receiver answers (delay_s, raised): the host's delay now, and whether this refusal raised it.
host_backoff = object()
# Redis keys of a host's politeness state: <frontier prefix>HOST_KEY_INFIX<host>LEASES_SUFFIX / NEXT_SUFFIX / DELAY_SUFFIX
HOST_KEY_INFIX, LEASES_SUFFIX, NEXT_SUFFIX, DELAY_SUFFIX = ":host:", ":leases", ":next", ":delay"

# KEYS: leases (zset token → expiry ms), next-allowed (string ms), raised delay (hash). ARGV: token, concurrency,
# delay ms (the crawl's; the host's raised one when longer), lease ms.
# Returns 0 (granted), the ms until the next-allowed time, or -1 (every lease of the host is out).
_ACQUIRE = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local next_at = tonumber(redis.call('GET', KEYS[2]) or '0')
if next_at > now then return next_at - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local lease_ms = tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], now + lease_ms, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease_ms)
local delay_ms = math.max(tonumber(ARGV[3]), tonumber(redis.call('HGET', KEYS[3], 'ms') or '0'))
if delay_ms > 0 then redis.call('SET', KEYS[2], now + delay_ms, 'PX', delay_ms) end
return 0
"""

# KEYS: next-allowed (string ms), raised delay (hash). ARGV: pause ms, ms since the refused request went out, the
# raise's floor, ceiling and expiry ms. The host's next-allowed time moved to now + the pause, unless it is later
# already; its delay raised (backoff.py's rule) when the request went out after the last raise. Returns {delay ms,
# 1 when raised now else 0}.
_SLOW_DOWN = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local pause_ms = tonumber(ARGV[1])
if pause_ms > 0 and now + pause_ms > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], now + pause_ms, 'PX', pause_ms)
end
local delay_ms = tonumber(redis.call('HGET', KEYS[2], 'ms') or '0')
local raised_at = tonumber(redis.call('HGET', KEYS[2], 'at') or '-1')
local raised = 0
if now - tonumber(ARGV[2]) >= raised_at then
  delay_ms = math.min(math.max(2 * delay_ms, tonumber(ARGV[3])), tonumber(ARGV[4]))
  redis.call('HSET', KEYS[2], 'ms', delay_ms, 'at', now)
  raised = 1
end
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return {delay_ms, raised}
"""


def host_of(request) -> str:
    """The host that politeness (and the shared frontier's per-host queues) count by: the hostname, as Scrapy's
    download slots do (one server behind several ports is one host)."""
    return urlparse_cached(request).hostname or ""


def uses_shared_frontier(settings) -> bool:
    return (settings.get("SCHEDULER") or "").endswith("LeasingScheduler")


def shared_politeness_settings(settings) -> dict:
    """Settings overrides that hand the per-host delay from the worker's downloader to the shared leases (see the
    module docstring); empty without a shared frontier or with NIANBAO_SHARED_POLITENESS off."""
    if not uses_shared_frontier(settings) or not settings.getbool("NIANBAO_SHARED_POLITENESS", True):
        return {}
    return {"NIANBAO_HOST_DELAY_S": settings.getfloat("DOWNLOAD_DELAY"), "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False}


class SharedPolitenessMiddleware:
    """Downloader middleware (order 970): a request goes out only with a lease on its host (module docstring)."""

    def __init__(self, server, prefix: str, concurrency: int, delay_s: float, lease_s: float, poll_s: float,
                 stats=None, signals=None):
        self.server, self.prefix, self.stats, self.signals = server, prefix, stats, signals
        self.concurrency, self.delay_ms, self.lease_ms = max(1, concurrency), int(delay_s * 1000), int(lease_s * 1000)
        self.poll_s = poll_s
        self._acquire = server.register_script(_ACQUIRE)
        self._slow_down = server.register_script(_SLOW_DOWN)
        self._tokens = itertools.count()
        self._token_prefix = f"{os.uname().nodename}:{os.getpid()}:{id(self):x}:"

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not uses_shared_frontier(settings):
            raise NotConfigured("no shared frontier: Scrapy's per-process slots are the politeness")
        if not settings.getbool("NIANBAO_SHARED_POLITENESS", True):
            raise NotConfigured("NIANBAO_SHARED_POLITENESS is off")
        middleware = cls(redis_connection.from_settings(settings),
                         settings.get("SCHEDULER_QUEUE_KEY").rsplit(":", 1)[0],
                         concurrency=settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
                         delay_s=settings.getfloat("NIANBAO_HOST_DELAY_S", settings.getfloat("DOWNLOAD_DELAY")),
                         lease_s=settings.getfloat("DOWNLOAD_TIMEOUT") + limits.HOST_LEASE_MARGIN_S,
                         poll_s=settings.getfloat("NIANBAO_POLITENESS_POLL_S", limits.POLITENESS_POLL_S),
                         stats=crawler.stats, signals=crawler.signals)
        crawler.signals.connect(middleware.pause_host, signal=host_backoff)
        return middleware

    def keys(self, host: str) -> list[str]:
        """The host's leases, next-allowed and raised-delay keys."""
        return [f"{self.prefix}{HOST_KEY_INFIX}{host}{suffix}" for suffix in (LEASES_SUFFIX, NEXT_SUFFIX, DELAY_SUFFIX)]

    def pause_host(self, host: str, pause_s: float, sent_ago_s: float, delay_floor_s: float, delay_max_s: float,
                   delay_expiry_s: float) -> tuple[float, bool]:
        """A host refused a request for its rate (signal host_backoff, from backoff.py): its next-allowed time, which
        every worker and the shared frontier read, moved `pause_s` on, and its delay, which every worker's grants
        read, raised (module docstring). Returns the host's delay now and whether this refusal raised it."""
        delay_ms, raised = self._slow_down(keys=self.keys(host)[1:], args=[
            int(pause_s * 1000), int(sent_ago_s * 1000), int(delay_floor_s * 1000), int(delay_max_s * 1000),
            max(1, int(delay_expiry_s * 1000))])
        self._inc("politeness/host_paused")
        return int(delay_ms) / 1000, bool(raised)

    def try_acquire(self, host: str, token: str) -> float | None:
        """Take a lease on `host`: None when granted, else the seconds to wait before asking again."""
        answer = int(self._acquire(keys=self.keys(host), args=[token, self.concurrency, self.delay_ms, self.lease_ms]))
        if answer == 0:
            return None
        if answer < 0:
            self._inc("politeness/host_full")
            return self.poll_s
        return answer / 1000

    def release(self, request) -> bool:
        """End the lease `request` holds; False when it held none."""
        held = request.meta.pop(LEASE_META, None)
        if not held:
            return False
        leases_key, token, granted_at = held
        self.server.zrem(leases_key, token)
        self._inc("politeness/released")
        self._inc("politeness/held_s", time.monotonic() - granted_at)
        return True

    async def process_request(self, request, spider=None):
        host = host_of(request)
        token = f"{self._token_prefix}{next(self._tokens)}"
        wait = self.try_acquire(host, token)
        if wait is not None and self.can_defer(request):
            request.meta[DEFER_META] = True     # Scrapy re-schedules a request returned here: the frontier keeps it
            self._inc("politeness/deferred")
            return request
        waited = 0.0
        while wait is not None:
            await asyncio.sleep(wait)
            waited += wait
            wait = self.try_acquire(host, token)
        request.meta[LEASE_META] = (self.keys(host)[0], token, time.monotonic())
        self._inc("politeness/granted")
        if waited:
            self._inc("politeness/waited")
            self._inc("politeness/wait_s", waited)
        return None

    @staticmethod
    def can_defer(request) -> bool:
        """Whether `request` can go back to the shared frontier to wait for its host: it came from there, and it
        holds no browser tab (scrapy-playwright's page object, taken at order 940, cannot be queued in Redis)."""
        meta = request.meta
        return bool(meta.get(FRONTIER_LEASE_META)) and not meta.get("playwright")

    def process_response(self, request, response, spider=None):
        self.release(request)
        return response

    def process_exception(self, request, exception, spider=None):
        if not self.release(request) and request.meta.get(FRONTIER_LEASE_META) and self.signals is not None:
            self.signals.send_catch_log(turn_unused, request=request)   # dropped on its way to the lease
            self._inc("politeness/turn_unused")
        return None

    def _inc(self, key: str, value: float = 1) -> None:
        if self.stats:
            self.stats.inc_value(key, value)
