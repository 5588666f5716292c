"""The crawl-configuration record (archive/warc/crawl_config.py): a valid WARC 1.1 with fixed ids and date, no
credentials, indexed by our CDXJ indexer, ingested into crawl_configs and rebuilt by reindex."""

from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timezone

from nianbao.archive.catalog import Catalog
from nianbao.archive.reindex import rebuild
from nianbao.archive.store import open_store
from nianbao.archive.warc.cdxj import index_warc, sorted_lines
from nianbao.archive.warc.crawl_config import (
    archive_crawl_config,
    archived_registries,
    build_config_warc,
    config_key,
    kept_settings,
)

REGISTRY = "id,name,region_code,level,homepage\nlintao,临洮县,621124,county,http://www.lintao.gov.cn/\n"
SETTINGS = {"NIANBAO_PROXY": "http://user:secret@proxy.local:3128", "REDIS_URL": "redis://:pw@r:6379/0",
            "NIANBAO_RENDER": "auto", "DOWNLOAD_DELAY": 0.5, "ITEM_PIPELINES": {"x": 1}, "NIANBAO_S3_SECRET_KEY": "k"}


def test_record_is_deterministic_and_free_of_credentials() -> None:
    when = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    data = build_config_warc("c1", REGISTRY, SETTINGS, "<urn:uuid:1>", "<urn:uuid:0>", when)
    assert data == build_config_warc("c1", REGISTRY, SETTINGS, "<urn:uuid:1>", "<urn:uuid:0>", when)
    text = gzip.decompress(data).decode("utf-8")
    assert "secret" not in text and ":pw@" not in text and "NIANBAO_S3_SECRET_KEY" not in text
    assert "WARC/1.1" in text and 'profile="nianbao-crawl-config"' in text
    body = json.loads(text[text.index('{"crawl_id"'):].split("\r\n\r\n")[0])
    assert body["registry_csv"] == REGISTRY and body["settings"]["DOWNLOAD_DELAY"] == 0.5
    assert "ITEM_PIPELINES" not in body["settings"]
    lines = sorted_lines(index_warc(io.BytesIO(data), "nianbao-config-c1.warc.gz"))
    assert any("urn:nianbao-crawl-config:c1" in line for line in lines)
    assert kept_settings({"NIANBAO_X": object()})["NIANBAO_X"].startswith("<object")


def test_ingested_and_rebuilt_by_reindex(tmp_path) -> None:
    store = open_store((tmp_path / "store").as_uri())
    catalog = Catalog(tmp_path / "catalog.sqlite")
    key = archive_crawl_config(store, catalog, "c1", REGISTRY, SETTINGS)
    assert key == config_key("c1") and store.exists(key[: -len(".warc.gz")] + ".cdxj")
    assert archived_registries(catalog.conn) == [("c1", REGISTRY)]
    catalog.close()
    rebuilt = tmp_path / "elsewhere.sqlite"
    rebuild(rebuilt, store)
    assert archived_registries(Catalog(rebuilt).conn) == [("c1", REGISTRY)]
