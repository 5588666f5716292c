"""Catalog: rows come only from WARC records; ingestion is idempotent and order-independent; url_state and
digest lookups follow the newest capture."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nianbao.archive.catalog import Catalog, normalise_date
from nianbao.archive.warc.writer import OriginalRef

from tests.archive.harness import fixed_clock

URL = "http://www.example.gov.cn/report.html"


def crawl(make_writer, crawl_id: str, prefix: str, body: bytes, etag: str, **kw):
    writer = make_writer(crawl_id, id_prefix=prefix, **kw)
    written = writer.write_exchange(URL, "GET", [], b"", 200, [("Content-Type", "text/html"), ("ETag", etag),
                                                                ("Last-Modified", "Sat, 01 Mar 2026 08:00:00 GMT")],
                                    body, metadata={"portal-id": "p1", "via": "http://www.example.gov.cn/list",
                                                    "hopsFromSeed": "LL", "role": "article", "fetchTimeMs": 7})
    writer.write_document_metadata(written.record_id, URL, {"kind": "report", "title": "年报", "agency": "某县人民政府",
                                                            "year": 2025, "portal_id": "p1"})
    assert writer.close()
    return writer, written


def test_ingest_builds_captures_documents_and_state(make_writer, catalog) -> None:
    assert not catalog.has_validators()          # a first crawl revalidates nothing (and looks nothing up)
    _, written = crawl(make_writer, "c1", "00000000-0000-0000-0000", b"<p>v1</p>", '"v1"')
    row = catalog.capture(written.record_id)
    assert (row["record_type"], row["status"], row["mime"], row["crawl_id"]) == ("response", 200, "text/html", "c1")
    assert (row["portal_id"], row["via"], row["hops"], row["role"], row["capture_method"]) == (
        "p1", "http://www.example.gov.cn/list", "LL", "article", "scrapy-http11")
    doc = catalog.documents_for_records([written.record_id])[written.record_id]
    assert (doc["kind"], doc["agency"], doc["year"], doc["url"]) == ("report", "某县人民政府", 2025, URL)
    state = catalog.conditional_state(URL)
    assert state.etag == '"v1"' and state.record_id == written.record_id
    assert catalog.has_validators()
    assert state.original() == OriginalRef(written.record_id, URL, written.warc_date, written.payload_digest)
    files = catalog.warc_files()
    assert len(files) == 1 and files[0]["crawl_id"] == "c1" and files[0]["records"] == 5
    # request + provenance metadata + document metadata + warcinfo are kept for exports
    assert {r["record_type"] for r in catalog.linked_records(written.record_id)} == {"request", "metadata"}


def test_reingest_is_idempotent(make_writer, catalog, store) -> None:
    crawl(make_writer, "c1", "00000000-0000-0000-0000", b"<p>v1</p>", '"v1"')
    before = {t: catalog.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("captures", "documents", "url_state", "warc_files", "warc_records")}
    key = catalog.warc_files()[0]["key"]
    with store.open(key) as stream:
        catalog.ingest_warc(key, stream)
    after = {t: catalog.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in before}
    assert before == after


def test_url_state_follows_the_newest_capture_in_any_ingest_order(make_writer, catalog, store, tmp_path) -> None:
    crawl(make_writer, "c1", "00000000-0000-0000-0000", b"<p>v1</p>", '"v1"')
    later = fixed_clock(datetime(2026, 4, 1, tzinfo=timezone.utc), timedelta(seconds=1))
    writer = make_writer("c2", id_prefix="22222222-2222-2222-2222")
    writer.clock = later
    second = writer.write_exchange(URL, "GET", [], b"", 200, [("ETag", '"v2"')], b"<p>v2</p>")
    writer.close()
    assert catalog.conditional_state(URL).etag == '"v2"'
    # a fresh catalog ingesting the files newest first ends in the same state
    other = Catalog(tmp_path / "other.sqlite")
    for key in sorted((f["key"] for f in catalog.warc_files()), reverse=True):
        with store.open(key) as stream:
            other.ingest_warc(key, stream)
    assert other.conditional_state(URL) == catalog.conditional_state(URL)
    assert other.conditional_state(URL).record_id == second.record_id
    cols = "url, etag, last_modified, payload_digest, record_id, captured_at, last_seen"
    assert other.conn.execute(f"SELECT {cols} FROM url_state").fetchall() == \
        catalog.conn.execute(f"SELECT {cols} FROM url_state").fetchall()


def test_not_modified_revisit_keeps_the_payload_location(make_writer, catalog) -> None:
    _, first = crawl(make_writer, "c1", "00000000-0000-0000-0000", b"<p>v1</p>", '"v1"')
    state = catalog.conditional_state(URL)
    writer = make_writer("c2", id_prefix="33333333-3333-3333-3333")
    writer.clock = fixed_clock(datetime(2026, 5, 1, tzinfo=timezone.utc))
    revisit = writer.write_not_modified(URL, state.original(), "GET", [], 304, [("ETag", '"v1"')])
    writer.close()
    after = catalog.conditional_state(URL)
    assert after.record_id == first.record_id         # the payload is still the first capture's
    last_seen = catalog.conn.execute("SELECT last_seen FROM url_state WHERE url = ?", (URL,)).fetchone()[0]
    assert last_seen == catalog.capture(revisit.record_id)["captured_at"]
    assert catalog.capture(revisit.record_id)["revisit_profile"].endswith("server-not-modified")


def test_digest_lookup_returns_the_first_response(make_writer, catalog) -> None:
    _, first = crawl(make_writer, "c1", "00000000-0000-0000-0000", b"<p>same</p>", '"a"')
    assert catalog.original_for_digest(first.payload_digest).record_id == first.record_id
    assert catalog.original_for_digest("sha1:NOTTHERE") is None


def test_normalise_date() -> None:
    assert normalise_date("2026-01-02T03:04:05Z") == "2026-01-02T03:04:05.000000Z"
    assert normalise_date("2026-01-02T03:04:05.5Z") == "2026-01-02T03:04:05.500000Z"
    assert normalise_date("2026-01-02T03:04:05.123456789Z") == "2026-01-02T03:04:05.123456Z"
    assert normalise_date("2026-01-02T03:04:05.5Z") > normalise_date("2026-01-02T03:04:05Z")


def test_lookups_by_many_values_are_asked_in_chunks_and_lose_none(make_writer, catalog) -> None:
    """More values than one query binds (500): every capture is found once, duplicates asked once."""
    writer = make_writer("c1", id_prefix="00000000-0000-0000-0001")
    urls = [f"http://www.example.gov.cn/img/{i}.png" for i in range(501)]
    ids = [writer.write_exchange(url, "GET", [], b"", 200, [("Content-Type", "image/png")], b"png%d" % i,
                                 metadata={"portal-id": "p1", "via": f"http://www.example.gov.cn/{i % 2}.html",
                                           "role": "requisite" if i % 3 else "article"}).record_id
           for i, url in enumerate(urls)]
    assert writer.close()
    rows = catalog.captures_by_ids(ids + ids[:7])
    assert sorted(r["record_id"] for r in rows) == sorted(ids)
    assert rows == sorted(rows, key=lambda r: (r["captured_at"], r["record_id"]))
    assert sorted(r["url"] for r in catalog.captures_for_urls(urls[::-1])) == sorted(urls)
    found = catalog.captures_found_on(["http://www.example.gov.cn/0.html", "http://www.example.gov.cn/1.html"],
                                      "requisite")
    assert len(found) == 334 and {r["role"] for r in found} == {"requisite"}
