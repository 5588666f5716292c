"""The extract step: captures → text and parsed document (the first half of `nianbao dedup`).

For every report page and report attachment the catalog lists and no earlier run parsed, read the capture's
payload from the store (a ranged GET), extract its text (parse/text.py), parse it (parse/report.py) with the
context the crawl recorded (portal, link and column texts), read tables published as images
(archive/ocr_images.py), and store the parsed document in the catalog (`parsed_documents`, archive/derived.py).
Each document is then yielded, with its text, for the cluster step (archive/cluster.py).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from nianbao.archive import catalog, derived, schema
from nianbao.archive.ocr_images import OcrImagesStep, OcrStepConfig
from nianbao.archive.step import PipelineStep
from nianbao.archive.warc.payload import RecordUnreadable, read_payload
from nianbao.parse.report import parse_report
from nianbao.parse.text import UNPACK_STAGE, extract_text

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
                record, text = self._parse_one(capture, row)
            except RecordUnreadable as exc:
                log.error("dedup: skipped %s: %s", capture.url, exc)
                self.count("unreadable")
                continue
            if any(e.get("stage") == UNPACK_STAGE for e in record.get("errors") or []):
                log.warning("dedup: %s not parsed: %s", capture.url, record["errors"][0]["message"])
                self.count("unpack_refused")
            score = parse_score(record)
            derived.put_parsed(self.conn, capture.record_id, capture.url, capture.captured_at, record, score)
            yield Extracted(capture, row, record, text, score)

    def _parse_one(self, capture: Capture, row: dict) -> tuple[dict, str]:
        body, content_type = read_payload(self.store, capture.warc_key, capture.offset, capture.length)
        hints = {k: row[k] for k in ("agency", "year", "published", "title") if row[k]}
        # the context the parser weighs: the portal (我县/我局 resolve against it), the link and column texts
        context = {"region_code": self.config.portal_regions.get(capture.portal_id or ""),
                   "portal_name": self.config.portal_names.get(capture.portal_id or ""),
                   "link_text": row["link_text"], "column": row["column_text"]}
        hints.update({k: v for k, v in context.items() if v})
        extracted = extract_text(body, content_type, capture.url)
        record = parse_report(body, content_type, capture.url, hints, extracted=extracted)
        self.ocr.apply(record, extracted, capture)       # tables published as images (archive/ocr_images.py)
        record["_content_type"] = content_type
        record["_format"] = extracted.format
        # The title carries the unit and year that tell two same-template reports apart (dedup's self-check).
        return record, (extracted.title or "") + "\n" + extracted.text
