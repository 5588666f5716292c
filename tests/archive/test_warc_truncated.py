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
