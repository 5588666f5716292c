"""End to end without a browser on the seventh round's families (issue 12): a column's full list only in its RSS
or Atom feed (rssfeed), report files only inside a pdf.js viewer's `file=` (pdfviewer), units' sub-sites only inside
a leave-site notice's `url=` (leavesite), and a catalogue's 年度报告 category only as the answer to its POSTed search
form (gkmlsearch). crawl_main finds every report; the stats count what each mechanism read."""

from __future__ import annotations

import re

import pytest
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.crawler.minisite import run_crawl

pytestmark = pytest.mark.slow


def _stat(stderr: str, name: str) -> int:
    found = re.search(rf"'{re.escape(name)}': (\d+)", stderr)
    return int(found.group(1)) if found else 0


def test_feeds_query_addresses_and_a_catalogue_form_find_every_report_without_a_browser(tmp_path):
    families = ("rssfeed", "pdfviewer", "gkmlsearch", "leavesite")
    sandbox = build_sandbox(portals=2 * len(families), families=families, news_per_portal=2)
    truth = sandbox.ground_truth()
    with serve(sandbox) as server:
        status, items, _, stderr = run_crawl(tmp_path, sandbox.registry_csv(), server.url,
                                             extra={"NIANBAO_RENDER": "never"}, timeout=300)
    assert status == 0, stderr[-3000:]
    expected = {d["url"] for d in truth["documents"] if not d.get("unreachable")}
    found = {i["url"] for i in items if i["kind"] in ("report", "attachment")}
    assert expected and expected <= found, sorted(expected - found)[:5]
    assert _stat(stderr, "feed/rss") >= 1 and _stat(stderr, "feed/atom") >= 1   # both kinds of feed were read
    assert _stat(stderr, "discovery/query_links") > 0
    assert _stat(stderr, "pager/category") == 2                                  # once per gkmlsearch portal
