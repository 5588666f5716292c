"""End to end on the sixth round's ways of hiding a portal's full list (issue 12): a unit select whose handler is
defined in an external script (unitselect), a full list only on a mobile host named to phones (mobilehost), and a
full list only in the XML site map robots.txt names (sitemap). Without a browser, crawl_main finds every report."""

from __future__ import annotations

import pytest
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.crawler.minisite import run_crawl

pytestmark = pytest.mark.slow


def test_site_maps_mobile_hosts_and_external_handlers_without_a_browser(tmp_path):
    sandbox = build_sandbox(portals=3, families=("unitselect", "mobilehost", "sitemap"), news_per_portal=2)
    truth = sandbox.ground_truth()
    assert {p["cms"] for p in truth["portals"]} == {"unitselect", "mobilehost", "sitemap"}
    with serve(sandbox) as server:
        status, items, _, stderr = run_crawl(tmp_path, sandbox.registry_csv(), server.url,
                                             extra={"NIANBAO_RENDER": "never"}, timeout=300)
    assert status == 0, stderr[-3000:]
    expected = {d["url"] for d in truth["documents"] if not d.get("unreachable")}
    found = {i["url"] for i in items if i["kind"] in ("report", "attachment")}
    assert expected and expected <= found, sorted(expected - found)[:5]
    # the site map index and its two url sets; xxgk.js fetched once, its handler's list asked once per unit
    assert "'sitemap/sitemapindex': 1" in stderr and "'sitemap/urlset': 2" in stderr
    assert "'script/fetched': 1" in stderr and "'pager/handler_get'" in stderr
    assert any("m." in url for url in found)
