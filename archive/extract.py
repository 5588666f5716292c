"""The extract step: captures → text and parsed document (the first half of `nianbao dedup`).

For every report page and report attachment the catalog lists and no earlier run parsed, read the capture's
payload from the store (a ranged GET), extract its text (parse/text.py), parse it (parse/report.py) with the
context the crawl recorded (portal, link and column texts), read tables published as images
(archive/ocr_images.py), and store the parsed document in the catalog (`parsed_documents`, archive/derived.py).
Each document is then yielded, with its text, for the cluster step (archive/cluster.py).

A captured zip or RAR archive (a portal's 打包下载 of its units' reports) is no document: each document member
(parse/zip_members.py), also one of a zip or RAR inside it (a county's zip of its townships' zips), is parsed as a
document of its own, its id the record id and the member's path (archive/members.py), its context the archive's
capture, with the member's file name for the link text. Members
left (directories, other files, broken data: `dedup/zip_members_skipped/<reason>`) are logged and counted, and
those that may hide a report (over a bound, encrypted, unreadable: parse/zip_members.py REFUSED_REASONS) are listed
in each of the archive's records (`members_refused`); an archive that cannot be read, is refused by the unpack
bounds or holds no document is stored as one document with that error, so it is not expanded again on the next
run. Archives are read in a child process (archive/member_reader.py): one whose reader dies, hangs or fails is one
document logged and counted (`dedup/archive_reader_failed/<died|timed_out|failed>`), and the run goes on.

A report article cut into pages (`t<date>_<id>.html`, `…_1.html`, `…_2.html`, named by the article's own pager:
parse/article_pages.py) is parsed from its first page with the later pages' contents joined in order: each later
page is the capture of its URL from the first page's crawl, else the newest at or before the first page's
(catalog.article_page_capture). The record lists them (`continuation_pages`: url, record id, capture time,
digest); a page not captured or unreadable is listed in `continuation_missing` and an error says the text is
incomplete. The later pages are still parsed on their own (a first page may be missing); the assemble step folds
their records into the first page's (archive/assemble.py `fold_continuation_pages`). Stats: `dedup/split_articles`,
`dedup/continuation_pages`, `dedup/continuation_missing`, `dedup/tables_across_pages`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from nianbao.archive import catalog, derived, schema
from nianbao.archive.member_reader import ReaderConfig, ReaderFailed, isolated_members, read_in_part
from nianbao.archive.members import document_id, member_digest, member_url
from nianbao.archive.ocr_images import OcrImagesStep, OcrStepConfig
from nianbao.archive.step import PipelineStep
from nianbao.archive.warc.payload import RecordUnreadable, read_payload
from nianbao.parse.article_pages import JOINED_CONTENT_TYPE, ArticlePages, join_pages, pages_of_article
from nianbao.parse.formats import sniff_format
from nianbao.parse.report import parse_report
from nianbao.parse.text import UNPACK_STAGE, extract_text
from nianbao.parse.unpack import UnpackLimit
from nianbao.parse.zip_members import (
    ARCHIVE_FORMATS,
    ZipMember,
    ZipUnreadable,
    mark_unexpanded,
    member_link_text,
    refusal,
    refused_members,
    with_members_refused,
)

log = logging.getLogger(__name__)


@dataclass
class Capture:
    record_id: str
    url: str
    captured_at: str
    warc_key: str
    offset: int
    length: int
    payload_digest: str | None
    portal_id: str | None
    refers_to: str | None = None
    member: str | None = None           # the document is this member of the zip archive the capture holds
    member_digest: str | None = None    # the member's own digest

    @property
    def document_id(self) -> str:
        return document_id(self.record_id, self.member)

    @property
    def parse_url(self) -> str:
        """The URL the parser reads hints from (archive/members.py member_url for a member)."""
        return member_url(self.url, self.member) if self.member else self.url




def parse_score(record: dict) -> float:
    """How completely a document parsed: sections found, tables filled, rules passed (0 … 1)."""
    sections = sum(1 for v in (record.get("sections") or {}).values() if v) / 6
    tables = record.get("tables") or {}
    table_share = sum(1 for k in ("active", "applications", "review_litigation") if tables.get(k)) / 3
    rules = [r for r in record.get("validation") or [] if r.get("severity", "error") == "error"]
    assessed = [r for r in rules if r.get("status") != "not_assessable"]
    passed = (sum(1 for r in assessed if r["status"] == "pass") / len(assessed)) if assessed else 0.0
    return round(0.3 * sections + 0.4 * table_share + 0.3 * passed, 4)


def document_captures(conn: sqlite3.Connection, only_new: bool = True) -> list[tuple[Capture, dict]]:
    """Report pages and report attachments not parsed yet, each with the capture holding its bytes."""
    return [(Capture(row["cap_id"], row["cap_url"], row["captured_at"], row["warc_key"], row["offset"],
                     row["length"], row["payload_digest"], row["cap_portal"], row["refers_to"]), row)
            for row in catalog.report_documents(conn, only_new)]


@dataclass
class ExtractConfig:
    portal_regions: dict[str, str] = field(default_factory=dict)      # portal id → region code
    portal_names: dict[str, str] = field(default_factory=dict)        # portal id → registry name (我县 = whom)
    ocr: OcrStepConfig = field(default_factory=OcrStepConfig)          # tables published as images
    archive_reader: ReaderConfig = field(default_factory=ReaderConfig)  # zip and RAR archives, read in a child


@dataclass
class Extracted:
    """One parsed document on its way to the cluster step."""
    capture: Capture
    hints: dict          # the catalog's document row (agency, year, published as the crawl saw them)
    record: dict         # parse_report() output
    text: str            # title and text: what near-duplicate detection compares
    score: float


class ExtractStep(PipelineStep):
    """Extract and parse every new report document; yields each as `Extracted`."""

    stats_prefix = "dedup"

    def __init__(self, config: ExtractConfig, catalog_conn: sqlite3.Connection, store):
        super().__init__()
        self.config, self.conn, self.store = config, catalog_conn, store
        self.ocr = OcrImagesStep(config.ocr, catalog_conn, store, self.stats)

    def run(self, data: Iterable = ()) -> Iterator[Extracted]:
        schema.ensure(self.conn)
        for capture, row in document_captures(self.conn):
            try:
                body, content_type = read_payload(self.store, capture.warc_key, capture.offset, capture.length)
            except RecordUnreadable as exc:
                log.error("dedup: skipped %s: %s", capture.url, exc)
                self.count("unreadable")
                continue
            fmt = sniff_format(body, content_type, capture.url)
            pages = pages_of_article(capture.url, body, content_type) if fmt == "html" else None
            if fmt in ARCHIVE_FORMATS:
                yield from self._expand(capture, row, body, content_type, fmt)
            elif pages is not None and pages.index == 0:
                yield self._store(capture, row, *self._parse_article(capture, row, body, content_type, pages))
            else:
                yield self._store(capture, row, *self._parse_one(capture, row, body, content_type))

    def _store(self, capture: Capture, row: dict, record: dict, text: str) -> Extracted:
        if any(e.get("stage") == UNPACK_STAGE for e in record.get("errors") or []):
            log.warning("dedup: %s not parsed: %s", capture.document_id, record["errors"][0]["message"])
            self.count("unpack_refused")
        score = parse_score(record)
        derived.put_parsed(self.conn, capture.record_id, capture.url, capture.captured_at, record, score,
                           capture.member, capture.member_digest)
        return Extracted(capture, row, record, text, score)

    def _expand(self, capture: Capture, row: dict, body: bytes, content_type: str | None,
                fmt: str) -> Iterator[Extracted]:
        """The document members of a captured zip or RAR archive (and of the archives in it), each parsed and
        stored as a document of its own, read in a child process (archive/member_reader.py). The members' records
        are held until the archive is read through: each carries the archive's `members_refused`."""
        self.count("zip_archives")
        parsed: list[tuple[Capture, dict, dict, str]] = []
        members: list[ZipMember] = []
        # The crawl's agency and title name the archive (各部门…年度报告（打包下载）), not the unit whose report a
        # member is; a member's file name is what its link text would have been.
        unit_unknown = {**row, "agency": None, "title": None}
        try:
            for member in isolated_members(body, self.config.archive_reader):
                if member.skipped:
                    self._skip(capture, member)
                    members.append(member)
                    continue
                document = replace(capture, member=member.path, member_digest=member_digest(member.data))
                member_row = {**unit_unknown, "link_text": member_link_text(member.path)}
                parsed.append((document, member_row, *self._parse_one(document, member_row, member.data,
                                                                       content_type)))
                self.count("zip_members")
        except (UnpackLimit, ZipUnreadable) as exc:     # before any member
            yield self._archive_error(capture, row, body, content_type, *refusal(exc, fmt))
            return
        except ReaderFailed as exc:
            yield from self._reader_failed(capture, row, body, content_type, fmt, exc, parsed, members)
            return
        refused = refused_members(members)
        for document, member_row, record, text in parsed:
            yield self._store(document, member_row, with_members_refused(record, refused), text)
        if not parsed:
            reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(Counter(m.skipped for m in members).items()))
            yield self._archive_error(capture, row, body, content_type, "extract",
                                      f"the {fmt} archive holds no document (members left: {reasons or 'none'})",
                                      refused)

    def _reader_failed(self, capture: Capture, row: dict, body: bytes, content_type: str | None, fmt: str,
                       exc: ReaderFailed, parsed: list, members: list[ZipMember]) -> Iterator[Extracted]:
        """The child reading the archive died, hung or failed: one bad document, logged, counted and skipped. The
        members read before stand, each with an error saying the archive was not read through; with none, the
        archive is stored as one document with that error (so it is not read again on the next run)."""
        log.error("dedup: %s: %s (after %d members)", capture.url, exc, len(parsed) + len(members))
        self.count(f"archive_reader_failed/{exc.reason}")
        refused = refused_members(members)
        if not parsed:
            yield self._archive_error(capture, row, body, content_type, "extract",
                                      f"{fmt.upper()} not expanded: {exc}", refused)
            return
        for document, member_row, record, text in parsed:
            record.setdefault("errors", []).append(read_in_part(fmt, exc))
            yield self._store(document, member_row, with_members_refused(record, refused), text)

    def _skip(self, capture: Capture, member: ZipMember) -> None:
        level = logging.WARNING if member.skipped == "broken" else logging.INFO
        log.log(level, "dedup: %s: member %s left: %s", capture.url, member.path, member.detail)
        self.count(f"zip_members_skipped/{member.skipped}")

    def _archive_error(self, capture: Capture, row: dict, body: bytes, content_type: str | None, stage: str,
                       message: str, refused: list[dict] | None = None) -> Extracted:
        """An archive that gives no document is kept as one (not a report) with the error that says why (and the
        members it refused)."""
        log.warning("dedup: %s: %s", capture.url, message)
        self.count("zip_archives_unexpanded")
        record, text = self._parse_one(capture, row, body, content_type)
        return self._store(capture, row, with_members_refused(mark_unexpanded(record, stage, message), refused), text)

    def _parse_article(self, capture: Capture, row: dict, body: bytes, content_type: str | None,
                       pages: ArticlePages) -> tuple[dict, str]:
        """The first page of an article cut into pages, parsed with its later pages' contents joined."""
        crawl_id = catalog.crawl_of(self.conn, capture.record_id)
        payloads, joined_pages, missing = [(body, content_type)], [], []
        for url in pages.later_urls:
            record_id = catalog.article_page_capture(self.conn, url, capture.captured_at, crawl_id)
            where = catalog.payload_capture(self.conn, record_id) if record_id else None
            try:
                if where is None:
                    raise RecordUnreadable("not captured")
                payloads.append(read_payload(self.store, where["warc"], where["offset"], where["length"]))
                joined_pages.append({"url": url, "record_id": record_id, "captured_at": where["captured_at"],
                                     "payload_digest": where["payload_digest"]})
            except RecordUnreadable as exc:
                log.warning("dedup: %s: page %s of the article left out: %s", capture.url, url, exc)
                missing.append(url)
        joined = join_pages(payloads)
        if joined.unreadable:   # a page with no content to join counts as missing; cells name the pages joined
            for position in reversed(joined.unreadable):
                missing.append(joined_pages.pop(position - 1)["url"])
                payloads.pop(position)
            joined = join_pages(payloads)
        record, text = self._parse_one(capture, row, joined.html, content_type, parse_as=JOINED_CONTENT_TYPE)
        record["continuation_pages"] = joined_pages
        if missing:
            record["continuation_missing"] = sorted(missing, key=pages.urls.index)
            record.setdefault("errors", []).append({"stage": "extract", "message": (
                f"text incomplete: {len(missing)} of the article's {len(pages.urls)} pages not captured or "
                f"unreadable ({', '.join(record['continuation_missing'])})")})
        self.count("split_articles")
        self.count("continuation_pages", len(joined_pages))
        self.count("continuation_missing", len(missing))
        self.count("tables_across_pages", joined.tables_continued)
        return record, text

    def _hints(self, capture: Capture, row: dict) -> dict:
        hints = {k: row[k] for k in ("agency", "year", "published", "title") if row[k]}
        # the context the parser weighs: the portal (我县/我局 resolve against it), the link and column texts
        context = {"region_code": self.config.portal_regions.get(capture.portal_id or ""),
                   "portal_name": self.config.portal_names.get(capture.portal_id or ""),
                   "link_text": row["link_text"], "column": row["column_text"]}
        hints.update({k: v for k, v in context.items() if v})
        return hints

    def _parse_one(self, capture: Capture, row: dict, body: bytes, served_as: str | None,
                   parse_as: str | None = None) -> tuple[dict, str]:
        """Parse a document (`served_as`: the Content-Type its capture was served with; `parse_as`: the one of
        `body` when it is not the capture's own bytes, an article's pages joined)."""
        url = capture.parse_url
        content_type = None if capture.member else (parse_as or served_as)   # a member's bytes and name say its format
        extracted = extract_text(body, content_type, url)
        record = parse_report(body, content_type, url, self._hints(capture, row), extracted=extracted)
        if not capture.member:    # a member's images are inside the archive, not captures of their own
            self.ocr.apply(record, extracted, capture)   # tables published as images (archive/ocr_images.py)
        record["_content_type"] = served_as          # the capture's (canonical.content_type)
        record["_format"] = extracted.format
        # The title carries the unit and year that tell two same-template reports apart (dedup's self-check).
        return record, (extracted.title or "") + "\n" + extracted.text
