"""The local spool: WARC files being written, and sealed files waiting for upload.

Layout (one folder per crawl id, so a file left behind still knows its store key):
    SPOOL/<crawl-id>/<name>.warc.gz.open   being written; its writer holds an exclusive flock on it
    SPOOL/<crawl-id>/<name>.warc.gz        sealed (complete, fsync'd), waiting for upload
    SPOOL/<crawl-id>/<name>.cdxj           its sorted CDXJ index, written by the upload thread before the upload
                                           (from the offsets counted while writing; by reading the file when
                                           a crash left a sealed file without it)
Files are removed from the spool only after the upload succeeded and the catalog ingested them.
A `.open` file whose lock is free belongs to a dead process: recovery trims and seals it.
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass, field
from pathlib import Path

from nianbao.archive.warc.cdxj import IndexEntry, index_warc, write_cdxj

OPEN_SUFFIX = ".warc.gz.open"
SEALED_SUFFIX = ".warc.gz"
CDXJ_SUFFIX = ".cdxj"


def store_key(crawl_id: str, name: str, suffix: str = SEALED_SUFFIX) -> str:
    """The store key of a spool file (DESIGN.md: warcs/<crawl-id>/<name>.warc.gz, <name>.cdxj beside it)."""
    return f"warcs/{crawl_id}/{name}{suffix}"


@dataclass
class SealedFile:
    """A complete WARC file in the spool, with its CDXJ, waiting to be uploaded and ingested."""
    crawl_id: str
    name: str
    warc_path: Path
    cdxj_path: Path
    records: int = 0
    entries: list[IndexEntry] | None = None   # None: read them from the file

    def ensure_cdxj(self) -> None:
        """Write the CDXJ beside the sealed WARC unless it is there (computing SURT keys costs ~0.1 ms per
        record, so the uploader does it, off the crawl's thread)."""
        if self.cdxj_path.exists():
            return
        entries = self.entries
        if entries is None:
            with open(self.warc_path, "rb") as stream:
                entries = index_warc(stream, self.warc_path.name)
        tmp = self.cdxj_path.with_name(self.cdxj_path.name + ".part")
        write_cdxj(entries, tmp)
        os.replace(tmp, self.cdxj_path)

    @property
    def warc_key(self) -> str:
        return store_key(self.crawl_id, self.name)

    @property
    def cdxj_key(self) -> str:
        return store_key(self.crawl_id, self.name, CDXJ_SUFFIX)

    @classmethod
    def at(cls, warc_path: Path) -> SealedFile:
        name = warc_path.name[: -len(SEALED_SUFFIX)]
        return cls(warc_path.parent.name, name, warc_path, warc_path.with_name(name + CDXJ_SUFFIX))


@dataclass
class SpoolFile:
    """One WARC file being written: the open handle, its lock, and the index entries counted so far."""
    crawl_id: str
    name: str
    path: Path
    handle: object = None
    entries: list[IndexEntry] = field(default_factory=list)
    records: int = 0

    @classmethod
    def create(cls, spool_dir: Path, crawl_id: str, name: str) -> SpoolFile:
        folder = spool_dir / crawl_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}{OPEN_SUFFIX}"
        handle = open(path, "xb")
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return cls(crawl_id, name, path, handle)

    @property
    def filename(self) -> str:
        return f"{self.name}{SEALED_SUFFIX}"

    def tell(self) -> int:
        return self.handle.tell()

    def seal(self) -> SealedFile:
        """fsync, then rename to .warc.gz (the rename is the commit point)."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        sealed_path = self.path.with_name(self.filename)
        cdxj_path = self.path.with_name(self.name + CDXJ_SUFFIX)
        os.replace(self.path, sealed_path)
        fsync_dir(self.path.parent)
        self.handle.close()  # releases the lock after the rename: recovery never sees a sealed .open file
        return SealedFile(self.crawl_id, self.name, sealed_path, cdxj_path, self.records, self.entries)

    def abandon(self) -> None:
        """Close without sealing (the file stays .open; the next start recovers it)."""
        if self.handle and not self.handle.closed:
            self.handle.flush()
            self.handle.close()


def is_locked(path: Path) -> bool:
    """True when a live process holds the writer's lock on this spool file."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops a lock we may have taken
    return False


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
