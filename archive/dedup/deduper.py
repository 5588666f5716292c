"""The incremental deduper: each new document joins the cluster whose canonical it verifiably copies, or founds one.

For each `add(doc)`:

1. features (features.py): normalised text, digit stream, MinHash signature, agency key and report year;
2. candidate clusters, blocked by metadata so that a document never even meets a cluster of another known
   year or agency:
   - agency and year known: the clusters with that exact key, the clusters of that agency whose year is still
     unknown, and — through LSH — documents whose agency or year is unknown;
   - only the agency known: the clusters of that agency, and LSH over documents without an agency;
   - only the year known: LSH over documents of that year or without a year;
   - neither: LSH over all documents (namespaces: see `_insert_namespaces`).
   LSH hits are grouped by cluster and the `max_candidate_clusters` with the most shared bands are kept;
3. verification against each candidate cluster's canonical (verify.py), with the cluster's key — the known
   agency and year of all its members — standing in for the canonical's; the best passing cluster is joined;
4. the canonical rule (canonical.py): when the newcomer is strictly better on completeness, authority or
   format it becomes canonical, every member is re-verified against it (star check, so clusters cannot chain
   A≈B≈C with A≉C), and the members that fail leave and are placed again on their own.

Nothing else is recomputed; a batch is the same thing in arrival order (`add_many`, which computes features in
worker processes first). Cluster ids come from the founding member's doc id, so replaying the same arrivals
(`rebuild()`, or a catalog `reindex` followed by the dedup step) gives the same ids.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
from collections import Counter, deque
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
from nianbao.archive.dedup import canonical as canon
from nianbao.archive.dedup.config import DedupConfig
from nianbao.archive.dedup.features import (
    Features,
    band_hashes,
    compute_features,
    minhash_signature,
    shingle_hashes,
    signature_fingerprint,
)
from nianbao.archive.dedup.persist import ClusterRow, DocRow, MemoryStorage
from nianbao.archive.dedup.verify import Verdict, verify

log = logging.getLogger(__name__)


@dataclass
class DedupDoc:
    """One captured document, as the pipeline step hands it over.

    `text`: main-content text (nianbao.parse.text.extract_text). `agency`, `year`: from the parser or the crawler's
    classification (None when unknown). `host_tier`: `host_tier()` of its URL. `fmt`: html, pdf, doc, docx, ofd,
    txt. `published`: YYYY-MM-DD when known. `captured_at`: the WARC-Date. `parse_score`: 0..1 completeness of
    its parse (sections, tables, validation).
    """

    doc_id: str
    text: str
    agency: str | None = None
    year: int | str | None = None
    url: str = ""
    host_tier: int = canon.TIER_OTHER
    fmt: str = "html"
    published: str | None = None
    captured_at: str | None = None
    parse_score: float = 0.0


@dataclass(frozen=True)
class Assignment:
    cluster_id: str
    canonical_id: str
    similarity: float          # to the canonical (1.0 when the document is the canonical)
    evidence: str = ""         # verifier evidence: identical, ratio, containment, keyed_containment, canonical


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    canonical_id: str
    reason: str
    members: list[tuple[str, float]]        # (doc_id, similarity to the canonical), canonical first
    agency_key: str | None = None
    year: int | None = None


def _features_batch(jobs: list[tuple]) -> list[Features]:
    return [compute_features(text, agency, year, **kwargs) for text, agency, year, kwargs in jobs]


class Deduper:
    def __init__(self, config: DedupConfig | None = None, storage=None) -> None:
        self.config = config or DedupConfig()
        self.storage = storage if storage is not None else MemoryStorage()
        self.stats: Counter = Counter()
        self._docs: dict[str, DocRow] = {}
        self._clusters: dict[str, ClusterRow] = {}
        self._by_key: dict[tuple[str, int], set[str]] = {}      # (agency, year) → clusters with that key
        self._by_agency: dict[str, set[str]] = {}               # agency → clusters with that agency
        self._by_agency_no_year: dict[str, set[str]] = {}       # agency → its clusters whose year is unknown
        self._canonical_features: dict[str, Features] = {}      # cluster id → its canonical's features
        self._seq = 0
        self._namespace_cache: dict[tuple[str, ...], np.ndarray] = {}
        self._years: set[int] = set()                           # report years seen (see _query_namespaces)
        self._rank_keys: dict[str, tuple] = {}                  # doc id → canon.rank_key (see _rank_key)
        self._namespace_docs: Counter = Counter()               # band namespace → known documents inserted in it
        # MemoryBands takes plain band hashes and the namespaces (one dict each); other storages namespaced keys
        self._spaced = hasattr(self.storage.bands, "query_spaces")
        self._load()

    # ------------------------------------------------------------------ public API

    def add(self, doc: DedupDoc) -> Assignment:
        """Place one document; idempotent for a doc_id already added."""
        if doc.doc_id in self._docs:
            return self.assignment(doc.doc_id)
        return self._add(doc, self._compute(doc))

    def add_many(self, docs: Iterable[DedupDoc], workers: int = 0, batch: int = 256) -> list[Assignment]:
        """`add` for each document in order. With `workers` > 1, features (normalisation, shingles, MinHash) are
        computed in that many processes, a few batches ahead of the clustering, which stays in this process and
        in arrival order — so the result equals serial `add` calls. `docs` may be a generator (streamed)."""
        iter_docs = iter(docs)
        # The deduper's state is many small long-lived objects (rows, features, band buckets); the garbage
        # collector's full passes over them grow with the corpus (2 s of 20 at 100,000 documents). Each placed
        # batch is frozen (gc.freeze: skipped by collections, still freed by reference counting) and thawed at
        # the end — unless the caller froze objects itself, whose freeze this must not undo.
        freeze = gc.isenabled() and gc.get_freeze_count() == 0
        try:
            if not workers or workers <= 1:
                out = []
                for chunk in iter(lambda: list(itertools.islice(iter_docs, batch)), []):
                    out.extend(self.add(d) for d in chunk)
                    if freeze:
                        gc.freeze()
                return out
            return self._add_many_pooled(iter_docs, workers, batch, freeze)
        finally:
            if freeze:
                gc.unfreeze()

    def _add_many_pooled(self, docs, workers: int, batch: int, freeze: bool) -> list[Assignment]:
        kwargs = self._feature_kwargs()
        out: list[Assignment] = []
        pending: deque = deque()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            batches = iter(lambda: list(itertools.islice(docs, batch)), [])
            for chunk in itertools.chain(batches, [None]):
                if chunk is not None:
                    jobs = [(d.text, d.agency, d.year, kwargs) for d in chunk]
                    pending.append((chunk, pool.submit(_features_batch, jobs)))
                while pending and (chunk is None or len(pending) > 2 * workers):
                    done_chunk, future = pending.popleft()
                    for d, features in zip(done_chunk, future.result(), strict=True):
                        out.append(self.assignment(d.doc_id) if d.doc_id in self._docs else self._add(d, features))
                    if freeze:
                        gc.freeze()
        return out

    def assignment(self, doc_id: str) -> Assignment:
        row = self._docs[doc_id]
        cluster = self._clusters[row.cluster_id]
        return Assignment(cluster.cluster_id, cluster.canonical_id, row.similarity, row.evidence)

    def clusters(self) -> list[Cluster]:
        """Every cluster, in order of foundation; members canonical first, then in arrival order."""
        out = []
        for cluster in sorted(self._clusters.values(), key=lambda c: self._docs[c.founder_id].seq):
            members = [(cluster.canonical_id, 1.0)] + [
                (m, self._docs[m].similarity) for m in cluster.members if m != cluster.canonical_id]
            out.append(Cluster(cluster.cluster_id, cluster.canonical_id, cluster.reason, members,
                               cluster.agency_key, cluster.year))
        return out

    def cluster_of(self, doc_id: str) -> str | None:
        row = self._docs.get(doc_id)
        return row.cluster_id if row else None

    def flush(self) -> None:
        self.storage.flush()

    def rebuild(self) -> None:
        """Forget all clusters and band tables and replay every stored document in arrival order."""
        stored = list(self.storage.stored_documents())
        self.storage.clear_clusters()
        self._reset()
        for row, features in stored:
            features.signature = minhash_signature(shingle_hashes(features.normalized, self.config.shingle),
                                                   self.config.num_perm, self.config.seed)
            row.cluster_id, row.similarity, row.evidence = None, 1.0, "only_member"
            self._place_new(row, features, band_hashes(features.signature, self.config.bands, self.config.rows))
            features.signature = None
        self.storage.set_meta("signature_fingerprint", self._fingerprint())

    # ------------------------------------------------------------------ adding

    def _feature_kwargs(self) -> dict:
        c = self.config
        return dict(shingle=c.shingle, num_perm=c.num_perm, seed=c.seed, bands=c.bands, rows=c.rows,
                    max_chars=c.max_text_chars, infer_year=c.infer_year_from_title)

    def _compute(self, doc: DedupDoc) -> Features:
        return compute_features(doc.text, doc.agency, doc.year, **self._feature_kwargs())

    def _add(self, doc: DedupDoc, features: Features) -> Assignment:
        self._seq += 1
        row = DocRow(doc.doc_id, self._seq, doc.url or "", int(doc.host_tier), (doc.fmt or "").lower(),
                     doc.published or "", doc.captured_at or "", float(doc.parse_score or 0.0), doc.agency,
                     features.agency_key, features.year, features.year_source, features.digest)
        band = features.bands
        self.storage.put_doc(row, features)
        self._place_new(row, features, band)
        return self.assignment(doc.doc_id)

    def _place_new(self, row: DocRow, features: Features, band: np.ndarray) -> None:
        self._seq = max(self._seq, row.seq)
        self._docs[row.doc_id] = row
        if row.year is not None:
            self._years.add(row.year)
        self._place(row, features, band)
        namespaces = self._insert_namespaces(row)
        bands = self.storage.bands
        if self._spaced:
            bands.insert_spaces(row.doc_id, band.tolist(), namespaces)
        else:
            bands.insert(row.doc_id, self._namespaced(band, namespaces))
        self._namespace_docs.update(namespaces)
        self.stats["dedup/documents"] += 1

    def _place(self, row: DocRow, features: Features, band: np.ndarray | None) -> None:
        """Join the best verifying candidate cluster, or found a new one."""
        best: tuple[ClusterRow, Verdict] | None = None
        if len(features.normalized) >= self.config.min_text_chars:
            for cluster in self._candidates(row, band):
                verdict = verify(features, self._cluster_view(cluster), self.config)
                self.stats["dedup/verified"] += 1
                if not verdict.same:
                    self.stats[f"dedup/rejected/{verdict.reason}"] += 1
                    continue
                if best is None or verdict.similarity > best[1].similarity:
                    best = (cluster, verdict)
        else:
            self.stats["dedup/too_short"] += 1
        if best is None:
            self._found(row, features)
        else:
            self._join(row, features, *best)

    def _found(self, row: DocRow, features: Features) -> None:
        cluster = ClusterRow(self._new_cluster_id(row.doc_id), row.doc_id, row.doc_id, "only_member", row.seq,
                             row.agency_key, row.year, [row.doc_id])
        row.cluster_id, row.similarity, row.evidence = cluster.cluster_id, 1.0, "canonical"
        self._clusters[cluster.cluster_id] = cluster
        self._canonical_features[cluster.cluster_id] = features
        self._index(cluster)
        self._save(cluster)
        self.stats["dedup/clusters_founded"] += 1

    def _join(self, row: DocRow, features: Features, cluster: ClusterRow, verdict: Verdict) -> None:
        row.cluster_id, row.similarity, row.evidence = cluster.cluster_id, verdict.similarity, verdict.reason
        cluster.members.append(row.doc_id)
        had_full_key = cluster.agency_key is not None and cluster.year is not None
        if (cluster.agency_key is None and row.agency_key) or (cluster.year is None and row.year is not None):
            self._rekey(cluster)        # the newcomer is the last member: it can only fill a missing part
        self.stats["dedup/joined"] += 1
        current = self._docs[cluster.canonical_id]
        if self._rank_key(row)[:3] < self._rank_key(current)[:3]:         # canon.replaces
            self._switch_canonical(cluster, row, features)
        else:
            cluster.reason = self._reason(cluster)
            self._save(cluster)
        if not had_full_key and cluster.cluster_id in self._clusters:
            self._absorb_same_key(cluster)

    def _absorb_same_key(self, cluster: ClusterRow) -> None:
        """The cluster has just learnt its (agency, year): a copy that arrived earlier without it (tables as
        images, say) may sit in a cluster of its own with that key. Merge such a cluster into the older one when
        every one of its members verifies against the older one's canonical — never partially."""
        if cluster.agency_key is None or cluster.year is None:
            return
        for other_id in sorted(self._by_key.get((cluster.agency_key, cluster.year), set()) - {cluster.cluster_id}):
            other = self._clusters.get(other_id)
            if other is None or cluster.cluster_id not in self._clusters:
                continue
            keep, gone = sorted((cluster, other), key=lambda c: self._docs[c.founder_id].seq)
            view = self._cluster_view(keep)
            verdicts = [verify(self._features(m), view, self.config) for m in gone.members]
            if not all(v.same for v in verdicts):
                continue
            self.stats["dedup/clusters_merged"] += 1
            self._unindex(gone)
            del self._clusters[gone.cluster_id]
            self._canonical_features.pop(gone.cluster_id, None)
            self.storage.delete_cluster(gone.cluster_id)
            for member_id, verdict in zip(gone.members, verdicts, strict=True):
                member = self._docs[member_id]
                member.cluster_id, member.similarity, member.evidence = keep.cluster_id, verdict.similarity, verdict.reason
            keep.members = sorted(keep.members + gone.members, key=lambda m: self._docs[m].seq)
            self._rekey(keep)
            challenger = self._docs[gone.canonical_id]
            if self._rank_key(challenger)[:3] < self._rank_key(self._docs[keep.canonical_id])[:3]:
                self._switch_canonical(keep, challenger, self._features(challenger.doc_id))
            else:
                keep.reason = self._reason(keep)
                self._save(keep)
            cluster = keep

    def _switch_canonical(self, cluster: ClusterRow, row: DocRow, features: Features) -> None:
        """The newcomer is canonical now: re-verify every member against it; failures leave the cluster."""
        self.stats["dedup/canonical_replaced"] += 1
        cluster.canonical_id, cluster.canonical_since = row.doc_id, self._seq
        row.similarity, row.evidence = 1.0, "canonical"
        self._canonical_features[cluster.cluster_id] = features
        view = self._cluster_view(cluster)
        leaving = []
        for member_id in cluster.members:
            if member_id == row.doc_id:
                continue
            member = self._docs[member_id]
            verdict = verify(self._features(member_id), view, self.config)
            if verdict.same:
                member.similarity, member.evidence = verdict.similarity, verdict.reason
            else:
                leaving.append(member)
        if leaving:
            self.stats["dedup/split_off"] += len(leaving)
            gone = {m.doc_id for m in leaving}
            cluster.members = [m for m in cluster.members if m not in gone]
            self._rekey(cluster)
        cluster.reason = self._reason(cluster)
        self._save(cluster)
        for member in leaving:
            member.cluster_id = None
            self._place(member, self._features(member.doc_id), self._stored_band(member))

    # ------------------------------------------------------------------ candidates and blocking

    def _candidates(self, row: DocRow, band: np.ndarray | None) -> list[ClusterRow]:
        """Clusters this document may belong to: keyed ones first, then LSH hits by shared bands."""
        agency, year = row.agency_key, row.year
        keyed: list[str] = []
        if agency is not None:
            if year is not None:
                # the agency's clusters compatible with the year: that year's, then those without a year
                keyed.extend(sorted(self._by_key.get((agency, year), ())))
                keyed.extend(sorted(self._by_agency_no_year.get(agency, ())))
            else:
                keyed.extend(sorted(self._by_agency.get(agency, ())))
        hits: dict[str, int] = {}
        namespaces = self._query_namespaces(row) if band is not None else []
        if namespaces:
            bands = self.storage.bands
            if self._spaced:
                found = bands.query_spaces(band.tolist(), namespaces, self.config.max_bucket)
            else:
                found = bands.query(self._namespaced(band, namespaces), self.config.max_bucket)
            minimum = self.config.min_band_hits
            strong = [item for item in found.items() if item[1] >= minimum]
            if strong:
                docs = self._docs
                for doc_id, count in strong:
                    other = docs.get(doc_id)
                    if other is None:
                        self.stats["dedup/unknown_candidate"] += 1
                        continue
                    cid = other.cluster_id
                    if cid is not None and doc_id != row.doc_id and count > hits.get(cid, 0):
                        hits[cid] = count
        out: list[ClusterRow] = []
        seen: set[str] = set()
        for cid in keyed:
            if cid not in seen and self._compatible(row, self._clusters[cid]):
                seen.add(cid)
                out.append(self._clusters[cid])
        ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))
        taken = 0
        for cid, _ in ranked:
            if taken >= self.config.max_candidate_clusters:
                break
            cluster = self._clusters[cid]
            if cid not in seen and self._compatible(row, cluster):
                out.append(cluster)
                taken += 1
        return out

    @staticmethod
    def _compatible(row: DocRow, cluster: ClusterRow) -> bool:
        if row.year is not None and cluster.year is not None and row.year != cluster.year:
            return False
        return not (row.agency_key is not None and cluster.agency_key is not None
                    and row.agency_key != cluster.agency_key)

    # Band namespaces: a document is inserted under the namespaces through which the documents that may match
    # it look. Fully keyed documents find fully keyed clusters through the cluster indexes (_by_key, _by_agency),
    # not through LSH; LSH connects documents that lack the agency or the year to the others:
    #   Y:<year>   every document of that year         queried by documents with only the year known
    #   NY         documents without a year            queried by those with only the year, and by those with neither
    #   NA         documents without an agency         queried by those with only the agency known
    #   PY:<year>  documents with the year, no agency  queried by fully keyed documents
    #   PN         documents with neither              queried by fully keyed documents
    # A document with neither queries Y:<year> for every year seen, and NY: one namespace fewer for everybody
    # to insert into than a global one. A namespace no known document was inserted under is not queried: its
    # hits could only be documents this deduper does not know (another machine's, through shared band tables),
    # which are skipped anyway — and with most documents fully keyed, PN and NY are nearly always empty.
    @staticmethod
    def _insert_namespaces(row: DocRow) -> list[str]:
        agency, year = row.agency_key, row.year
        if agency is not None and year is not None:
            return [f"Y:{year}"]
        if agency is not None:
            return ["NY"]
        if year is not None:
            return [f"PY:{year}", f"Y:{year}", "NA"]
        return ["PN", "NA", "NY"]

    def _query_namespaces(self, row: DocRow) -> list[str]:
        agency, year = row.agency_key, row.year
        if agency is not None and year is not None:
            names = [f"PY:{year}", "PN"]
        elif agency is not None:
            names = ["NA"]
        elif year is not None:
            names = [f"Y:{year}", "NY"]
        else:
            names = [f"Y:{y}" for y in sorted(self._years)] + ["NY"]
        used = self._namespace_docs
        return [name for name in names if used[name]]

    def _namespaced(self, band: np.ndarray, namespaces: list[str]) -> list[int]:
        """The band keys under each namespace: band XOR the namespace's salt (blake2b of its name)."""
        names = tuple(namespaces)
        salts = self._namespace_cache.get(names)
        if salts is None:
            salts = self._namespace_cache[names] = np.array(
                [int.from_bytes(hashlib.blake2b(n.encode("utf-8"), digest_size=8).digest(), "little", signed=True)
                 for n in names], dtype=np.int64).reshape(-1, 1)
        return (band ^ salts).ravel().tolist()

    # ------------------------------------------------------------------ cluster bookkeeping

    def _cluster_view(self, cluster: ClusterRow) -> Features:
        """The canonical's features with the cluster's key, so that no member's known year or agency is
        bypassed by a canonical that lacks it."""
        features = self._canonical_features.get(cluster.cluster_id)
        if features is None:
            features = self._canonical_features[cluster.cluster_id] = self._features(cluster.canonical_id)
        if features.agency_key == cluster.agency_key and features.year == cluster.year:
            return features
        return replace(features, agency_key=cluster.agency_key, year=cluster.year)

    def _features(self, doc_id: str) -> Features:
        features = self.storage.get_features(doc_id)
        if features is None:
            raise LookupError(f"dedup storage has no features for {doc_id}; run Deduper.rebuild()")
        return features

    def _stored_band(self, row: DocRow) -> np.ndarray:
        features = self._features(row.doc_id)
        signature = features.signature
        if signature is None:
            signature = minhash_signature(shingle_hashes(features.normalized, self.config.shingle),
                                          self.config.num_perm, self.config.seed)
        return band_hashes(signature, self.config.bands, self.config.rows)

    def _rekey(self, cluster: ClusterRow) -> None:
        """The cluster's key: the agency and year its members know (they never disagree)."""
        agency = next((self._docs[m].agency_key for m in cluster.members if self._docs[m].agency_key), None)
        year = next((self._docs[m].year for m in cluster.members if self._docs[m].year is not None), None)
        if (agency, year) != (cluster.agency_key, cluster.year):
            self._unindex(cluster)
            cluster.agency_key, cluster.year = agency, year
            self._index(cluster)

    def _index(self, cluster: ClusterRow) -> None:
        if cluster.agency_key is not None:
            self._by_agency.setdefault(cluster.agency_key, set()).add(cluster.cluster_id)
            if cluster.year is not None:
                self._by_key.setdefault((cluster.agency_key, cluster.year), set()).add(cluster.cluster_id)
            else:
                self._by_agency_no_year.setdefault(cluster.agency_key, set()).add(cluster.cluster_id)

    def _unindex(self, cluster: ClusterRow) -> None:
        if cluster.agency_key is not None:
            self._by_agency.get(cluster.agency_key, set()).discard(cluster.cluster_id)
            if cluster.year is not None:
                self._by_key.get((cluster.agency_key, cluster.year), set()).discard(cluster.cluster_id)
            else:
                self._by_agency_no_year.get(cluster.agency_key, set()).discard(cluster.cluster_id)

    def _new_cluster_id(self, founder_id: str) -> str:
        base = "dup-" + hashlib.sha1(founder_id.encode("utf-8")).hexdigest()[:16]
        cluster_id, n = base, 1
        while cluster_id in self._clusters:
            n += 1
            cluster_id = f"{base}-{n}"
        return cluster_id

    def _rank_key(self, row: DocRow) -> tuple:
        """canon.rank_key of a document, computed once (the fields it reads never change)."""
        key = self._rank_keys.get(row.doc_id)
        if key is None:
            key = self._rank_keys[row.doc_id] = canon.rank_key(row, self.config)
        return key

    def _reason(self, cluster: ClusterRow) -> str:
        canonical = self._docs[cluster.canonical_id]
        docs = self._docs
        others = [self._rank_key(docs[m]) for m in cluster.members if m != cluster.canonical_id]
        return canon.reason_from_keys(canonical, self._rank_key(canonical), others)

    def _save(self, cluster: ClusterRow) -> None:
        self.storage.save_cluster(cluster, [self._docs[m] for m in cluster.members])

    # ------------------------------------------------------------------ loading

    def _fingerprint(self) -> str:
        c = self.config
        return f"{signature_fingerprint(c.shingle, c.num_perm, c.seed)}/b{c.bands}r{c.rows}"

    def _reset(self) -> None:
        self._docs.clear()
        self._clusters.clear()
        self._by_key.clear()
        self._by_agency.clear()
        self._by_agency_no_year.clear()
        self._canonical_features.clear()
        self._years.clear()
        self._rank_keys.clear()
        self._namespace_docs.clear()
        self._seq = 0

    def _load(self) -> None:
        docs, clusters = self.storage.load()
        for row in docs:
            self._docs[row.doc_id] = row
            self._seq = max(self._seq, row.seq)
            if row.year is not None:
                self._years.add(row.year)
            self._namespace_docs.update(self._insert_namespaces(row))
        for cluster in clusters:
            cluster.members.sort(key=lambda m: self._docs[m].seq)
            self._clusters[cluster.cluster_id] = cluster
            self._index(cluster)
        stored = self.storage.get_meta("signature_fingerprint")
        if docs and stored != self._fingerprint():
            log.warning("dedup: signatures were made with %s, now %s: rebuilding clusters", stored,
                        self._fingerprint())
            self.rebuild()
        elif any(row.cluster_id is None for row in docs):
            log.warning("dedup: %d documents without a cluster: rebuilding",
                        sum(row.cluster_id is None for row in docs))
            self.rebuild()
        elif stored != self._fingerprint():
            self.storage.set_meta("signature_fingerprint", self._fingerprint())

