"""The crawl-configuration record: each crawl's portal registry and settings, archived in the store beside its
captures, so that the store alone says which portal (and so which region code and hosts) a capture belongs to.
`nianbao reindex` on a machine that has nothing but the store gives back the same export as the machine that
crawled (tests/e2e/test_self_contained_store.py).

    key = archive_crawl_config(store, catalog, crawl_id, registry_csv, settings)   # when a crawl starts

The file is `warcs/<crawl-id>/nianbao-config-<crawl-id>.warc.gz` (its `.cdxj` beside it): a warcinfo record and
one metadata record (`WARC-Target-URI: urn:nianbao-crawl-config:<crawl-id>`, Content-Type
`application/json; profile="nianbao-crawl-config"`) whose JSON is `{"crawl_id", "registry_csv", "settings"}`.
Settings are the crawl's own (`NIANBAO_*`, limits, politeness) with credentials in URLs masked. The catalog
ingests it into `crawl_configs` like any WARC."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime

from nianbao.archive import schema
from nianbao.archive.warc.json_warc import build_json_warc, store_json_warc

CONFIG_CONTENT_TYPE = 'application/json; profile="nianbao-crawl-config"'
CONFIG_URI_PREFIX = "urn:nianbao-crawl-config:"
_CREDENTIALS = re.compile(r"(?<=://)[^/@\s]+@")
# the settings worth keeping with the evidence: ours, and Scrapy's politeness and limits
_KEPT_PREFIXES = ("NIANBAO_", "CLOSESPIDER_", "CONCURRENT_", "DOWNLOAD_", "AUTOTHROTTLE_", "ROBOTSTXT_", "DEPTH_",
                  "USER_AGENT", "RETRY_", "SCHEDULER", "REDIS_URL")


def config_key(crawl_id: str) -> str:
    return f"warcs/{crawl_id}/nianbao-config-{crawl_id}.warc.gz"


def mask_credentials(value: object) -> object:
    """user:password@ in any URL-like string becomes ***@ (proxies and Redis URLs may carry them)."""
    if isinstance(value, str):
        return _CREDENTIALS.sub("***@", value)
    if isinstance(value, (list, tuple)):
        return [mask_credentials(v) for v in value]
    if isinstance(value, dict):
        return {k: mask_credentials(v) for k, v in value.items()}
    return value


def kept_settings(settings: dict) -> dict:
    """The JSON-able settings of a crawl that describe it, credentials masked, keys sorted."""
    out = {}
    for name in sorted(settings):
        if not name.startswith(_KEPT_PREFIXES) or "SECRET" in name or "PASSWORD" in name:
            continue
        value = settings[name]
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            value = repr(value)
        out[name] = mask_credentials(value)
    return out


def build_config_warc(crawl_id: str, registry_csv: str, settings: dict, record_id: str | None = None,
                      info_id: str | None = None, date: datetime | None = None) -> bytes:
    """A gzipped WARC 1.1 holding one crawl-configuration record (ids and date may be fixed for tests)."""
    document = {"crawl_id": crawl_id, "registry_csv": registry_csv, "settings": kept_settings(settings)}
    return build_json_warc(config_key(crawl_id), crawl_id,
                           "nianbao crawl configuration: the portal registry and settings of this crawl",
                           f"{CONFIG_URI_PREFIX}{crawl_id}", CONFIG_CONTENT_TYPE, document, record_id, info_id, date)


def archive_crawl_config(store, catalog, crawl_id: str, registry_csv: str, settings: dict) -> str:
    """Write the crawl's configuration record (and its CDXJ) to the store and ingest it; returns its key."""
    return store_json_warc(store, catalog, config_key(crawl_id), build_config_warc(crawl_id, registry_csv, settings))


def apply_config_document(conn: sqlite3.Connection, document: dict, archived_at: str) -> None:
    """Catalog side of ingesting a configuration record (inside the caller's transaction)."""
    schema.ensure(conn)
    conn.execute("INSERT OR REPLACE INTO crawl_configs VALUES (?,?,?,?)",
                 (document["crawl_id"], archived_at, document.get("registry_csv") or "",
                  json.dumps(document.get("settings") or {}, ensure_ascii=False, sort_keys=True)))


def archived_registries(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(crawl_id, registry CSV) of every archived crawl, oldest first (a later crawl's row for a portal wins)."""
    schema.ensure(conn)
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT crawl_id, registry_csv FROM crawl_configs ORDER BY archived_at, crawl_id")]
