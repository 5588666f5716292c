"""Silent edits: what changed in a report between two captures, and reports that disappeared.

A report's versions are its `previous_versions` (earlier content of the same URL, or an earlier report this one
replaced) followed by its canonical capture. Each step between two versions with different payloads is a
revision: `edited` (same URL, new content) or `replaced` (a corrected report at a new URL took the place of one
that is gone), with the cells that changed (old → new, DESIGN keys as in the flat export), a short diff of each
section whose text changed, and both captures. A report all of whose URLs are gone (url_state.gone_at) gets a
`gone` revision naming the last capture that had it. The report keeps one identity across edits: its id is
the id of its earliest version.

`RevisionStep` runs after `parse` (and again after a run has marked URLs gone); it rewrites only the report
rows it changes (through archive/derived.py, their owner) and fills the `revisions` table that `nianbao changes`
reads (this module owns it; the captures and gone marks it reads come from archive/catalog.py).
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

from nianbao.archive import catalog, derived, schema
from nianbao.archive.audit import unit_key
from nianbao.archive.derived import sighting_fields
from nianbao.archive.members import content_digest, document_id
from nianbao.parse.export import table_cells

FIELDS = ("title", "published", "agency", "year")   # metadata a correction may change
MAX_DIFF_LINES = 6          # per section: a revision says where the text changed, the captures hold the rest
MAX_DIFF_LINE_CHARS = 120
_SENTENCE = re.compile(r"(?<=[。；;！？!?\n])")


def cell_changes(old_tables: dict | None, new_tables: dict | None) -> list[dict]:
    old, new = table_cells(old_tables), table_cells(new_tables)
    return [{"key": key, "old": old[key], "new": new[key]} for key in old if old[key] != new[key]]


def field_changes(old: dict, new: dict) -> list[dict]:
    return [{"key": key, "old": old.get(key), "new": new.get(key)} for key in FIELDS if old.get(key) != new.get(key)]


def section_changes(old_sections: dict | None, new_sections: dict | None) -> list[dict]:
    """Sections whose text differs, each with a short sentence-level diff ("- old", "+ new" lines)."""
    old_sections, new_sections = old_sections or {}, new_sections or {}
    out = []
    for key in sorted(set(old_sections) | set(new_sections)):
        before, after = old_sections.get(key) or "", new_sections.get(key) or ""
        if before == after:
            continue
        a = [s.strip() for s in _SENTENCE.split(before) if s.strip()]
        b = [s.strip() for s in _SENTENCE.split(after) if s.strip()]
        lines = [line[0] + " " + line[2:MAX_DIFF_LINE_CHARS + 2] for line in difflib.ndiff(a, b)
                 if line[:1] in "+-"]
        more = len(lines) - MAX_DIFF_LINES
        out.append({"section": key, "diff": lines[:MAX_DIFF_LINES] + ([f"… {more} more lines"] if more > 0 else [])})
    return out


@dataclass
class Version:
    url: str
    captured_at: str
    payload_digest: str | None      # of the document's own bytes (a member's: archive/members.py content_digest)
    member: str | None = None       # the document is this member of the zip archive at `url`


def version_of(sighting: dict) -> Version:
    """The version a canonical or previous_versions entry names."""
    return Version(sighting["url"], sighting["captured_at"], content_digest(sighting), sighting.get("member"))


class RevisionStep:
    """Fold replaced reports into their corrections, compute every report's revisions, mark gone reports."""

    def __init__(self, catalog_conn: sqlite3.Connection):
        self.conn = catalog_conn
        self.stats: Counter = Counter()

    def run(self) -> Counter:
        schema.ensure(self.conn)
        gone = catalog.gone_urls(self.conn)
        records = self._records_to_check(set(gone))
        for record in records.values():
            self.stats["revisions/promoted"] += self.promote_correction(record, gone)
        removed = fold_replaced(records, gone)
        self.conn.execute("DELETE FROM revisions")
        for record_id in removed:
            derived.delete_report(self.conn, record_id)
        for old_id, record in records.items():
            revisions = self.revisions_of(record, gone)
            if revisions:
                record["revisions"] = revisions
            else:
                record.pop("revisions", None)
            self._write(old_id, record)
            for seq, revision in enumerate(revisions):
                self.conn.execute("INSERT INTO revisions VALUES (?,?,?,?,?,?,?,?)", (
                    record["id"], seq, revision["kind"], revision["at"], record.get("region_code"),
                    record.get("agency"), record.get("year"), json.dumps(revision, ensure_ascii=False)))
                self.stats[f"revisions/{revision['kind']}"] += 1
        self.stats["revisions/replaced_folded"] += len(removed)
        self.conn.commit()
        return self.stats

    def _records_to_check(self, gone: set[str]) -> dict[str, dict]:
        """Only reports with earlier versions, with gone URLs, or sharing a unit and year with one that has:
        the rest have no revision and are left untouched (the common case, kept cheap)."""
        ids = derived.report_ids_with_history(self.conn)
        if gone:
            ids |= derived.report_ids_with_urls(self.conn, gone)
            keys = {(unit_key(agency), year) for _, agency, year in derived.report_units(self.conn, ids)}
            if keys:
                ids |= {report_id for report_id, agency, year in derived.all_report_units(self.conn)
                        if (unit_key(agency), year) in keys}
        return {report_id: derived.report(self.conn, report_id)[0]
                for report_id, _, _ in derived.report_units(self.conn, ids)}

    def _write(self, old_id: str, record: dict) -> None:
        derived.replace_report(self.conn, old_id, record, record.pop("_canonical_record_id", None))

    def revisions_of(self, record: dict, gone: dict[str, str]) -> list[dict]:
        canonical = record["canonical"]
        chain = [version_of(v) for v in sorted(record.get("previous_versions") or [], key=lambda v: v["captured_at"])]
        chain.append(version_of(canonical))
        steps = [(a, b) for a, b in zip(chain, chain[1:], strict=False)
                 if a.payload_digest != b.payload_digest or (a.url, a.member) != (b.url, b.member)]
        out = []
        for old, new in steps:
            old_record = self._parsed(old) or {}
            new_record = record if new is chain[-1] else (self._parsed(new) or {})
            out.append({
                "kind": "edited" if (old.url, old.member) == (new.url, new.member) else "replaced",
                "at": new.captured_at,
                "old": self._capture(old), "new": self._capture(new),
                "fields": field_changes(old_record, new_record) if old_record else [],
                "cells": cell_changes(old_record.get("tables"), new_record.get("tables")),
                "sections": section_changes(old_record.get("sections"), new_record.get("sections"))})
        urls = [canonical["url"], *(d["url"] for d in record.get("duplicates") or [])]
        if all(u in gone for u in urls):
            last = max((self._last_capture(u) for u in urls), key=lambda c: c["captured_at"] if c else "")
            out.append({"kind": "gone", "at": max(gone[u] for u in urls), "old": last, "new": None,
                        "fields": [], "cells": [], "sections": []})
        return out

    def promote_correction(self, record: dict, gone: dict[str, str]) -> bool:
        """A corrected report published at a new URL is often near-identical to the one it replaces, so it
        joins its cluster as a duplicate. When the canonical's URL is gone and a copy captured later says
        something else (cells or sections differ), that copy is the report now: it becomes the canonical and the
        gone one its previous version. A copy with the same content is a republication and stays a duplicate."""
        canonical = record["canonical"]
        if canonical["url"] not in gone:
            return False
        later = sorted((d for d in record.get("duplicates") or []
                        if d["url"] not in gone and d["captured_at"] > canonical["captured_at"]),
                       key=lambda d: d["captured_at"], reverse=True)
        for copy in later:
            version = Version(copy["url"], copy["captured_at"], None, copy.get("member"))
            parsed = self._parsed(version)
            if parsed is None or not (cell_changes(record.get("tables"), parsed.get("tables"))
                                      or section_changes(record.get("sections"), parsed.get("sections"))):
                continue
            capture = self._capture(version)
            record["previous_versions"] = sorted([*(record.get("previous_versions") or []), {
                "id": record["id"], "url": canonical["url"], "captured_at": canonical["captured_at"],
                "payload_digest": canonical.get("payload_digest"), **sighting_fields(canonical)}],
                key=lambda v: v["captured_at"])
            record.update({k: v for k, v in parsed.items() if not k.startswith("_")})
            record["canonical"] = {
                "url": copy["url"], "captured_at": copy["captured_at"], "warc": capture.get("warc"),
                "offset": capture.get("offset"), "length": capture.get("length"),
                "payload_digest": capture.get("payload_digest"), "content_type": parsed.get("_content_type"),
                "reason": "correction", **sighting_fields(copy)}
            record["_canonical_record_id"] = document_id(capture["record_id"], version.member) \
                if capture.get("record_id") else None
            record["duplicates"] = [d for d in record["duplicates"] if d is not copy]
            return True
        return False

    def _parsed(self, version: Version) -> dict | None:
        return derived.parsed_at(self.conn, version.url, version.captured_at, version.member)

    def _capture(self, version: Version) -> dict:
        found = catalog.capture_at(self.conn, version.url, version.captured_at)
        capture = {"url": version.url, "captured_at": version.captured_at, "payload_digest": version.payload_digest}
        if found:
            capture.update(record_id=found["record_id"], warc=found["warc"], offset=found["offset"],
                           length=found["length"], payload_digest=version.payload_digest or found["payload_digest"])
        if version.member:
            # the archive's payload digest, and the member in it with the member's own digest
            capture.update(payload_digest=found["payload_digest"] if found else None, member=version.member,
                           member_digest=version.payload_digest)
        return capture

    def _last_capture(self, url: str) -> dict | None:
        when = catalog.last_seen_ok(self.conn, url)
        return self._capture(Version(url, when, None)) if when else None


def fold_replaced(records: dict[str, dict], gone: dict[str, str]) -> list[str]:
    """A report that is gone while a report of the same unit and year appeared after it was first captured is
    taken to be replaced by that one (a corrected version at a new URL): the newer record takes the older one's
    id, and the older one's captures become its earliest previous versions. Returns the ids folded away."""
    by_unit: dict[tuple, list[tuple[str, dict]]] = defaultdict(list)
    for report_id, record in records.items():
        if record.get("is_report") and record.get("agency") and record.get("year"):
            by_unit[(record.get("region_code"), unit_key(record["agency"]), record["year"])].append((report_id, record))
    removed = []
    for group in by_unit.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda item: _first_seen(item[1]))
        live = [item for item in group if not _is_gone(item[1], gone)]
        for report_id, old in group:
            if not _is_gone(old, gone):
                continue
            newer = [item for item in live if _first_seen(item[1]) > _first_seen(old)]
            if not newer:
                continue
            _, new = newer[0]
            versions = [*(old.get("previous_versions") or []),
                        {"id": old["id"], "url": old["canonical"]["url"], "captured_at": old["canonical"]["captured_at"],
                         "payload_digest": old["canonical"].get("payload_digest")}]
            new["previous_versions"] = sorted(versions + (new.get("previous_versions") or []),
                                              key=lambda v: v["captured_at"])
            new["duplicates"] = [*(new.get("duplicates") or []), *(
                d for d in old.get("duplicates") or [] if d["url"] not in gone)]
            removed.append(report_id)
    for report_id in removed:
        records.pop(report_id)
    for record in records.values():
        versions = record.get("previous_versions") or []
        if versions and versions[0].get("id"):
            record["id"] = versions[0]["id"]      # one identity across edits: the earliest version's
    return removed


def _first_seen(record: dict) -> str:
    return min([v["captured_at"] for v in record.get("previous_versions") or []] + [record["canonical"]["captured_at"]])


def _is_gone(record: dict, gone: dict[str, str]) -> bool:
    return all(u in gone for u in [record["canonical"]["url"], *(d["url"] for d in record.get("duplicates") or [])])


def list_changes(conn: sqlite3.Connection, since: str | None = None, region: str | None = None) -> list[dict]:
    schema.ensure(conn)
    query = "SELECT report_id, region_code, agency, year, revision_json FROM revisions WHERE 1=1"
    params: list = []
    if since:
        query += " AND at >= ?"
        params.append(since)
    if region:
        query += " AND region_code LIKE ?"
        params.append(region.replace("%", "") + "%")
    out = []
    for report_id, region_code, agency, year, body in conn.execute(query + " ORDER BY at, report_id, seq", params):
        out.append({"report_id": report_id, "region_code": region_code, "agency": agency, "year": year,
                    **json.loads(body)})
    return out


def format_changes(changes: list[dict]) -> str:
    lines = []
    for c in changes:
        old, new = c.get("old") or {}, c.get("new") or {}
        lines.append(f"{c['at'][:19]}  {c['kind']:<8} {c['report_id']}  {c['region_code'] or '-'}  "
                     f"{c['agency'] or '?'} {c['year'] or '?'}")
        if c["kind"] == "gone":
            lines.append(f"    last capture: {old.get('url')} at {old.get('captured_at')} "
                         f"({old.get('warc')}@{old.get('offset')})")
            continue
        lines.append(f"    old: {old.get('url')} at {old.get('captured_at')} ({old.get('warc')}@{old.get('offset')})")
        lines.append(f"    new: {new.get('url')} at {new.get('captured_at')} ({new.get('warc')}@{new.get('offset')})")
        for item in c.get("fields") or []:
            lines.append(f"    {item['key']}: {item['old']} → {item['new']}")
        for cell in c["cells"]:
            lines.append(f"    cell {cell['key']}: {cell['old']} → {cell['new']}")
        for section in c["sections"]:
            lines.append(f"    section {section['section']}:")
            lines.extend(f"      {line}" for line in section["diff"])
    return "\n".join(lines)
