"""A data answer the spider did not read as data, read for its links (crawler/spiders/portal.py `parse_file`).

`parse_file` answers a data answer (parse/data_answer.py: JSON, JSONP, a feed, an XML data document) with a
not_report item and no document reading: the format readers and the any-bytes fallback (document_reading.py) are
for documents, and a JSON answer's or a feed's addresses were read before it by their own readers. An XML document
sent under a type that says neither XML nor HTML — a 标文通 `.uot` (GB/T 20916: one XML file, Chinese element names)
or any vocabulary's export that the server sends as `application/octet-stream` because its mime.types has no entry
for the name — sniffs as text (parse/formats.py), so the page readers, which read XML lists (discovery/xml_links.py)
only in what sniffs as markup, never saw it, and neither did anything else: the 目录 it is was a dead end.

Read here: an XML data answer's addresses (xml_links.py, whatever its type says), else, for any data answer no
reader above took (a JSONP call reached as a link, XML no address of which xml_links reads), the any-bytes
fallback's (raw_links.py: addresses written out in its bytes). Ranked as a document's links are (`_api_links`, not
a listing: reports as articles, columns as columns, the rest with the unranked links: rank, never prune).
Stats: `discovery/data_answers_read` (answers read), `discovery/data_answer_links` (in-site links taken),
`discovery/data_answer_links_offsite` (links outside the portal's site, dropped)."""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.discovery import json_links, xml_links
from nianbao.crawler.discovery.fetched_documents import fallback_links
from scrapy.http import Response

# read in the crawl process, not a document worker: a data answer is a list of some thousand entries, not a report
# with images (the fallback's own bound, limits.MAX_RAW_LINK_BYTES, is for documents read in workers)
MAX_RAW_ANSWER_BYTES = 2 * 1024 * 1024


def unread_answer_links(body: bytes, url: str, content_type: str, raw: bool) -> list:
    """The links of a data answer no reader above took: an XML document's addresses, else (`raw`: the fallback is
    on) the addresses written in its bytes; [] for a JSON answer (read above: parse_json_answer) or nothing found."""
    if json_links.looks_like_json(body, content_type):
        return []
    found = xml_links.xml_links(url, body, "application/xml") if xml_links.is_xml_document("", body) else []
    if not found and raw and len(body) <= MAX_RAW_ANSWER_BYTES:
        found = fallback_links(body, url).links
    return found


def data_answer_link_requests(spider, response: Response):
    """Requests for the in-site links of the data answer `response` (module docstring)."""
    if response.status >= 400:
        return
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    links = unread_answer_links(response.body, response.url, content_type, spider.read_raw_links)
    if not links:
        return
    stats = spider.crawler.stats
    stats.inc_value("discovery/data_answers_read")
    site = spider._sites[response.meta["nianbao_portal"]]
    inside = [link for link in links if site.contains(urlsplit(link.url).hostname or "")]
    if len(inside) < len(links):
        stats.inc_value("discovery/data_answer_links_offsite", len(links) - len(inside))
    if not inside:
        return
    stats.inc_value("discovery/data_answer_links", len(inside))
    # a 目录 attached to a column lists that column's reports; an answer reached otherwise is its own list
    column = response.meta.get("nianbao_column") or response.url
    yield from (request for request in spider._api_links(response, inside, column, listing=False)
                if request is not None)
