"""A fetched document read for the portal spider (crawler/spiders/document_reading.py), in a worker process when there
are any (crawler/workers.py, the spider's `document_workers`): its same-site hyperlinks (document_links.py) and its
opening lines (unnamed_files.py) in one job, so a large or hostile file costs a worker's time, not the reactor's,
and a reader that crashes (pdfium, libarchive: C extensions) costs that job, not the crawl.

Pure: bytes and strings in, a reading out."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from nianbao.crawler.discovery.document_links import DocumentLinks, document_links
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


@dataclass
class DocumentReading:
    links: DocumentLinks = field(default_factory=DocumentLinks)
    opening: list[str] = field(default_factory=list)


def read_document(job: DocumentJob) -> DocumentReading:
    """What `job` asks of its document (a worker's target: `module:function`)."""
    reading = DocumentReading()
    if job.links:
        try:
            reading.links = document_links(job.body, job.url, job.fmt, job.anchor)
        except Exception as exc:  # noqa: BLE001 - a link reader's bug costs the links, not the opening lines
            logger.warning("%s: hyperlinks not read (%s: %s)", job.url, type(exc).__name__, exc)
            reading.links = DocumentLinks(unread="error")
    if job.opening:
        reading.opening = opening_lines(job.body, job.fmt, job.content_type or None)
    return reading
