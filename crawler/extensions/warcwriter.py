"""WARC capture for Scrapy: the writer extension, two downloader middlewares and the classification pipeline.

Enabled in crawler/settings.py (order numbers in its docstring):
  EXTENSIONS            WarcWriterExtension          owns the archive CaptureWriter of this crawl: created from the
                                                     settings of docs/INTERNALS.md ("Crawl process settings"),
                                                     recovers the spool at spider_opened, seals + uploads + ingests
                                                     at spider_closed. `WarcWriterExtension.of(crawler).writer`.
  DOWNLOADER 560        ConditionalRequestMiddleware If-None-Match / If-Modified-Since from the catalog's url_state
                                                     for GETs; a 304 is answered to the spider with the stored
                                                     response (meta `nianbao_not_modified=True`).
  DOWNLOADER 950        WarcCaptureMiddleware        on the download side of HttpCompressionMiddleware (590): the body
                                                     is still content-encoded. Writes request + response (or revisit)
                                                     + provenance metadata; sets meta `nianbao_record_id`,
                                                     `nianbao_payload_digest`.
  ITEM_PIPELINES 800    DocumentMetadataPipeline     a `DocumentItem` becomes the classification metadata record.

Stats: `warc/...` (records, bytes, responses, revisits/<profile>, files_sealed, files_uploaded, conditional/...).
Requests rendered by the browser (`meta["playwright"]`) are captured by crawler/browser.py through
`writer.write_exchange` / `writer.write_resource`, not here.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from archive.catalog import Catalog
from archive.store import StoreError, StoreUnavailable, open_store
from archive.warc import read_record
from archive.warc.http import scrapy_headers
from archive.warc.reader import RecordError, decoded_payload
from crawler.capture_writer import CaptureSetup, LocalWriter, ProcessWriter
from crawler.workers import WorkerError, auto_workers
from parse import limits

logger = logging.getLogger(__name__)

STORED_FLAG = "nianbao_stored"       # response flag: built from the archive, not downloaded


# ---------------------------------------------------------------- the item


@dataclass
class DocumentItem:
    """The spider's verdict on one captured document: becomes a `nianbao-document` metadata record
    (`WARC-Refers-To` = `record_id`, the response or revisit record of `url`)."""
    url: str
    kind: str                       # report | attachment | not_report
    portal_id: str | None = None
    record_id: str | None = None    # request meta nianbao_record_id
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    published: str | None = None    # YYYY-MM-DD
    site_id_code: str | None = None
    found_on: str | None = None     # the page the link was found on
    parent_url: str | None = None   # attachments: the report page
    reason: str | None = None       # why it is (not) a report
    hops: str = ""                  # hop path from the seed
    link_text: str | None = None    # the anchor text of the link that led here (parse weighs it)
    column_text: str | None = None  # the anchor text of the column (年报 list) the link was found in
    format: str | None = None       # html | pdf | doc | docx | ...

    def as_json(self) -> dict:
        return document_json(asdict(self))


DOCUMENT_JSON_FIELDS = tuple(f.name for f in fields(DocumentItem) if f.name not in ("url", "record_id"))


def document_json(values: dict) -> dict:
    """The JSON body of the classification record (INTERNALS fields; `hops`, `format` as extras)."""
    return {name: values.get(name) for name in DOCUMENT_JSON_FIELDS}


# ---------------------------------------------------------------- the extension


def _new_crawl_id() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%d%H%M%S}-{secrets.token_hex(2)}"


class WarcWriterExtension:
    """Owns the archive writer (crawler/capture_writer.py), the store and the catalog connection of this crawl."""

    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        if not settings.getbool("NIANBAO_WARC_CAPTURE", True):
            raise NotConfigured("NIANBAO_WARC_CAPTURE is off")
        self.crawler = crawler
        self.stats = crawler.stats
        data = Path(settings.get("NIANBAO_DATA_DIR") or "nianbao-data").expanduser().resolve()
        self.data_dir = data
        self.crawl_id = settings.get("NIANBAO_CRAWL_ID") or _new_crawl_id()
        store_uri = settings.get("NIANBAO_STORE_URI") or (data / "store").as_uri()
        self.store = open_store(store_uri, data / "store", check=False)
        try:
            self.store.check()   # creates the bucket; a wrong configuration stops the crawl here, loudly
        except StoreUnavailable as exc:  # an outage does not: files spool and uploads are retried
            logger.warning("the store is unreachable (%s); WARC files stay in the spool until it is back", exc)
        self.catalog_path = data / "catalog.sqlite"
        self.catalog = Catalog(self.catalog_path)
        setup = CaptureSetup(
            data_dir=str(data), crawl_id=self.crawl_id, store_uri=store_uri,
            gzip_level=settings.getint("NIANBAO_WARC_GZIP_LEVEL", limits.WARC_GZIP_LEVEL),
            rollover_bytes=settings.getint("NIANBAO_WARC_ROLLOVER_BYTES", limits.WARC_ROLLOVER_BYTES),
            operator=settings.get("NIANBAO_CONTACT_URL") or "",
            masked_cookies=tuple(settings.getlist("NIANBAO_MASKED_COOKIES")),
            upload_first_delay_s=settings.getfloat("NIANBAO_UPLOAD_RETRY_FIRST_S", limits.UPLOAD_RETRY_FIRST_DELAY_S),
            upload_max_delay_s=settings.getfloat("NIANBAO_UPLOAD_RETRY_MAX_S", limits.UPLOAD_RETRY_MAX_DELAY_S))
        check_setup(setup)
        in_child = writer_process_wanted(settings.get("NIANBAO_WARC_WRITER_PROCESS", "auto"))
        self.writer = (ProcessWriter if in_child else LocalWriter)(setup, self._count)
        self.spool_dir = setup.spool_dir
        self.upload_timeout_s = settings.getfloat("NIANBAO_UPLOAD_DRAIN_S", limits.UPLOAD_DRAIN_AT_CLOSE_S)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler._nianbao_warc_extension = self  # for WarcWriterExtension.of()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcWriterExtension:
        return cls(crawler)

    @classmethod
    def of(cls, crawler: Crawler) -> WarcWriterExtension:
        extension = getattr(crawler, "_nianbao_warc_extension", None)
        if extension is None:
            raise LookupError("WARC capture is off: enable crawler.extensions.warcwriter.WarcWriterExtension in EXTENSIONS "
                              "and leave NIANBAO_WARC_CAPTURE on")
        return extension

    def _count(self, name: str, n: int = 1) -> None:
        self.stats.inc_value(name, n)

    async def spider_opened(self, spider: Spider) -> None:
        """Recover what a crashed run left in the spool, uploading and ingesting it before the crawl starts,
        so conditional requests and revisits already see those captures."""
        self.writer.start()
        report = await self.writer.recover()
        if report:
            logger.warning("WARC spool recovery: sealed %s, trimmed %s, uploading %s", report.sealed,
                           report.trimmed, report.submitted)
            self._count("warc/recovered_files", len(report.submitted))
            # the run counts what it recovered (archive.runs.run_counts), also an earlier crawl's files
            self.stats.set_value("warc/recovered_crawl_ids", list(report.crawl_ids))
        self.archive_config()

    def archive_config(self) -> None:
        """The crawl's registry and settings as a WARC record of its own (archive/warc/crawl_config.py): the
        store alone then says which portal, region and hosts each capture belongs to."""
        from archive.warc.crawl_config import archive_crawl_config

        settings = self.crawler.settings
        registry = settings.get("NIANBAO_REGISTRY_FILE")
        if not registry:
            return
        try:
            from crawler.discovery.portals import portals_from_settings
            from crawler.registry import registry_to_csv

            registry_csv = registry_to_csv(portals_from_settings(settings))
            archive_crawl_config(self.store, self.catalog, self.crawl_id, registry_csv,
                                 settings.copy_to_dict())
            self._count("warc/config_records")
        except (StoreError, OSError) as exc:   # the crawl can go on; reindex elsewhere will need the registry
            logger.warning("the crawl's configuration record could not be written to %s (%s): the store alone "
                           "will not say which portal its captures belong to", self.store.uri, exc)
            self._count("warc/config_record_failed")

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        """Seal the last file and wait (off the reactor thread) for uploads + ingestion."""
        try:
            ok, left = await self.writer.close(self.upload_timeout_s)
        finally:
            self.catalog.close()
        if not ok:   # failed uploads, and those still waiting when the drain ran out, both stay in the spool
            left = max(left, len(list(Path(self.spool_dir).glob("*/*.warc.gz"))))
            logger.error("%d WARC file(s) could not be uploaded to %s; they stay in %s and are uploaded on the "
                         "next start", left, self.store.uri, self.spool_dir)
            self.stats.set_value("warc/files_left_in_spool", left)
        unsealed = unsealed_files(self.spool_dir)
        if unsealed:   # a writer that could not be recovered: the run must not look complete
            logger.critical("WARC files left unsealed in the spool at the end of the crawl: %s; the next start "
                            "seals and uploads them", ", ".join(p.name for p in unsealed))
            self.stats.set_value("warc/unsealed_left", len(unsealed))


def unsealed_files(spool_dir) -> list[Path]:
    """Open spool files that no live process writes (what a dead writer left behind)."""
    from archive.warc.spool import OPEN_SUFFIX, is_locked

    return [p for p in sorted(Path(spool_dir).glob(f"*/*{OPEN_SUFFIX}")) if not is_locked(p)]


def check_setup(setup: CaptureSetup) -> None:
    """The spool must be writable before the crawl starts (in whichever process will write it)."""
    setup.spool_dir.mkdir(parents=True, exist_ok=True)
    if not os.access(setup.spool_dir, os.W_OK):
        raise OSError(f"cannot write WARC files to {setup.spool_dir}: make it writable or choose another "
                      f"--data-dir")


def writer_process_wanted(value: object) -> bool:
    """NIANBAO_WARC_WRITER_PROCESS: true, false, or auto (a child process when there is a second CPU)."""
    text = str(value).strip().lower()
    if text == "auto":
        return auto_workers() > 0     # the same rule as the page workers: a child only beside a second CPU
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"NIANBAO_WARC_WRITER_PROCESS must be auto, on or off, not {value!r}")


# ---------------------------------------------------------------- capture


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
            "capture-method": meta.get("nianbao_capture_method")}


class WarcCaptureMiddleware:
    """Downloader middleware at 950: archive every downloaded response exactly as Scrapy received it."""

    def __init__(self, crawler: Crawler, extension: WarcWriterExtension):
        self.crawler, self.extension, self.stats = crawler, extension, crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        try:
            extension = WarcWriterExtension.of(crawler)
        except LookupError as exc:
            raise NotConfigured(str(exc)) from exc
        return cls(crawler, extension)

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
                from archive.warc import OriginalRef

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
                    dedup=not request.meta.get("nianbao_store_full"))
        except (OSError, WorkerError) as exc:  # nothing can be archived, so stop loudly
            logger.critical("cannot write WARC records to %s (%s); stopping the crawl", self.extension.spool_dir,
                            exc)
            self.stats.inc_value("warc/write_errors")
            self.crawler.engine.close_spider(self.crawler.spider, "warc_write_failed")
            raise
        request.meta["nianbao_record_id"] = written.record_id
        request.meta["nianbao_payload_digest"] = written.payload_digest
        return response


# ---------------------------------------------------------------- conditional requests


CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")


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
        try:
            extension = WarcWriterExtension.of(crawler)
        except LookupError as exc:
            raise NotConfigured(str(exc)) from exc
        return cls(crawler, extension)

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
        state = self.extension.catalog.conditional_state(request.url)
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


# ---------------------------------------------------------------- classification records


class DocumentMetadataPipeline:
    """Item pipeline: each DocumentItem (anything with `url`, `kind` and `record_id`) becomes the classification
    metadata record of the capture it describes. Items without a record id are counted and passed on."""

    def __init__(self, crawler: Crawler, extension: WarcWriterExtension):
        self.stats, self.extension = crawler.stats, extension

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentMetadataPipeline:
        try:
            extension = WarcWriterExtension.of(crawler)
        except LookupError as exc:
            raise NotConfigured(str(exc)) from exc
        return cls(crawler, extension)

    def process_item(self, item, spider: Spider | None = None):
        values = getattr(item, "__dict__", None) if is_dataclass(item) and not isinstance(item, type) else None
        if values is None:   # (the spider's DocumentItem is a flat dataclass: no ItemAdapter round trip)
            values = ItemAdapter(item).asdict()
        if "kind" not in values or "url" not in values:
            return item
        record_id = values.get("record_id")
        if not record_id:
            self.stats.inc_value("warc/documents_without_record")
            logger.info("document %s (%s) has no archived record; no classification record written",
                        values.get("url"), values.get("kind"))
            return item
        self.extension.writer.submit("write_document_metadata", record_id, values["url"], document_json(values))
        return item
