"""The plain follower of benchmarks/discovery_recall.py, the baseline nianbao's recall is compared with: it stays
within the registry's hosts, keeps to its page budget, and follows every in-scope <a href>."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from nianbao.crawler.sandbox import build_sandbox, serve

from benchmarks.discovery_recall import fetched_urls, run_plain

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dual():
    sandbox = build_sandbox(portals=1, families=("dual",), news_per_portal=4)
    return sandbox, sandbox.ground_truth()


def crawl(tmp_path, sandbox, budget: int) -> set[str]:
    registry = tmp_path / "registry.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    with serve(sandbox) as server:
        sandbox.request_log.clear()
        run_plain(tmp_path, registry, server.url, budget)
        return fetched_urls(sandbox)


def test_follows_every_in_scope_link_and_nothing_else(tmp_path, dual):
    sandbox, truth = dual
    got = crawl(tmp_path, sandbox, 1000)
    home = urlsplit(truth["portals"][0]["homepage"]).hostname
    assert {urlsplit(u).hostname for u in got} == {home}     # the registry declares only the homepage's host
    lists = {u for u, role in truth["pages"].items() if urlsplit(u).hostname == home and role == "list"}
    folders = {u.removesuffix("index.html") for u in got}      # a folder URL is its index.html
    assert lists and all(u in got or u.removesuffix("index.html") in folders for u in lists)   # static 下一页 pages
    written_www = [d["url"] for d in truth["documents"] if urlsplit(d["url"]).hostname == home]
    assert written_www and set(written_www) <= got


def test_keeps_to_its_page_budget(tmp_path, dual):
    sandbox, _ = dual
    assert len(crawl(tmp_path, sandbox, 5)) <= 5 + 1            # + robots.txt
