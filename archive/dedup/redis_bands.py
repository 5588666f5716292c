"""LSH band tables in Redis, so that several machines (or processes) share one candidate index.

Like datasketch's Redis storage for `MinHashLSH`: each band key is a Redis set `PREFIX:b:<16 hex digits>` of the
document ids whose signature has that band. `insert` is one pipelined SADD per band, `query` one pipelined
SMEMBERS per band; nothing else lives in Redis. The documents' features and the clusters stay in the deduper's
storage (the catalog's SQLite tables): a machine that finds a candidate id it has no features for skips it and
counts `dedup/unknown_candidate`, so the machines should share one catalog (or replay each other's captures)
for their clusters to agree.

    from nianbao.archive.dedup import Deduper, DedupConfig, SqliteStorage
    from nianbao.archive.dedup.redis_bands import RedisBands

    deduper = Deduper(DedupConfig(), SqliteStorage(conn, bands=RedisBands("redis://10.0.0.5:6379/0")))
"""

from __future__ import annotations

from collections import Counter


class RedisBands:
    def __init__(self, client_or_url, prefix: str = "nianbao:dedup") -> None:
        if isinstance(client_or_url, str):
            import redis

            client_or_url = redis.Redis.from_url(client_or_url)
        self.client = client_or_url
        self.prefix = prefix

    def _key(self, band_key: int) -> str:
        return f"{self.prefix}:b:{band_key & 0xFFFFFFFFFFFFFFFF:016x}"

    def insert(self, doc_id: str, keys: list[int]) -> None:
        pipe = self.client.pipeline(transaction=False)
        for key in keys:
            pipe.sadd(self._key(key), doc_id)
        pipe.execute()

    def query(self, keys: list[int], max_bucket: int | None = None) -> Counter:
        pipe = self.client.pipeline(transaction=False)
        for key in keys:
            pipe.smembers(self._key(key))
        hits: Counter = Counter()
        for members in pipe.execute():
            if max_bucket is None or len(members) <= max_bucket:
                hits.update(m.decode("utf-8") if isinstance(m, bytes) else m for m in members)
        return hits

    def clear(self) -> None:
        """Delete this index's band sets (SCAN, so a large index does not block the server)."""
        batch = []
        for key in self.client.scan_iter(match=f"{self.prefix}:b:*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                self.client.delete(*batch)
                batch.clear()
        if batch:
            self.client.delete(*batch)

    def flush(self) -> None:
        pass
