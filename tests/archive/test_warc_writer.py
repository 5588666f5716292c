"""CaptureWriter: write-then-read round trips with fixed ids and dates, a golden file, interop with warcio and
cdxj-indexer, exact bytes, secrets, revisits, rollover."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from nianbao.archive.warc.cdxj import iter_cdxj
from nianbao.archive.warc.reader import iter_members, iter_records, sha1_base32
from nianbao.archive.warc.records import PROFILE_IDENTICAL, PROFILE_NOT_MODIFIED
from nianbao.archive.warc.writer import OriginalRef
from warcio.archiveiterator import ArchiveIterator

GOLDEN = Path(__file__).parent / "golden" / "exchanges.warc"
URL = "http://www.example.gov.cn/col/col123/index.html?page=2"
GBK_HTML = "<html><head><title>某县2025年政府信息公开工作年度报告</title></head><body>一、总体情况</body></html>"
BODY = gzip.compress(GBK_HTML.encode("gbk"), mtime=0)
DISPOSITION = b'attachment; filename="' + "年报.pdf".encode("gbk") + b'"'


def write_standard_set(writer) -> dict:
    """One of each record kind the crawler writes."""
    out = {}
    out["page"] = writer.write_exchange(
        URL, "GET",
        [("User-Agent", "nianbao/0.1"), ("Accept-Encoding", "gzip, deflate"), ("Proxy-Authorization", "Basic c2VjcmV0"),
         ("Authorization", "Bearer top-secret"), ("Cookie", "session=server-set; api_token=configured-secret")],
        b"", 200,
        [("Content-Type", "text/html; charset=gbk"), ("Content-Encoding", "gzip"), ("ETag", '"abc"'),
         ("Content-Length", str(len(BODY)))],
        BODY, ip_address="203.0.113.7", metadata={"portal-id": "p1", "via": None, "hopsFromSeed": "", "role": "home",
                                                   "fetchTimeMs": 12, "charset": "gbk"},
        masked_cookies=["api_token"])
    out["copy"] = writer.write_exchange(
        "http://mirror.example.gov.cn/a.html", "GET", [("User-Agent", "nianbao/0.1")], b"", 200,
        [("Content-Type", "text/html; charset=gbk"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked"),
         ("Connection", "keep-alive")], BODY,
        metadata={"portal-id": "p1", "via": URL, "hopsFromSeed": "L", "role": "article"})
    out["file"] = writer.write_exchange(
        "http://www.example.gov.cn/files/nb.pdf", "GET", [], b"", 200,
        [("Content-Type", "application/pdf"), ("Content-Disposition", DISPOSITION.decode("latin-1")),
         ("Content-Length", "999")], b"%PDF-1.4 fake",
        metadata={"portal-id": "p1", "via": URL, "hopsFromSeed": "LE", "role": "attachment"})
    out["not_modified"] = writer.write_not_modified(
        URL, OriginalRef(out["page"].record_id, URL, out["page"].warc_date, out["page"].payload_digest), "GET",
        [("If-None-Match", '"abc"')], 304, [("ETag", '"abc"')], metadata={"portal-id": "p1", "role": "home"})
    out["dom"] = writer.write_resource(f"urn:rendered-dom:{URL}", "text/html; charset=utf-8",
                                       GBK_HTML.encode("utf-8"), out["page"].record_id,
                                       {"portal-id": "p1", "role": "list"})
    out["doc"] = writer.write_document_metadata(out["page"].record_id, URL, {
        "kind": "report", "title": "某县2025年政府信息公开工作年度报告", "agency": "某县人民政府", "year": 2025,
        "published": "2026-01-20", "portal_id": "p1"})
    return out


def warc_bytes(store, key: str) -> bytes:
    with store.open(key) as f:
        return f.read()


@pytest.fixture
def written(make_writer, store):
    writer = make_writer(ingest_files=False)
    out = write_standard_set(writer)
    assert writer.close()
    keys = [k for k in store.list("warcs/") if k.endswith(".warc.gz")]
    assert keys == ["warcs/crawl-1/nianbao-20260301080000000-00001-t0.warc.gz"]
    return out, keys[0]


def test_golden_file(written, store) -> None:
    _, key = written
    data = b"".join(d for _, _, d in iter_members(io.BytesIO(warc_bytes(store, key))))
    if os.environ.get("NIANBAO_REGEN_GOLDEN"):
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes(), "WARC output changed; if intended, rerun with NIANBAO_REGEN_GOLDEN=1"


def test_round_trip_records(written, store) -> None:
    out, key = written
    records = list(iter_records(io.BytesIO(warc_bytes(store, key))))
    assert [r.rec_type for r in records] == [
        "warcinfo", "response", "request", "metadata", "revisit", "request", "metadata", "response", "request",
        "metadata", "revisit", "request", "metadata", "resource", "metadata", "metadata"]
    assert all(r.ok for r in records), [r.problems for r in records]
    by_id = {r.record_id: r for r in records}
    page, request, provenance = records[1:4]
    assert page.record_id == out["page"].record_id and page.url == URL
    assert request.warc_date == page.warc_date and request.header("WARC-Concurrent-To") == page.record_id
    assert provenance.header("WARC-Refers-To") == page.record_id and provenance.warc_date == page.warc_date
    assert b"portal-id: p1\r\n" in provenance.block and b"capture-method: scrapy-http11" in provenance.block
    assert page.payload == BODY                               # compressed bodies stay compressed
    assert page.header("WARC-Payload-Digest") == sha1_base32(BODY)
    assert page.header("WARC-IP-Address") == "203.0.113.7"
    copy = by_id[out["copy"].record_id]
    assert copy.rec_type == "revisit" and copy.header("WARC-Profile") == PROFILE_IDENTICAL
    assert copy.header("WARC-Refers-To") == page.record_id
    assert copy.header("WARC-Refers-To-Target-URI") == URL
    assert copy.header("WARC-Refers-To-Date") == page.warc_date
    assert copy.header("WARC-Payload-Digest") == page.header("WARC-Payload-Digest")
    assert copy.header("WARC-Truncated") == "length" and copy.payload == b""
    not_modified = by_id[out["not_modified"].record_id]
    assert not_modified.header("WARC-Profile") == PROFILE_NOT_MODIFIED and not_modified.status == 304
    dom = by_id[out["dom"]]
    assert dom.rec_type == "resource" and dom.header("WARC-Concurrent-To") == page.record_id
    assert dom.header("WARC-Refers-To") is None     # not allowed on resource records
    doc = by_id[out["doc"]]
    assert doc.header("Content-Type") == 'application/json; profile="nianbao-document"'
    assert doc.header("WARC-Refers-To") == page.record_id and doc.url == f"urn:nianbao-document:{URL}"
    assert json.loads(doc.block)["url"] == URL
    info = records[0]
    assert b"crawl-id: crawl-1" in info.block and b"reconstructed" in info.block
    assert info.header("WARC-Filename") == key.rsplit("/", 1)[-1]


def test_http_headers_reconstructed_honestly(written, store) -> None:
    out, key = written
    records = {r.record_id: r for r in iter_records(io.BytesIO(warc_bytes(store, key)))}
    copy = records[out["copy"].record_id]
    names = [n for n, _ in copy.http_headers.headers]
    assert "X-Crawler-Transfer-Encoding" in names and "X-Crawler-Connection" in names
    assert "Transfer-Encoding" not in names and "Connection" not in names
    assert copy.http_headers.statusline == "200 OK" and copy.http_headers.protocol == "HTTP/1.1"
    pdf = records[out["file"].record_id]
    # the GBK filename is stored byte for byte (warcio alone would %-encode it)
    assert b"Content-Disposition: " + DISPOSITION + b"\r\n" in pdf.block
    # a Content-Length that does not match the stored body is renamed, the real one appended
    assert ("X-Crawler-Content-Length", "999") in pdf.http_headers.headers
    assert pdf.http_headers.get_header("Content-Length") == str(len(b"%PDF-1.4 fake"))


def test_secrets_never_reach_a_record(written, store) -> None:
    _, key = written
    data = b"".join(d for _, _, d in iter_members(io.BytesIO(warc_bytes(store, key))))
    for secret in (b"c2VjcmV0", b"top-secret", b"configured-secret", b"\r\nProxy-Authorization:",
                   b"\r\nAuthorization:"):
        assert secret not in data
    assert b"session=server-set" in data     # server-set cookies are evidence and stay


def test_warcio_check_and_archive_iterator(written, store, tmp_path) -> None:
    _, key = written
    path = store.root / key
    result = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    with open(path, "rb") as f:
        it = ArchiveIterator(f, check_digests=True)
        for record in it:
            record.content_stream().read()
            assert record.digest_checker.passed is not False, record.digest_checker.problems


def test_cdxj_agrees_with_cdxj_indexer(written, store) -> None:
    from cdxj_indexer.main import CDXJIndexer

    _, key = written
    ours = (store.root / key.replace(".warc.gz", ".cdxj")).read_text(encoding="utf-8")
    theirs = io.StringIO()
    indexer = CDXJIndexer(theirs, [str(store.root / key)], sort=True)
    indexer.process_all()
    assert ours == theirs.getvalue()
    entries = list(iter_cdxj(ours.splitlines()))
    assert len(entries) == 6  # 2 responses, 2 revisits, 1 resource, 1 JSON metadata
    # each offset/length pair is exactly one gzip member holding the indexed record
    raw = warc_bytes(store, key)
    for _, _, fields in entries:
        member = raw[int(fields["offset"]): int(fields["offset"]) + int(fields["length"])]
        data = zlib.decompress(member, zlib.MAX_WBITS | 16)
        assert f"WARC-Target-URI: {fields['url']}".encode() in data


def test_every_record_is_its_own_gzip_member(written, store) -> None:
    _, key = written
    members = list(iter_members(io.BytesIO(warc_bytes(store, key))))
    assert len(members) == 16
    assert all(data.startswith(b"WARC/1.1\r\n") for _, _, data in members)


def test_gzip_level_is_configurable(make_writer, store, tmp_path) -> None:
    sizes = {}
    for level in (1, 9):
        writer = make_writer(f"level-{level}", gzip_level=level, ingest_files=False)
        body = ("<p>一、总体情况 " * 4000).encode("utf-8")
        writer.write_exchange(URL, "GET", [], b"", 200, [("Content-Type", "text/html")], body, dedup=False)
        writer.close()
        key = next(k for k in store.list(f"warcs/level-{level}/") if k.endswith(".warc.gz"))
        sizes[level] = store.size(key)
        records = list(iter_records(store.open(key)))
        assert records[1].payload == body
    assert sizes[1] > sizes[9]
    with pytest.raises(ValueError, match="gzip level"):
        make_writer("bad", gzip_level=11)


def test_rollover_keeps_each_fetch_in_one_file(make_writer, store) -> None:
    writer = make_writer("roll", rollover_bytes=3000, ingest_files=False)
    for i in range(12):
        writer.write_exchange(f"http://www.example.gov.cn/p{i}", "GET", [], b"", 200,
                              [("Content-Type", "text/html")], os.urandom(900), dedup=False)
    assert writer.close()
    keys = [k for k in store.list("warcs/roll/") if k.endswith(".warc.gz")]
    assert len(keys) > 2
    total = 0
    for key in keys:
        records = list(iter_records(store.open(key)))
        assert records[0].rec_type == "warcinfo"
        types = [r.rec_type for r in records[1:]]
        assert types == ["response", "request", "metadata"] * (len(types) // 3)
        total += len(types) // 3
        assert store.exists(key.replace(".warc.gz", ".cdxj"))
    assert total == 12


def test_identical_payload_across_crawls_uses_the_catalog(make_writer, catalog) -> None:
    first = make_writer("crawl-1")
    original = first.write_exchange(URL, "GET", [], b"", 200, [("Content-Type", "text/html")], BODY)
    first.close()
    second = make_writer("crawl-2", id_prefix="11111111-1111-1111-1111")
    again = second.write_exchange("http://other.example.gov.cn/x", "GET", [], b"", 200,
                                  [("Content-Type", "text/html")], BODY)
    changed = second.write_exchange(URL, "GET", [], b"", 200, [("Content-Type", "text/html")], BODY + b"!")
    empty = second.write_exchange("http://www.example.gov.cn/e", "GET", [], b"", 200, [], b"")
    second.close()
    assert again.record_type == "revisit" and again.refers_to.record_id == original.record_id
    assert changed.record_type == "response"       # a changed payload is captured in full
    assert empty.record_type == "response"         # empty payloads are never revisits
    row = catalog.capture(again.record_id)
    assert row["refers_to"] == original.record_id and row["record_type"] == "revisit"


def test_near_duplicates_are_not_revisits(make_writer) -> None:
    writer = make_writer(ingest_files=False)
    a = writer.write_exchange("http://a.gov.cn/", "GET", [], b"", 200, [], b"<p>report 2025</p>")
    b = writer.write_exchange("http://b.gov.cn/", "GET", [], b"", 200, [], b"<p>report 2025 </p>")
    writer.close()
    assert (a.record_type, b.record_type) == ("response", "response")


def test_writer_refuses_after_close(make_writer) -> None:
    writer = make_writer(ingest_files=False)
    writer.close()
    with pytest.raises(RuntimeError, match="closed"):
        writer.write_exchange(URL, body=b"x")


# ---------------------------------------------------------------- members and offsets


def test_rollover_cdxj_offsets_counted_while_writing_match_the_files(make_writer, store) -> None:
    from nianbao.archive.warc.cdxj import index_warc

    writer = make_writer("roll-cdxj", rollover_bytes=3000, ingest_files=False)
    for i in range(30):
        writer.write_exchange(f"http://www.example.gov.cn/p{i}", "GET", [], b"", 200,
                              [("Content-Type", "text/html")], os.urandom(900), dedup=False)
        writer.write_document_metadata(f"<urn:uuid:{i}>", f"http://www.example.gov.cn/p{i}", {"kind": "report"})
    assert writer.close()
    keys = [k for k in store.list("warcs/roll-cdxj/") if k.endswith(".warc.gz")]
    assert len(keys) > 5
    assert writer.stats["warc/records"] == 30 * 4 + len(keys)
    assert writer.stats["warc/bytes"] == sum(len(warc_bytes(store, k)) for k in keys)
    for key in keys:
        with store.open(key) as f:
            expected = sorted(e.line() for e in index_warc(f, key.rsplit("/", 1)[1]))
        assert warc_bytes(store, key.replace(".warc.gz", ".cdxj")).decode() == "".join(expected)


def test_member_bytes_equal_the_streaming_gzip_writer() -> None:
    """`write_member` (levels 1-9: one zlib call on the joined record) writes exactly what warcio's streaming path through
    `_LevelGzip` writes, chunk by chunk, at every level."""
    from nianbao.archive.warc import records
    from nianbao.archive.warc.gzipwriter import LevelWARCWriter, write_member

    body = (GBK_HTML.encode("gbk") * 400) + os.urandom(5000) + b"tail" * 9000   # several warcio chunks

    def build():
        return records.response(URL, "HTTP/1.1", "200 OK", [("Content-Type", "text/html")], body,
                                "<urn:uuid:1>", "2026-03-01T08:00:00.000000Z")

    for level in (0, 1, 6, 9):
        streamed = io.BytesIO()
        LevelWARCWriter(streamed, gzip_level=level).write_record(build())
        joined = io.BytesIO()
        length = write_member(joined, LevelWARCWriter(None).serialize(build()), level)
        assert length == len(joined.getvalue()) and joined.getvalue() == streamed.getvalue(), level


def test_scrapy_headers_keep_every_value_and_the_raw_bytes() -> None:
    from nianbao.archive.warc.http import scrapy_headers
    from scrapy.http import Headers

    gbk_name = "attachment; filename=年报.pdf".encode("gbk")
    headers = Headers({"Set-Cookie": [b"a=1", b"b=2"], "content-disposition": gbk_name, "X-Count": 3})
    assert scrapy_headers(headers) == [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"),
                                       ("Content-Disposition", gbk_name.decode("latin-1")), ("X-Count", "3")]
    assert scrapy_headers({"Server": "nginx", "Vary": ["Accept", "Cookie"]}) == [
        ("Server", "nginx"), ("Vary", "Accept"), ("Vary", "Cookie")]
