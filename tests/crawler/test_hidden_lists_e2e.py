"""End to end on the sixth round's ways of hiding a portal's full list (issue 12): a unit select whose handler is
defined in an external script (unitselect), a full list only on a mobile host named to phones (mobilehost), and a
full list only in the XML site map robots.txt names (sitemap). Without a browser, crawl_main finds every report."""

from __future__ import annotations

import pytest

from tests.crawler.sandbox_crawl import crawl_families

pytestmark = pytest.mark.slow


def test_site_maps_mobile_hosts_and_external_handlers_without_a_browser(tmp_path):
    crawl = crawl_families(tmp_path, ("unitselect", "mobilehost", "sitemap"))
    assert {p["cms"] for p in crawl.truth["portals"]} == {"unitselect", "mobilehost", "sitemap"}
    expected, found = crawl.expected, crawl.found
    assert expected and expected <= found, sorted(expected - found)[:5]
    # the site map index and its two url sets; xxgk.js fetched once, its handler's list asked once per unit
    assert crawl.stat("sitemap/sitemapindex") == 1 and crawl.stat("sitemap/urlset") == 2
    assert crawl.stat("script/fetched") == 1 and crawl.stat("pager/handler_get") > 0
    assert any("m." in url for url in found)
