"""Pipeline steps over the catalog: `dedup` (extract, parse, cluster) and `parse` (one report per cluster).

Each step is a small class with one `run` method and a dataclass config (datatrove style). One bad document is
logged, counted and skipped; a broken run (store unreachable, catalog missing) raises and stops loudly.
Both steps only derive data from what the store holds, so they can be re-run after `reindex`.
"""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from archive import schema
from archive.ocr_images import OcrImagesStep, OcrStepConfig
from archive.revisions import RevisionStep
from parse import limits
from parse.report import parse_report
from parse.text import UNPACK_STAGE, extract_text

log = logging.getLogger(__name__)

class RecordUnreadable(Exception):
    """A catalogued record could not be read back from the store."""


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


def read_payload(store, warc_key: str, offset: int, length: int) -> tuple[bytes, str | None]:
    """Read one record with a ranged GET; return its payload with transfer- and content-encoding removed,
    and the Content-Type of the HTTP response (or of the resource record)."""
    if length > limits.MAX_WARC_RECORD_READ_BYTES:
        raise RecordUnreadable(f"{warc_key}@{offset}: record of {length} bytes exceeds the read limit")
    raw = store.get_range(warc_key, offset, length)
    for record in ArchiveIterator(io.BytesIO(raw)):
        if record.rec_type not in ("response", "resource"):
            continue
        content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                        else record.rec_headers.get_header("Content-Type"))
        body = record.content_stream().read(limits.MAX_DOCUMENT_BYTES + 1)
        return body, content_type
    raise RecordUnreadable(f"{warc_key}@{offset}+{length} holds no response record")


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
    """Report pages and report attachments, each with the capture holding its bytes. A revisit points at
    the record that holds the payload (its refers_to), so re-crawls do not parse the same bytes twice."""
    query = """
        SELECT d.*, c.record_id AS cap_id, c.url AS cap_url, c.captured_at, c.warc_key, c.offset, c.length,
               c.payload_digest, c.portal_id AS cap_portal, c.record_type, c.refers_to
        FROM documents d JOIN captures c ON c.record_id = d.record_id
        WHERE d.kind IN ('report', 'attachment')
    """
    if only_new:
        query += " AND d.record_id NOT IN (SELECT record_id FROM parsed_documents)"
    query += " ORDER BY c.captured_at, d.record_id"
    out = []
    for row in schema.rows(conn, query):
        capture = Capture(row["cap_id"], row["cap_url"], row["captured_at"], row["warc_key"], row["offset"],
                          row["length"], row["payload_digest"], row["cap_portal"], row["refers_to"])
        if row["record_type"] == "revisit" and row["refers_to"]:
            original = conn.execute("SELECT warc_key, offset, length FROM captures WHERE record_id = ?",
                                    (row["refers_to"],)).fetchone()
            if original is None:
                continue
            capture.warc_key, capture.offset, capture.length = original
        out.append((capture, row))
    return out


@dataclass
class DedupStepConfig:
    portal_hosts: dict[str, set[str]] = field(default_factory=dict)   # portal id → hosts in its scope
    portal_regions: dict[str, str] = field(default_factory=dict)      # portal id → region code
    portal_names: dict[str, str] = field(default_factory=dict)        # portal id → registry name (我县 = whom)
    ocr: OcrStepConfig = field(default_factory=OcrStepConfig)          # tables published as images


class DedupStep:
    """Extract and parse every new report document, then add it to the near-duplicate clusters."""

    def __init__(self, config: DedupStepConfig, catalog_conn: sqlite3.Connection, store, deduper):
        self.config, self.conn, self.store, self.deduper = config, catalog_conn, store, deduper
        self.stats: Counter = Counter()
        self.ocr = OcrImagesStep(config.ocr, catalog_conn, store, self.stats)

    def run(self) -> Counter:
        from archive.dedup import DedupDoc, host_tier

        schema.ensure(self.conn)
        for capture, row in document_captures(self.conn):
            try:
                record, text = self._parse_one(capture, row)
            except RecordUnreadable as exc:
                log.error("dedup: skipped %s: %s", capture.url, exc)
                self.stats["dedup/unreadable"] += 1
                continue
            if any(e.get("stage") == UNPACK_STAGE for e in record.get("errors") or []):
                log.warning("dedup: %s not parsed: %s", capture.url, record["errors"][0]["message"])
                self.stats["dedup/unpack_refused"] += 1
            score = parse_score(record)
            self.conn.execute(
                "INSERT OR REPLACE INTO parsed_documents VALUES (?,?,?,?,?,?)",
                (capture.record_id, capture.url, capture.captured_at, record.get("_content_type"),
                 json.dumps(record, ensure_ascii=False), score))
            hosts = self.config.portal_hosts.get(capture.portal_id or "", set())
            doc = DedupDoc(
                doc_id=capture.record_id, text=text, agency=record.get("agency") or row["agency"],
                year=record.get("year") or row["year"], url=capture.url,
                host_tier=host_tier(capture.url, hosts, record.get("agency")),
                fmt=record.get("_format") or "html", published=record.get("published") or row["published"],
                captured_at=capture.captured_at, parse_score=score)
            self.deduper.add(doc)
            self.stats["dedup/documents"] += 1
        self.conn.commit()
        return self.stats

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


@dataclass
class ParseStepConfig:
    pass


class ParseStep:
    """Turn each cluster's canonical document into the DESIGN export record, with its duplicates."""

    def __init__(self, config: ParseStepConfig, catalog_conn: sqlite3.Connection, deduper):
        self.config, self.conn, self.deduper = config, catalog_conn, deduper
        self.stats: Counter = Counter()

    def run(self) -> Counter:
        schema.ensure(self.conn)
        self.conn.execute("DELETE FROM reports")
        clusters = self.deduper.clusters()
        records = [r for r in (self.export_record(c) for c in clusters) if r is not None]
        self.stats["parse/missing_canonical"] += len(clusters) - len(records)
        attachments = attachments_by_page(self.conn)
        records = fold_landing_pages(fold_edited_versions(records), attachments)
        add_carry_continuity(records)
        for record in records:
            self.conn.execute(
                "INSERT OR REPLACE INTO reports VALUES (?,?,?,?,?,?,?)",
                (record["id"], record["_canonical_id"], record.get("agency"), record.get("year"),
                 record.get("region_code"), int(bool(record.get("is_report"))),
                 json.dumps({k: v for k, v in record.items() if not k.startswith("_")}, ensure_ascii=False)))
            self.stats["parse/reports"] += 1
            self.stats["parse/errors"] += len(record.get("errors") or [])
        self.conn.commit()
        self.stats.update(RevisionStep(self.conn).run())
        return self.stats

    def _capture(self, record_id: str) -> dict[str, Any] | None:
        found = schema.rows(
            self.conn, "SELECT p.url, p.captured_at, p.content_type, p.record_json, c.warc_key, c.offset, c.length, "
            "c.payload_digest FROM parsed_documents p JOIN captures c ON c.record_id = p.record_id "
            "WHERE p.record_id = ?", (record_id,))
        return found[0] if found else None

    def export_record(self, cluster) -> dict | None:
        chosen = self._capture(cluster.canonical_id)
        if chosen is None:
            return None
        members = {member_id: (self._capture(member_id), similarity) for member_id, similarity in cluster.members
                   if member_id != cluster.canonical_id}
        members = {k: v for k, v in members.items() if v[0] is not None}
        canonical_id, versions = current_version(cluster.canonical_id, chosen, members)
        canonical = chosen if canonical_id == cluster.canonical_id else members.pop(canonical_id)[0]
        if canonical_id != cluster.canonical_id:
            members[cluster.canonical_id] = (chosen, 1.0)
        parsed = json.loads(canonical["record_json"])
        record = {k: v for k, v in parsed.items() if not k.startswith("_")}
        record["id"] = cluster.cluster_id
        record["_canonical_id"] = canonical_id
        record["canonical"] = {
            "url": canonical["url"], "captured_at": canonical["captured_at"], "warc": canonical["warc_key"],
            "offset": canonical["offset"], "length": canonical["length"],
            "payload_digest": canonical["payload_digest"], "content_type": canonical["content_type"],
            "reason": "latest_version" if canonical_id != cluster.canonical_id else getattr(cluster, "reason", None),
        }
        record["duplicates"] = [
            {"url": member["url"], "captured_at": member["captured_at"], "similarity": round(float(similarity), 4),
             "warc": member["warc_key"], "offset": member["offset"], "length": member["length"]}
            for member_id, (member, similarity) in members.items() if member_id not in versions]
        record["_previous_versions"] = [
            {"id": cluster.cluster_id, "url": members[v][0]["url"], "captured_at": members[v][0]["captured_at"],
             "payload_digest": members[v][0]["payload_digest"]} for v in versions]
        return record


def current_version(chosen_id: str, chosen: dict, members: dict[str, tuple[dict, float]]) -> tuple[str, list[str]]:
    """A report edited in place whose edit is small stays in its cluster; the canonical must then be the newest
    capture of the canonical's URL (what the portal serves now), and older captures of that URL with other
    content are its previous versions, not duplicates. Returns (canonical id, previous version ids)."""
    same_url = {chosen_id: chosen, **{k: m for k, (m, _) in members.items() if m["url"] == chosen["url"]}}
    newest_digest = max(same_url.values(), key=lambda m: m["captured_at"])["payload_digest"]
    # the first capture of the current content is the response record holding its bytes (later ones are revisits)
    current = min((k for k, m in same_url.items() if m["payload_digest"] == newest_digest),
                  key=lambda k: (same_url[k]["captured_at"], k))
    older = [k for k, m in sorted(same_url.items(), key=lambda kv: kv[1]["captured_at"])
             if m["payload_digest"] != newest_digest]
    return current, older


def fold_edited_versions(records: list[dict]) -> list[dict]:
    """A report edited in place (same URL, new content) forms a new cluster, because its numbers differ. The
    newest capture of a URL is the current version: clusters whose URLs were all re-captured later with other
    content are folded into the newer cluster as `previous_versions` (their captures stay in the archive)."""
    latest_at: dict[str, str] = {}
    owner: dict[str, int] = {}
    for index, record in enumerate(records):
        for sighting in [record["canonical"], *record["duplicates"]]:
            if sighting["captured_at"] > latest_at.get(sighting["url"], ""):
                latest_at[sighting["url"]], owner[sighting["url"]] = sighting["captured_at"], index
    kept, folded = [], {}
    for index, record in enumerate(records):
        urls = [s["url"] for s in [record["canonical"], *record["duplicates"]]]
        newer = {owner[u] for u in urls if owner[u] != index}
        if newer and all(owner[u] != index for u in urls):
            folded.setdefault(min(newer), []).append(record)
        else:
            kept.append((index, record))
    for index, record in kept:
        record["previous_versions"] = sorted(record.pop("_previous_versions", []) + [
            {"id": old["id"], "url": old["canonical"]["url"], "captured_at": old["canonical"]["captured_at"],
             "payload_digest": old["canonical"]["payload_digest"]} for old in folded.get(index, [])],
            key=lambda v: v["captured_at"])
    return [record for _, record in kept]


def add_carry_continuity(records: list[dict]) -> None:
    """The one rule that spans reports (carried over this year = carried forward last year, per agency) is
    checked over the whole set and added to the later year's record."""
    from parse.validate import carry_continuity

    by_key = {(r.get("agency"), r.get("year")): r for r in records if r.get("is_report")}
    for result in carry_continuity(records):
        record = by_key.get((result["agency"], result["year"]))
        if record is not None:
            record.setdefault("validation", []).append(
                {k: v for k, v in result.items() if k not in ("agency", "year")})


def attachments_by_page(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Report page URL → URLs of the report attachments linked from it."""
    out: dict[str, set[str]] = {}
    for url, parent in conn.execute(
            "SELECT DISTINCT url, parent_url FROM documents WHERE kind = 'attachment' AND parent_url IS NOT NULL"):
        out.setdefault(parent, set()).add(url)
    return out


def holds_report_text(record: dict) -> bool:
    return any((record.get("sections") or {}).values()) or any((record.get("tables") or {}).values())


def fold_landing_pages(records: list[dict], attachments: dict[str, set[str]]) -> list[dict]:
    """Many portals publish a report as a page that only links its PDF/DOC(X): that page holds no report text,
    so it cannot cluster with the attachment by content. Such a page becomes a `landing_pages` entry of the
    record whose documents include its attachment (lending it the page's publication date and title when the
    file has none), instead of a report record of its own without data."""
    owner: dict[str, int] = {}
    for index, record in enumerate(records):
        if holds_report_text(record):
            for sighting in [record["canonical"], *record["duplicates"]]:
                owner.setdefault(sighting["url"], index)
    folded: set[int] = set()
    for index, record in enumerate(records):
        if holds_report_text(record):
            continue
        sightings = [record["canonical"], *record["duplicates"]]
        targets = sorted({owner[a] for s in sightings for a in attachments.get(s["url"], ()) if a in owner})
        if not targets:
            continue
        target = records[targets[0]]
        target.setdefault("landing_pages", []).extend(
            {"url": s["url"], "captured_at": s["captured_at"]} for s in sightings)
        for field_name in ("published", "title"):
            if not target.get(field_name) and record.get(field_name):
                target[field_name] = record[field_name]
        folded.add(index)
    return [record for index, record in enumerate(records) if index not in folded]


def all_documents(conn: sqlite3.Connection) -> list[dict]:
    """Every parsed document (for `export --all`), each as an export record of its own."""
    out = []
    rows = schema.rows(
        conn, "SELECT p.record_id, p.url, p.captured_at, p.content_type, p.record_json, c.warc_key, c.offset, "
        "c.length, c.payload_digest FROM parsed_documents p JOIN captures c ON c.record_id = p.record_id "
        "ORDER BY p.captured_at, p.record_id")
    for row in rows:
        record = {k: v for k, v in json.loads(row["record_json"]).items() if not k.startswith("_")}
        record["id"] = row["record_id"]
        record["canonical"] = {"url": row["url"], "captured_at": row["captured_at"], "warc": row["warc_key"],
                               "offset": row["offset"], "length": row["length"],
                               "payload_digest": row["payload_digest"], "content_type": row["content_type"]}
        record["duplicates"] = []
        out.append(record)
    return out


def canonical_reports(conn: sqlite3.Connection) -> list[dict]:
    return [json.loads(r[0]) for r in conn.execute("SELECT record_json FROM reports ORDER BY agency, year, report_id")]
