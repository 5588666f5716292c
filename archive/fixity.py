"""Fixity: prove that the store still holds exactly the bytes the catalog indexed.

    report = verify(catalog, store)          # `nianbao verify`
    report.ok                                # False → exit status 1
    report.bad                               # list[BadRecord]; str(bad) is one printable line
    report.summary()

For each WARC file in `warc_files`: stream it once from the store, check its size and sha256 against the
catalog, split it into gzip members (reading on past a damaged member: see `iter_records`) and check every record's block digest (and payload digest, except for
revisits, whose payload lives in the original); then check that every capture the catalog indexes in that file
starts at its offset, has its length and record id, and that a revisit's original is catalogued. One sequential
read per file instead of one ranged read per record: the same records are checked and S3 is read once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.archive.catalog import Catalog
from nianbao.archive.store import StoreError
from nianbao.archive.warc.cdxj import entry_for_read, join_requests, keyed_request_read, sorted_lines
from nianbao.archive.warc.reader import HashingReader, RecordRead, iter_records


@dataclass(frozen=True)
class BadRecord:
    warc_key: str
    offset: int | None
    record_id: str | None
    url: str | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.warc_key}@{self.offset}" if self.offset is not None else self.warc_key
        return f"{where} {self.record_id or '-'} {self.url or ''}: {self.problem}".replace("  ", " ")


@dataclass
class FixityReport:
    files_checked: int = 0
    records_checked: int = 0
    captures_checked: int = 0
    bad: list[BadRecord] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.bad

    def summary(self) -> str:
        verdict = "all good" if self.ok else f"{len(self.bad)} problem(s)"
        return (f"verify: {self.files_checked} WARC files, {self.records_checked} records, "
                f"{self.captures_checked} indexed captures: {verdict}")


def verify(catalog: Catalog, store) -> FixityReport:
    report = FixityReport()
    for warc in catalog.warc_files():
        report.files_checked += 1
        verify_file(catalog, store, warc, report)
    return report


def verify_file(catalog: Catalog, store, warc: dict, report: FixityReport) -> None:
    key = warc["key"]
    captures = {row["offset"]: row for row in catalog.captures_in_warc(key)}
    found: dict[int, RecordRead] = {}
    entries = []
    try:
        stream = store.open(key)
    except (StoreError, OSError) as exc:
        report.bad.append(BadRecord(key, None, None, None, f"cannot read the file: {exc}"))
        for row in captures.values():
            report.bad.append(BadRecord(key, row["offset"], row["record_id"], row["url"], "file unreadable"))
        return
    hashing = HashingReader(stream)
    try:
        for record in iter_records(hashing):
            report.records_checked += 1
            if record.damaged:
                report.bad.append(BadRecord(key, record.offset, None, None,
                                            f"{record.problems[0]}; {record.length} bytes skipped, read on after them"))
                continue
            found[record.offset] = record
            # a POST/PUT request record keys the response before it, as the CDXJ writer keys it
            entries.append(keyed_request_read(record) or entry_for_read(record, key.rsplit("/", 1)[-1]))
            if record.problems:
                report.bad.append(BadRecord(key, record.offset, record.record_id, record.url,
                                            "; ".join(record.problems)))
        hashing.read()
    except (StoreError, OSError) as exc:
        report.bad.append(BadRecord(key, None, None, None, f"unreadable from here on: {exc}"))
    finally:
        stream.close()
    if hashing.size != warc["size"] or hashing.sha256.hexdigest() != warc["sha256"]:
        report.bad.append(BadRecord(key, None, None, None,
                                    f"file differs from the catalog: {hashing.size} bytes sha256 "
                                    f"{hashing.sha256.hexdigest()[:16]}…, catalog {warc['size']} bytes sha256 "
                                    f"{(warc['sha256'] or '')[:16]}…"))
    check_cdxj(store, key, list(join_requests(entries)), report)
    for offset, row in sorted(captures.items()):
        report.captures_checked += 1
        record = found.get(offset)
        if record is None:
            problem = "no record starts at the indexed offset"
        elif record.length != row["length"] or record.record_id != row["record_id"]:
            problem = (f"index says {row['record_id']} length {row['length']}, file has {record.record_id} "
                       f"length {record.length}")
        elif row["payload_digest"] and record.header("WARC-Payload-Digest") != row["payload_digest"]:
            problem = "payload digest differs from the catalog"
        elif row["record_type"] == "revisit" and row["refers_to"] and catalog.capture(row["refers_to"]) is None:
            problem = f"revisit of {row['refers_to']}, which the catalog does not hold"
        else:
            continue
        report.bad.append(BadRecord(key, offset, row["record_id"], row["url"], problem))


def check_cdxj(store, key: str, entries: list, report: FixityReport) -> None:
    """The CDXJ beside a WARC file must list its records as read (`nianbao reindex` rewrites one that does not)."""
    cdxj_key = key[: -len(".warc.gz")] + ".cdxj"
    try:
        if not store.exists(cdxj_key):
            return
        with store.open(cdxj_key) as stream:
            stored = stream.read().decode("utf-8", "replace")
    except (StoreError, OSError) as exc:
        report.bad.append(BadRecord(cdxj_key, None, None, None, f"cannot read the CDXJ index: {exc}"))
        return
    if stored != "".join(sorted_lines(entries)):
        report.bad.append(BadRecord(cdxj_key, None, None, None, "the CDXJ index disagrees with its WARC file; "
                                    "`nianbao reindex` rewrites it from the WARC"))
