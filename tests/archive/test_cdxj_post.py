"""CDXJ keys of POST captures (archive/warc/cdxj.py): pages 2 and 3 of a pager form share their URL and differ by
their body, so each is keyed with its body as cdxj-indexer `--post-append` and pywb key them. A golden file;
the readers reindex uses give the same lines; cdxj-indexer agrees; `nianbao serve` still replays each page."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from nianbao.archive.warc.cdxj import index_records, index_warc, iter_cdxj, sorted_lines

GOLDEN = Path(__file__).parent / "golden" / "post_captures.cdxj"
PAGER = "http://www.example.gov.cn/gkml/list.jsp?col=nb"
API = "http://www.example.gov.cn/api/list"
FORM = [("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")]
HTML = [("Content-Type", "text/html; charset=utf-8")]


def form(page: int) -> bytes:
    return f"pageNo={page}&col=%E5%B9%B4%E6%8A%A5&q=%E5%B9%B4+%E6%8A%A5".encode()   # col=年报, q=年 报


def listing(page: int) -> bytes:
    return f"<html><body><h1>年报 第{page}页</h1><a href='/nb/{page}.html'>报告{page}</a></body></html>".encode()


@pytest.fixture
def pager_warc(make_writer, store):
    """A GET of the pager's URL (page 1), its form POSTed for pages 2 and 3, page 2 POSTed again (an identical
    payload: a revisit), a JSON API POST. Fixed ids and clock (tests/archive/conftest.py)."""
    writer = make_writer("post-1")
    written = {"page1": writer.write_exchange(PAGER, "GET", [], b"", 200, HTML, listing(1))}
    for page in (2, 3):
        written[f"page{page}"] = writer.write_exchange(PAGER, "POST", FORM, form(page), 200, HTML, listing(page))
    written["page2_again"] = writer.write_exchange(PAGER, "POST", FORM, form(2), 200, HTML, listing(2))
    written["api"] = writer.write_exchange(API, "POST", [("Content-Type", "application/json")],
                                           b'{"page": 4, "size": 20}', 200, [("Content-Type", "application/json")],
                                           b'{"data": []}')
    assert writer.close()
    [key] = [k for k in store.list("warcs/post-1/") if k.endswith(".warc.gz")]
    return written, key


def test_post_pages_of_one_url_have_their_own_keys(pager_warc, store) -> None:
    written, key = pager_warc
    ours = (store.root / key.replace(".warc.gz", ".cdxj")).read_text(encoding="utf-8")
    if os.environ.get("NIANBAO_REGEN_GOLDEN"):
        GOLDEN.write_text(ours, encoding="utf-8")
    assert ours == GOLDEN.read_text(encoding="utf-8"), "CDXJ output changed; if intended, rerun with NIANBAO_REGEN_GOLDEN=1"
    lines = list(iter_cdxj(ours.splitlines()))
    pager = [(k, fields) for k, _, fields in lines if fields["url"] == PAGER]
    assert len(pager) == 4 and len({k for k, _ in pager}) == 3      # page 1, page 2 (twice), page 3
    by_body = {fields.get("requestBody"): (k, fields) for k, fields in pager}
    assert "__wb_method" not in by_body[None][0]                    # the GET keeps its plain key
    for page in (2, 3):
        k, fields = by_body[f"pageNo={page}&col=年报&q=年 报"]        # the form decoded, as cdxj-indexer does
        assert fields["method"] == "POST" and "__wb_method=post&col=" in k and f"pageno={page}" in k
    revisit = [fields for _, fields in pager if fields["mime"] == "warc/revisit"]
    assert revisit and revisit[0]["method"] == "POST"               # a revisit is keyed by its request too
    api = [(k, fields) for k, _, fields in lines if fields["url"] == API]
    assert api[0][1]["requestBody"] == "page=4&size=20" and "__wb_method=post&page=4&size=20" in api[0][0]


def test_the_readers_reindex_uses_give_the_same_lines(pager_warc, store) -> None:
    _, key = pager_warc
    ours = (store.root / key.replace(".warc.gz", ".cdxj")).read_text(encoding="utf-8")
    name = key.rsplit("/", 1)[-1]
    with store.open(key) as stream:
        assert "".join(sorted_lines(index_warc(stream, name))) == ours
    with store.open(key) as stream:
        assert "".join(sorted_lines(index_records(stream, name))) == ours


def test_cdxj_indexer_post_append_agrees_but_for_the_revisit(pager_warc, store) -> None:
    """cdxj-indexer pairs a request with a response only; pywb's own indexer (and ours) with a revisit too."""
    from cdxj_indexer.main import CDXJIndexer

    _, key = pager_warc
    ours = (store.root / key.replace(".warc.gz", ".cdxj")).read_text(encoding="utf-8").splitlines()
    out = io.StringIO()
    CDXJIndexer(out, [str(store.root / key)], sort=True, post_append=True).process_all()
    theirs = out.getvalue().splitlines()
    assert [line for line in ours if "warc/revisit" not in line] == \
           [line for line in theirs if "warc/revisit" not in line]
    [their_revisit] = [line for line in theirs if "warc/revisit" in line]
    assert "__wb_method" not in their_revisit and len(ours) == len(theirs)


def test_serve_replays_each_post_page(pager_warc, tmp_path) -> None:
    """`nianbao serve` finds captures in the catalog by URL and time (not by CDXJ key): each POST page is
    replayed at its own timestamp."""
    from nianbao.archive.store import LocalStore
    from nianbao.crawler.web.app import create_app
    from warcio.timeutils import iso_date_to_timestamp

    written, _ = pager_warc
    client = create_app(tmp_path, LocalStore(tmp_path / "store")).test_client()
    for name, page in (("page1", 1), ("page2", 2), ("page3", 3)):
        ts = iso_date_to_timestamp(written[name].warc_date)
        replayed = client.get(f"/replay/{ts}/{PAGER}")
        assert replayed.status_code == 200 and f"第{page}页" in replayed.get_data(as_text=True), name


def test_pywb_replays_each_post_page_from_our_cdxj(pager_warc, store, tmp_path) -> None:
    """pywb (its own venv, as tests/archive/test_pywb.py finds it) answers a POST of page 3 with page 3, from our
    WARC and our CDXJ; its own indexer keys our WARC as we do."""
    import subprocess
    import urllib.request

    from tests.archive.test_pywb import PYWB, wayback

    if PYWB is None:
        pytest.skip("pywb is not installed (see tests/archive/test_pywb.py)")
    _, key = pager_warc
    warc, cdxj = store.root / key, store.root / key.replace(".warc.gz", ".cdxj")
    env = {**os.environ, "PYTHONPATH": ""}
    theirs = subprocess.run([PYWB, "-c", "from pywb.indexer.cdxindexer import main; main()", "-j", "-p", "-s",
                             str(warc)], env=env, check=True, capture_output=True, text=True).stdout
    keys = [line.split(" ", 2)[:2] for line in cdxj.read_text(encoding="utf-8").splitlines()]
    assert [line.split(" ", 2)[:2] for line in theirs.splitlines() if line and not line.startswith("!")] == keys
    root = tmp_path / "pywb"
    root.mkdir()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with wayback(root, [(warc, cdxj)]) as pywb:
        for page in (1, 2, 3):
            request = urllib.request.Request(f"{pywb}/ours/20260301080010id_/{PAGER}",
                                             data=form(page) if page > 1 else None, headers=dict(FORM))
            with opener.open(request, timeout=30) as response:
                assert response.read() == listing(page), page
