"""Uploading sealed spool files to the store, then handing them to the catalog.

Order for one sealed file: upload the WARC, check its size in the store, upload the CDXJ, call `on_sealed(key,
local_path)` (the catalog ingests it), then delete the local copies. Any failure leaves the files in the spool,
so the catalog never points at a record the store lacks and nothing is lost: an unreachable store
(StoreUnavailable) is retried with exponential back-off up to UPLOAD_RETRY_MAX_DELAY_S; a configuration error
(bad credentials) stops retrying in this process and the files wait for the next start.

`Uploader(store, on_sealed, background=True)` runs one worker thread so that a 1 GB upload does not stall the
crawl; `background=False` uploads in the caller's thread (tests, recovery, the end of a crawl).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from nianbao.archive import limits
from nianbao.archive.store import Store, StoreConfigError, StoreError, StoreUnavailable
from nianbao.archive.warc.spool import SealedFile

log = logging.getLogger(__name__)

OnSealed = Callable[[str, Path], None]


class Uploader:
    def __init__(self, store: Store, on_sealed: OnSealed | None = None, background: bool = True,
                 first_delay_s: float = limits.UPLOAD_RETRY_FIRST_DELAY_S,
                 max_delay_s: float = limits.UPLOAD_RETRY_MAX_DELAY_S,
                 count: Callable[[str, int], None] | None = None):
        self.store, self.on_sealed = store, on_sealed
        self.first_delay_s, self.max_delay_s = first_delay_s, max_delay_s
        self.stats: dict[str, int] = {}
        self._external_count = count
        self.failed: list[SealedFile] = []      # given up on in this process (kept in the spool)
        self.done: list[SealedFile] = []
        self._stop = threading.Event()
        self._queue: queue.Queue[SealedFile | None] = queue.Queue()
        self._thread = None
        if background:
            self._thread = threading.Thread(target=self._run, name="nianbao-warc-upload", daemon=True)
            self._thread.start()

    def _count(self, name: str, n: int = 1) -> None:
        self.stats[name] = self.stats.get(name, 0) + n
        if self._external_count is not None:
            self._external_count(name, n)

    # ------------------------------------------------------------------ public

    def submit(self, sealed: SealedFile) -> None:
        """Upload now (no background thread: retrying until it succeeds or `deadline`) or queue it."""
        if self._thread is None:
            self.upload_with_retry(sealed)
        else:
            self._queue.put(sealed)

    def drain(self, timeout_s: float | None = None) -> bool:
        """Wait for queued uploads; True when all are done. On timeout the worker is told to stop retrying
        and what is left stays in the spool for the next start."""
        if self._thread is None:
            return not self.failed
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while self._queue.unfinished_tasks:
            if deadline is not None and time.monotonic() > deadline:
                self._stop.set()
                break
            time.sleep(0.02)
        self._queue.put(None)
        self._thread.join(timeout=(max(0.0, deadline - time.monotonic()) + 5) if deadline else None)
        if not self._thread.is_alive():
            self._thread = None  # later submits upload in the caller's thread
        return not self.failed and not self._queue.unfinished_tasks

    def upload_with_retry(self, sealed: SealedFile, deadline: float | None = None) -> bool:
        delay = self.first_delay_s
        while True:
            try:
                self.upload_once(sealed)
                return True
            except StoreUnavailable as exc:
                self._count("warc/upload_retries")
                if self._stop.is_set() or (deadline is not None and time.monotonic() + delay > deadline):
                    log.error("store unreachable, %s stays in the spool for the next start: %s",
                              sealed.warc_path, exc)
                    self.failed.append(sealed)
                    self._count("warc/upload_failed")
                    return False
                log.warning("store unreachable (%s); retrying %s in %.1f s", exc, sealed.name, delay)
                self._stop.wait(delay)
                delay = min(delay * 2, self.max_delay_s)
            except (StoreConfigError, StoreError, OSError) as exc:
                log.error("cannot upload %s (%s); it stays in the spool and is retried on the next start",
                          sealed.warc_path, exc)
                self.failed.append(sealed)
                self._count("warc/upload_failed")
                return False

    def upload_once(self, sealed: SealedFile) -> None:
        sealed.ensure_cdxj()
        size = sealed.warc_path.stat().st_size
        self.store.put_file(sealed.warc_key, sealed.warc_path)
        stored = self.store.size(sealed.warc_key)
        if stored != size:
            raise StoreUnavailable(f"{sealed.warc_key}: {stored} bytes in the store, {size} in the spool")
        self.store.put_file(sealed.cdxj_key, sealed.cdxj_path)
        self._count("warc/files_uploaded")
        self._count("warc/bytes_uploaded", size)
        if self.on_sealed is not None:
            try:
                self.on_sealed(sealed.warc_key, sealed.warc_path)
            except Exception:
                # The upload is good; keep the local file so the next start ingests it again.
                log.exception("ingesting %s failed; the file stays in the spool", sealed.warc_key)
                self._count("warc/ingest_failed")
                raise StoreError(f"ingest of {sealed.warc_key} failed") from None
        sealed.warc_path.unlink(missing_ok=True)
        sealed.cdxj_path.unlink(missing_ok=True)
        self.done.append(sealed)
        log.info("uploaded %s (%d bytes)", sealed.warc_key, size)

    # ------------------------------------------------------------------ worker

    def _run(self) -> None:
        while True:
            sealed = self._queue.get()
            try:
                if sealed is None:
                    return
                self.upload_with_retry(sealed)
            except Exception:  # never let the worker die with files queued
                log.exception("upload worker: unexpected error on %s", sealed)
            finally:
                self._queue.task_done()
