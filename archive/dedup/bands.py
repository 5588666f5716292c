"""LSH band tables: band key → the documents whose signature has that band.

A band key is a signed 64-bit int (`features.band_hashes`, mixed with a blocking namespace by the deduper).
Three interchangeable storages, like datasketch's `storage_config` (dict or Redis):

- `MemoryBands`: a dict in this process (tests, benchmarks, a batch rebuild);
- `SqliteBands`: table `dedup_lsh_bands` in the catalog database (the default: survives between runs);
- `RedisBands`: Redis sets `PREFIX:b:<key>`, so several machines share one index (see redis_bands.py).

The protocol is two calls: `insert(doc_id, keys)` and `query(keys, max_bucket) -> {doc_id: number of keys
shared}`; a band value shared by more than `max_bucket` documents is template text, not evidence of a copy, and
is skipped (like a stop word) by all three storages alike.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Protocol

from nianbao.archive import schema


class BandStorage(Protocol):
    def insert(self, doc_id: str, keys: list[int]) -> None: ...

    def query(self, keys: list[int], max_bucket: int | None = None) -> Counter: ...

    def clear(self) -> None: ...

    def flush(self) -> None: ...


class MemoryBands:
    """dict band key → doc id (a bare str while the bucket has one member, a list after): most buckets hold one
    document, and a str costs nothing extra since the deduper keeps the same str object.

    Besides the protocol's `insert`/`query` it offers `insert_spaces`/`query_spaces`, which the deduper uses:
    the plain band hashes in one dict per blocking namespace instead of namespaced keys in one dict. Same
    answers (short of a 64-bit collision); but at 100,000 documents the one dict holds 1.5 million keys and
    every lookup is a cache miss, while the namespaces fully keyed documents query (documents without an
    agency) stay small and cache-resident.
    """

    def __init__(self) -> None:
        self._spaces: dict[str, dict[int, str | list[str]]] = {}

    def _space(self, name: str) -> dict[int, str | list[str]]:
        space = self._spaces.get(name)
        if space is None:
            space = self._spaces[name] = {}
        return space

    def insert(self, doc_id: str, keys: list[int]) -> None:
        self.insert_spaces(doc_id, keys, ("",))

    def query(self, keys: list[int], max_bucket: int | None = None) -> Counter:
        return self.query_spaces(keys, ("",), max_bucket)

    def insert_spaces(self, doc_id: str, keys: list[int], spaces) -> None:
        """Insert `keys` under each namespace in `spaces`."""
        for name in spaces:
            buckets = self._space(name)
            setdefault = buckets.setdefault
            for key in keys:
                held = setdefault(key, doc_id)
                if held is doc_id:
                    continue
                if held.__class__ is list:
                    held.append(doc_id)
                else:
                    buckets[key] = [held, doc_id]

    def query_spaces(self, keys: list[int], spaces, max_bucket: int | None = None) -> Counter:
        """{doc id: keys shared} over the namespaces in `spaces` (a key counts once per namespace it hits)."""
        max_bucket = max_bucket or 1 << 62
        members: list[str] = []
        for name in spaces:
            buckets = self._spaces.get(name)
            if not buckets:
                continue
            # lookups and the filtering of misses (most keys) in C: a bucket is a non-empty str or list
            for held in filter(None, map(buckets.get, keys)):
                if held.__class__ is list:
                    if len(held) <= max_bucket:
                        members += held
                else:
                    members.append(held)
        return Counter(members)

    def clear(self) -> None:
        self._spaces.clear()

    def flush(self) -> None:
        pass

    def __len__(self) -> int:
        return sum(len(space) for space in self._spaces.values())


class SqliteBands:
    """Band table in the catalog database; queries go through the index on band_key."""

    _CHUNK = 500   # bound variables per query (SQLite's default limit is 32,766; keep statements small)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        schema.ensure(conn)

    def insert(self, doc_id: str, keys: list[int]) -> None:
        self.conn.executemany("INSERT INTO dedup_lsh_bands(band_key, doc_id) VALUES (?, ?)",
                              [(key, doc_id) for key in keys])

    def query(self, keys: list[int], max_bucket: int | None = None) -> Counter:
        hits: Counter = Counter()
        for start in range(0, len(keys), self._CHUNK):
            chunk = keys[start:start + self._CHUNK]
            marks = ",".join("?" * len(chunk))
            small = (f"SELECT band_key FROM dedup_lsh_bands WHERE band_key IN ({marks}) GROUP BY band_key "
                     f"HAVING COUNT(*) <= ?")
            for doc_id, count in self.conn.execute(
                    f"SELECT doc_id, COUNT(*) FROM dedup_lsh_bands WHERE band_key IN ({small}) GROUP BY doc_id",
                    [*chunk, max_bucket or 1 << 62]):
                hits[doc_id] += count
        return hits

    def clear(self) -> None:
        self.conn.execute("DELETE FROM dedup_lsh_bands")

    def flush(self) -> None:
        pass
