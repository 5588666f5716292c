"""Conditional requests (downloader middleware, order 560): If-None-Match / If-Modified-Since from the catalog's
url_state for GETs, per variant of the URL (a cookie choice's request against its own last answer:
`request_variant`); a 304 is answered to the spider with the stored response (meta `nianbao_not_modified=True`).
Stats: `warc/conditional/{sent,modified,not_modified,stored_unreadable}`."""

from __future__ import annotations

import logging
from dataclasses import asdict

from nianbao.archive.store import StoreError
from nianbao.archive.warc import read_record
from nianbao.archive.warc.reader import RecordError, decoded_payload
from nianbao.archive.warc.variants import agent_variant, cookie_variant
from nianbao.crawler.extensions.warcwriter import WarcWriterExtension
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

logger = logging.getLogger(__name__)

STORED_FLAG = "nianbao_stored"       # response flag: built from the archive, not downloaded

CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")
COOKIE_CHOICE_META = "nianbao_cookie_choice"   # the Cookie header a choice's request carries (cookie_choices.py)
UA_VARIANT_META = "nianbao_ua_variant"   # the device whose User-Agent a page is asked again with (ua_variants.py)


def request_variant(request: Request) -> str:
    """What besides its URL chooses the answer to `request` (archive/warc/variants.py): the cookie choice it
    carries in its own Cookie header, or the device whose User-Agent it was sent with, else "" (the plain
    request). Written into the capture's provenance (capture.py) and the key of its conditional state here."""
    return cookie_variant(request.meta.get(COOKIE_CHOICE_META)) or agent_variant(request.meta.get(UA_VARIANT_META))


class ConditionalRequestMiddleware:
    """Downloader middleware at 560: revalidate what the archive already holds.

    A GET for a URL with stored validators gets If-None-Match / If-Modified-Since; a 304 (archived at 950 as a
    server-not-modified revisit) is replaced by the stored response, read back from the store with a ranged
    read and content-decoded (HttpCompressionMiddleware at 590 has already been passed on the way back), so
    discovery still follows its links. If the stored record cannot be read, the request is sent again without
    validators."""

    def __init__(self, crawler: Crawler, extension: WarcWriterExtension):
        self.stats, self.extension = crawler.stats, extension
        # Checked at the first request (after spool recovery has ingested a crashed run's captures): a catalog
        # with no validators at all (a first crawl) needs no lookup per request. Captures this crawl ingests
        # while it runs are of URLs it has already fetched.
        self._catalog_has_validators: bool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        if not crawler.settings.getbool("NIANBAO_CONDITIONAL_REQUESTS", True):
            raise NotConfigured("NIANBAO_CONDITIONAL_REQUESTS is off")
        return cls(crawler, WarcWriterExtension.needed_by(crawler))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.method != "GET" or request.meta.get("playwright") or request.meta.get("nianbao_no_conditional"):
            return None
        existing = request.meta.get("nianbao_conditional")
        if existing:
            if existing.get("url") == request.url:
                return None  # a retry of the same conditional request
            for name in CONDITIONAL_HEADERS:  # a redirect carried our validators to another URL
                request.headers.pop(name, None)
            del request.meta["nianbao_conditional"]
        if any(name in request.headers for name in CONDITIONAL_HEADERS):
            return None  # someone else's conditional request
        if self._catalog_has_validators is None:
            self._catalog_has_validators = self.extension.catalog.has_validators()
        if not self._catalog_has_validators:
            return None
        state = self.extension.catalog.conditional_state(request.url, request_variant(request))
        if state is None:
            return None
        if state.etag:
            request.headers[b"If-None-Match"] = state.etag.encode("latin-1", "replace")
        if state.last_modified:
            request.headers[b"If-Modified-Since"] = state.last_modified.encode("latin-1", "replace")
        request.meta["nianbao_conditional"] = asdict(state)
        self.stats.inc_value("warc/conditional/sent")
        return None

    async def process_response(self, request: Request, response: Response, spider: Spider | None = None):
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.threads import deferToThread

        state = request.meta.get("nianbao_conditional")
        if response.status != 304 or not state or state.get("url") != request.url:
            if state and state.get("url") == request.url:
                self.stats.inc_value("warc/conditional/modified")
            return response
        try:
            # a ranged read from the store (S3: a network round trip), off the reactor thread
            record = await maybe_deferred_to_future(deferToThread(
                read_record, self.extension.store, state["warc_key"], state["offset"], state["length"]))
            if record.problems:
                raise RecordError("; ".join(record.problems))
        except (StoreError, RecordError) as exc:
            logger.warning("304 for %s but the stored capture cannot be read (%s); fetching it again",
                           request.url, exc)
            self.stats.inc_value("warc/conditional/stored_unreadable")
            retry = request.replace(dont_filter=True)
            for name in CONDITIONAL_HEADERS:
                retry.headers.pop(name, None)
            retry.meta.pop("nianbao_conditional", None)
            retry.meta["nianbao_no_conditional"] = True
            retry.meta["nianbao_store_full"] = True    # never a revisit of the capture we could not read
            return retry
        self.stats.inc_value("warc/conditional/not_modified")
        request.meta["nianbao_not_modified"] = True
        return stored_response(request, record)


def stored_response(request: Request, record) -> Response:
    """A Scrapy response rebuilt from an archived response record, content-decoded."""
    body, decoded = decoded_payload(record)
    headers = Headers()
    for name, value in record.http_headers.headers:
        lower = name.lower()
        if decoded and lower in ("content-encoding", "content-length"):
            continue
        if lower in ("transfer-encoding",) or lower.startswith("x-crawler-"):
            continue
        headers.appendlist(name, _header_bytes(value))
    status = record.status or 200
    response_class = responsetypes.from_args(headers=headers, url=request.url, body=body)
    return response_class(url=request.url, status=status, headers=headers, body=body, request=request,
                          flags=[STORED_FLAG], protocol=record.http_headers.protocol or None)


def _header_bytes(value: str) -> bytes:
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8")
