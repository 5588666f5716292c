"""Stores: the local folder and S3 through the real `minio` SDK against moto's server on 127.0.0.1
(and a real MinIO when NIANBAO_TEST_MINIO=host:port is set). Errors tell the user what to fix."""

from __future__ import annotations

import os
import uuid

import pytest
from nianbao.archive import fixity, limits, provenance
from nianbao.archive.catalog import Catalog
from nianbao.archive.store import (
    LocalStore,
    S3Store,
    StoreConfigError,
    StoreError,
    StoreKeyMissing,
    StoreUnavailable,
    open_store,
)
from nianbao.archive.warc import CaptureWriter, WriterConfig

from tests.archive.harness import fixed_clock, fixed_ids, free_port, wait_for


def exercise(store) -> None:
    """The Store contract, on any backend."""
    store.put_bytes("warcs/c1/a.cdxj", b"line\n")
    assert store.exists("warcs/c1/a.cdxj") and not store.exists("warcs/c1/none")
    assert store.size("warcs/c1/a.cdxj") == 5
    assert store.get_range("warcs/c1/a.cdxj", 1, 3) == b"ine"
    assert store.get_range("warcs/c1/a.cdxj", 0, 0) == b""
    with store.open("warcs/c1/a.cdxj") as stream:
        assert stream.read() == b"line\n"
    store.put_bytes("warcs/c2/b.cdxj", b"x")
    store.put_bytes("other/c.txt", b"y")
    assert store.list("warcs/") == ["warcs/c1/a.cdxj", "warcs/c2/b.cdxj"]
    assert store.list("warcs/c2/") == ["warcs/c2/b.cdxj"]
    with pytest.raises(StoreKeyMissing):
        store.get_range("warcs/c1/none", 0, 1)
    with pytest.raises(StoreKeyMissing):
        store.size("warcs/c1/none")
    with pytest.raises(StoreError, match="invalid store key"):
        store.put_bytes("../escape", b"")
    store.delete("other/c.txt")
    assert not store.exists("other/c.txt")


def test_local_store_contract(tmp_path) -> None:
    exercise(open_store((tmp_path / "s").as_uri()))


def test_local_store_put_is_atomic(tmp_path) -> None:
    store = LocalStore(tmp_path / "s")
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    store.put_file("warcs/c/x.warc.gz", source)
    assert store.open("warcs/c/x.warc.gz").read() == source.read_bytes()
    assert not [p for p in (tmp_path / "s" / "warcs" / "c").iterdir() if p.name.startswith(".")]


def test_unwritable_folder_says_how_to_fix(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreConfigError, match="not writable.*--store"):
        open_store((blocker / "store").as_uri())


def test_bad_uris_say_how_to_fix(tmp_path, monkeypatch) -> None:
    with pytest.raises(StoreConfigError, match="unsupported store URI"):
        open_store("ftp://x/y")
    with pytest.raises(StoreConfigError, match="absolute path"):
        open_store("file://host/x")
    for name in ("NIANBAO_S3_ENDPOINT", "NIANBAO_S3_ACCESS_KEY", "NIANBAO_S3_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(StoreConfigError, match="NIANBAO_S3_ENDPOINT, NIANBAO_S3_ACCESS_KEY, NIANBAO_S3_SECRET_KEY"):
        open_store("s3://bucket/prefix")
    monkeypatch.setenv("NIANBAO_S3_ENDPOINT", "http://127.0.0.1:9000")
    monkeypatch.setenv("NIANBAO_S3_ACCESS_KEY", "a")
    monkeypatch.setenv("NIANBAO_S3_SECRET_KEY", "secret-value-xyz")
    with pytest.raises(StoreConfigError, match="host:port"):
        open_store("s3://bucket/prefix")
    with pytest.raises(StoreConfigError, match="credentials in the store URI"):
        open_store("s3://user:pw@bucket/prefix")
    assert open_store("", default_dir=tmp_path / "d", check=False).uri == (tmp_path / "d").as_uri()


# ---------------------------------------------------------------- S3 through minio against moto


def test_s3_store_contract(s3_environ) -> None:
    store = open_store(f"s3://nianbao-{uuid.uuid4().hex[:8]}/archive")   # the bucket is created
    exercise(store)
    assert store.uri.endswith("/archive")


def test_s3_multipart_upload_and_ranged_reads(s3_environ, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(limits, "S3_PART_SIZE_BYTES", 5 * 1024 * 1024)   # S3's minimum part size
    store = open_store(f"s3://nianbao-{uuid.uuid4().hex[:8]}")
    calls = []
    original = store.client._create_multipart_upload if hasattr(store.client, "_create_multipart_upload") else None
    if original is not None:
        def spy(*args, **kwargs):
            calls.append(1)
            return original(*args, **kwargs)
        monkeypatch.setattr(store.client, "_create_multipart_upload", spy)
    data = os.urandom(12 * 1024 * 1024)
    (tmp_path / "big").write_bytes(data)
    store.put_file("warcs/c/big.warc.gz", tmp_path / "big")
    assert store.size("warcs/c/big.warc.gz") == len(data)
    assert store.get_range("warcs/c/big.warc.gz", 6_000_000, 1000) == data[6_000_000:6_001_000]
    if original is not None:
        assert calls, "a 12 MiB file with 5 MiB parts must go through multipart"


def test_unreachable_endpoint_is_unavailable_not_a_crash(monkeypatch) -> None:
    port = free_port()   # nothing listens here
    monkeypatch.setenv("NIANBAO_S3_ENDPOINT", f"127.0.0.1:{port}")
    monkeypatch.setenv("NIANBAO_S3_ACCESS_KEY", "key")
    monkeypatch.setenv("NIANBAO_S3_SECRET_KEY", "very-secret-value")
    monkeypatch.setenv("NIANBAO_S3_SECURE", "0")
    with pytest.raises(StoreUnavailable, match=f"cannot reach the S3 endpoint http://127.0.0.1:{port}") as info:
        open_store("s3://bucket")
    assert "very-secret-value" not in str(info.value)
    store = open_store("s3://bucket", check=False)   # a crawl still starts and spools
    with pytest.raises(StoreUnavailable):
        store.put_bytes("warcs/x", b"1")


def test_bad_credentials_say_so(s3_environ, monkeypatch) -> None:
    import moto.settings

    monkeypatch.setattr(moto.settings, "INITIAL_NO_AUTH_ACTION_COUNT", 0)   # moto now checks credentials
    monkeypatch.setenv("NIANBAO_S3_SECRET_KEY", "wrong-secret-value")
    with pytest.raises(StoreConfigError, match="refused the credentials") as info:
        open_store("s3://nianbao-denied")
    assert "wrong-secret-value" not in str(info.value)


def test_crawl_to_s3_with_an_outage(moto_server, s3_environ, tmp_path) -> None:
    """Stop the S3 server while capturing: files keep spooling, uploads back off; restart it, nothing missing."""
    server, port, _ = moto_server
    bucket = f"nianbao-{uuid.uuid4().hex[:8]}"
    store = open_store(f"s3://{bucket}/p")
    catalog = Catalog(tmp_path / "catalog.sqlite")

    def ingest(key, path):
        with open(path, "rb") as stream:
            catalog.ingest_warc(key, stream)

    from nianbao.archive.warc.upload import Uploader

    uploader = Uploader(store, ingest, background=True, first_delay_s=0.05, max_delay_s=0.2)
    writer = CaptureWriter(WriterConfig(tmp_path / "spool", "c1", rollover_bytes=4000), store, uploader=uploader,
                           make_id=fixed_ids(), clock=fixed_clock())
    written = [writer.write_exchange(f"http://www.example.gov.cn/{i}", "GET", [], b"", 200,
                                     [("Content-Type", "text/html")], os.urandom(1500), dedup=False)
               for i in range(6)]
    server.stop()
    written += [writer.write_exchange(f"http://www.example.gov.cn/{i}", "GET", [], b"", 200,
                                      [("Content-Type", "text/html")], os.urandom(1500), dedup=False)
                for i in range(6, 14)]
    writer.seal()
    assert wait_for(lambda: uploader.stats.get("warc/upload_retries", 0) >= 2)   # backing off
    assert list((tmp_path / "spool" / "c1").glob("*.warc.gz"))                  # waiting in the spool
    assert len(catalog.warc_files()) < len(writer.sealed)                        # not catalogued yet
    server.start()
    assert writer.close(upload_timeout_s=60)
    assert {r["record_id"] for r in catalog.all_captures()} == {w.record_id for w in written}
    assert list((tmp_path / "spool" / "c1").iterdir()) == []
    report = fixity.verify(catalog, store)
    assert report.ok, [str(b) for b in report.bad]
    assert all(c.verified for c in provenance.lookup(catalog, store, "http://www.example.gov.cn/3"))


@pytest.mark.minio
@pytest.mark.skipif(not os.environ.get("NIANBAO_TEST_MINIO"), reason="set NIANBAO_TEST_MINIO=host:port (and "
                    "NIANBAO_S3_ACCESS_KEY / NIANBAO_S3_SECRET_KEY) to test against a real MinIO")
def test_real_minio(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("NIANBAO_S3_ENDPOINT", os.environ["NIANBAO_TEST_MINIO"])
    monkeypatch.setenv("NIANBAO_S3_SECURE", os.environ.get("NIANBAO_S3_SECURE", "0"))
    store = open_store(f"s3://nianbao-test-{uuid.uuid4().hex[:8]}/t")
    assert isinstance(store, S3Store)
    exercise(store)
    data = os.urandom(limits.S3_PART_SIZE_BYTES + 1024)
    (tmp_path / "big").write_bytes(data)
    store.put_file("warcs/c/big.warc.gz", tmp_path / "big")
    assert store.get_range("warcs/c/big.warc.gz", limits.S3_PART_SIZE_BYTES, 1024) == data[-1024:]
