"""A re-crawl of a portal whose column answers one URL per unit cookie (the sandbox's unitcookie family) revalidates
each answer against its own last answer: the plain column page and each unit's choice send their own
If-None-Match (read back from the WARC request records of the second crawl), and every one is a 304; the catalog
rebuilt from the store alone keys the same state by the same variants."""

from __future__ import annotations

from nianbao.archive import reindex
from nianbao.archive.catalog import Catalog
from nianbao.archive.store import LocalStore
from nianbao.archive.warc.reader import iter_records
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.crawler.minisite import crawl_stat, start_crawl


def _exchanges(data, crawl_id: str, url: str) -> dict[str, dict]:
    """Cookie header sent → {"inm": If-None-Match sent, "etag": the answer's ETag, "type", "profile"} of the
    requests of `url` in one crawl, read from the store."""
    catalog, store = Catalog(data / "catalog.sqlite", readonly=True), LocalStore(data / "store")
    requests, answers = {}, {}
    for warc in catalog.warc_files():
        if warc["crawl_id"] != crawl_id:
            continue
        with store.open(warc["key"]) as stream:
            for record in iter_records(stream):
                if record.url != url:
                    continue
                if record.rec_type == "request":
                    headers = record.http_headers
                    requests[record.header("WARC-Concurrent-To")] = (headers.get_header("Cookie") or "",
                                                                      headers.get_header("If-None-Match"))
                elif record.rec_type in ("response", "revisit"):
                    answers[record.record_id] = {"etag": record.http_headers.get_header("ETag"),
                                                 "type": record.rec_type, "profile": record.header("WARC-Profile")}
    catalog.close()
    return {cookie: {"inm": inm, **answers[answer_id]} for answer_id, (cookie, inm) in requests.items()}


def test_each_cookie_choice_is_revalidated_against_its_own_answer(tmp_path):
    sandbox = build_sandbox(portals=1, families=("unitcookie",), news_per_portal=1)
    column = sandbox.ground_truth()["cookie_pages"][0]["url"]
    choices = sorted(page["cookie"] for page in sandbox.ground_truth()["cookie_pages"])
    with serve(sandbox) as server:
        for crawl_id in ("c1", "c2"):
            proc = start_crawl(tmp_path, sandbox.registry_csv(), server.url, crawl_id=crawl_id)
            _, stderr = proc.communicate(timeout=240)
            assert proc.returncode == 0, stderr[-3000:]
    data = tmp_path / "data"
    first, second = _exchanges(data, "c1", column), _exchanges(data, "c2", column)
    # the plain page and every unit's choice (the menu's own government too: the plain page's list), each once
    assert sorted(first) == sorted(second) and {"", *choices} <= set(first)
    assert all(first[cookie]["etag"] != first[""]["etag"] for cookie in choices)   # each unit's list: its own answer
    for cookie, answer in second.items():
        assert answer["inm"] == first[cookie]["etag"], cookie   # its own last answer's, not another variant's
        assert answer["type"] == "revisit" and answer["profile"].endswith("server-not-modified"), cookie
    assert crawl_stat(stderr, "warc/conditional/modified") == 0
    state = "SELECT url, variant, etag, last_modified, record_id, captured_at, last_seen FROM url_state ORDER BY 1, 2"
    with Catalog(data / "catalog.sqlite", readonly=True) as catalog:
        before = catalog.conn.execute(state).fetchall()
    assert {variant for url, variant, *_ in before if url == column} == {"", *(f"cookie:{c}" for c in first if c)}
    reindex.rebuild(tmp_path / "rebuilt" / "catalog.sqlite", LocalStore(data / "store"))
    with Catalog(tmp_path / "rebuilt" / "catalog.sqlite", readonly=True) as rebuilt:
        assert rebuilt.conn.execute(state).fetchall() == before
