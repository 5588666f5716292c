"""Scrapy capture end to end, each crawl in a subprocess against a loopback site: exact bodies (gzip stays gzip,
payload digest over the encoded bytes), conditional re-crawls (304 → server-not-modified revisit, the spider gets
the stored page), identical payloads → revisits, spool recovery at start, S3 through moto."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from nianbao.archive import fixity, provenance
from nianbao.archive.catalog import Catalog
from nianbao.archive.store import LocalStore, open_store
from nianbao.archive.warc import CaptureWriter, WriterConfig
from nianbao.archive.warc.reader import iter_records, sha1_base32

from tests.archive.harness import (
    Page,
    Site,
    capture_settings,
    demo_site,
    gbk_page,
    run_crawl,
    spawn_crawl,
    wait_for,
)


def crawl(data: Path, crawl_id: str, site: Site, env: dict | None = None, **extra) -> dict:
    result = run_crawl(capture_settings(data, crawl_id, [site.url + "/"], **extra), env=env)
    assert result.returncode == 0, result.stderr[-4000:]
    seen = json.loads((data / f"seen-{crawl_id}.json").read_text(encoding="utf-8"))
    stats = json.loads((data / f"seen-{crawl_id}.stats.json").read_text(encoding="utf-8"))
    return {"seen": {urlsplit(s["url"]).path.lstrip("/") or "/": s for s in seen}, "stats": stats}


def records_of(store, catalog: Catalog, crawl_id: str) -> list:
    out = []
    for warc in catalog.warc_files():
        if warc["crawl_id"] == crawl_id:
            out += list(iter_records(store.open(warc["key"])))
    return out


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    data = tmp_path_factory.mktemp("capture")
    pages = demo_site()
    with Site(pages) as site:
        first = crawl(data, "c1", site)
        bytes_first = site.body_bytes_sent
        requests_first = list(site.requests)
        second = crawl(data, "c2", site)
        bytes_second = site.body_bytes_sent - bytes_first
        requests_second = site.requests[len(requests_first):]
    return {"data": data, "pages": pages, "first": first, "second": second, "bytes": (bytes_first, bytes_second),
            "requests": (requests_first, requests_second)}


def test_bodies_are_archived_exactly_as_received(two_crawls) -> None:
    data, pages = two_crawls["data"], two_crawls["pages"]
    store, catalog = LocalStore(data / "store"), Catalog(data / "catalog.sqlite")
    records = {(r.rec_type, r.url.rsplit("/", 1)[-1]): r for r in records_of(store, catalog, "c1")}
    home = records[("response", "")]
    wire = gzip.compress(pages["/"].body, mtime=0)
    assert home.payload == wire                                   # still gzip, byte for byte
    assert home.http_headers.get_header("Content-Encoding") == "gzip"
    assert home.header("WARC-Payload-Digest") == sha1_base32(wire)
    listing = records[("response", "list")]                       # served chunked: stored de-chunked
    assert listing.payload == gzip.compress(pages["/list"].body, mtime=0)
    assert listing.http_headers.get_header("Transfer-Encoding") is None
    # the two identical PDFs (fetched concurrently): one response, one identical-payload revisit of it
    copies = {name: r for (t, name), r in records.items() if name.startswith("copy-") and t in ("response", "revisit")}
    assert sorted(r.rec_type for r in copies.values()) == ["response", "revisit"]
    original = next(r for r in copies.values() if r.rec_type == "response")
    revisit = next(r for r in copies.values() if r.rec_type == "revisit")
    assert original.payload == pages["/copy-a.pdf"].body
    assert revisit.header("WARC-Refers-To") == original.record_id
    disposition = b"Content-Disposition: attachment; filename=\"" + "年报.pdf".encode("gbk") + b"\"\r\n"
    assert disposition in copies["copy-a.pdf"].block          # raw GBK header bytes, kept as received
    result = subprocess.run([sys.executable, "-m", "warcio.cli", "check",
                             *[str(data / "store" / w["key"]) for w in catalog.warc_files()]],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_spider_meta_points_at_the_records(two_crawls) -> None:
    data = two_crawls["data"]
    catalog = Catalog(data / "catalog.sqlite")
    for name, seen in two_crawls["first"]["seen"].items():
        row = catalog.capture(seen["record_id"])
        assert row is not None, name
        assert row["payload_digest"] == seen["payload_digest"]
        assert (row["portal_id"], row["crawl_id"]) == ("p1", "c1")
    report = two_crawls["first"]["seen"]["report.html"]
    doc = catalog.documents_for_records([report["record_id"]])[report["record_id"]]
    assert (doc["kind"], doc["year"], doc["agency"]) == ("report", 2025, "某县人民政府")
    assert catalog.capture(report["record_id"])["via"].endswith("/")
    stats = two_crawls["first"]["stats"]
    assert stats["warc/responses"] == 4 and stats["warc/revisits/identical-payload-digest"] == 1
    assert stats["warc/files_ingested"] == 1 and stats["warc/documents"] == 5


def test_second_crawl_revalidates_and_the_spider_still_gets_the_page(two_crawls) -> None:
    data = two_crawls["data"]
    first, second = two_crawls["first"]["seen"], two_crawls["second"]["seen"]
    _, requests = two_crawls["requests"]
    sent = {path: headers for path, headers in requests}
    assert sent["/"].get("If-None-Match") == '"home-1"'
    assert sent["/list"].get("If-Modified-Since") == "Sun, 01 Mar 2026 08:00:00 GMT"
    for name in ("/", "list", "report.html", "copy-a.pdf"):
        assert second[name]["not_modified"] is True, name
        assert second[name]["sha1"] == first[name]["sha1"], name   # the stored page, decoded like the live one
        assert second[name]["status"] == 200
    # only the page without validators (copy-b.pdf) was sent again; it is archived as a revisit again
    bytes_first, bytes_second = two_crawls["bytes"]
    assert bytes_second == len(two_crawls["pages"]["/copy-b.pdf"].body), (bytes_first, bytes_second)
    assert second["copy-b.pdf"]["not_modified"] is False
    catalog, store = Catalog(data / "catalog.sqlite"), LocalStore(data / "store")
    captures = provenance.lookup(catalog, store, second["report.html"]["url"])
    assert [c.record_type for c in captures] == ["response", "revisit"]
    assert captures[1].revisit_profile.endswith("server-not-modified")
    assert captures[1].refers_to == captures[0].record_id and all(c.verified for c in captures)
    assert two_crawls["second"]["stats"]["warc/revisits/server-not-modified"] == 4
    assert fixity.verify(catalog, store).ok


def test_changed_page_is_captured_anew_and_unreadable_original_is_refetched(tmp_path) -> None:
    pages = demo_site()
    with Site(pages) as site:
        crawl(tmp_path, "c1", site)
        pages["/report.html"] = Page(gbk_page("新版本", [], 10), gzip=True, etag='"r-2"')
        # the stored copy of /list disappears: its 304 cannot be answered from the archive
        catalog = Catalog(tmp_path / "catalog.sqlite")
        state = catalog.conditional_state(site.url + "/list")
        warc = tmp_path / "store" / state.warc_key
        data = warc.read_bytes()
        warc.write_bytes(data[: state.offset] + b"\0" * state.length + data[state.offset + state.length:])
        second = crawl(tmp_path, "c2", site)
    assert second["seen"]["report.html"]["not_modified"] is False
    rows = catalog.captures_for_urls([site.url + "/report.html"])
    assert [r["record_type"] for r in rows] == ["response", "response"]
    assert rows[0]["payload_digest"] != rows[1]["payload_digest"]
    listing = second["seen"]["list"]
    assert listing["not_modified"] is False and second["stats"]["warc/conditional/stored_unreadable"] == 1
    assert catalog.capture(listing["record_id"])["record_type"] == "response"


def test_spool_left_by_a_crash_is_recovered_at_start(tmp_path) -> None:
    """A crashed run left a spool file with a capture of /report.html: the next crawl uploads and ingests it
    before it starts, so it already revalidates that page instead of downloading it again."""
    pages = demo_site()
    with Site(pages) as site:
        spool = tmp_path / "spool"
        writer = CaptureWriter(WriterConfig(spool, "crashed"), None)
        report = pages["/report.html"]
        earlier = writer.write_exchange(
            site.url + "/report.html", "GET", [], b"", 200,
            [("Content-Type", report.content_type), ("Content-Encoding", "gzip"), ("ETag", report.etag)],
            gzip.compress(report.body, mtime=0))
        writer.write_exchange("http://www.example.gov.cn/partial", "GET", [], b"", 200, [], b"<p>x</p>" * 300)
        path = writer._file.path
        writer.abandon()
        with open(path, "r+b") as f:   # the second fetch was being written when the process died
            f.truncate(path.stat().st_size - 300)
        out = crawl(tmp_path, "c1", site)
        sent = dict(site.requests)
    catalog = Catalog(tmp_path / "catalog.sqlite")
    assert catalog.capture(earlier.record_id)["crawl_id"] == "crashed"
    assert out["stats"]["warc/recovered_files"] == 1
    assert sent["/report.html"].get("If-None-Match") == report.etag
    assert out["seen"]["report.html"]["not_modified"] is True
    assert list(spool.glob("*/*.warc.gz*")) == []
    assert fixity.verify(catalog, LocalStore(tmp_path / "store")).ok


def test_s3_outage_during_a_crawl_loses_nothing(moto_server, tmp_path) -> None:
    """The S3 server is down while the crawl runs: WARC files keep spooling (small rollover: several files),
    uploads back off; the server comes back while the crawl is finishing: everything is uploaded and ingested."""
    server, _, env = moto_server
    bucket = f"nianbao-{uuid.uuid4().hex[:8]}"
    with Site(demo_site()) as site:
        server.stop()
        try:
            log = tmp_path / "crawl.log"
            proc = spawn_crawl(capture_settings(tmp_path, "c1", [site.url + "/"], NIANBAO_STORE_URI=f"s3://{bucket}/a",
                                                NIANBAO_WARC_ROLLOVER_BYTES=3000, NIANBAO_UPLOAD_RETRY_FIRST_S=0.2,
                                                NIANBAO_UPLOAD_RETRY_MAX_S=0.5, NIANBAO_UPLOAD_DRAIN_S=60,
                                                LOG_FILE=str(log)), env=env)

            def backing_off() -> bool:
                sealed = len(list((tmp_path / "spool").glob("c1/*.warc.gz")))
                return sealed >= 3 and log.exists() and "retrying" in log.read_text(encoding="utf-8")

            assert wait_for(lambda: backing_off() or proc.poll() is not None, 60) and proc.poll() is None
        finally:
            server.start()
        proc.communicate(timeout=120)
    text = log.read_text(encoding="utf-8")
    assert proc.returncode == 0, text[-3000:]
    assert "store is unreachable" in text and "retrying" in text
    assert list((tmp_path / "spool" / "c1").iterdir()) == []
    seen = json.loads((tmp_path / "seen-c1.json").read_text(encoding="utf-8"))
    catalog = Catalog(tmp_path / "catalog.sqlite")
    assert {s["record_id"] for s in seen} <= {r["record_id"] for r in catalog.all_captures()}
    with_env(env, lambda: _check_s3(bucket, catalog))


def with_env(env: dict, func):
    import os

    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return func()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _check_s3(bucket: str, catalog: Catalog) -> None:
    store = open_store(f"s3://{bucket}/a")
    keys = store.list("warcs/c1/")
    assert len([k for k in keys if k.endswith(".warc.gz")]) == len(catalog.warc_files()) >= 3
    assert len([k for k in keys if k.endswith(".cdxj")]) == len(catalog.warc_files())
    report = fixity.verify(catalog, store)
    assert report.ok, [str(b) for b in report.bad]


def test_crawl_into_s3(moto_server, tmp_path) -> None:
    _, _, env = moto_server
    bucket = f"nianbao-{uuid.uuid4().hex[:8]}"
    with Site(demo_site()) as site:
        out = crawl(tmp_path, "c1", site, env=env, NIANBAO_STORE_URI=f"s3://{bucket}/archive")
    import os

    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        store = open_store(f"s3://{bucket}/archive")
        keys = store.list("warcs/c1/")
        catalog = Catalog(tmp_path / "catalog.sqlite")
        assert len(keys) == 2 and {k.rsplit(".", 1)[-1] for k in keys} == {"gz", "cdxj"}
        assert fixity.verify(catalog, store).ok
        report = out["seen"]["report.html"]
        checked = provenance.lookup(catalog, store, report["url"])
        assert checked and all(c.verified for c in checked)
        with store.open(keys[0].replace(".cdxj", ".warc.gz") if keys[0].endswith(".cdxj") else keys[0]) as f:
            assert hashlib.sha256(f.read()).hexdigest() == catalog.warc_files()[0]["sha256"]
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
