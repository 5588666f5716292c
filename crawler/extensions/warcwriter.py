"""The WARC writer of a crawl (extension; the capture components all use it).

`WarcWriterExtension` owns the archive CaptureWriter of this crawl (crawler/capture_writer.py): created from the
settings of docs/INTERNALS.md ("Crawl process settings"), it recovers the spool at spider_opened and seals +
uploads + ingests at spider_closed. The components that write through it find it with
`WarcWriterExtension.of(crawler)`:
  DOWNLOADER 560        ConditionalRequestMiddleware   crawler/downloadermiddlewares/conditional.py
  DOWNLOADER 950        WarcCaptureMiddleware          crawler/downloadermiddlewares/capture.py
  DOWNLOADER 585        RenderedCaptureMiddleware      crawler/downloadermiddlewares/rendered.py, crawler/browser.py
  ITEM_PIPELINES 800    DocumentMetadataPipeline       crawler/pipelines/documents.py

Stats: `warc/...` (records, bytes, responses, revisits/<profile>, files_sealed, files_uploaded, recovered_files,
config_records, files_left_in_spool, unsealed_left).
"""

from __future__ import annotations

import logging
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from nianbao.archive import limits
from nianbao.archive.catalog import Catalog
from nianbao.archive.datadir import DataDir
from nianbao.archive.store import StoreError, StoreUnavailable
from nianbao.crawler import limits as crawler_limits
from nianbao.crawler.capture_writer import CaptureSetup, LocalWriter, ProcessWriter
from nianbao.crawler.workers import auto_workers
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


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
        data = DataDir.locate(settings.get("NIANBAO_DATA_DIR"), settings.get("NIANBAO_STORE_URI"))
        self.data_dir = data.root
        self.crawl_id = settings.get("NIANBAO_CRAWL_ID") or _new_crawl_id()
        store_uri = data.store_uri
        self.store = data.open_store(check=False)
        try:
            self.store.check()   # creates the bucket; a wrong configuration stops the crawl here, loudly
        except StoreUnavailable as exc:  # an outage does not: files spool and uploads are retried
            logger.warning("the store is unreachable (%s); WARC files stay in the spool until it is back", exc)
        self.catalog_path = data.catalog
        self.catalog = Catalog(self.catalog_path)
        setup = CaptureSetup(
            data_dir=str(data.root), crawl_id=self.crawl_id, store_uri=store_uri,
            gzip_level=settings.getint("NIANBAO_WARC_GZIP_LEVEL", limits.WARC_GZIP_LEVEL),
            rollover_bytes=settings.getint("NIANBAO_WARC_ROLLOVER_BYTES", limits.WARC_ROLLOVER_BYTES),
            operator=settings.get("NIANBAO_CONTACT_URL") or "",
            masked_cookies=tuple(settings.getlist("NIANBAO_MASKED_COOKIES")),
            upload_first_delay_s=settings.getfloat("NIANBAO_UPLOAD_RETRY_FIRST_S", limits.UPLOAD_RETRY_FIRST_DELAY_S),
            upload_max_delay_s=settings.getfloat("NIANBAO_UPLOAD_RETRY_MAX_S", limits.UPLOAD_RETRY_MAX_DELAY_S))
        check_setup(setup)
        in_child = writer_process_wanted(settings.get("NIANBAO_WARC_WRITER_PROCESS", "auto"))
        self.writer = (ProcessWriter(setup, self._count, settings.getfloat(
            "NIANBAO_WORKER_JOB_TIMEOUT_S", crawler_limits.WORKER_JOB_TIMEOUT_S)) if in_child
            else LocalWriter(setup, self._count))
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
            raise LookupError("WARC capture is off: enable nianbao.crawler.extensions.warcwriter.WarcWriterExtension in "
                              "EXTENSIONS and leave NIANBAO_WARC_CAPTURE on")
        return extension

    @classmethod
    def needed_by(cls, crawler: Crawler) -> WarcWriterExtension:
        """of(), for a component that only works with WARC capture: NotConfigured where capture is off, so that
        Scrapy leaves the component out (and logs why) instead of failing the crawl."""
        try:
            return cls.of(crawler)
        except LookupError as exc:
            raise NotConfigured(str(exc)) from exc

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
            # the run counts what it recovered (archive.catalog.run_counts), also an earlier crawl's files
            self.stats.set_value("warc/recovered_crawl_ids", list(report.crawl_ids))
        self.archive_config()

    def archive_config(self) -> None:
        """The crawl's registry and settings as a WARC record of its own (archive/warc/crawl_config.py): the
        store alone then says which portal, region and hosts each capture belongs to."""
        from nianbao.archive.warc.crawl_config import archive_crawl_config

        settings = self.crawler.settings
        registry = settings.get("NIANBAO_REGISTRY_FILE")
        if not registry:
            return
        try:
            from nianbao.crawler.discovery.portals import portals_from_settings
            from nianbao.crawler.registry import registry_to_csv

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
    from nianbao.archive.warc.spool import OPEN_SUFFIX, is_locked

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
