"""Handler scripts with a shared frontier (crawler/spiders/handler_scripts.py): a worker whose page calls a function
of a same-site script fetches that script itself, past the shared queue, so the pages waiting for it are read.
Queued instead, the script went to whichever worker popped it, whose spider had no page waiting for it: the asking
worker's pages waited for the rest of the crawl and their reports were never found."""

from __future__ import annotations

import threading
import time

import pytest
from nianbao.crawler.runner import redis_frontier_settings

from tests.crawler.minisite import MiniWeb, crawl_output, crawl_stat, html, run_workers, wait_for_workers
from tests.crawler.sites import report_page

pytestmark = [pytest.mark.redis, pytest.mark.slow]

BASE = "http://www.scripts.gov.cn"
UNITS = 6            # unit pages, each with its own script: each script a coin toss between the workers before
PAGE_LATENCY_S = 0.6  # unit pages slower than a waiting worker's poll (FRONTIER_POLL_S): both workers take some


def _unit_site(web: MiniWeb, workers_joined) -> set[str]:
    """A homepage (answered once both workers have joined) linking UNITS unit pages; a unit page's only way to its
    report is an onclick that calls `openNb`, defined in the unit's own script. The first unit page is answered only
    once a second is asked for at the same time: each worker asks one request at a time, so both then hold one (on a
    loaded machine one worker could otherwise take them all, and the test would show nothing)."""
    asked = threading.Condition()
    in_flight = [0]

    def both_take_unit_pages():
        with asked:
            in_flight[0] += 1
            asked.notify_all()
            asked.wait_for(lambda: in_flight[0] >= 2, timeout=60)

    web.add(f"{BASE}/robots.txt", "", status=404)
    links = "".join(f'<a href="/xxgk/u{n}/index.html">单位{n}信息公开</a>' for n in range(UNITS))

    def home(method, url, headers, body):
        workers_joined()
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(links, "脚县人民政府")

    web.routes[f"{BASE}/"] = home
    reports = set()
    for n in range(UNITS):
        title = f"脚县单位{n}2023年政府信息公开工作年度报告"
        page = html(f'<ul><li><a href="javascript:;" onclick="openNb(\'{n}\')">{title}</a></li></ul>', "政府信息公开年报",
                    head=f'<script src="/xxgk/js/u{n}.js"></script>')

        def unit(method, url, headers, body, page=page):
            both_take_unit_pages()
            time.sleep(PAGE_LATENCY_S)
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page

        web.routes[f"{BASE}/xxgk/u{n}/index.html"] = unit
        web.add(f"{BASE}/xxgk/js/u{n}.js", f'/* 单位{n} */ function openNb(id) {{ window.location.href = "/xxgk/nb/"'
                                           ' + id + ".html"; }', content_type="application/javascript")
        url = f"{BASE}/xxgk/nb/{n}.html"
        web.add(url, report_page(title, "2024-01-15", "1101070001"))
        reports.add(url)
    return reports


def test_each_worker_reads_its_pages_calls_through_the_scripts_it_fetched_itself(tmp_path, redis_url):
    import redis

    frontier = "shared-scripts"
    client = redis.Redis.from_url(redis_url)

    def workers_joined():
        wait_for_workers(client, frontier)

    web = MiniWeb()
    reports = _unit_site(web, workers_joined)
    registry = "id,name,region_code,level,homepage,hosts,hints,robots_override\nscripts,脚县,620107,county," \
               f"{BASE}/,,,\n"
    # one request at a time per worker: the worker that parsed the homepage cannot take every unit page at once
    settings = {**redis_frontier_settings(redis_url, frontier), "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                "CONCURRENT_REQUESTS": 1, "NIANBAO_PAGE_WORKERS": 0}
    try:
        stderr = run_workers(tmp_path, registry, web, settings)
    finally:
        client.close()
    found = set()
    for n in (1, 2):
        found |= {i["url"] for i in crawl_output(tmp_path / f"w{n}", f"w{n}")[0] if i["kind"] == "report"}
    assert found == reports, sorted(reports - found)
    # each script fetched once, by the worker that asked for it: its own stats count the answer
    scripts = [url for _, url in web.log if url.endswith(".js")]
    assert sorted(scripts) == sorted(set(scripts)) and len(scripts) == UNITS
    asked = [crawl_stat(tail, "script/requested") for tail in stderr]
    assert asked == [crawl_stat(tail, "script/fetched") for tail in stderr] and sum(asked) == UNITS
    assert all(asked), "both workers read unit pages"
    # past the scheduler, still through the downloader middlewares: each script is in its worker's WARCs
    assert [len(_responses(tmp_path / f"w{n}", ".js")) for n in (1, 2)] == asked


def _responses(tmp, suffix: str) -> set[str]:
    from warcio.archiveiterator import ArchiveIterator

    out = set()
    for path in sorted((tmp / "data" / "store").rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            out.update(uri for record in ArchiveIterator(stream) if record.rec_type == "response"
                       and (uri := record.rec_headers.get_header("WARC-Target-URI")).endswith(suffix))
    return out
