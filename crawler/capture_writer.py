"""Where a crawl's WARC writing runs: in the crawl process, or in a child process of its own.

`CaptureService` owns the archive side of one crawl — the CaptureWriter, the store uploads and the catalog
ingestion of sealed files — built from a picklable `CaptureSetup`. The crawl talks to it through a writer with
one interface, whichever process the service lives in:

    LocalWriter(setup, count)      the service in this process (NIANBAO_WARC_WRITER_PROCESS = false)
    ProcessWriter(setup, count)    the service in a child process (crawler/workers.py), the default where there
                                   is a CPU to spare: serialising, digesting and gzip-compressing records is
                                   a third of a crawl's CPU once pages are analysed elsewhere (measured,
                                   benchmarks/crawl_throughput.py), and the reactor thread should be free

    await writer.call("write_exchange", url, ...)   -> Written (the record ids the spider needs)
    writer.submit("write_document_metadata", ...)   fire and forget (failures are logged and counted)
    await writer.recover() / await writer.close(timeout_s) -> (all uploaded?, files left in the spool)

Records reach the file in the order they were submitted (one child, one pipe). If the child dies while it
writes, the crawl stops loudly (`warc_write_failed`): what it had not written is in no WARC, and a crawl must
not go on without archiving. Whether it died writing or idle, the pool starts a new child, whose first job
is the spool recovery (`CaptureService.__call__`): the dead child's open file is sealed, uploaded and
ingested at once, in this run (`warc/writer_recoveries`), and nothing is left unsealed at the end."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from nianbao.archive import limits
from nianbao.archive.catalog import Catalog
from nianbao.archive.datadir import DataDir
from nianbao.archive.warc import CaptureWriter, WriterConfig, recover_spool
from nianbao.archive.warc.upload import Uploader
from nianbao.crawler.workers import WorkerError, WorkerPool

logger = logging.getLogger(__name__)

Count = Callable[[str, int], None]
WRITE_METHODS = ("write_exchange", "write_not_modified", "write_resource", "write_document_metadata")


@dataclass(frozen=True)
class CaptureSetup:
    """Everything the archive side of a crawl is built from (docs/INTERNALS.md "Crawl process settings")."""
    data_dir: str
    crawl_id: str
    store_uri: str
    gzip_level: int = limits.WARC_GZIP_LEVEL
    rollover_bytes: int = limits.WARC_ROLLOVER_BYTES
    operator: str = ""
    masked_cookies: tuple[str, ...] = ()
    upload_first_delay_s: float = limits.UPLOAD_RETRY_FIRST_DELAY_S
    upload_max_delay_s: float = limits.UPLOAD_RETRY_MAX_DELAY_S

    @property
    def data(self) -> DataDir:
        return DataDir(Path(self.data_dir), self.store_uri)

    @property
    def spool_dir(self) -> Path:
        return self.data.spool

    @property
    def catalog_path(self) -> Path:
        return self.data.catalog


class CaptureService:
    """The CaptureWriter of a crawl with its uploader and catalog ingestion. Called as a worker-pool service
    with `(method, args, kwargs)` jobs, it answers `(result, stats counted since the last answer)`."""

    def __init__(self, setup: CaptureSetup, count: Count | None = None):
        self.setup = setup
        self._external_count = count
        self._counts: dict[str, int] = {}
        self.store = setup.data.open_store(check=False)
        self.catalog = Catalog(setup.catalog_path)
        config = WriterConfig(spool_dir=setup.spool_dir, crawl_id=setup.crawl_id, gzip_level=setup.gzip_level,
                              rollover_bytes=setup.rollover_bytes, operator=setup.operator,
                              masked_cookies=tuple(setup.masked_cookies))
        self.uploader = Uploader(self.store, self.ingest, background=True, count=self._count,
                                 first_delay_s=setup.upload_first_delay_s, max_delay_s=setup.upload_max_delay_s)
        self.writer = CaptureWriter(config, self.store, uploader=self.uploader,
                                    digest_lookup=self.catalog.original_for_digest, count=self._count)
        self.recovered = False   # the spool is recovered before this service writes anything

    def _count(self, name: str, n: int = 1) -> None:
        if self._external_count is not None:
            self._external_count(name, n)
        else:
            self._counts[name] = self._counts.get(name, 0) + n

    def ingest(self, key: str, local_path: Path) -> None:
        """on_sealed (uploader thread): the file is in the store; index it from the identical local copy."""
        with Catalog(self.setup.catalog_path) as catalog, open(local_path, "rb") as stream:
            result = catalog.ingest_warc(key, stream)
        self._count("warc/files_ingested")
        logger.info("catalog: ingested %s (%d captures, %d documents)", key, result.captures, result.documents)

    def recover(self):
        """Seal, upload and ingest what a crashed run left in the spool, before the crawl writes anything."""
        self.recovered = True
        return recover_spool(self.writer.spool_dir, self.uploader, True)

    def _recover_after_restart(self) -> None:
        """A job before any `recover`: this service replaces a writer child that died in this crawl. Its open
        file is sealed, uploaded and ingested now, so the run sees (and counts) its captures."""
        report = self.recover()
        self._count("warc/writer_recoveries")
        if report:
            logger.warning("WARC writer restarted: sealed %s, trimmed %s, uploaded %s", report.sealed,
                           report.trimmed, report.submitted)
            self._count("warc/recovered_files", len(report.submitted))

    def close(self, upload_timeout_s: float | None) -> tuple[bool, int]:
        try:
            ok = self.writer.close(upload_timeout_s)
        finally:
            self.catalog.close()
        return ok, len(self.uploader.failed)

    def __call__(self, job: tuple[str, tuple, dict]) -> tuple[Any, dict[str, int]]:
        method, args, kwargs = job
        if not self.recovered and method != "recover":
            self._recover_after_restart()
        if method in WRITE_METHODS:
            result = getattr(self.writer, method)(*args, **kwargs)
        elif method in ("recover", "close"):
            result = getattr(self, method)(*args, **kwargs)
        else:
            raise ValueError(f"unknown capture method {method!r}")
        counts, self._counts = self._counts, {}
        return result, counts


class LocalWriter:
    """The capture service in the crawl process; slow steps (recovery, closing) run in a thread."""

    def __init__(self, setup: CaptureSetup, count: Count):
        self.setup = setup
        self.service = CaptureService(setup, count)
        self.clock = self.service.writer.clock

    def start(self) -> None:
        pass

    async def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self.service((method, args, kwargs))[0]

    def submit(self, method: str, *args: Any, **kwargs: Any) -> None:
        self.service((method, args, kwargs))

    async def recover(self):
        return await _in_thread(self.service.recover)

    async def close(self, upload_timeout_s: float | None) -> tuple[bool, int]:
        return await _in_thread(self.service.close, upload_timeout_s)


class ProcessWriter:
    """The capture service in a child process; stats counted there are added to the crawl's as answers come."""

    def __init__(self, setup: CaptureSetup, count: Count, job_timeout_s: float | None = None):
        self.setup, self._count = setup, count
        self.pool = WorkerPool("nianbao.crawler.capture_writer:CaptureService", 1, init=setup,
                               job_timeout_s=job_timeout_s, memory_bytes=None, name="WARC writer")
        self.failure: Exception | None = None    # the first write that failed; the crawl stops on it

    @staticmethod
    def clock() -> datetime:
        return datetime.now(timezone.utc)

    def start(self) -> None:
        self.pool.start()

    async def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.failure is not None:
            raise WorkerError(f"the WARC writer failed earlier: {self.failure}")
        try:
            result, counts = await self.pool.run((method, args, kwargs))
        except WorkerError as exc:
            self.failure = self.failure or exc
            raise
        self._add(counts)
        return result

    def submit(self, method: str, *args: Any, **kwargs: Any) -> None:
        future = self.pool.submit((method, args, kwargs))
        future.add_done_callback(self._submitted_done)

    def _submitted_done(self, future: asyncio.Future) -> None:
        if future.cancelled():
            return
        if future.exception() is not None:
            self.failure = self.failure or future.exception()
            self._count("warc/write_errors", 1)
            logger.error("WARC writer: a record could not be written: %s", future.exception())
            return
        self._add(future.result()[1])

    def _add(self, counts: dict[str, int]) -> None:
        for name, n in counts.items():
            self._count(name, n)

    async def recover(self):
        return await self.call("recover")

    async def close(self, upload_timeout_s: float | None) -> tuple[bool, int]:
        """Seal and upload what was written (also after a failed write: nothing written is left behind)."""
        try:
            result, counts = await self.pool.run(("close", (upload_timeout_s,), {}))
            self._add(counts)
            return result
        finally:
            await self.pool.close()


async def _in_thread(function: Callable, *args: Any) -> Any:
    return await asyncio.to_thread(function, *args)
