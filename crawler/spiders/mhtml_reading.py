"""The pages inside an MHTML archive for the portal spider (crawler/spiders/portal.py `_parse_response`): each
`text/html` part of a `.mht` (parse/mhtml.py) is read as a page at the archive's URL — its links, its
list or report — the first part (the archive's own page) in full, the others (frames) for their links only.
Stats: `discovery/mhtml_archives` (archives with a page read), `discovery/mhtml_pages` (pages read),
`discovery/mhtml_truncated`, `discovery/mhtml_unread/<reason>` (too_large, not_mime, no_html: then the response is
read as any other file)."""

from __future__ import annotations

import logging

from nianbao.parse import mhtml
from scrapy.http import HtmlResponse, Response

logger = logging.getLogger(__name__)


def mhtml_page_responses(spider, response: Response, content_type: str) -> list[HtmlResponse]:
    """The archive's pages as HTML responses at its URL; [] for what is no MHTML archive with a page."""
    if response.status >= 400 or not mhtml.is_mhtml(content_type, response.url, response.body):
        return []
    stats = spider.crawler.stats
    try:
        read = mhtml.html_parts(response.body, response.url)
    except Exception as exc:  # noqa: BLE001 - one unreadable archive must not stop the crawl
        stats.inc_value("discovery/mhtml_unread/error")
        logger.warning("%s: MHTML not read (%s: %s)", response.url, type(exc).__name__, exc)
        return []
    if read.unread:
        stats.inc_value(f"discovery/mhtml_unread/{read.unread}")
        logger.debug("%s: MHTML not read (%s)", response.url, read.unread)
        return []
    if read.truncated:
        stats.inc_value("discovery/mhtml_truncated")
    stats.inc_value("discovery/mhtml_archives")
    stats.inc_value("discovery/mhtml_pages", len(read.parts))
    return [HtmlResponse(response.url, status=response.status, headers={"Content-Type": part.content_type},
                         body=part.body, request=response.request) for part in read.parts]
