"""Near-duplicate detection: cluster the republications of one report, pick a canonical copy.

    from nianbao.archive.dedup import Deduper, DedupConfig, DedupDoc, SqliteStorage, host_tier

    deduper = Deduper(DedupConfig(), SqliteStorage(catalog_conn))
    assignment = deduper.add(DedupDoc(doc_id, text, agency, year, url, host_tier(url, hosts), "html",
                                      published, captured_at, parse_score))
    for cluster in deduper.clusters(): ...

Modules: normalize (comparison text), features (shingles, MinHash, bands), verify (the merge predicate),
canonical (canonical order, host tiers), bands (LSH band storage), redis_bands (shared band tables),
persist (SQLite tables), deduper (the incremental clustering).
"""

from nianbao.archive.dedup.bands import MemoryBands, SqliteBands
from nianbao.archive.dedup.canonical import host_tier
from nianbao.archive.dedup.config import DedupConfig
from nianbao.archive.dedup.deduper import Assignment, Cluster, DedupDoc, Deduper
from nianbao.archive.dedup.persist import MemoryStorage, SqliteStorage
from nianbao.archive.dedup.redis_bands import RedisBands

__all__ = ["Assignment", "Cluster", "DedupConfig", "DedupDoc", "Deduper", "MemoryBands", "MemoryStorage",
           "RedisBands", "SqliteBands", "SqliteStorage", "host_tier"]
