"""The portals of this crawl, read once from the settings (NIANBAO_REGISTRY_FILE, NIANBAO_PORTAL_IDS)."""

from __future__ import annotations

from nianbao.crawler.registry import Portal, load_registry, select_portals
from scrapy.settings import BaseSettings


def portals_from_settings(settings: BaseSettings) -> list[Portal]:
    path = settings.get("NIANBAO_REGISTRY_FILE")
    if not path:
        return []
    ids = settings.getlist("NIANBAO_PORTAL_IDS")
    return select_portals(load_registry(path), ids)


def host_of(url_host: str) -> str:
    return (url_host or "").lower().rstrip(".")
