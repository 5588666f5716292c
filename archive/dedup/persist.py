"""Where the deduper's state lives: `MemoryStorage` (this process only) or `SqliteStorage` (the catalog database).

SQLite tables (defined in archive/schema.py; all derived, so `Deduper.rebuild()` — or deleting
them and re-running the dedup step — recreates them):

- `doc_features`: one row per document added: its DedupDoc metadata, the resolved agency key and report year,
  the normalised text (zlib), the digit stream, the MinHash signature, and `seq`, the order of arrival, which
  a rebuild replays so that cluster ids come out the same;
- `clusters`: cluster id, canonical document, the reason it is canonical, the founding member, since when;
- `cluster_members`: each document's cluster, its similarity to the canonical, and the verifier's evidence;
- `dedup_lsh_bands` (bands.py) unless the band tables live in Redis;
- `dedup_meta`: the signature fingerprint (rensa algorithm version, shingle size, permutations, seed).

The storage does not commit a connection it was given (the pipeline step commits with its own writes); one it
opened from a path is committed by `flush()`.
"""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from nianbao.archive import schema
from nianbao.archive.dedup.bands import BandStorage, MemoryBands, SqliteBands
from nianbao.archive.dedup.features import Features


@dataclass(slots=True)
class DocRow:
    """A document's metadata as the deduper keeps it in memory (no text)."""

    doc_id: str
    seq: int
    url: str
    host_tier: int
    fmt: str
    published: str
    captured_at: str
    parse_score: float
    agency: str | None
    agency_key: str | None
    year: int | None
    year_source: str
    digest: str
    cluster_id: str | None = None
    similarity: float = 1.0
    evidence: str = "only_member"


@dataclass(slots=True)
class ClusterRow:
    cluster_id: str
    founder_id: str
    canonical_id: str
    reason: str
    canonical_since: int
    agency_key: str | None
    year: int | None
    members: list[str]


def _names(stored: str | None) -> frozenset[str]:
    return frozenset(stored.split("\n")) if stored else frozenset()


class MemoryStorage:
    """Everything in this process: features as objects, clusters only in the deduper itself."""

    def __init__(self, bands: BandStorage | None = None) -> None:
        self.bands = bands if bands is not None else MemoryBands()
        self._features: dict[str, Features] = {}
        self._meta: dict[str, str] = {}

    def put_doc(self, row: DocRow, features: Features) -> None:
        features.signature = features.bands = None     # not needed again; saves ~800 bytes a document
        self._features[row.doc_id] = features

    def get_features(self, doc_id: str) -> Features | None:
        return self._features.get(doc_id)

    def load(self) -> tuple[list[DocRow], list[ClusterRow]]:
        return [], []

    def save_cluster(self, cluster: ClusterRow, members: list[DocRow]) -> None:
        pass

    def delete_cluster(self, cluster_id: str) -> None:
        pass

    def stored_documents(self):
        raise NotImplementedError("MemoryStorage keeps no rows to rebuild from; use SqliteStorage")

    def clear_clusters(self) -> None:
        self.bands.clear()

    def get_meta(self, key: str) -> str | None:
        return self._meta.get(key)

    def set_meta(self, key: str, value: str) -> None:
        self._meta[key] = value

    def flush(self) -> None:
        self.bands.flush()


class SqliteStorage:
    """The deduper's tables in the catalog database. Give it the catalog's `sqlite3.Connection` or a path."""

    def __init__(self, conn: sqlite3.Connection | str | Path, bands: BandStorage | None = None) -> None:
        self._owns_connection = not isinstance(conn, sqlite3.Connection)
        if self._owns_connection:
            conn = sqlite3.connect(str(conn))
            conn.execute("PRAGMA journal_mode=WAL")
        self.conn: sqlite3.Connection = conn
        schema.ensure(self.conn)
        self.bands = bands if bands is not None else SqliteBands(self.conn)

    # ---- documents
    def put_doc(self, row: DocRow, features: Features) -> None:
        signature = features.signature.astype("<u4").tobytes() if features.signature is not None else None
        self.conn.execute(
            "INSERT OR REPLACE INTO doc_features VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.doc_id, row.seq, row.url, row.host_tier, row.fmt, row.published, row.captured_at,
             row.parse_score, row.agency, row.agency_key, row.year, row.year_source, row.digest,
             len(features.normalized), features.digits, "\n".join(sorted(features.names)),
             features.compressed_text(), signature))

    def get_features(self, doc_id: str) -> Features | None:
        found = self.conn.execute(
            "SELECT norm_text, digits, digest, signature, agency_key, year, year_source, names FROM doc_features "
            "WHERE doc_id = ?", (doc_id,)).fetchone()
        if found is None:
            return None
        blob, digits, digest, signature, agency_key, year, year_source, names = found
        return Features(zlib.decompress(blob).decode("utf-8"), digits, digest,
                        np.frombuffer(signature, dtype="<u4").astype(np.uint32) if signature else None,
                        None, agency_key, year, year_source, _names(names))

    def stored_documents(self):
        """(DocRow, Features) of every stored document in arrival order — what a rebuild replays."""
        rows = self.conn.execute(
            "SELECT doc_id, seq, url, host_tier, fmt, published, captured_at, parse_score, agency, agency_key, "
            "year, year_source, digest, norm_text, digits, names FROM doc_features ORDER BY seq").fetchall()
        for (doc_id, seq, url, tier, fmt, published, captured, score, agency, agency_key, year, year_source,
             digest, blob, digits, names) in rows:
            row = DocRow(doc_id, seq, url, tier, fmt, published, captured, score, agency, agency_key, year,
                         year_source, digest)
            features = Features(zlib.decompress(blob).decode("utf-8"), digits, digest, None, None, agency_key,
                                year, year_source, _names(names))
            yield row, features

    # ---- clusters
    def load(self) -> tuple[list[DocRow], list[ClusterRow]]:
        docs = [DocRow(*r) for r in self.conn.execute(
            "SELECT f.doc_id, f.seq, f.url, f.host_tier, f.fmt, f.published, f.captured_at, f.parse_score, "
            "f.agency, f.agency_key, f.year, f.year_source, f.digest, m.cluster_id, m.similarity, m.evidence "
            "FROM doc_features f LEFT JOIN cluster_members m ON m.doc_id = f.doc_id ORDER BY f.seq")]
        by_cluster: dict[str, list[str]] = {}
        for doc in docs:
            if doc.cluster_id is not None:
                by_cluster.setdefault(doc.cluster_id, []).append(doc.doc_id)
        clusters = [ClusterRow(cid, founder, canonical, reason, since, agency_key, year, by_cluster.get(cid, []))
                    for cid, canonical, reason, founder, since, agency_key, year in self.conn.execute(
                        "SELECT cluster_id, canonical_id, reason, founder_id, canonical_since, agency_key, year "
                        "FROM clusters")]
        return docs, clusters

    def save_cluster(self, cluster: ClusterRow, members: list[DocRow]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO clusters VALUES (?,?,?,?,?,?,?,?)",
                          (cluster.cluster_id, cluster.canonical_id, cluster.reason, cluster.founder_id,
                           cluster.canonical_since, cluster.agency_key, cluster.year, len(cluster.members)))
        self.conn.executemany("INSERT OR REPLACE INTO cluster_members VALUES (?,?,?,?)",
                              [(m.doc_id, cluster.cluster_id, m.similarity, m.evidence) for m in members])

    def delete_cluster(self, cluster_id: str) -> None:
        self.conn.execute("DELETE FROM clusters WHERE cluster_id = ?", (cluster_id,))

    def clear_clusters(self) -> None:
        self.conn.execute("DELETE FROM clusters")
        self.conn.execute("DELETE FROM cluster_members")
        self.bands.clear()

    # ---- meta
    def get_meta(self, key: str) -> str | None:
        found = self.conn.execute("SELECT value FROM dedup_meta WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO dedup_meta VALUES (?, ?)", (key, value))

    def flush(self) -> None:
        self.bands.flush()
        if self._owns_connection:
            self.conn.commit()

    def close(self) -> None:
        self.flush()
        if self._owns_connection:
            self.conn.close()
