"""A fingerprint of every sandbox family's world: one SHA-256 per family over everything the world serves and
claims, to show that a refactoring of the family builders (crawler/sandbox/) changed no byte of any world.

For each family (nianbao.crawler.sandbox.names.FAMILIES, so new families appear by themselves) a sandbox of only
that family is built (2 portals, seed 7, the defaults otherwise) and hashed:

  sites     every host with its server settings (server, gzip, chunked, challenge, robots.txt, 404 body) and the
            paths of its dynamic handlers
  static    every registered page: path, status, type, location, role, query handling, extra headers,
            Last-Modified and body (attachments and images rendered)
  served    the response (status, headers, body) to a GET of every URL of the ground truth's `pages` (through the
            dynamic handlers too; challenge hosts with their clearance cookie) and to every `post_pages` POST
  truth     the ground truth (JSON, keys sorted)

    python benchmarks/sandbox_fingerprint.py                      # every family: one line each, then the total
    python benchmarks/sandbox_fingerprint.py --families dual,ajax
    python benchmarks/sandbox_fingerprint.py --save before.json   # then, after the change:
    python benchmarks/sandbox_fingerprint.py --check before.json  # exits 1 and names the families that differ

The total is the SHA-256 of the families' lines; it changes when any world changes, or when a family is added.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import build_sandbox
from nianbao.crawler.sandbox.names import FAMILIES

SEED, PORTALS = 7, 2


def _feed(h, *parts: object) -> None:
    """Each part length-prefixed, so that no two different sequences of parts hash alike."""
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode()
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)


def _cleared(sandbox, url: str) -> dict[str, str]:
    site = sandbox.sites.get(urlsplit(url).hostname)
    return {"Cookie": site.challenge_cookie()} if site is not None and site.challenge else {}


def world_fingerprint(family: str, seed: int = SEED, portals: int = PORTALS) -> str:
    sandbox = build_sandbox(seed=seed, portals=portals, families=(family,))
    truth = sandbox.ground_truth()
    h = hashlib.sha256()
    for host in sorted(sandbox.sites):
        site = sandbox.sites[host]
        _feed(h, "site", host, site.portal_id, site.server, site.gzip, site.chunked, site.challenge,
              site.challenge_token, site.challenge_kind, site.robots_txt, site.not_found, site.not_found_type,
              sorted(site.dynamic))
        for path in sorted(site.pages):
            page = site.pages[path]
            _feed(h, "static", path, page.status, page.content_type, page.location, page.role, page.ignores_query,
                  page.extra_headers, page.last_modified.isoformat(), page.data())
    for url in sorted(truth["pages"]):
        status, headers, body = sandbox.handle("GET", url, _cleared(sandbox, url))
        _feed(h, "get", url, status, headers, body)
    for post in truth.get("post_pages", []):
        status, headers, body = sandbox.handle("POST", post["url"], {"Content-Type": post["content_type"],
                                                                     **_cleared(sandbox, post["url"])},
                                               post["body"].encode())
        _feed(h, "post", post, status, headers, body)
    _feed(h, "truth", json.dumps(truth, sort_keys=True, ensure_ascii=False, default=str))
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", help="comma-separated (default: every family)")
    ap.add_argument("--save", help="write the fingerprints to this JSON file")
    ap.add_argument("--check", help="compare with the fingerprints in this JSON file (from --save)")
    args = ap.parse_args(argv)
    families = args.families.split(",") if args.families else list(FAMILIES)
    prints: dict[str, str] = {}
    for family in families:
        start = time.perf_counter()
        prints[family] = world_fingerprint(family)
        print(f"{family:14s} {prints[family]}  {time.perf_counter() - start:5.1f} s", flush=True)
    total = hashlib.sha256("".join(f"{f} {p}\n" for f, p in prints.items()).encode()).hexdigest()
    print(f"{'total':14s} {total}")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as fh:
            json.dump({"seed": SEED, "portals": PORTALS, "families": prints, "total": total}, fh, indent=1)
    if args.check:
        with open(args.check, encoding="utf-8") as fh:
            before = json.load(fh)["families"]
        differ = [f for f in families if before.get(f) != prints[f]]
        if differ:
            print(f"changed worlds: {', '.join(differ)} (missing from {args.check} or different)")
            return 1
        print(f"every world is the same as in {args.check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
