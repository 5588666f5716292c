"""Fetched documents read for the portal spider (crawler/spiders/portal.py `parse_file`): `read_fetched_document`
sends a document's bytes to the spider's `document_workers` (crawler/discovery/fetched_documents.py; in this process
with NIANBAO_PAGE_WORKERS=0) for its hyperlinks and, for a file its link does not name, its opening lines. A read
that fails (the reader raised, ran out of time or memory, its worker died) is logged and counted under
`discovery/document_read_failed/<Type>`; the document's item is yielded all the same.

Links inside documents: the same-site hyperlinks of a Word file, workbook or OpenDocument file (DOCX, DOC, XLSX, XLS,
ODT, ODS), or of a PDF whose link text or name says it is an index, (crawler/discovery/document_links.py) are its
links, ranked as an answer's links are (`_api_links`, not a listing: reports as articles, columns as columns, the
rest with the unranked links).
Stats: `discovery/document_links` (links taken), `discovery/documents_with_links`, `discovery/document_links_offsite`,
`discovery/document_links_truncated`, `discovery/document_links_unread/<reason>`; of the links taken, addresses
printed in the document's text (document_text_links.py): `discovery/document_text_links`, bare hosts
`discovery/document_text_hosts`; a PDF's bookmarks' addresses (its outline): `discovery/pdf_outline_links`; a Word or
Excel 2003 XML document's hyperlinks (under a .doc/.xls name): `discovery/office_xml_links`; a PDF's embedded files'
hyperlinks (a 说明 carrying the 目录 workbook): `discovery/pdf_attachment_links`, the files read
`discovery/pdf_attachments_read` and left unread `discovery/pdf_attachments_skipped`.

The any-bytes fallback (crawler/discovery/raw_links.py, `NIANBAO_RAW_LINKS`, on by default): any fetched file no
format reader found a link in (a container nobody wrote a reader for) has the addresses written in its bytes, and in
what it cheaply unpacks to, read as its links, ranked the same way (`discovery/raw_reads` bodies read,
`discovery/raw_links` links taken, `discovery/raw_unfolded` iCalendar/vCard texts unfolded, `discovery/raw_links_truncated`, `discovery/document_links_unread/raw_too_large`).
`NIANBAO_DOCUMENT_LINKS=False` switches the format readers off (the fallback then reads every file: how its reach is
measured)."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.document_links import (
    ATTACHMENT_TAG,
    OFFICE_XML_TAG,
    OUTLINE_TAG,
    WIDGET_TAG,
    WORD_PART_TAG,
    DocumentLinks,
    read_for_links,
)
from nianbao.crawler.discovery.document_text_links import HOST_TAG
from nianbao.crawler.discovery.document_text_links import TAG as TEXT_TAG
from nianbao.crawler.discovery.fetched_documents import DocumentJob, DocumentReading
from nianbao.crawler.discovery.raw_links import TAG as RAW_TAG
from nianbao.crawler.discovery.unnamed_files import read_for_text
from scrapy.http import Response

logger = logging.getLogger(__name__)


async def read_fetched_document(spider, response: Response, fmt: str, opening: bool) -> DocumentReading | None:
    """The document's reading (its links when it may have some; its opening lines when `opening`), None when the read
    failed; an empty one, and no job, when there is nothing to read."""
    meta = response.meta
    anchor = meta.get("nianbao_anchor") or ""
    answered = response.status < 400
    job = DocumentJob(response.url, response.body, fmt,
                      response.headers.get(b"Content-Type", b"").decode("latin-1"), anchor,
                      links=answered and spider.read_document_links
                      and read_for_links(fmt, response.url, anchor, response.body),
                      opening=opening and read_for_text(fmt, len(response.body)),
                      raw=answered and spider.read_raw_links)
    if not (job.links or job.opening or job.raw):
        return DocumentReading()
    try:
        if spider.document_workers is None or _too_large_for_raw_only(job):
            return spider.read_document(job)
        return await spider.document_workers.run(job)
    except Exception as exc:  # noqa: BLE001 - one unreadable document must not cost the crawl its item
        spider.crawler.stats.inc_value("discovery/document_read_failed")
        spider.crawler.stats.inc_value(f"discovery/document_read_failed/{type(exc).__name__}")
        logger.warning("portal %s: could not read %s (%s: %s); its item is kept", meta["nianbao_portal"],
                       response.url, type(exc).__name__, exc, exc_info=spider.document_workers is None)
        return None


def _too_large_for_raw_only(job: DocumentJob) -> bool:
    """A job only the any-bytes fallback would read, of a body over its bound (a report with images, a video): the
    fallback answers `raw_too_large` without reading it, so it is answered here, in the crawl process, rather than
    after the body's megabytes have crossed a worker's pipe (fetched_documents.fallback_links)."""
    return job.raw and not job.links and not job.opening and len(job.body) > limits.MAX_RAW_LINK_BYTES


def document_link_requests(spider, response: Response, found: DocumentLinks):
    """Requests for the in-site links `found` in the document `response`."""
    stats = spider.crawler.stats
    if found.unread:
        stats.inc_value(f"discovery/document_links_unread/{found.unread}")
        logger.debug("%s: hyperlinks not read (%s)", response.url, found.unread)
        return
    if found.refused:
        stats.inc_value(f"discovery/document_links_unread/{found.refused}")
    if found.fallback:
        stats.inc_value("discovery/raw_reads")
    if found.unfolded:
        stats.inc_value("discovery/raw_unfolded", found.unfolded)
    if found.truncated:
        stats.inc_value("discovery/raw_links_truncated" if found.fallback else "discovery/document_links_truncated")
    for metric, count in (("pdf_attachments_read", found.attachments_read),
                          ("pdf_attachments_skipped", found.attachments_skipped)):
        if count:
            stats.inc_value(f"discovery/{metric}", count)
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
    for tag, metric in ((TEXT_TAG, "document_text_links"), (HOST_TAG, "document_text_hosts"),
                        (OUTLINE_TAG, "pdf_outline_links"), (OFFICE_XML_TAG, "office_xml_links"),
                        (WORD_PART_TAG, "document_part_links"), (WIDGET_TAG, "pdf_widget_links"),
                        (ATTACHMENT_TAG, "pdf_attachment_links"), (RAW_TAG, "raw_links")):
        printed = sum(link.tag == tag for link in links)
        if printed:   # of those, addresses printed as text (a 汇总表's 网址 column); bare hosts (a site's home); bookmarks
            stats.inc_value(f"discovery/{metric}", printed)
    meta = response.meta
    # a 目录 attachment of a column lists that column's reports; a document reached otherwise is its own list
    column = meta.get("nianbao_column") or response.url
    yield from (request for request in spider._api_links(response, links, column, listing=False)
                if request is not None)
