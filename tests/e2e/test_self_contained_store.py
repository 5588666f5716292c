"""The store is self-contained: each crawl archives its registry and settings (archive/warc/crawl_config.py), so
`reindex` on an empty machine — the store and nothing else, no registry file — then `dedup` and `parse` give the
same export, byte for byte, region codes included."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest
from nianbao.archive.catalog import Catalog
from nianbao.crawler.app.cli import EXIT_OK, main
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.fast_crawl import FAST_CRAWL_ARGS

pytestmark = pytest.mark.slow


def test_reindex_on_an_empty_machine_gives_the_same_export(tmp_path, capsys) -> None:
    sandbox = build_sandbox(portals=2)
    first, second = tmp_path / "first", tmp_path / "second"
    registry = tmp_path / "portals.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    with serve(sandbox) as server:
        assert main(["run", "--data", str(first), "--registry", str(registry), "--proxy", server.url,
                     "--render", "never", *FAST_CRAWL_ARGS]) == EXIT_OK
    assert main(["export", "--data", str(first), "--format", "jsonl", "--out", str(tmp_path / "a.jsonl")]) == EXIT_OK
    # the configuration record: in the store, CDXJ-indexed, with the registry the crawl used
    configs = sorted((first / "store").rglob("nianbao-config-*.warc.gz"))
    assert len(configs) == 1 and configs[0].with_name(configs[0].name.replace(".warc.gz", ".cdxj")).exists()
    assert "urn:nianbao-crawl-config:" in configs[0].with_name(configs[0].name[:-8] + ".cdxj").read_text("utf-8")
    body = gzip.decompress(configs[0].read_bytes()).decode("utf-8")
    assert sandbox.portals[0]["homepage"] in body and "NIANBAO_RENDER" in body

    shutil.copytree(first / "store", tmp_path / "moved-store")      # the new machine has the store only
    registry.unlink()
    store = (tmp_path / "moved-store").as_uri()
    capsys.readouterr()
    assert main(["reindex", "--data", str(second), "--store", store]) == EXIT_OK
    assert main(["dedup", "--data", str(second), "--store", store]) == EXIT_OK
    assert "portal registry from the store" in capsys.readouterr().err
    assert main(["parse", "--data", str(second), "--store", store]) == EXIT_OK
    assert main(["export", "--data", str(second), "--format", "jsonl", "--out", str(tmp_path / "b.jsonl")]) == EXIT_OK
    exported = (tmp_path / "a.jsonl").read_bytes()
    assert exported and (tmp_path / "b.jsonl").read_bytes() == exported
    records = [json.loads(line) for line in exported.decode("utf-8").splitlines()]
    assert records and all(r["region_code"] for r in records)
    assert Catalog(second / "catalog.sqlite").conn.execute("SELECT COUNT(*) FROM crawl_configs").fetchone()[0] == 1
