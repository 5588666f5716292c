"""ScopeMiddleware's name lookups (crawler/downloadermiddlewares/scope.py): paced by the resolver's answers, and
shared by the workers of a shared frontier (each host looked up once per crawl). getaddrinfo is replaced by a
fake resolver: no test asks a real one."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter

import pytest
from nianbao.crawler.downloadermiddlewares import scope
from nianbao.crawler.downloadermiddlewares.scope import SharedVerdicts, _Lane, _Resolver

from tests.redis_server import redis_server


class _Stats(Counter):
    def inc_value(self, key, value=1):
        self[key] += value


class FakeResolver:
    """getaddrinfo's stand-in: answers after `latency_s`; counts the asks per host; drops every ask that comes
    while `rate_limit` are being answered, as a rate-limiting resolver does (glibc then waits, here 1.5 s, long
    after the ask made again at 0.25 s)."""

    def __init__(self, latency_s: float = 0.01, rate_limit: int = 1000, addresses: dict | None = None):
        self.latency_s, self.rate_limit, self.addresses = latency_s, rate_limit, addresses or {}
        self.asks: Counter = Counter()
        self.out = self.most_out = 0
        self._lock = threading.Lock()

    def __call__(self, host: str):
        with self._lock:
            self.asks[host] += 1
            dropped = self.out >= self.rate_limit
            if not dropped:
                self.out += 1
                self.most_out = max(self.most_out, self.out)
        if dropped:
            time.sleep(1.5)
            return None
        time.sleep(self.latency_s)
        with self._lock:
            self.out -= 1
        return self.addresses.get(host)


def _resolve_all(resolvers: list[_Resolver], hosts: list[str]) -> list[list]:
    async def run():
        return await asyncio.gather(*(asyncio.gather(*(r.resolve(h) for h in hosts)) for r in resolvers))
    return asyncio.run(run())


def test_the_lane_widens_while_answers_come_at_once_and_halves_on_a_loss() -> None:
    lane = _Lane()
    assert lane.window == 1
    for _ in range(100):
        lane.answered(lost=False)
    assert lane.window == scope.DNS_MAX_IN_FLIGHT
    lane.answered(lost=True)
    assert lane.window == scope.DNS_MAX_IN_FLIGHT / 2
    for _ in range(10):
        lane.answered(lost=True)
    assert lane.window == 1


def test_lookups_go_out_as_fast_as_a_fast_resolver_answers(monkeypatch) -> None:
    fake = FakeResolver(latency_s=0.02)
    monkeypatch.setattr(scope, "_addresses", fake)
    hosts = [f"www.h{n}.gov.cn" for n in range(60)]
    started = time.monotonic()
    _resolve_all([_Resolver(_Stats())], hosts)
    assert fake.most_out == scope.DNS_MAX_IN_FLIGHT          # widened to the most allowed
    assert time.monotonic() - started < 60 * 0.02 / 2        # well under one at a time
    assert sum(fake.asks.values()) == 60


def test_asks_a_rate_limited_resolver_dropped_are_asked_again(monkeypatch) -> None:
    """A resolver that drops whatever comes beyond 2 asks out: the dropped asks are asked again after 0.25 s
    (not after glibc's 5 s), the lane narrows on each loss, and every host gets its verdict."""
    fake = FakeResolver(latency_s=0.02, rate_limit=2, addresses={"www.h1.gov.cn": {"203.0.113.7"}})
    monkeypatch.setattr(scope, "_addresses", fake)
    stats = _Stats()
    hosts = [f"www.h{n}.gov.cn" for n in range(30)]
    verdicts = _resolve_all([_Resolver(stats)], hosts)[0]
    assert verdicts[1] is False and verdicts.count(None) == 29     # 203.0.113.7 is documentation: not public
    assert stats["scope/dns_lookups"] == 30
    assert 1 <= stats["scope/dns_asked_again"] <= 6               # the first widening's burst
    assert stats["scope/dns_lookup_s"] < 30 * 1.5                  # no lookup waited for its dropped ask


@pytest.fixture(scope="module")
def redis_client(tmp_path_factory):
    import redis

    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        client = redis.Redis.from_url(url)
        yield client
        client.close()


@pytest.mark.redis
def test_workers_of_one_frontier_look_each_host_up_once(monkeypatch, redis_client) -> None:
    fake = FakeResolver(latency_s=0.01, addresses={"www.h3.gov.cn": {"10.1.2.3"}, "www.h4.gov.cn": {"8.8.8.8"}})
    monkeypatch.setattr(scope, "_addresses", fake)
    a_stats, b_stats = _Stats(), _Stats()
    a = _Resolver(a_stats, SharedVerdicts(redis_client, "nianbao:dns-once"))
    b = _Resolver(b_stats, SharedVerdicts(redis_client, "nianbao:dns-once"))
    hosts = [f"www.h{n}.gov.cn" for n in range(40)]
    seen_by_a, seen_by_b = _resolve_all([a, b], hosts)
    assert seen_by_a == seen_by_b and seen_by_a[3] is False and seen_by_a[4] is True and seen_by_a[0] is None
    assert set(fake.asks.values()) == {1}                          # every host asked once, by one worker
    assert a_stats["scope/dns_lookups"] + b_stats["scope/dns_lookups"] == 40
    assert a_stats["scope/dns_lookups"] and b_stats["scope/dns_lookups"]   # both took their turns
    assert a_stats["scope/dns_shared"] + b_stats["scope/dns_shared"] == 40
    late = _Resolver(_Stats(), SharedVerdicts(redis_client, "nianbao:dns-once"))   # a worker joining later
    assert late.known("www.h3.gov.cn") is False and late.known("www.h4.gov.cn") is True   # no lookup, no wait
    assert late.known("www.elsewhere.gov.cn") is scope._UNKNOWN and sum(fake.asks.values()) == 40


@pytest.mark.redis
def test_a_host_claimed_by_a_dead_worker_is_looked_up_after_the_time_limit(monkeypatch, redis_client) -> None:
    monkeypatch.setattr(scope, "_addresses", FakeResolver(addresses={"www.x.gov.cn": {"127.0.0.1"}}))
    monkeypatch.setattr(scope, "_RESOLVE_TIMEOUT_S", 0.3)
    dead = SharedVerdicts(redis_client, "nianbao:dns-dead")
    assert dead.claim("www.x.gov.cn")                              # claimed, never answered
    stats = _Stats()
    assert _resolve_all([_Resolver(stats, SharedVerdicts(redis_client, "nianbao:dns-dead"))],
                        ["www.x.gov.cn"]) == [[False]]
    assert stats["scope/dns_lookups"] == 1
