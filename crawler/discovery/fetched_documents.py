"""A fetched document read for the portal spider (crawler/spiders/document_reading.py), in a worker process when there
are any (crawler/workers.py, the spider's `document_workers`): its same-site hyperlinks (document_links.py) and its
opening lines (unnamed_files.py) in one job, so a large or hostile file costs a worker's time, not the reactor's,
and a reader that crashes (pdfium, libarchive: C extensions) costs that job, not the crawl.

Pure: bytes and strings in, a reading out."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from nianbao.crawler import limits
from nianbao.crawler.discovery.document_links import DocumentLinks, document_links
from nianbao.crawler.discovery.raw_links import raw_links
from nianbao.crawler.discovery.unnamed_files import opening_lines

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentJob:
    url: str
    body: bytes
    fmt: str
    content_type: str = ""
    anchor: str = ""              # the text of the link it was reached by
    links: bool = False           # read its hyperlinks (a Word/Excel/PDF 目录's)
    opening: bool = False         # read its opening lines (a file its link does not name)
    raw: bool = False             # read its bytes for addresses when no format reader found a link (raw_links.py)


@dataclass
class DocumentReading:
    links: DocumentLinks = field(default_factory=DocumentLinks)
    opening: list[str] = field(default_factory=list)


def fallback_links(body: bytes, url: str) -> DocumentLinks:
    """The addresses written in a body no format reader found a link in (raw_links.py), as its document links."""
    if len(body) > limits.MAX_RAW_LINK_BYTES:   # a report with images, a video: no 目录
        return DocumentLinks(unread="raw_too_large", fallback=True)
    try:
        found = raw_links(body, url)
    except Exception as exc:  # noqa: BLE001 - the fallback's bug costs its links, not the opening lines
        logger.warning("%s: bytes not read for addresses (%s: %s)", url, type(exc).__name__, exc)
        return DocumentLinks(unread="raw_error", fallback=True)
    return DocumentLinks(links=found.links, truncated=found.truncated, fallback=True, unfolded=found.unfolded)


def read_document(job: DocumentJob) -> DocumentReading:
    """What `job` asks of its document (a worker's target: `module:function`)."""
    reading = DocumentReading()
    if job.links:
        try:
            reading.links = document_links(job.body, job.url, job.fmt, job.anchor)
        except Exception as exc:  # noqa: BLE001 - a link reader's bug costs the links, not the opening lines
            logger.warning("%s: hyperlinks not read (%s: %s)", job.url, type(exc).__name__, exc)
            reading.links = DocumentLinks(unread="error")
    if job.raw and not reading.links.links:   # (a reader's refusal, bad_zip or not_office_xml, stays counted
        fallback = fallback_links(job.body, job.url)   # unless the bytes name addresses)
        if fallback.links or not reading.links.unread:
            fallback.refused = reading.links.unread   # (still counted: the reader could not read it)
            reading.links = fallback
    if job.opening:
        reading.opening = opening_lines(job.body, job.fmt, job.content_type or None)
    return reading
