"""The shared frontier for several workers: scrapy-redis's queue and duplicate filter, plus leases.

scrapy-redis alone loses work when a worker dies: a request popped from the shared queue is already in the
shared duplicate filter, so if the worker is killed before it has fetched the page and queued the page's links,
no worker will ever request it again (and a restarted worker's seeds are filtered as seen). Here every popped
request is *leased*: the pop and the lease are one atomic Redis script, and the lease is released only when the
request's response has been fully processed (its links are in the queue) or the request was handed back to the
queue (redirects, retries). Each worker keeps a heartbeat key with a time-to-live; the leases of a worker whose
heartbeat expired are put back in the queue by any live worker (at start and on every heartbeat).

A worker's heartbeat says whether it is busy (it took a request since it was last idle) or idle. A worker whose
queue runs dry does not close while a live peer is busy (that peer's pages may bring new links); it does not wait
for idle peers, whose leases are only redirected, retried or failed requests (held until they finish). The last
worker of a finished crawl clears the frontier, so the same frontier name can be used for the next crawl.

Redis keys, under `nianbao:<frontier>:` — `requests` (sorted set of hosts with queued requests, by the time each may
next be handed out, µs) and
`requests:<host>` (sorted set of that host's requests; HostQueues), `queued`, `turn` (counters), `hostseq` (hash:
host → requests queued so far), `dupefilter` (set, scrapy-redis), `workers` (set of worker ids), `worker:<id>`
(heartbeat "busy"/"idle", expires), `leases:<id>` (hash: lease token → "<host>\\n<score>\\n<serialized request>"),
`pages` (hash: portal → pages admitted, the crawl-wide page budget; crawler/pagebudget.py), `outstanding` (hash:
portal → requests queued and not yet finished; crawler/outstanding.py), `dns` and `dns_claims` (hashes: name
lookups shared by the workers; crawler/downloadermiddlewares/scope.py).
Requests are serialized with pickle as scrapy-redis does: the Redis must be private to the crawl's machines.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, deque

from nianbao.crawler import limits
from nianbao.crawler.downloadermiddlewares import politeness
from nianbao.crawler.downloadermiddlewares.scope import SharedVerdicts
from nianbao.crawler.outstanding import OUTSTANDING_KEY
from nianbao.crawler.pagebudget import PAGES_KEY
from scrapy import Request, signals
from scrapy_redis.queue import Base
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

logger = logging.getLogger(__name__)
DNS_KEYS = (SharedVerdicts.KEY, SharedVerdicts.CLAIMS_KEY)

LEASE_META = politeness.FRONTIER_LEASE_META     # the lease token of the request this one was popped as
LEASE_OF_META = "nianbao_lease_of"      # (url, fingerprint) of that popped request
# The lease token of the page whose callback yielded this request (set by LeaseReleaseMiddleware, popped here at
# enqueue): the page stays leased until the request is in the queue. Scrapy (2.13+, asyncio reactor) passes a
# callback's output to the engine through an asyncio queue (CONCURRENT_ITEMS × 2 deep): the callback can finish
# while its last requests wait there, and a worker killed then lost them with the page's lease already released.
YIELDED_BY_META = "nianbao_yielded_by"

# Signals a spider sends when it keeps links of a page in its memory instead of queueing them at once (links that
# wait for their portal to have few requests outstanding): `links_held` (token, count) as it sets them aside,
# `links_released` (token, count) once they are queued (or dropped for good). The page's lease (`token`, its
# LEASE_META) is kept while any is held: links held only in a worker's memory die with it, and the page, leased,
# is then fetched again by the next worker, which finds them again (the shared duplicate filter has not seen them).
links_held = object()
links_released = object()
# Signal a spider sends when it learns that a portal's page budget is spent: `budget_spent` (hosts: the portal's
# hosts). The frontier then drops the portal's queued requests that the spider says are over budget at once, rather
# than one per host turn — each waited for its host's next turn, a politeness delay after the last page fetched.
budget_spent = object()

# The shared queue (HostQueues) is one sorted set of requests per host, `requests:<host>` (score: priority, then
# order of arrival), and a sorted set of the hosts that have queued requests, `requests` (score: the time, µs, from
# which the host may be handed out; a host put back by _RECLAIM or _HAND_BACK gets a small turn number instead,
# which is "ready since long ago": the pop still checks its politeness keys). Scripts name the per-host keys they
# build from the prefix in ARGV (one Redis server, not a cluster).

# Time in Redis scripts is Redis's own clock (TIME), in µs (exact in a double until the year 2255), so the
# workers' clocks do not matter.
_NOW_US = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
"""

# KEYS: hosts, queued count, turn counter, per-host arrival counters, the duplicate filter's set. ARGV: host-queue
# prefix, host, priority, serialized request, its fingerprint ('': not filtered). A request already in the filter is
# not pushed (returns 0); one pushed is in the filter in the same step (returns 1). A host that had nothing queued
# is ready now: it joins behind the hosts ready before it.
_PUSH = _NOW_US + """
if ARGV[5] ~= '' and redis.call('SADD', KEYS[5], ARGV[5]) == 0 then return 0 end
local queue = ARGV[1] .. ARGV[2]
local seq = redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
if redis.call('ZADD', queue, -tonumber(ARGV[3]) * 4294967296 + seq % 4294967296, ARGV[4]) == 1 then
  redis.call('INCR', KEYS[2])
end
redis.call('ZADD', KEYS[1], 'NX', now, ARGV[2])
return 1
"""

# KEYS: hosts, queued count, leases. ARGV: host-queue prefix, token prefix, host politeness key prefix, its leases
# suffix, its next-allowed suffix, per-host limit, delay µs, hosts looked at most, µs before a full host is looked
# at again. Takes the best request of the first host that is ready — its next-allowed time (crawler/downloader-
# middlewares/politeness.py) has passed and it has a lease free — in order of the time each became ready, leases
# the request in the same step (a worker killed in between cannot lose it), and gives the host its next turn a
# delay later. A host found not ready is moved to the time it will be. Returns {token, data}; or the µs until the
# first host is ready (0: look again now, the hosts looked at were not ready); or nil when nothing is queued.
_POP_READY = _NOW_US + """
local hosts = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[8]))
for _, host in ipairs(hosts) do
  local queue = ARGV[1] .. host
  local popped = redis.call('ZRANGE', queue, 0, 0, 'WITHSCORES')
  if #popped == 0 then
    redis.call('ZREM', KEYS[1], host)
  else
    local leases = ARGV[3] .. host .. ARGV[4]
    redis.call('ZREMRANGEBYSCORE', leases, '-inf', math.floor(now / 1000))
    local next_at = tonumber(redis.call('GET', ARGV[3] .. host .. ARGV[5]) or '0') * 1000
    if next_at > now then
      redis.call('ZADD', KEYS[1], next_at, host)
    elseif redis.call('ZCARD', leases) >= tonumber(ARGV[6]) then
      redis.call('ZADD', KEYS[1], now + tonumber(ARGV[9]), host)
    else
      redis.call('ZREM', queue, popped[1])
      redis.call('DECR', KEYS[2])
      if redis.call('EXISTS', queue) == 1 then
        redis.call('ZADD', KEYS[1], now + tonumber(ARGV[7]), host)
      else
        redis.call('ZREM', KEYS[1], host)
      end
      local token = ARGV[2] .. redis.sha1hex(popped[1])
      redis.call('HSET', KEYS[3], token, host .. '\\n' .. popped[2] .. '\\n' .. popped[1])
      return {token, popped[1]}
    end
  end
end
if #hosts > 0 then return 0 end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then return nil end
return math.max(0, tonumber(first[2]) - now)
"""

# KEYS: hosts. ARGV: host. A host whose turn was not used (its request was dropped before it went out) is ready
# now, unless it is not queued or ready sooner.
_TURN_UNUSED = _NOW_US + """
redis.call('ZADD', KEYS[1], 'XX', 'LT', now, ARGV[1])
"""

# Lua put_back(token, request, host_score), defined once and prefixed to each script that puts a leased request
# back in its host's queue (a dead worker's leases, a request handed back, one politeness deferred). KEYS: hosts,
# queued count, turn counter, leases (as in _PUSH; the leases hash of the worker that holds the lease); ARGV[1]:
# host-queue prefix. The lease's value is "<host>\n<score>\n<serialized request>": the request goes back at the
# score it was popped with — as `request` is now when given (it may carry state of the middlewares it passed,
# such as the page budget's charge), else as it was leased — and a host that had left the hosts' set joins it at
# `host_score` (a small turn number is "ready since long ago": the pop still checks its politeness keys). The
# lease ends. Returns the host, or false when the lease was gone (a peer took it back from a worker it thought
# dead).
_PUT_BACK = """
local function put_back(token, request, host_score)
  local entry = redis.call('HGET', KEYS[4], token)
  if not entry then return false end
  local cut = string.find(entry, '\\n', 1, true)
  local cut2 = string.find(entry, '\\n', cut + 1, true)
  local host = string.sub(entry, 1, cut - 1)
  if redis.call('ZADD', ARGV[1] .. host, tonumber(string.sub(entry, cut + 1, cut2 - 1)),
                request or string.sub(entry, cut2 + 1)) == 1 then
    redis.call('INCR', KEYS[2])
  end
  if not redis.call('ZSCORE', KEYS[1], host) then
    redis.call('ZADD', KEYS[1], host_score or redis.call('INCR', KEYS[3]), host)
  end
  redis.call('HDEL', KEYS[4], token)
  return host
end
"""

# KEYS: as put_back's, then the workers set. ARGV: host-queue prefix, dead worker id. Puts every request the dead
# worker had leased back in its host's queue.
_RECLAIM = _PUT_BACK + """
local tokens = redis.call('HKEYS', KEYS[4])
for _, token in ipairs(tokens) do
  put_back(token)
end
redis.call('DEL', KEYS[4])
redis.call('SREM', KEYS[5], ARGV[2])
return #tokens
"""

# KEYS: as put_back's. ARGV: host-queue prefix, lease token. Puts one leased request back in its host's queue, at
# the place it was popped from (a host whose turn came while the worker had no room for it). Returns 1, or 0 when
# the lease was gone.
_HAND_BACK = _PUT_BACK + """
return put_back(ARGV[2]) and 1 or 0
"""

# KEYS: as put_back's. ARGV: host-queue prefix, lease token, serialized request, µs the host waits. Puts a leased
# request that was deferred (politeness: its host was not ready; scope: its host's name lookup is not done) back
# in its host's queue at the place it was popped from, as it is now; the host keeps its turn (ready now when it
# had left the hosts' set), or is not handed out before the wait is over. Returns 1, or 0 when the lease was gone.
_REQUEUE = _NOW_US + _PUT_BACK + """
local host = put_back(ARGV[2], ARGV[3], now)
if not host then return 0 end
if tonumber(ARGV[4]) > 0 then redis.call('ZADD', KEYS[1], 'GT', now + tonumber(ARGV[4]), host) end
return 1
"""

_PRIORITY_BOUND = 2 ** 20     # scores stay exact doubles: |priority| × 2^32 + arrival < 2^53


class HostQueues(Base):
    """The shared queue as one priority queue per host, the hosts taken in turn (scrapy-redis queue interface).

    scrapy-redis's single priority queue orders by priority, then by the member's bytes — the pickled request,
    which starts with its URL — so one portal's pages come out together and fill every worker's downloader while
    the per-host limit lets one or two start at a time (the head-of-line blocking Scrapy's
    DownloaderAwarePriorityQueue avoids in one process), and a portal whose next page is a low-priority list page
    waits behind every other portal's articles. A broad crawl is bounded per host by politeness, so every host
    should always have something to do: each pop takes the best request (priority, then arrival) of the host that
    has been ready longest and gives that host its next turn one politeness delay later. Priorities order a
    portal's own pages; they do not let one portal starve the others.

    Ready means ready by the shared politeness keys (crawler/downloadermiddlewares/politeness.py): a host is handed
    out only once its next-allowed time has passed and it has a lease free, so a worker is given requests it can
    send at once rather than requests that would wait for their host in its download slots (the way broad
    crawlers' per-host queues work: politeness decides which queue is taken, not how long a fetcher waits).
    `politeness_limits` sets the per-host limit and delay; without them (0 delay, no limit) the hosts are taken
    in turn."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        base = self.key.rsplit(":", 1)[0]
        self.host_prefix = f"{self.key}:"
        self.count_key, self.turn_key, self.arrival_key = f"{base}:queued", f"{base}:turn", f"{base}:hostseq"
        self.host_keys_prefix = f"{base}{politeness.HOST_KEY_INFIX}"
        self.per_host, self.delay_us = 2 ** 31, 0
        self._push = server.register_script(_PUSH)
        self._pop_ready = server.register_script(_POP_READY)
        self._requeue = server.register_script(_REQUEUE)
        self._turn_unused = server.register_script(_TURN_UNUSED)
        self._reclaim = server.register_script(_RECLAIM)
        self._hand_back = server.register_script(_HAND_BACK)

    def politeness_limits(self, per_host: int, delay_s: float) -> None:
        """Hand out a host's requests at most `per_host` at a time (leases held) and `delay_s` apart."""
        self.per_host, self.delay_us = max(1, per_host), int(delay_s * 1_000_000)

    def __len__(self) -> int:
        return int(self.server.get(self.count_key) or 0)

    def push(self, request, seen_key: str = "", fingerprint: str = "") -> bool:
        """Queue `request`; with a `fingerprint`, only if it is not in the duplicate filter `seen_key`, which then
        has it (one step: False when it was there already)."""
        priority = max(-_PRIORITY_BOUND, min(_PRIORITY_BOUND, request.priority))
        return bool(self._push(keys=[self.key, self.count_key, self.turn_key, self.arrival_key,
                                     seen_key or f"{self.key}:unused"],
                               args=[self.host_prefix, politeness.host_of(request), priority,
                                     self._encode_request(request), fingerprint if seen_key else ""]))

    def pop_and_lease(self, leases_key: str, token_prefix: str) -> tuple[bytes, bytes] | float | None:
        """(token, serialized request) of the next request of a ready host, leased in `leases_key`; or the
        seconds until a host is ready; or None when the queue is empty."""
        popped = self._pop_ready(
            keys=[self.key, self.count_key, leases_key],
            args=[self.host_prefix, token_prefix, self.host_keys_prefix, politeness.LEASES_SUFFIX,
                  politeness.NEXT_SUFFIX, self.per_host, self.delay_us, limits.FRONTIER_HOSTS_LOOKED_AT,
                  int(limits.FRONTIER_FULL_HOST_RETRY_S * 1_000_000)])
        if isinstance(popped, list):
            return popped[0], popped[1]
        return None if popped is None else popped / 1_000_000

    def requeue(self, leases_key: str, token: str, request, host_wait_s: float = 0.0) -> bool:
        """Put the leased request `token` back where it was popped from, as `request` is now (its lease ends);
        its host is not handed out again for `host_wait_s`."""
        return bool(self._requeue(keys=[self.key, self.count_key, self.turn_key, leases_key],
                                  args=[self.host_prefix, token, self._encode_request(request),
                                        int(host_wait_s * 1_000_000)]))

    def turn_unused(self, host: str) -> None:
        """`host` was handed out but its request did not go out: its next request may go at once."""
        self._turn_unused(keys=[self.key], args=[host])

    def reclaim(self, leases_key: str, workers_key: str, worker_id: str) -> int:
        return int(self._reclaim(keys=[self.key, self.count_key, self.turn_key, leases_key, workers_key],
                                 args=[self.host_prefix, worker_id]))

    def hand_back(self, leases_key: str, token: str) -> bool:
        """Put the leased request `token` back where it was popped from (its lease ends)."""
        return bool(self._hand_back(keys=[self.key, self.count_key, self.turn_key, leases_key],
                                    args=[self.host_prefix, token]))

    def pop(self, timeout=0):
        raise NotImplementedError("HostQueues are popped with a lease (LeasingScheduler)")

    def clear(self) -> None:
        hosts = [h.decode() if isinstance(h, bytes) else h for h in self.server.zrange(self.key, 0, -1)]
        self.server.delete(self.key, self.count_key, self.turn_key, self.arrival_key,
                           *(f"{self.host_prefix}{host}" for host in hosts))


class LeasingScheduler(Scheduler):
    """scrapy-redis Scheduler whose popped requests stay leased until processed (see the module docstring)."""

    def __init__(self, server, worker_id: str = "", heartbeat_s: float = limits.FRONTIER_HEARTBEAT_S,
                 worker_ttl_s: float = limits.FRONTIER_WORKER_TTL_S, **kwargs):
        super().__init__(server, **kwargs)
        self.worker_id = worker_id or hashlib.sha1(str(id(self)).encode()).hexdigest()[:12]
        self.heartbeat_s, self.worker_ttl_s = heartbeat_s, worker_ttl_s
        self.prefix = self.queue_key.rsplit(":", 1)[0]
        self._heartbeat: task.LoopingCall | None = None
        self._state = "busy"
        self.poll_s = limits.FRONTIER_POLL_S
        self.per_host_in_hand = limits.CONCURRENT_REQUESTS_PER_HOST
        self.max_parked = limits.FRONTIER_MAX_PARKED
        self._parked: dict[str, deque[Request]] = {}     # host → leased requests waiting for room (next_request)
        self._parked_count = 0
        self.host_delay_s = 0.0
        self._wake = None                                  # the timer that wakes the engine when a host is ready

    @classmethod
    def from_settings(cls, settings):
        instance = super().from_settings(settings)
        instance.worker_id = settings.get("NIANBAO_CRAWL_ID") or instance.worker_id
        instance.heartbeat_s = settings.getfloat("NIANBAO_FRONTIER_HEARTBEAT_S", limits.FRONTIER_HEARTBEAT_S)
        instance.worker_ttl_s = settings.getfloat("NIANBAO_FRONTIER_WORKER_TTL_S", limits.FRONTIER_WORKER_TTL_S)
        instance.per_host_in_hand = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN",
                                                           limits.CONCURRENT_REQUESTS_PER_HOST))
        instance.max_parked = settings.getint("NIANBAO_FRONTIER_MAX_PARKED", limits.FRONTIER_MAX_PARKED)
        # set by shared_politeness_settings (the worker's own DOWNLOAD_DELAY is then 0); absent: no delay to keep
        instance.host_delay_s = settings.getfloat("NIANBAO_HOST_DELAY_S", 0.0)
        return instance

    @classmethod
    def from_crawler(cls, crawler):
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        crawler.signals.connect(instance._spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(instance._turn_unused, signal=politeness.turn_unused)
        crawler.signals.connect(instance._budget_spent, signal=budget_spent)
        crawler.signals.connect(instance._host_ready, signal=politeness.host_ready)
        return instance

    # ------------------------------------------------------------------ keys

    def key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    @property
    def leases_key(self) -> str:
        return self.key(f"leases:{self.worker_id}")

    # ------------------------------------------------------------------ lifecycle

    def open(self, spider):
        super().open(spider)
        self.queue.politeness_limits(self.per_host_in_hand, self.host_delay_s)
        self._beat()
        self.server.sadd(self.key("workers"), self.worker_id)
        self.reclaim_dead_leases()
        self._heartbeat = task.LoopingCall(self._beat_and_reclaim)
        self._heartbeat.start(self.heartbeat_s, now=False)

    def _beat(self) -> None:
        self.server.set(self.key(f"worker:{self.worker_id}"), self._state, px=int(self.worker_ttl_s * 1000))

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._beat()

    def _beat_and_reclaim(self) -> None:
        try:
            self._beat()
            self.reclaim_dead_leases()
        except Exception as exc:  # a Redis hiccup must not stop the heartbeat loop
            logger.warning("frontier heartbeat failed: %s", exc)

    def reclaim_dead_leases(self) -> int:
        """Put back the requests leased by workers whose heartbeat has expired."""
        reclaimed = 0
        for peer in self._peers():
            if self.server.exists(self.key(f"worker:{peer}")):
                continue
            count = self.queue.reclaim(self.key(f"leases:{peer}"), self.key("workers"), peer)
            if count:
                logger.warning("frontier: worker %s stopped without finishing; %d of its requests re-queued",
                               peer, count)
            reclaimed += count
        if reclaimed and self.stats:
            self.stats.inc_value("frontier/reclaimed", reclaimed)
        return reclaimed

    def _spider_closed(self, spider, reason: str) -> None:
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        if self._wake is not None and self._wake.active():
            self._wake.cancel()
        left = self.server.hlen(self.leases_key)
        if reason == "finished":
            # Finished: every request was processed; what is still leased failed for good (no errback output).
            self.server.delete(self.leases_key)
        elif left:
            # Cut short (time or page limit, shutdown): the next worker continues these.
            self.queue.reclaim(self.leases_key, self.key("workers"), self.worker_id)
            logger.info("frontier: %d unfinished requests handed back to the shared queue", left)
        self.server.srem(self.key("workers"), self.worker_id)
        self.server.delete(self.key(f"worker:{self.worker_id}"))
        if reason == "finished" and not len(self.queue) and not self._live_peers():
            logger.info("frontier: crawl complete; clearing %s:*", self.prefix)
            self.flush()

    def flush(self) -> None:
        super().flush()
        # the page budget, the outstanding counts and the name lookups are the crawl's: a new crawl starts afresh
        self.server.delete(self.key(PAGES_KEY), self.key(OUTSTANDING_KEY), *(self.key(k) for k in DNS_KEYS))

    def close(self, reason):
        # scrapy-redis flushes here unless SCHEDULER_PERSIST; the shared frontier always persists (cleared by
        # the last worker of a finished crawl in _spider_closed).
        return None

    # ------------------------------------------------------------------ queue

    def enqueue_request(self, request: Request) -> bool:
        page = request.meta.pop(YIELDED_BY_META, None)
        try:
            return self._enqueue(request)
        finally:   # queued (or filtered as seen, which a peer has queued): the page's hold on its lease for it ends
            if page and getattr(self, "crawler", None) is not None:
                self.crawler.signals.send_catch_log(links_released, token=page, count=1)

    def _enqueue(self, request: Request) -> bool:
        if request.meta.pop(politeness.DEFER_META, False):
            return self._requeue_deferred(request)
        # A redirect, a retry, a browser re-request or a child built from its parent's meta carries the parent's
        # lease. A child must not end it (the parent's other links may not be queued yet); a request that takes
        # the parent's place (same fingerprint, or the redirect of it) ends it once it is itself queued.
        token = request.meta.pop(LEASE_META, None)
        leased_url, leased_fp = request.meta.pop(LEASE_OF_META, None) or (None, None)
        takes_its_place = token and (
            (request.meta.get("redirect_urls") or [None])[-1] == leased_url
            or self.df.request_fingerprint(request) == leased_fp)
        queued = self._push_unless_seen(request)
        if takes_its_place:
            self.release(token)
        return queued

    def _push_unless_seen(self, request: Request) -> bool:
        """scrapy-redis's enqueue_request, with the duplicate filter's mark and the push in one Redis script:
        scrapy-redis marks the request seen, then pushes it, so a worker killed between the two calls left a
        request seen by every worker and queued by none (never fetched)."""
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push(request, seen_key=self.df.key, fingerprint=fingerprint):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def _turn_unused(self, request: Request) -> None:
        """A request this worker was handed was dropped before it went out (page budget, robots.txt, scope): its
        host may go again at once, and its lease ends — no response will come to end it, and a lease left until
        the worker closes would be put back in the queue, to be dropped again, if the worker were taken for dead."""
        try:
            self.queue.turn_unused(politeness.host_of(request))
            token = request.meta.get(LEASE_META)
            if token:
                self.release(token)
        except Exception as exc:  # a Redis hiccup costs the host one delay, not the crawl
            logger.warning("frontier: could not give %s its turn back: %s", politeness.host_of(request), exc)

    def _host_ready(self, host: str) -> None:
        """`host` may be handed out at once (requests deferred for it need not wait out their wait)."""
        try:
            self.queue.turn_unused(host)
            self._wake_engine_in(0)
        except Exception as exc:  # a Redis hiccup: the host comes back when its wait is over
            logger.warning("frontier: could not make %s ready: %s", host, exc)

    def _requeue_deferred(self, request: Request) -> bool:
        """A request a downloader middleware handed back (politeness: its host was not ready when it reached the
        downloader; scope: its host's name lookup is not done): back to the shared queue, still unfetched, without
        the duplicate filter (which has seen it)."""
        token = request.meta.pop(LEASE_META, None)
        request.meta.pop(LEASE_OF_META, None)
        host_wait_s = request.meta.pop(politeness.DEFER_HOST_S_META, 0.0)
        if not token:
            return False
        requeued = self.queue.requeue(self.leases_key, token, request, host_wait_s)
        if self.stats:
            self.stats.inc_value("scheduler/deferred")
        return requeued

    def __len__(self) -> int:
        return len(self.queue) + self._parked_count

    def next_request(self) -> Request | None:
        """The best request whose host has room in this worker's downloader (downloader-aware, as Scrapy's
        DownloaderAwarePriorityQueue in one process): a request of a host that already has its share in hand
        is parked here (still leased) and handed out once its host has room, so a worker's downloader is not
        filled by one portal's pages waiting for their host's next start while other portals' wait in Redis.
        A host's parked requests are at most its share in hand (what it can start next): a request of a host
        that has that many parked already goes back to the shared queue (`scheduler/handed_back`) for the
        other workers — parking a host's whole queue in one worker would leave its peers nothing to do. At most
        `max_parked` requests are parked (bounded memory); then the worker takes nothing new."""
        in_hand = self._in_hand_per_host()
        for host, parked in self._parked.items():
            if in_hand[host] < self.per_host_in_hand:
                request = parked.popleft()
                if not parked:
                    del self._parked[host]
                self._parked_count -= 1
                return request
        handed_back = 0
        while self._parked_count < self.max_parked:
            request = self._pop_leased()
            if request is None:
                return None
            host = politeness.host_of(request)
            if in_hand[host] < self.per_host_in_hand:
                return request
            parked = self._parked.setdefault(host, deque())
            if len(parked) < self.per_host_in_hand:
                parked.append(request)
                self._parked_count += 1
                if self.stats:
                    self.stats.inc_value("scheduler/parked")
                continue
            self.queue.hand_back(self.leases_key, request.meta[LEASE_META])
            if self.stats:
                self.stats.inc_value("scheduler/handed_back")
            handed_back += 1
            if handed_back >= len(self._parked):   # hosts come in turn: every full host's turn has come
                return None
        return None

    def _in_hand_per_host(self) -> Counter:
        try:
            active = self.crawler.engine.downloader.active
        except (AttributeError, RuntimeError):  # no engine (the scheduler used on its own)
            return Counter()
        return Counter(politeness.host_of(request) for request in active)

    def _pop_leased(self) -> Request | None:
        """The next request of a ready host, leased; requests of portals whose page budget is spent are dropped
        here (`_drop_over_budget`), at most FRONTIER_BUDGET_DROPS_PER_POP of them per call."""
        over_budget = getattr(self.spider, "over_budget", None)
        for _ in range(limits.FRONTIER_BUDGET_DROPS_PER_POP):
            popped = self.queue.pop_and_lease(self.leases_key, f"{self.worker_id}:")
            if popped is None:
                return None
            if isinstance(popped, float):   # no host ready: ask again when the first one is (Scrapy asks every 5 s)
                self._wake_engine_in(popped)
                return None
            token, data = popped
            self._set_state("busy")
            request = self.queue._decode_request(data)
            request.meta[LEASE_META] = token.decode() if isinstance(token, bytes) else token
            request.meta[LEASE_OF_META] = (request.url, self.df.request_fingerprint(request))
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            if over_budget is None or not over_budget(request):
                return request
            self._drop_over_budget(request)
        self._wake_engine_in(0)   # more may follow: the engine's next pass goes on
        return None

    def _budget_spent(self, hosts) -> None:
        """Drop the queued requests of these hosts that the spider says are over budget (`budget_spent`), at
        most FRONTIER_PURGE_PER_HOST per host (the rest are dropped as they are popped)."""
        over_budget = getattr(self.spider, "over_budget", None)
        dropped_callback = getattr(self.spider, "budget_dropped", None)
        if over_budget is None:
            return
        dropped = 0
        try:
            for host in hosts:
                queue_key = f"{self.queue.host_prefix}{host}"
                for data in self.server.zrange(queue_key, 0, limits.FRONTIER_PURGE_PER_HOST - 1):
                    request = self.queue._decode_request(data)
                    if not over_budget(request) or not self.server.zrem(queue_key, data):
                        continue   # within budget, or a peer popped it meanwhile
                    self.server.decr(self.queue.count_key)
                    dropped += 1
                    if dropped_callback is not None:
                        dropped_callback(request)
        except Exception as exc:  # a Redis hiccup: the rest are dropped as they are popped
            logger.warning("frontier: could not drop the over-budget requests of %s: %s", ", ".join(hosts), exc)
        if dropped and self.stats:
            self.stats.inc_value("frontier/budget_dropped", dropped)

    def _drop_over_budget(self, request: Request) -> None:
        """Drop a request whose portal's page budget is spent as it leaves the frontier: its host's turn and its
        lease end at once, and the spider counts it as the budget middleware would have refused it. Half the pops
        of a 400-portal crawl with a budget of 6 were such requests; each went through the downloader middlewares
        and an errback, and the last of them kept the workers busy ~15 s after the last page was fetched (README,
        "National scale")."""
        self.queue.turn_unused(politeness.host_of(request))
        self.release(request.meta[LEASE_META])
        if self.stats:
            self.stats.inc_value("frontier/budget_dropped")
        dropped = getattr(self.spider, "budget_dropped", None)
        if dropped is not None:
            dropped(request)

    def release(self, token: str) -> None:
        self.server.hdel(self.leases_key, token)

    def has_pending_requests(self) -> bool:
        # Scrapy asks only once this worker is idle (downloader and scraper empty, start requests done).
        if len(self) > 0:
            return True
        self._set_state("idle")
        if self.reclaim_dead_leases():
            return True
        if self._live_peers(busy_only=True):  # a busy peer may queue more: wait for it rather than close
            self._ask_again_soon()
            return True
        return False

    def _ask_again_soon(self) -> None:
        # Scrapy asks again only on its 5 s engine heartbeat; a worker waiting for a peer's links would sit idle
        # that long, so it schedules the engine's next pass itself (private API, hence the guards).
        try:
            nextcall = self.crawler.engine._slot.nextcall
        except (AttributeError, RuntimeError):  # no engine (scheduler used on its own) or another Scrapy
            return
        nextcall.schedule(self.poll_s)

    def _wake_engine_in(self, wait_s: float) -> None:
        """Have the engine ask for a request again once the first host is ready. A timer of its own, not a
        delayed engine pass: Scrapy's next pass is scheduled once (CallLaterOnce), so a pass delayed by `wait_s`
        would hold back the passes that new links and finished downloads ask for — and Scrapy awaits that pass
        between two start requests, so a crawl's seeds would trickle in one per wait."""
        try:
            nextcall = self.crawler.engine._slot.nextcall
        except (AttributeError, RuntimeError):  # no engine (scheduler used on its own) or another Scrapy
            return
        from twisted.internet import reactor

        wake_at = reactor.seconds() + max(wait_s, limits.FRONTIER_READY_WAKE_MIN_S)
        if self._wake is not None and self._wake.active():
            if self._wake.getTime() <= wake_at:
                return
            self._wake.cancel()
        self._wake = reactor.callLater(wake_at - reactor.seconds(), nextcall.schedule)

    def _peers(self) -> list[str]:
        members = (raw.decode() if isinstance(raw, bytes) else raw for raw in self.server.smembers(self.key("workers")))
        return [peer for peer in members if peer != self.worker_id]

    def _live_peers(self, busy_only: bool = False) -> bool:
        for peer in self._peers():
            state = self.server.get(self.key(f"worker:{peer}"))
            if state is not None and (not busy_only or state == b"busy"):
                return True
        return False
