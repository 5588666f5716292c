"""List pagination, one module per family. Each returns `PageRequest`s for the other pages of a list, bounded
by nianbao.crawler.limits.MAX_LIST_PAGES_PER_COLUMN; the spider counts them per column and drops the excess."""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.crawler import limits

MAX_PAGES = limits.MAX_LIST_PAGES_PER_COLUMN


@dataclass(frozen=True)
class PageRequest:
    url: str
    method: str = "GET"
    body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    api: bool = False        # an XHR/JSON/XML endpoint (hop letter X) rather than an HTML list page
    pager: str = ""          # which pager produced it (stats: pager/<name>)
