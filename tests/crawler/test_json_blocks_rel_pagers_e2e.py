"""End to end without a browser on the thirteenth round's homewidget and relnext families (issue 12): a 年报
column named only by the `moreUrl` of a home-page block's JSON answer, and a list paged only by `<link
rel="prev|next">` in its pages' heads. crawl_main finds every report; the stats count what each mechanism read."""

from __future__ import annotations

import pytest

from tests.crawler.sandbox_crawl import crawl_families

pytestmark = pytest.mark.slow


def test_json_block_addresses_and_rel_pagers_find_every_report_without_a_browser(tmp_path):
    crawl = crawl_families(tmp_path, ("homewidget", "relnext"))
    assert crawl.expected and crawl.expected <= crawl.found, sorted(crawl.expected - crawl.found)[:5]
    assert crawl.stat("discovery/json_answers") >= 1 and crawl.stat("discovery/json_answer_links") >= 2
    assert crawl.stat("pager/rel") >= 2
