"""Links inside fetched documents for the portal spider (crawler/spiders/portal.py `parse_file`): the same-site
hyperlinks of a Word file or workbook (DOCX, DOC, XLSX, XLS), or of a PDF whose link text or name says it is an index, (crawler/discovery/document_links.py) are its links, ranked as an answer's links are
(`_api_links`, not a listing: reports as articles, columns as columns, the rest with the unranked links). Stats:
`discovery/document_links` (links taken), `discovery/documents_with_links`, `discovery/document_links_offsite`,
`discovery/document_links_truncated`, `discovery/document_links_unread/<reason>`."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from nianbao.crawler.discovery import document_links
from scrapy.http import Response

logger = logging.getLogger(__name__)


def document_link_requests(spider, response: Response, fmt: str):
    """Requests for the in-site links of the document `response` (a file of format `fmt`)."""
    if fmt not in document_links.FORMATS or response.status >= 400:
        return
    stats = spider.crawler.stats
    try:
        found = document_links.document_links(response.body, response.url, fmt,
                                              response.meta.get("nianbao_anchor") or "")
    except Exception as exc:  # noqa: BLE001 - one unreadable document must not cost the crawl its item
        stats.inc_value("discovery/document_links_unread/error")
        logger.warning("%s: hyperlinks not read (%s: %s)", response.url, type(exc).__name__, exc)
        return
    if found.unread:
        stats.inc_value(f"discovery/document_links_unread/{found.unread}")
        logger.debug("%s: hyperlinks not read (%s)", response.url, found.unread)
        return
    if found.truncated:
        stats.inc_value("discovery/document_links_truncated")
    if not found.links:
        return
    site = spider._sites[response.meta["nianbao_portal"]]
    links = [link for link in found.links if site.contains(urlsplit(link.url).hostname or "")]
    if len(links) < len(found.links):
        stats.inc_value("discovery/document_links_offsite", len(found.links) - len(links))
    if not links:
        return
    stats.inc_value("discovery/documents_with_links")
    stats.inc_value("discovery/document_links", len(links))
    meta = response.meta
    # a 目录 attachment of a column lists that column's reports; a document reached otherwise is its own list
    column = meta.get("nianbao_column") or response.url
    yield from (request for request in spider._api_links(response, links, column, listing=False)
                if request is not None)
