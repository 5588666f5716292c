"""Band tables in a real redis-server (Debian's), started on a free loopback port for this module."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest

from archive.dedup import DedupConfig, Deduper, MemoryStorage, SqliteStorage
from archive.dedup.redis_bands import RedisBands

from .test_deduper import _corpus

pytestmark = pytest.mark.redis

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    redis = pytest.importorskip("redis")
    if not shutil.which(REDIS_SERVER):
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir), "--save", "",
         "--appendonly", "no", "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.2)
    deadline = time.monotonic() + 15
    while True:                                  # poll with PING until it answers; no sleeps
        try:
            if client.ping():
                break
        except redis.ConnectionError:
            if server.poll() is not None:
                pytest.fail(f"redis-server exited with {server.returncode}")
            if time.monotonic() > deadline:
                server.kill()
                pytest.fail("redis-server did not answer PING within 15 s")
    yield f"redis://127.0.0.1:{port}/0"
    client.close()
    server.terminate()
    server.wait(timeout=10)


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
