"""Crash recovery of the spool, run when a crawl starts (and by `recover_spool` in tests and tools).

    report = recover_spool(spool_dir, uploader)

For each `.warc.gz.open` file no live process holds (see archive/warc/spool.py): read its gzip members in order,
cut the file after the last complete record (a `kill -9` leaves at most one partial member at the end; the cut
bytes are kept beside it as `<name>.tail.damaged` for inspection), and seal it (its CDXJ is then written by reading it back).
Then every sealed file in the spool (sealed now, or left behind by an earlier run whose upload failed) is handed
to the uploader, which uploads it and lets the catalog ingest it only after the upload succeeded.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from nianbao.archive.store import StoreError
from nianbao.archive.warc.reader import RecordError, iter_members, parse_record
from nianbao.archive.warc.spool import (
    CDXJ_SUFFIX,
    OPEN_SUFFIX,
    SEALED_SUFFIX,
    SealedFile,
    fsync_dir,
    is_locked,
)
from nianbao.archive.warc.upload import Uploader

log = logging.getLogger(__name__)


@dataclass
class RecoveryReport:
    trimmed: dict[str, int] = field(default_factory=dict)   # file name → bytes cut off
    sealed: list[str] = field(default_factory=list)         # .open files sealed now
    removed_empty: list[str] = field(default_factory=list)  # .open files with no capture in them
    submitted: list[str] = field(default_factory=list)      # sealed files handed to the uploader
    busy: list[str] = field(default_factory=list)           # still written by a live process: left alone
    crawl_ids: list[str] = field(default_factory=list)      # crawls whose files were submitted (spool/<crawl-id>/)

    def __bool__(self) -> bool:
        return bool(self.trimmed or self.sealed or self.submitted or self.removed_empty)


def complete_prefix(path: Path) -> tuple[int, int]:
    """(bytes of complete records at the start of the file, number of those records)."""
    good_end, count = 0, 0
    with open(path, "rb") as stream:
        try:
            for offset, length, data in iter_members(stream):
                record = parse_record(data, offset, length)
                if any(p.startswith("block truncated") or p.startswith("record does not end") for p in record.problems):
                    break
                good_end, count = offset + length, count + 1
        except RecordError as exc:
            log.info("%s: %s", path.name, exc)
    return good_end, count


def seal_leftover(path: Path, report: RecoveryReport) -> SealedFile | None:
    name = path.name[: -len(OPEN_SUFFIX)]
    size = path.stat().st_size
    good_end, count = complete_prefix(path)
    if good_end < size:
        with open(path, "rb") as src, open(path.with_name(name + ".tail.damaged"), "wb") as tail:
            src.seek(good_end)
            tail.write(src.read())
        with open(path, "r+b") as f:
            f.truncate(good_end)
            f.flush()
            os.fsync(f.fileno())
        report.trimmed[path.name] = size - good_end
        log.warning("recovered %s: cut %d bytes of a partial record after %d complete records",
                    path.name, size - good_end, count)
    if count <= 1:  # nothing but (at most) the warcinfo record
        path.unlink()
        report.removed_empty.append(path.name)
        return None
    sealed_path = path.with_name(name + SEALED_SUFFIX)
    path.with_name(name + CDXJ_SUFFIX).unlink(missing_ok=True)   # a stale index would not match the cut file
    os.replace(path, sealed_path)
    fsync_dir(path.parent)
    report.sealed.append(sealed_path.name)
    return SealedFile.at(sealed_path)


def recover_spool(spool_dir: str | os.PathLike, uploader: Uploader | None, now: bool = False) -> RecoveryReport:
    """With `now`, each sealed file is uploaded and ingested in this thread first (so a crawl that starts next
    already finds its earlier captures in the catalog); only what fails then goes to the uploader's retries."""
    spool = Path(spool_dir)
    report = RecoveryReport()
    if not spool.is_dir():
        return report
    for path in sorted(spool.glob(f"*/*{OPEN_SUFFIX}")):
        if is_locked(path):
            report.busy.append(path.name)
            continue
        seal_leftover(path, report)
    if uploader is None:
        return report
    for path in sorted(spool.glob(f"*/*{SEALED_SUFFIX}")):
        sealed = SealedFile.at(path)
        sealed.ensure_cdxj()
        report.submitted.append(path.name)
        if path.parent.name not in report.crawl_ids:
            report.crawl_ids.append(path.parent.name)
        if now:
            try:
                uploader.upload_once(sealed)
                continue
            except (StoreError, OSError) as exc:
                log.warning("could not upload %s now (%s); retrying in the background", path.name, exc)
        uploader.submit(sealed)
    return report
