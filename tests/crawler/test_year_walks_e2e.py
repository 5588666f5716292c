"""End to end: a year walk (crawler/spiders/year_walks.py). The 年报 column links its per-year folders for 2024 and
2023 only; 2022 and 2021 exist unlinked, 2020-2018 answer 404, and 2017 exists: the walk finds 2022's and 2021's
reports and stops after the three misses in a row, so 2017 is never asked for; the walk up asks for the year
after the newest tab once."""

from __future__ import annotations

import pytest

from tests.crawler.minisite import MiniWeb, ProxyServer, crawl_stat, html, run_crawl
from tests.crawler.sites import report_page
from tests.crawler.test_portal_e2e import registry

pytestmark = pytest.mark.slow
BASE = "http://www.years-county.gov.cn"
NB = "/zwgk/nb/"


def test_a_year_walk_finds_unlinked_years_and_stops_after_three_misses(tmp_path):
    web = MiniWeb()
    tabs = "".join(f'<a href="{NB}{y}n/index.html">{y}年度</a>' for y in (2024, 2023))
    web.add(f"{BASE}/", html(f'<a href="{NB}index.html">政府信息公开年报</a>', "年县人民政府"))
    reports = {}
    for year in (2024, 2023, 2022, 2021, 2017):
        url = f"{BASE}{NB}{year}n/{year + 1}01/t{year + 1}0110_1.html"
        title = f"年县人民政府{year}年政府信息公开工作年度报告"
        web.add(url, report_page(title, f"{year + 1}-01-10", "1101070001"))
        reports[year] = url
        listing = html(f'{tabs}<ul><li><a href="{url}">{title}</a><span>{year + 1}-01-10</span></li></ul>',
                       f"{year}年度政府信息公开年报", head='<meta name="ColumnName" content="政府信息公开年报">')
        web.add(f"{BASE}{NB}{year}n/index.html", listing)
        if year == 2024:
            web.add(f"{BASE}{NB}index.html", listing)
    row = {"id": "years", "name": "年县", "region_code": "110107", "level": "county", "homepage": f"{BASE}/"}
    with ProxyServer(web) as proxy:
        status, items, _, stderr = run_crawl(tmp_path, registry([row]), proxy.url)
    assert status == 0, stderr[-3000:]
    found = {i["url"] for i in items if i["kind"] == "report"}
    assert found == {reports[y] for y in (2024, 2023, 2022, 2021)}, stderr[-3000:]
    asked = {url for _, url in web.log}
    assert f"{BASE}{NB}2018n/index.html" in asked and f"{BASE}{NB}2017n/index.html" not in asked
    # the walk up: the list names 2025 (the 2024 report's date), so 2025n/ is asked for once, and misses
    assert f"{BASE}{NB}2025n/index.html" in asked
    assert crawl_stat(stderr, "year_walk/started") == 2 and crawl_stat(stderr, "year_walk/missed") == 4
    assert crawl_stat(stderr, "year_walk/stopped") == 1 and crawl_stat(stderr, "year_walk/requested") == 6
