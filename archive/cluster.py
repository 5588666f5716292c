"""The cluster step: near-duplicate clusters and each cluster's canonical document (the second half of
`nianbao dedup`). Every document the extract step yields joins the deduper (archive/dedup/), which files it
into a cluster and re-picks the cluster's canonical (archive/dedup/canonical.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from nianbao.archive.extract import Extracted
from nianbao.archive.step import PipelineStep


@dataclass
class ClusterConfig:
    portal_hosts: dict[str, set[str]] = field(default_factory=dict)   # portal id → hosts in its scope


class ClusterStep(PipelineStep):
    """Add each extracted document to the near-duplicate clusters; yields it on."""

    stats_prefix = "dedup"

    def __init__(self, config: ClusterConfig, deduper):
        super().__init__()
        self.config, self.deduper = config, deduper

    def run(self, data: Iterable[Extracted] = ()) -> Iterator[Extracted]:
        from nianbao.archive.dedup import DedupDoc, host_tier

        for item in data:
            capture, record, row = item.capture, item.record, item.hints
            hosts = self.config.portal_hosts.get(capture.portal_id or "", set())
            self.deduper.add(DedupDoc(
                doc_id=capture.document_id, text=item.text, agency=record.get("agency") or row["agency"],
                year=record.get("year") or row["year"], url=capture.url,
                host_tier=host_tier(capture.url, hosts, record.get("agency")),
                fmt=record.get("_format") or "html", published=record.get("published") or row["published"],
                captured_at=capture.captured_at, parse_score=item.score))
            self.count("documents")
            yield item
