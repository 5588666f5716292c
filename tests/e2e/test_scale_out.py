"""Several workers on one shared frontier (Redis) and one store, against the sandbox: two workers capture what
one worker captures without fetching a URL twice (nor any page robots.txt disallows); a worker killed with SIGKILL
and started again loses nothing. With tests/fast_crawl.py's settings (no delay, 8 requests per host): many requests
of one host at once is what these guarantees must hold under (tests/crawler/test_robots_waiters.py,
test_frontier_kill.py pin the two faults such a crawl used to show)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from nianbao.crawler.app.cli import EXIT_OK, main
from nianbao.crawler.app.demo import expected_document_urls
from nianbao.crawler.registry import load_registry
from nianbao.crawler.runner import CrawlConfig, run_crawl, start_crawl
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.fast_crawl import FAST_CRAWL
from tests.redis_server import redis_server

pytestmark = [pytest.mark.slow, pytest.mark.redis]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    site = build_sandbox()
    registry = tmp_path_factory.mktemp("registry") / "registry.csv"
    registry.write_text(site.registry_csv(), encoding="utf-8")
    with serve(site) as server:
        yield site, server.url, registry


def _config(data: Path, store: Path, sandbox, extra_settings: dict | None = None, **extra) -> CrawlConfig:
    _, proxy, registry = sandbox
    return CrawlConfig(data_dir=data, portals=load_registry(registry), store_uri=store.as_uri(), proxy=proxy,
                       render="never", extra_settings={**FAST_CRAWL, **(extra_settings or {})}, **extra)


def _fetches(data: Path, record_types: tuple[str, ...] = ("response", "revisit"), ok_only: bool = False) -> Counter:
    """URL → number of captures (one per fetch) by the worker whose data directory this is (`ok_only`: of 2xx
    answers only). robots.txt is left out: each worker reads it for itself (Scrapy's robots middleware fetches it
    outside the scheduler)."""
    conn = sqlite3.connect(data / "catalog.sqlite")
    marks = ",".join("?" * len(record_types))
    ok = " AND status BETWEEN 200 AND 299" if ok_only else ""
    rows = conn.execute(f"SELECT url FROM captures WHERE record_type IN ({marks}) AND url NOT LIKE '%/robots.txt'"
                        + ok, record_types)
    return Counter(url for (url,) in rows)


def _documents(data: Path) -> set[str]:
    conn = sqlite3.connect(data / "catalog.sqlite")
    return {url for (url,) in conn.execute("SELECT url FROM documents WHERE kind IN ('report', 'attachment')")}


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory, sandbox) -> Path:
    """What one worker without a shared frontier fetches, uninterrupted."""
    data = tmp_path_factory.mktemp("one-worker")
    assert run_crawl(_config(data / "data", data / "store", sandbox)).ok
    return data / "data"


def test_two_workers_fetch_what_one_fetches_and_nothing_twice(tmp_path, redis_url, sandbox, one_worker) -> None:
    shared = tmp_path / "shared-store"
    workers = [start_crawl(_config(tmp_path / f"worker{n}", shared, sandbox, redis_url=redis_url,
                                   frontier_key="two-workers")) for n in (1, 2)]
    results = [w.wait() for w in workers]
    assert all(r.ok for r in results), [str(r.run_dir) for r in results]
    per_worker = [_fetches(tmp_path / f"worker{n}") for n in (1, 2)]
    assert all(per_worker), "both workers took part"
    together = per_worker[0] + per_worker[1]
    alone = _fetches(one_worker)
    assert set(together) == set(alone)
    # as many fetches per URL as one worker makes (more than one only for POSTs with different bodies)
    assert {url: n for url, n in together.items() if n != alone[url]} == {}
    # the catalog is rebuilt from the shared store alone
    rebuilt = tmp_path / "rebuilt"
    assert main(["reindex", "--data", str(rebuilt), "--store", shared.as_uri()]) == EXIT_OK
    assert _documents(rebuilt) == _documents(one_worker)


def test_killed_worker_restarted_loses_nothing(tmp_path, redis_url, sandbox, one_worker) -> None:
    import redis

    site, _, _ = sandbox
    data, store = tmp_path / "worker", tmp_path / "store"
    frontier = dict(redis_url=redis_url, frontier_key="kill-restart",
                    extra_settings={"NIANBAO_FRONTIER_WORKER_TTL_S": 3, "NIANBAO_FRONTIER_HEARTBEAT_S": 1})
    first = start_crawl(_config(data, store, sandbox, **frontier))
    seen_key = "nianbao:kill-restart:dupefilter"
    client = redis.Redis.from_url(redis_url)
    deadline = time.monotonic() + 120
    while client.scard(seen_key) < 150:     # wait until the crawl is well under way, then kill it
        assert time.monotonic() < deadline, "the crawl did not get going"
        with pytest.raises(subprocess.TimeoutExpired):   # paces the polling; fails if the crawl ended early
            first.proc.wait(timeout=0.05)
    first.proc.send_signal(signal.SIGKILL)
    first.proc.wait()
    assert client.zcard("nianbao:kill-restart:requests") + sum(
        client.hlen(k) for k in client.keys("nianbao:kill-restart:leases:*")) > 0, "killed mid-crawl"
    second = start_crawl(_config(data, store, sandbox, **frontier)).wait()
    assert second.ok, second.run_dir
    found = _documents(data)
    expected = expected_document_urls(site.ground_truth(), browser=False)
    assert expected - found == set()
    # fetched again after the restart: only what the killed worker had in hand, and then as revisits (a page that
    # answered 200; a 404 or a redirect it had in hand is stored in full again: README, "Several machines")
    alone = _fetches(one_worker)
    assert {url: n for url, n in _fetches(data, ("response",), ok_only=True).items() if n > alone[url]} == {}
    client.close()
