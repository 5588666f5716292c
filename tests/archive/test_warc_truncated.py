"""An answer cut short is archived with `WARC-Truncated: disconnect` (archive/warc/truncation.py), read back by our
reader and by warcio, never deduplicated; a whole answer has no WARC-Truncated."""

from __future__ import annotations

import io

import pytest
from nianbao.archive.warc.reader import iter_records
from nianbao.archive.warc.truncation import DISCONNECT, truncated_fields, truncation_of
from warcio.archiveiterator import ArchiveIterator

URL = "http://www.x.gov.cn/xxgk/ndbg/index.html"
WHOLE = ("<html><body><ul>" + "<li>政府信息公开工作年度报告</li>" * 40 + "</ul></body></html>").encode()
CUT = WHOLE[:300]
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(WHOLE)))]


def _warc(make_writer, store) -> bytes:
    writer = make_writer(ingest_files=False, dedup_min_payload_bytes=1)
    writer.write_exchange(URL, "GET", [], b"", 200, HEADERS, CUT, truncated=DISCONNECT)
    writer.write_exchange(URL, "GET", [], b"", 200, HEADERS, CUT, truncated=DISCONNECT)   # the same cut again
    writer.write_exchange(URL, "GET", [], b"", 200, HEADERS, WHOLE)
    writer.write_exchange(URL, "GET", [], b"", 200, HEADERS, WHOLE)                       # a whole repeat
    assert writer.close()
    (key,) = [k for k in store.list("warcs/") if k.endswith(".warc.gz")]
    with store.open(key) as f:
        return f.read()


def test_a_cut_answer_says_so_and_is_never_a_revisit(make_writer, store):
    data = _warc(make_writer, store)
    answers = [r for r in iter_records(io.BytesIO(data)) if r.rec_type in ("response", "revisit")]
    assert [(r.rec_type, truncation_of(r)) for r in answers] == [
        ("response", DISCONNECT), ("response", DISCONNECT), ("response", None), ("revisit", "length")]
    assert answers[0].payload == CUT and answers[2].payload == WHOLE
    # the declared length is kept (renamed), the stored one is the bytes that came
    assert answers[0].http_headers.get_header("X-Crawler-Content-Length") == str(len(WHOLE))
    read = [r for r in ArchiveIterator(io.BytesIO(data)) if r.rec_type == "response"]
    assert [truncation_of(r) for r in read] == [DISCONNECT, DISCONNECT, None]   # warcio reads the same


def test_only_the_standard_reasons_are_written():
    assert truncated_fields(None) == {}
    assert truncated_fields("disconnect") == {"WARC-Truncated": "disconnect"}
    with pytest.raises(ValueError, match="5.13"):
        truncated_fields("proxy closed")


# --- the catalog: a cut answer is indexed as cut, and never revalidated with its validators ------------------

VALIDATED = [*HEADERS, ("ETag", '"whole"'), ("Last-Modified", "Sat, 01 Mar 2026 08:00:00 GMT")]


def test_the_catalog_records_a_cut_answer_and_asks_for_it_again_unconditionally(make_writer, catalog):
    writer = make_writer(dedup_min_payload_bytes=1)
    cut = writer.write_exchange(URL, "GET", [], b"", 200, VALIDATED, CUT, truncated=DISCONNECT)
    assert writer.close()
    assert catalog.capture(cut.record_id)["truncated"] == DISCONNECT
    # its ETag is the whole answer's: a conditional GET would be answered 304 and the whole never fetched
    assert catalog.conditional_state(URL) is None                      # so the next crawl asks without one
    assert not catalog.has_validators()
    seen = catalog.conn.execute("SELECT record_id, etag, last_modified FROM url_state WHERE url = ?", (URL,))
    assert seen.fetchall() == [(cut.record_id, None, None)]            # the URL is known, its payload located
    assert catalog.original_for_digest(cut.payload_digest) is None     # a cut payload is no original


def test_a_whole_answer_after_a_cut_one_brings_the_validators_back(make_writer, catalog):
    writer = make_writer(dedup_min_payload_bytes=1)
    writer.write_exchange(URL, "GET", [], b"", 200, VALIDATED, CUT, truncated=DISCONNECT)
    whole = writer.write_exchange(URL, "GET", [], b"", 200, VALIDATED, WHOLE)
    repeat = writer.write_exchange(URL, "GET", [], b"", 200, VALIDATED, WHOLE)   # an identical-payload revisit
    assert writer.close()
    state = catalog.conditional_state(URL)
    assert (state.record_id, state.etag) == (whole.record_id, '"whole"')
    assert catalog.capture(whole.record_id)["truncated"] is None
    # the revisit's `WARC-Truncated: length` is its profile's (headers only), not a cut answer
    assert catalog.capture(repeat.record_id)["record_type"] == "revisit"
    assert catalog.capture(repeat.record_id)["truncated"] is None


def test_provenance_says_a_capture_was_cut_short(make_writer, catalog, store):
    from nianbao.archive.provenance import format_table, lookup

    writer = make_writer(dedup_min_payload_bytes=1)
    writer.write_exchange(URL, "GET", [], b"", 200, HEADERS, CUT, truncated=DISCONNECT)
    writer.write_exchange(URL, "GET", [], b"", 200, HEADERS, WHOLE)
    assert writer.close()
    captures = lookup(catalog, store, URL)
    assert [c.truncated for c in captures] == [DISCONNECT, None]
    assert all(c.verified for c in captures)
    table = format_table(captures)
    assert table.count("CUT SHORT  WARC-Truncated: disconnect") == 1


def test_an_export_sighting_names_a_cut_capture_and_a_whole_one_stays_as_it_was():
    from nianbao.archive.derived import sighting_fields

    whole = {"member": None, "member_digest": None, "truncated": None}
    assert sighting_fields(whole) == {}
    assert sighting_fields({**whole, "truncated": DISCONNECT}) == {"truncated": DISCONNECT}
    assert sighting_fields({"member": "a/b.pdf", "member_digest": "sha1:X", "truncated": DISCONNECT}) == {
        "member": "a/b.pdf", "member_digest": "sha1:X", "truncated": DISCONNECT}
