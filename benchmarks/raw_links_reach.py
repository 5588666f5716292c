"""How far the any-bytes link reader (crawler/discovery/raw_links.py) alone reaches on sandbox families: every body a
family serves that is no HTML page (its 目录 files, PDFs, archives, site maps) is read by `raw_links` only — no format
reader — and every HTML page's source by `source_links`; the share of the family's report documents each names (in
the portal's site) is printed, beside the share its HTML pages link by a parsed `<a href>` (what a plain follower
could reach) and the union of the three. A static view: a name counts wherever it is, reachable or not.

    python benchmarks/raw_links_reach.py --families odtlist,wordxml,docxfootnote --portals 2

No crawl: the sandbox is built in process and its pages read directly (seconds a family). A figure of what the fallback
could find, not of what a crawl fetched (benchmarks/discovery_recall.py measures that)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))



def reach(family: str, portals: int, seed: int) -> dict:
    from nianbao.crawler.app.demo import expected_document_urls
    from nianbao.crawler.discovery.page import HtmlPage
    from nianbao.crawler.discovery.raw_links import raw_links, source_links
    from nianbao.crawler.sandbox import build_sandbox

    from benchmarks.discovery_recall import canonical

    sandbox = build_sandbox(seed=seed, portals=portals, families=(family,))
    expected = {canonical(u) for u in expected_document_urls(sandbox.ground_truth(), browser=True)}
    hosts = set(sandbox.sites)
    raw, source, linked, bodies = set(), set(), set(), 0
    for host, site in sandbox.sites.items():
        for key, page in list(site.pages.items()):
            url = f"http://{host}{key}"
            data = page.data()
            if "html" in page.content_type.lower():
                parsed = HtmlPage.from_bytes(url, data, page.content_type)
                if parsed.tree is not None:
                    linked.update(canonical(urljoin(url, href)) for href in parsed.tree.xpath("//a/@href"))
                source.update(canonical(link.url) for link in source_links(parsed.text, url))
                continue
            bodies += 1
            found = raw_links(data, url)
            raw.update(canonical(link.url) for link in found.links if urlsplit(link.url).hostname in hosts)
    return {"family": family, "documents": len(expected), "bodies": bodies, "href": len(expected & linked),
            "raw": len(expected & raw), "source": len(expected & source),
            "union": len(expected & (linked | raw | source))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", required=True, help="comma-separated sandbox families")
    parser.add_argument("--portals", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"{'family':14} {'docs':>5} {'files':>5} {'<a href>':>9} {'files raw':>9} {'pages raw':>9} {'union':>7}")
    for family in args.families.split(","):
        row = reach(family.strip(), args.portals, args.seed)
        n = row["documents"] or 1
        print(f"{row['family']:14} {row['documents']:5d} {row['bodies']:5d} {row['href'] / n:9.3f} "
              f"{row['raw'] / n:9.3f} {row['source'] / n:9.3f} {row['union'] / n:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
