"""How far the any-bytes link reader (crawler/discovery/raw_links.py) reaches on its own, on sandbox families.

Two static walks of each portal, breadth first from its homepage through the sandbox in process (no crawl, no
browser, none of nianbao's format or markup readers), the same page budget: a plain follower's — an HTML page's
parsed `<a href>`, `<frame src>` and `<iframe src>` — and the same plus the fallback — every HTML page's source read
by `source_links`, every other body by `raw_links`. Printed: the share of the family's report documents each walk
fetched. What the second adds is what the fallback alone would have found, whatever container the family hides its
links in. (Not a crawl's figure: benchmarks/discovery_recall.py measures that, `--setting NIANBAO_DOCUMENT_LINKS=False`
leaving the files to the fallback.)

    python benchmarks/raw_links_reach.py --families odtlist,wordxml,iecomment --portals 2
"""

from __future__ import annotations

import argparse
import gzip
import sys
import zlib
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BUDGET = 600   # pages per portal, as discovery_recall's
HEADERS = {"User-Agent": "Mozilla/5.0 (compatible; nianbao-reach)", "Accept-Language": "zh-CN,zh;q=0.9",
           "Accept-Encoding": "identity"}


def _get(sandbox, url: str) -> tuple[str, int, dict, bytes]:
    """The answer to a GET of `url`, redirects followed (at most 5): (final url, status, headers, body)."""
    for _ in range(6):
        status, headers, body = sandbox.handle("GET", url, HEADERS)
        head = {k.lower(): v for k, v in headers}
        if status in (301, 302, 303, 307, 308) and head.get("location"):
            url = urljoin(url, head["location"])
            continue
        coding = head.get("content-encoding", "").lower()
        try:
            if coding in ("gzip", "x-gzip"):
                body = gzip.decompress(body)
            elif coding == "deflate":
                body = zlib.decompress(body, -zlib.MAX_WBITS)
        except (OSError, zlib.error):
            pass
        return url, status, head, body
    return url, 0, {}, b""


def _links(url: str, head: dict, body: bytes, fallback: bool) -> list[str]:
    from nianbao.crawler.discovery.page import HtmlPage
    from nianbao.crawler.discovery.raw_links import raw_links, source_links
    from nianbao.parse.formats import sniff_format

    content_type = head.get("content-type", "")
    if sniff_format(body, content_type, url) != "html":
        return [link.url for link in raw_links(body, url).links] if fallback else []
    page = HtmlPage.from_bytes(url, body, content_type)
    out = []
    if page.tree is not None:
        out = [urljoin(url, value.strip()) for value in page.tree.xpath("//a/@href|//frame/@src|//iframe/@src")]
    if fallback:
        out += [link.url for link in source_links(page.text, url)]
    return out


def walk(sandbox, homepage: str, fallback: bool) -> set[str]:
    """The URLs a breadth-first walk from `homepage` fetched (200), within the homepage's registered domain."""
    from nianbao.crawler.discovery.site import registered_domain

    from benchmarks.discovery_recall import canonical

    domain = registered_domain(urlsplit(homepage).hostname or "")
    queue, seen, fetched = deque([homepage]), {canonical(homepage)}, set()
    while queue and len(fetched) < BUDGET:
        url = queue.popleft()
        final, status, head, body = _get(sandbox, url)
        if status != 200:
            continue
        fetched.update({canonical(url), canonical(final)})
        for link in _links(final, head, body, fallback):
            key = canonical(link.split("#", 1)[0])
            if link.startswith("http") and registered_domain(urlsplit(link).hostname or "") == domain \
                    and key not in seen:
                seen.add(key)
                queue.append(link.split("#", 1)[0])
    return fetched


def reach(family: str, portals: int, seed: int) -> dict:
    from nianbao.crawler.app.demo import expected_document_urls
    from nianbao.crawler.sandbox import build_sandbox

    from benchmarks.discovery_recall import canonical

    row = {"family": family}
    for name, fallback in (("follower", False), ("with_fallback", True)):
        sandbox = build_sandbox(seed=seed, portals=portals, families=(family,))   # afresh: some keep state
        truth = sandbox.ground_truth()
        expected = {canonical(u) for u in expected_document_urls(truth, browser=True)}
        got: set[str] = set()
        for portal in truth["portals"]:
            got |= walk(sandbox, portal["homepage"], fallback)
        row["documents"], row[name] = len(expected), len(expected & got)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", required=True, help="comma-separated sandbox families")
    parser.add_argument("--portals", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"{'family':14} {'docs':>5} {'follower':>9} {'+fallback':>9}")
    for family in args.families.split(","):
        row = reach(family.strip(), args.portals, args.seed)
        n = row["documents"] or 1
        print(f"{row['family']:14} {row['documents']:5d} {row['follower'] / n:9.3f} {row['with_fallback'] / n:9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
