"""End to end without a browser on the twentieth round's docxindex and prevnext families (issue 12): reports named
only by a Word 目录 attachment's hyperlinks, and older reports named only by each article's script-drawn
上一篇/下一篇 box. crawl_main finds every report; the stats count what each mechanism read."""

from __future__ import annotations

import pytest

from tests.crawler.sandbox_crawl import crawl_families

pytestmark = pytest.mark.slow


def test_document_hyperlinks_and_neighbour_chains_find_every_report_without_a_browser(tmp_path):
    crawl = crawl_families(tmp_path, ("docxindex", "prevnext"))
    assert crawl.expected and crawl.expected <= crawl.found, sorted(crawl.expected - crawl.found)[:5]
    assert crawl.stat("discovery/documents_with_links") == 1 and crawl.stat("discovery/document_links") >= 10
    assert crawl.stat("pager/neighbours") >= 10 and crawl.stat("pager/neighbour_entries") >= 10
