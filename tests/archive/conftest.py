"""Fixtures for the archive tests: deterministic writers, local stores, a moto S3 server on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from nianbao.archive.catalog import Catalog
from nianbao.archive.store import LocalStore
from nianbao.archive.warc import CaptureWriter, WriterConfig

from tests.archive.harness import fixed_clock, fixed_ids, free_port, s3_env


@pytest.fixture
def store(tmp_path) -> LocalStore:
    s = LocalStore(tmp_path / "store")
    s.check()
    return s


@pytest.fixture
def catalog(tmp_path) -> Catalog:
    c = Catalog(tmp_path / "catalog.sqlite")
    yield c
    c.close()


@pytest.fixture
def make_writer(tmp_path, store, catalog):
    """A deterministic writer (fixed ids, clock, file token) that uploads synchronously and ingests into
    `catalog`."""
    def ingest(key: str, path: Path) -> None:
        with open(path, "rb") as stream:
            catalog.ingest_warc(key, stream)

    def make(crawl_id: str = "crawl-1", *, id_prefix: str = "00000000-0000-0000-0000", ingest_files: bool = True,
             target_store=None, lookup=True, **config) -> CaptureWriter:
        return CaptureWriter(
            WriterConfig(tmp_path / "spool", crawl_id, **config), target_store or store,
            on_sealed=ingest if ingest_files else None, background_upload=False,
            digest_lookup=catalog.original_for_digest if lookup else None,
            make_id=fixed_ids(id_prefix), clock=fixed_clock(), make_token=lambda: "t0")
    return make


@pytest.fixture(scope="module")
def moto_server():
    """A moto S3 server on 127.0.0.1 (the S3 stand-in: no MinIO here); yields (server, port, env)."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield server, port, s3_env(port)
    server.stop()


@pytest.fixture
def s3_environ(moto_server, monkeypatch):
    _, port, env = moto_server
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env
