"""One crawl of some sandbox families end to end, the block the families' tests share: build a sandbox of the
families, serve it, run crawl_main against it (without a browser unless told), and set the ground truth's
reachable documents beside the reports and attachments the crawl found. Each test keeps its own assertions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nianbao.crawler.sandbox import build_sandbox, serve

from tests.crawler.minisite import crawl_stat, run_crawl


@dataclass
class FamilyCrawl:
    truth: dict            # the sandbox's ground truth
    items: list[dict]      # what the crawl yielded
    summary: dict          # DATA/runs/<crawl-id>/summary.json
    stderr: str            # the crawl's log, its stats at the end
    expected: set[str]     # URLs of the documents a crawl can reach (the truth's, less the unreachable)
    found: set[str]        # URLs of the reports and attachments the crawl yielded

    def stat(self, name: str) -> int:
        return crawl_stat(self.stderr, name)


def crawl_families(tmp: Path, families: tuple[str, ...], portals: int | None = None, render: str = "never",
                   news_per_portal: int = 2, timeout: float = 300) -> FamilyCrawl:
    """Crawl a sandbox of `portals` portals (default: one per family) of `families`; the crawl must exit 0."""
    sandbox = build_sandbox(portals=portals or len(families), families=families, news_per_portal=news_per_portal)
    truth = sandbox.ground_truth()
    with serve(sandbox) as server:
        status, items, summary, stderr = run_crawl(tmp, sandbox.registry_csv(), server.url,
                                                   extra={"NIANBAO_RENDER": render}, timeout=timeout)
    assert status == 0, stderr[-3000:]
    expected = {d["url"] for d in truth["documents"] if not d.get("unreachable")}
    found = {i["url"] for i in items if i["kind"] in ("report", "attachment")}
    return FamilyCrawl(truth, items, summary, stderr, expected, found)
