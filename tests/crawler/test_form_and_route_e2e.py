"""End to end on the sandbox families whose lists are reached only by a submitted pager form (postpager) or a
hash route of a single-page app (hashspa): crawl_main finds every report, and the WARC keeps what was asked —
each POSTed list page's request record holds its own body."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import pytest
from nianbao.crawler.crawl_main import chromium_available

from tests.crawler.sandbox_crawl import crawl_families

pytestmark = pytest.mark.slow


def _crawl(tmp, family: str, render: str):
    crawl = crawl_families(tmp, (family,), render=render)
    return crawl.truth, crawl.expected, crawl.found


def _records(tmp, rec_type: str) -> list:
    from warcio.archiveiterator import ArchiveIterator

    out = []
    for path in sorted((tmp / "data" / "store").rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == rec_type:
                    out.append((record.rec_headers.get_header("WARC-Target-URI"),
                                record.http_headers.protocol if record.http_headers else None,
                                record.content_stream().read()))
    return out


def test_post_pager_pages_are_fetched_and_archived_with_their_bodies(tmp_path):
    truth, expected, found = _crawl(tmp_path, "postpager", "never")
    assert expected and expected <= found, sorted(expected - found)[:5]
    asked = {(p["url"], p["body"]) for p in truth["post_pages"]}
    posted = {(uri, body.decode()) for uri, method, body in _records(tmp_path, "request") if method == "POST"}
    assert asked <= posted                      # page 2, 3, … each with its own pageIndex in the request record
    assert len({dict(parse_qsl(b))["pageIndex"] for _, b in posted}) > 2


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium")
def test_hash_routed_app_every_route_state_rendered(tmp_path):
    truth, expected, found = _crawl(tmp_path, "hashspa", "auto")
    assert expected and expected <= found, sorted(expected - found)[:5]
    doms = {uri for uri, _, _ in _records(tmp_path, "resource") if uri.startswith("urn:rendered-dom:")}
    assert {d for d in doms if "#/" in d}          # the app's other channels, each rendered at its route
    # the JSON list read page by page: every channel's every page asked for (the app draws only one at a time)
    asked = {(p["url"], _json_key(p["body"])) for p in truth["post_pages"]}
    posted = {(uri, _json_key(body)) for uri, method, body in _records(tmp_path, "request") if method == "POST"}
    assert len(asked) > 4 and asked <= posted


def _json_key(body: str | bytes) -> str:
    return json.dumps(json.loads(body), sort_keys=True)


def test_link_postbacks_and_a_gate_form_are_posted_and_archived(tmp_path):
    """postback: each title a `__doPostBack` answered by 302 to the article; consent: the column behind a notice's
    form. The POSTs' request records keep their bodies; the redirect's target is fetched (a GET)."""
    crawl = crawl_families(tmp_path, ("postback", "consent"))
    assert crawl.expected and crawl.expected <= crawl.found, sorted(crawl.expected - crawl.found)[:5]
    assert crawl.stat("discovery/postbacks") >= 20 and crawl.stat("discovery/gate_forms") == 1
    asked = {(p["url"], json.dumps(sorted(parse_qsl(p["body"], keep_blank_values=True))))
             for p in crawl.truth["post_pages"]}
    posted = {(uri, json.dumps(sorted(parse_qsl(body.decode(), keep_blank_values=True))))
              for uri, method, body in _records(tmp_path, "request") if method == "POST"}
    assert asked <= posted
    assert "302" in _statuses(tmp_path, "/List.aspx")   # the postbacks' answers, archived under the list's address


def _statuses(tmp, suffix: str) -> set[str]:
    from warcio.archiveiterator import ArchiveIterator

    out = set()
    for path in sorted((tmp / "data" / "store").rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response" and record.rec_headers.get_header("WARC-Target-URI").endswith(suffix):
                    out.add(record.http_headers.get_statuscode())
    return out
