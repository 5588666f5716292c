"""End to end without a browser on the seventh round's families (issue 12): a column's full list only in its RSS
or Atom feed (rssfeed), report files only inside a pdf.js viewer's `file=` (pdfviewer), units' sub-sites only inside
a leave-site notice's `url=` (leavesite), and a catalogue's 年度报告 category only as the answer to its POSTed search
form (gkmlsearch). crawl_main finds every report; the stats count what each mechanism read."""

from __future__ import annotations

import pytest

from tests.crawler.sandbox_crawl import crawl_families

pytestmark = pytest.mark.slow


def test_feeds_query_addresses_and_a_catalogue_form_find_every_report_without_a_browser(tmp_path):
    families = ("rssfeed", "pdfviewer", "gkmlsearch", "leavesite")
    crawl = crawl_families(tmp_path, families, portals=2 * len(families))
    assert crawl.expected and crawl.expected <= crawl.found, sorted(crawl.expected - crawl.found)[:5]
    assert crawl.stat("feed/rss") >= 1 and crawl.stat("feed/atom") >= 1   # both kinds of feed were read
    assert crawl.stat("discovery/query_links") > 0
    assert crawl.stat("pager/category") == 2                              # once per gkmlsearch portal
