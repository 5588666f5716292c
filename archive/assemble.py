"""The assemble step (`nianbao parse`): one report record per near-duplicate cluster, and its validation.

The canonical document's parse (archive/extract.py) becomes the DESIGN export record with the cluster's
duplicates; reports edited in place are folded into their newest version (`previous_versions`), landing pages
that only link an attachment into the attachment's record (`landing_pages`), the later pages of a report article
cut into pages into the record of its first page, which was parsed with them (`continuation_pages`), the rule
spanning years is checked
over the whole set, then revisions are computed (archive/revisions.py). Like every step (archive/step.py) it
only derives data from what the store holds, so it can be re-run after `reindex`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from nianbao.archive import catalog, derived, schema
from nianbao.archive.derived import sighting_fields
from nianbao.archive.members import content_digest, sighting_key
from nianbao.archive.revisions import RevisionStep
from nianbao.archive.step import PipelineStep

log = logging.getLogger(__name__)

@dataclass
class AssembleConfig:
    pass


class AssembleStep(PipelineStep):
    """Turn each cluster's canonical document into the DESIGN export record, with its duplicates, validation
    across reports and revisions (a sink: it writes the `reports` table and yields nothing)."""

    stats_prefix = "parse"

    def __init__(self, config: AssembleConfig, catalog_conn: sqlite3.Connection, deduper):
        super().__init__()
        self.config, self.conn, self.deduper = config, catalog_conn, deduper

    def run(self, data: Iterable = ()) -> Iterator:
        self.assemble()
        return iter(())

    def assemble(self) -> None:
        schema.ensure(self.conn)
        derived.clear_reports(self.conn)
        clusters = self.deduper.clusters()
        records = [r for r in (self.export_record(c) for c in clusters) if r is not None]
        self.count("missing_canonical", len(clusters) - len(records))
        attachments = catalog.attachments_by_page(self.conn)
        records, folded = fold_continuation_pages(records)
        self.count("continuation_pages_folded", folded)
        records = fold_landing_pages(fold_edited_versions(records), attachments)
        add_carry_continuity(records)
        for record in records:
            derived.put_report(self.conn, {k: v for k, v in record.items() if not k.startswith("_")},
                               record["_canonical_id"])
            self.count("reports")
            self.count("errors", len(record.get("errors") or []))
        self.conn.commit()
        self.stats.update(RevisionStep(self.conn).run())

    def _capture(self, record_id: str) -> dict[str, Any] | None:
        return derived.parsed_capture(self.conn, record_id)

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
        parsed = derived.parsed(self.conn, canonical_id)
        record = {k: v for k, v in parsed.items() if not k.startswith("_")}
        record["id"] = cluster.cluster_id
        record["_canonical_id"] = canonical_id
        record["canonical"] = {
            "url": canonical["url"], "captured_at": canonical["captured_at"], "warc": canonical["warc_key"],
            "offset": canonical["offset"], "length": canonical["length"],
            "payload_digest": canonical["payload_digest"], "content_type": canonical["content_type"],
            "reason": "latest_version" if canonical_id != cluster.canonical_id else getattr(cluster, "reason", None),
            **sighting_fields(canonical),
        }
        record["duplicates"] = [
            {"url": member["url"], "captured_at": member["captured_at"], "similarity": round(float(similarity), 4),
             "warc": member["warc_key"], "offset": member["offset"], "length": member["length"],
             **sighting_fields(member)}
            for member_id, (member, similarity) in members.items() if member_id not in versions]
        record["_previous_versions"] = [
            {"id": cluster.cluster_id, "url": members[v][0]["url"], "captured_at": members[v][0]["captured_at"],
             "payload_digest": members[v][0]["payload_digest"], **sighting_fields(members[v][0])} for v in versions]
        return record


def current_version(chosen_id: str, chosen: dict, members: dict[str, tuple[dict, float]]) -> tuple[str, list[str]]:
    """A report edited in place whose edit is small stays in its cluster; the canonical must then be the newest
    capture of the canonical's URL (what the portal serves now), and older captures of that URL with other
    content are its previous versions, not duplicates. Returns (canonical id, previous version ids). A member of
    an archive is "the URL" with its member path, its content the member's own bytes (archive/members.py)."""
    same_url = {chosen_id: chosen,
                **{k: m for k, (m, _) in members.items() if sighting_key(m) == sighting_key(chosen)}}
    newest_digest = content_digest(max(same_url.values(), key=lambda m: m["captured_at"]))
    # the first capture of the current content is the response record holding its bytes (later ones are revisits)
    current = min((k for k, m in same_url.items() if content_digest(m) == newest_digest),
                  key=lambda k: (same_url[k]["captured_at"], k))
    older = [k for k, m in sorted(same_url.items(), key=lambda kv: kv[1]["captured_at"])
             if content_digest(m) != newest_digest]
    return current, older


def fold_edited_versions(records: list[dict]) -> list[dict]:
    """A report edited in place (same URL, new content) forms a new cluster, because its numbers differ. The
    newest capture of a URL is the current version: clusters whose URLs were all re-captured later with other
    content are folded into the newer cluster as `previous_versions` (their captures stay in the archive). The
    members of one archive share its URL and are told apart by their member path (archive/members.py)."""
    latest_at: dict[tuple, str] = {}
    owner: dict[tuple, int] = {}
    for index, record in enumerate(records):
        for sighting in [record["canonical"], *record["duplicates"]]:
            key = sighting_key(sighting)
            if sighting["captured_at"] > latest_at.get(key, ""):
                latest_at[key], owner[key] = sighting["captured_at"], index
    kept, folded = [], {}
    for index, record in enumerate(records):
        urls = [sighting_key(s) for s in [record["canonical"], *record["duplicates"]]]
        newer = {owner[u] for u in urls if owner[u] != index}
        if newer and all(owner[u] != index for u in urls):
            folded.setdefault(min(newer), []).append(record)
        else:
            kept.append((index, record))
    for index, record in kept:
        record["previous_versions"] = sorted(record.pop("_previous_versions", []) + [
            {"id": old["id"], "url": old["canonical"]["url"], "captured_at": old["canonical"]["captured_at"],
             "payload_digest": old["canonical"]["payload_digest"], **sighting_fields(old["canonical"])}
            for old in folded.get(index, [])], key=lambda v: v["captured_at"])
    return [record for _, record in kept]


def add_carry_continuity(records: list[dict]) -> None:
    """The one rule that spans reports (carried over this year = carried forward last year, per agency) is
    checked over the whole set and added to the later year's record."""
    from nianbao.parse.validate import carry_continuity

    by_key = {(r.get("agency"), r.get("year")): r for r in records if r.get("is_report")}
    for result in carry_continuity(records):
        record = by_key.get((result["agency"], result["year"]))
        if record is not None:
            record.setdefault("validation", []).append(
                {k: v for k, v in result.items() if k not in ("agency", "year")})


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


def fold_continuation_pages(records: list[dict]) -> tuple[list[dict], int]:
    """A later page of a report article cut into pages is parsed on its own too (its first page may not have been
    captured), but where a record was parsed with it joined (`continuation_pages`, archive/extract.py), that page
    is part of that report: its own record goes, and so does its sighting among the record's duplicates (a page
    sharing the report's title and unit may cluster with it). Returns (the records kept, the sightings folded)."""
    joined = {page["url"] for record in records for page in record.get("continuation_pages") or []}
    kept, folded = [], 0
    for record in records:
        sightings = [record["canonical"], *record["duplicates"]]
        if not record.get("continuation_pages") and all(s["url"] in joined for s in sightings):
            folded += len(sightings)
            continue
        own = {page["url"] for page in record.get("continuation_pages") or []}
        duplicates = [d for d in record["duplicates"] if d["url"] not in own]
        folded += len(record["duplicates"]) - len(duplicates)
        record["duplicates"] = duplicates
        kept.append(record)
    return kept, folded
