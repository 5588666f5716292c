"""WARC capture of downloaded responses (downloader middleware, order 950).

On the download side of HttpCompressionMiddleware (590) the body is still content-encoded: each response is
archived exactly as Scrapy received it — request + response (or a revisit) + provenance metadata, written by the
archive writer of crawler/extensions/warcwriter.py — and meta `nianbao_record_id`, `nianbao_payload_digest` are
set for the spider. An answer cut short (`dataloss` in its flags: downloadermiddlewares.partial) is archived as
it came, with `WARC-Truncated: disconnect`. Requests rendered by the browser (`meta["playwright"]`) are archived by crawler/browser.py's
capture route instead. Stats: `warc/skipped/<why>`, `warc/write_errors`."""

from __future__ import annotations

import logging
from datetime import timedelta

from nianbao.archive.warc.http import scrapy_headers
from nianbao.archive.warc.truncation import DISCONNECT
from nianbao.archive.warc.variants import VARIANT_FIELD
from nianbao.crawler.downloadermiddlewares.conditional import STORED_FLAG, request_variant
from nianbao.crawler.downloadermiddlewares.partial import DATALOSS_FLAG
from nianbao.crawler.extensions.warcwriter import WarcWriterExtension
from nianbao.crawler.workers import WorkerError
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _masked_cookie_names(request: Request) -> list[str]:
    cookies = request.cookies
    if isinstance(cookies, dict):
        return list(cookies)
    return [c.get("name") for c in cookies or () if isinstance(c, dict) and c.get("name")]


def provenance_of(request: Request, fetch_ms: int | None, charset: str | None) -> dict:
    meta = request.meta
    return {"portal-id": meta.get("nianbao_portal"), "via": meta.get("nianbao_via"),
            "hopsFromSeed": meta.get("nianbao_hops", ""), "role": meta.get("nianbao_role"),
            "fetchTimeMs": fetch_ms, "charset": charset,
            "capture-method": meta.get("nianbao_capture_method"),
            VARIANT_FIELD: request_variant(request)}   # "" (a plain request) is not written


class WarcCaptureMiddleware:
    """Downloader middleware at 950: archive every downloaded response exactly as Scrapy received it."""

    def __init__(self, crawler: Crawler, extension: WarcWriterExtension):
        self.crawler, self.extension, self.stats = crawler, extension, crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        return cls(crawler, WarcWriterExtension.needed_by(crawler))

    async def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if request.meta.get("playwright"):
            self.stats.inc_value("warc/skipped/browser")   # archived by the browser's capture route
            return response
        if STORED_FLAG in response.flags or "cached" in response.flags:
            return response
        if not request.url.startswith(("http://", "https://")):
            self.stats.inc_value("warc/skipped/not_http")
            return response
        writer = self.extension.writer
        latency = request.meta.get("download_latency")
        fetch_ms = int(latency * 1000) if isinstance(latency, (int, float)) else None
        started = writer.clock() - timedelta(seconds=latency or 0)
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        metadata = provenance_of(request, fetch_ms, _charset(content_type))
        ip = None if request.meta.get("proxy") else (str(response.ip_address) if response.ip_address else None)
        request_headers = scrapy_headers(request.headers)
        masked = _masked_cookie_names(request)  # cookies the crawler set itself may be credentials
        try:
            conditional = request.meta.get("nianbao_conditional")
            if response.status == 304 and conditional and conditional.get("url") == request.url:
                from nianbao.archive.warc import OriginalRef

                original = OriginalRef(conditional["record_id"], conditional["record_url"],
                                       conditional["warc_date"], conditional["payload_digest"])
                written = await writer.call(
                    "write_not_modified", request.url, original, request.method, request_headers, response.status,
                    scrapy_headers(response.headers), date=started, protocol=response.protocol, ip_address=ip,
                    metadata=metadata, masked_cookies=masked)
            else:
                written = await writer.call(
                    "write_exchange", request.url, request.method, request_headers, request.body or b"", response.status,
                    scrapy_headers(response.headers), response.body, date=started, protocol=response.protocol,
                    ip_address=ip, metadata=metadata, masked_cookies=masked,
                    dedup=not request.meta.get("nianbao_store_full"),
                    truncated=DISCONNECT if DATALOSS_FLAG in response.flags else None)
        except (OSError, WorkerError) as exc:  # nothing can be archived, so stop loudly
            logger.critical("cannot write WARC records to %s (%s); stopping the crawl", self.extension.spool_dir,
                            exc)
            self.stats.inc_value("warc/write_errors")
            self.crawler.engine.close_spider(self.crawler.spider, "warc_write_failed")
            raise
        request.meta["nianbao_record_id"] = written.record_id
        request.meta["nianbao_payload_digest"] = written.payload_digest
        return response
