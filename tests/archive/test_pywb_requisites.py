"""Replay is complete: a sandbox report whose tables are published as images, crawled by the real spider, replays
in pywb with every image (and its stylesheet) served from the archive, byte for byte."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
from nianbao.archive.catalog import Catalog
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.archive.test_pywb import PYWB, fetch, our_warcs, wayback
from tests.crawler.minisite import run_crawl

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(PYWB is None, reason="pywb is not installed (see tests/archive/test_pywb.py)")]
PORTAL = "lanchuan"      # a TRS portal of the default sandbox with a report whose tables are images


@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    sandbox = build_sandbox()
    truth = sandbox.ground_truth()
    report = next(d["url"] for d in truth["documents"]
                  if d.get("html_tables") == "image" and d["portal_id"] == PORTAL)
    tmp = tmp_path_factory.mktemp("requisites")
    with serve(sandbox) as server:
        status, _, _, stderr = run_crawl(tmp, sandbox.registry_csv(), server.url,
                                         extra={"NIANBAO_PORTAL_IDS": [PORTAL]}, timeout=300)
    assert status == 0, stderr[-3000:]
    data = tmp / "data"
    catalog = Catalog(data / "catalog.sqlite")
    with wayback(tmp_path_factory.mktemp("pywb"), our_warcs(data, catalog)) as pywb:
        yield {"pywb": pywb, "sandbox": sandbox, "report": report, "catalog": catalog}


def live(sandbox, url: str) -> bytes:
    status, _, body = sandbox.handle("GET", url, {}, b"")
    assert status == 200, url
    return body() if callable(body) else body


def test_report_with_image_tables_replays_every_image(replay) -> None:
    pywb, report = replay["pywb"], replay["report"]
    row = replay["catalog"].captures_for_urls([report])[0]
    stamp = row["captured_at"][:19].replace("-", "").replace(":", "").replace("T", "")
    page_url = f"{pywb}/ours/{stamp}mp_/{report}"
    status, _, page = fetch(page_url)      # the page as a reader sees it replayed
    assert status == 200
    tree = lxml.html.fromstring(page)
    images = [src for src in tree.xpath("//img/@src") if "/static/" not in src]   # pywb's own banner assets
    styles = tree.xpath("//link[@rel='stylesheet']/@href")
    assert len(images) >= 2 and styles, (images, styles)
    for ref in images + styles:
        replayed = urljoin(page_url, ref)       # pywb leaves relative URLs relative, rewrites the rest
        rewritten = re.search(r"/ours/\d+[a-z]*_/(.+)$", ref)                  # /ours/<stamp>im_/<URL>
        original = rewritten.group(1) if rewritten else urljoin(report, ref)
        status, headers, body = fetch(replayed)
        assert status == 200, (ref, body[:300])
        assert urlsplit(original).hostname == urlsplit(report).hostname
        if ref in images:
            assert body == live(replay["sandbox"], original), ref    # the archived bytes, not a broken image
