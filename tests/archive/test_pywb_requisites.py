"""Replay is complete: a sandbox report whose tables are published as images, crawled by the real spider, replays
in pywb with every image (and its stylesheet) served from the archive, byte for byte."""

from __future__ import annotations

import os
import re
import subprocess
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
from nianbao.archive.catalog import Catalog
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.archive.harness import free_port
from tests.archive.test_pywb import PYWB, fetch, wait_for_port
from tests.crawler.minisite import run_crawl

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(PYWB is None, reason="pywb is not installed (see tests/archive/test_pywb.py)")]
PORTAL = "lanchuan"      # a TRS portal of the default sandbox with a report whose tables are images


def pywb_cmd(*args: str) -> list[str]:
    return [PYWB, "-c", "from pywb.manager.manager import main; main()", *args]


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
    root = tmp_path_factory.mktemp("pywb")
    env = {**os.environ, "PYTHONPATH": ""}
    subprocess.run(pywb_cmd("init", "ours"), cwd=root, env=env, check=True, capture_output=True)
    lines = []
    for warc in catalog.warc_files():
        path = data / "store" / warc["key"]
        (root / "collections" / "ours" / "archive" / path.name).write_bytes(path.read_bytes())
        lines += (data / "store" / warc["key"].replace(".warc.gz", ".cdxj")).read_text("utf-8").splitlines(True)
    (root / "collections" / "ours" / "indexes" / "index.cdxj").write_text("".join(sorted(lines)), "utf-8")
    port = free_port()
    proc = subprocess.Popen([PYWB, "-c", "from pywb.apps.cli import wayback; wayback()", "-p", str(port), "-b",
                             "127.0.0.1", "-d", str(root)], cwd=root, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        wait_for_port(port, proc)
        yield {"pywb": f"http://127.0.0.1:{port}", "sandbox": sandbox, "report": report, "catalog": catalog}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


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
