"""Band tables in a real redis-server (Debian's), started on a free loopback port for this module."""

from __future__ import annotations

import pytest
from nianbao.archive.dedup import DedupConfig, Deduper, MemoryStorage, SqliteStorage
from nianbao.archive.dedup.redis_bands import RedisBands

from tests.redis_server import redis_server

from .test_deduper import _corpus

pytestmark = pytest.mark.redis


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


def test_round_trip(redis_url) -> None:
    bands = RedisBands(redis_url, prefix="t-roundtrip")
    bands.clear()
    bands.insert("doc-a", [1, -2, 3])
    bands.insert("doc-b", [3, 4])
    assert bands.query([3, -2, 99]) == {"doc-a": 2, "doc-b": 1}
    assert bands.query([3, -2], max_bucket=1) == {"doc-a": 1}
    assert bands.query([]) == {}
    other = RedisBands(redis_url, prefix="t-other")       # prefixes keep indexes apart
    assert other.query([3]) == {}
    bands.clear()
    assert bands.query([1, 3, 4]) == {}


def test_deduper_with_redis_bands_equals_in_memory(samples, redis_url) -> None:
    docs = _corpus(samples)
    expected = Deduper(DedupConfig(), MemoryStorage())
    expected.add_many(docs)
    bands = RedisBands(redis_url, prefix="t-equal")
    bands.clear()
    shared = Deduper(DedupConfig(), MemoryStorage(bands=bands))
    shared.add_many(docs)
    assert shared.clusters() == expected.clusters()


def test_two_machines_share_the_index(samples, redis_url, tmp_path) -> None:
    """Machine A adds half the captures; machine B, with its own connection to the catalog and the shared
    Redis index, adds the rest: the clusters equal one deduper's."""
    docs = _corpus(samples)
    expected = Deduper()
    expected.add_many(docs)
    catalog = tmp_path / "catalog.sqlite"
    RedisBands(redis_url, prefix="t-two").clear()
    machine_a = Deduper(DedupConfig(), SqliteStorage(catalog, bands=RedisBands(redis_url, prefix="t-two")))
    machine_a.add_many(docs[: len(docs) // 2])
    machine_a.storage.close()
    machine_b = Deduper(DedupConfig(), SqliteStorage(catalog, bands=RedisBands(redis_url, prefix="t-two")))
    machine_b.add_many(docs[len(docs) // 2:])
    assert machine_b.clusters() == expected.clusters()
    assert machine_b.stats["dedup/unknown_candidate"] == 0
