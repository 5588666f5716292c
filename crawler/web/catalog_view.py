"""What the web view reads from the catalog: read-only, one SQLite connection per server thread, indexed lookups.

The catalog is opened with `mode=ro`: no route can write to it (SQLite refuses). Tables other commands add
(`reports` after `nianbao parse`, `revisions` and cell provenance from the research commands) may be missing:
each reader returns None then, and the page says the data is not there rather than failing.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nianbao.archive import derived
from nianbao.archive.members import split_document_id

REPORT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
RECORD_ID = re.compile(r"^<?urn:uuid:[0-9a-fA-F-]{36}>?$")
REGION = re.compile(r"^\d{2}(?:\d{2}){0,2}$")
TIMESTAMP = re.compile(r"^\d{4,14}$")
CELL_KEY = re.compile(r"^(active|applications|review_litigation)\.[a-z_]{1,40}(?:\.[a-z_]{1,40}){1,2}$")
MAX_TEXT_QUERY = 100
PAGE_SIZE = 50
REPORT_URL_SOURCES = ("duplicates", "landing_pages", "previous_versions")


class NotFound(LookupError):
    """Nothing in the catalog answers this URL (404)."""


def to_timestamp(captured_at: str) -> str:
    """Catalog time `2024-03-01T08:00:00.000000Z` → the 14-digit timestamp of archive URLs."""
    return re.sub(r"\D", "", captured_at or "")[:14]


def from_timestamp(ts: str) -> str:
    """A 4–14 digit timestamp → a catalog time to compare with (missing digits: the start of that period)."""
    digits = (ts + "0101000000"[len(ts) - 4:] if len(ts) < 14 else ts)[:14] if len(ts) >= 4 else "19700101000000"
    try:
        when = datetime.strptime(digits, "%Y%m%d%H%M%S")
    except ValueError:
        when = datetime.strptime(digits[:4] + "0101000000", "%Y%m%d%H%M%S")
    return when.strftime("%Y-%m-%dT%H:%M:%S.000000Z")


@dataclass
class SearchQuery:
    text: str = ""
    agency: str = ""
    region: str = ""
    year: int | None = None
    page: int = 1


class CatalogView:
    def __init__(self, catalog_path: Path):
        self.path = Path(catalog_path)
        if not self.path.exists():
            raise FileNotFoundError(f"no catalog at {self.path}")
        from nianbao.archive.catalog import Catalog

        Catalog(self.path, readonly=True).close()   # an older catalog is upgraded (or the error says how)
        self._local = threading.local()
        self.titles = Refreshed(self, report_titles)   # text search; refreshed every 10 minutes

    # ---------------------------------------------------------------- connection

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row       # this thread's own connection
            derived.register(conn)               # nb_report / nb_parsed: the records are stored compressed
            self._local.conn = conn
        return conn

    def has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?",
                                 (name,)).fetchone() is not None

    def rows(self, sql: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    # ---------------------------------------------------------------- search

    def search(self, query: SearchQuery) -> list[dict] | None:
        """Parsed reports matching every given filter; None before `nianbao parse` made the reports table."""
        if not self.has_table("reports"):
            return None
        where, params = ["1=1"], []
        if query.year:
            where.append("year = ?")
            params.append(query.year)
        if query.region:
            where.append("region_code GLOB ?")   # a prefix: province (2), city (4) or county (6 digits)
            params.append(query.region + "*")
        if query.agency:
            where.append("agency LIKE ?")
            params.append(f"%{query.agency}%")
        if query.text:
            return self._text_search(query)
        params += [PAGE_SIZE + 1, (query.page - 1) * PAGE_SIZE]
        return self.rows(
            "SELECT report_id, agency, year, region_code, is_report, title, level, published "
            f"FROM reports WHERE {' AND '.join(where)} ORDER BY year DESC, region_code, agency, report_id "
            "LIMIT ? OFFSET ?", params)

    def _text_search(self, query: SearchQuery) -> list[dict]:
        text, agency = query.text.casefold(), query.agency.casefold()
        hits = [r for r in self.titles.get()
                if (text in (r["title"] or "").casefold() or text in (r["agency"] or "").casefold())
                and (not query.year or r["year"] == query.year)
                and (not query.region or (r["region_code"] or "").startswith(query.region))
                and (not agency or agency in (r["agency"] or "").casefold())]
        start = (query.page - 1) * PAGE_SIZE
        return hits[start:start + PAGE_SIZE + 1]

    def years(self) -> list[int]:
        if not self.has_table("reports"):
            return []
        return [r[0] for r in self.conn.execute("SELECT DISTINCT year FROM reports WHERE year IS NOT NULL "
                                                "ORDER BY year DESC")]

    # ---------------------------------------------------------------- reports

    def report(self, report_id: str) -> dict:
        if not REPORT_ID.match(report_id or "") or not self.has_table("reports"):
            raise NotFound(report_id)
        found = derived.report(self.conn, report_id)
        if found is None:
            raise NotFound(report_id)
        record, record["_canonical_record_id"] = found
        return record

    @staticmethod
    def report_urls(record: dict) -> list[str]:
        urls = [(record.get("canonical") or {}).get("url")]
        for source in REPORT_URL_SOURCES:
            urls += [item.get("url") for item in record.get(source) or []]
        return [u for u in dict.fromkeys(urls) if u]

    def captures_of(self, urls: list[str]) -> list[dict]:
        """Every response / revisit of these URLs, oldest first (the capture history)."""
        if not urls:
            return []
        marks = ", ".join("?" * len(urls))
        return self.rows(
            "SELECT record_id, url, captured_at, record_type, status, mime, payload_digest, warc_key, offset, "
            "length, crawl_id, portal_id, revisit_profile, refers_to, role, via FROM captures INDEXED BY captures_url "
            f"WHERE url IN ({marks}) AND record_type IN ('response', 'revisit') ORDER BY captured_at, record_id",
            urls)

    def revisions(self, report_id: str, record: dict) -> list[dict] | None:
        """Silent edits of a report (the research `revisions` table, or the export record's `revisions[]`);
        None when this catalog has neither."""
        if record.get("revisions") is not None:
            return record["revisions"]
        if not self.has_table("revisions"):
            return None
        return [json.loads(r["revision_json"]) for r in self.conn.execute(
            "SELECT revision_json FROM revisions WHERE report_id = ? ORDER BY seq", (report_id,))]

    # ---------------------------------------------------------------- captures

    def capture(self, record_id: str) -> dict:
        if not RECORD_ID.match(record_id or ""):
            raise NotFound(record_id)
        record_id = record_id if record_id.startswith("<") else f"<{record_id}>"
        rows = self.rows("SELECT * FROM captures WHERE record_id = ?", (record_id,))
        if not rows:
            raise NotFound(record_id)
        return rows[0]

    def capture_near(self, url: str, ts: str) -> dict:
        """The capture of `url` nearest in time to the timestamp (as Wayback resolves its URLs)."""
        if not TIMESTAMP.match(ts or "") or not url or len(url) > 4096:
            raise NotFound(url)
        target = from_timestamp(ts)
        rows = self.rows(
            "SELECT * FROM captures INDEXED BY captures_url WHERE url = ? AND record_type IN ('response', 'revisit') "
            "ORDER BY ABS(julianday(captured_at) - julianday(?)), captured_at LIMIT 1",
            (url, target.replace("Z", "")))
        if not rows:
            raise NotFound(url)
        return rows[0]

    def payload_capture(self, row: dict) -> dict:
        """The response record that holds a capture's bytes (a revisit's original)."""
        if row["record_type"] == "response":
            return row
        if row["record_type"] == "revisit" and row.get("refers_to"):
            rows = self.rows("SELECT * FROM captures WHERE record_id = ?", (row["refers_to"],))
            if rows and rows[0]["record_type"] == "response":
                return rows[0]
        raise NotFound(f"{row['record_id']} holds no payload the catalog can find")

    def history(self, url: str) -> list[dict]:
        return self.captures_of([url])

    # ---------------------------------------------------------------- cell provenance (issue 16)

    def cell_locator(self, report_id: str, key: str, record: dict | None = None) -> dict | None:
        """Where a table value came from: {record_id (the capture), member (the document's path in the zip
        archive the capture holds, or None), locator: {kind, dom_path | page+bbox | table+row+col, text, span},
        value_text}; None when the canonical document's parse carries no locator for it (cell provenance,
        parse/locators.py, is stored with each parsed document as `_locators`)."""
        if not CELL_KEY.match(key or ""):
            return None
        record = record or self.report(report_id)
        row = self._canonical_parse(record)
        if row is None:
            return None
        locator = ((derived.parsed(self.conn, row) or {}).get("_locators") or {}).get(key)
        if not locator:
            return None
        text, span = locator.get("text") or "", locator.get("span") or [0, 0]
        value_text = text[span[0]:span[1]] if len(span) == 2 else text
        record_id, member = split_document_id(row)
        return {"record_id": record_id, "member": member, "locator": locator, "value_text": value_text.strip()}

    def _canonical_parse(self, record: dict) -> str | None:
        """The parsed_documents row (record id) of the report's canonical capture."""
        if not self.has_table("parsed_documents"):
            return None
        canonical = record.get("canonical") or {}
        record_id = record.get("_canonical_record_id")
        if record_id:
            hit = self.conn.execute("SELECT url FROM parsed_documents WHERE record_id = ?", (record_id,)).fetchone()
            if hit and hit[0] == canonical.get("url"):
                return record_id
        hit = self.conn.execute("SELECT record_id FROM parsed_documents WHERE url = ? AND captured_at = ?",
                                (canonical.get("url"), canonical.get("captured_at"))).fetchone()
        return hit[0] if hit else None

    def has_cell_provenance(self, record: dict | None = None) -> bool:
        """Whether parsed documents carry locators (the report's own canonical parse, when given)."""
        if not self.has_table("parsed_documents"):
            return False
        if record is not None:
            row = self._canonical_parse(record)
            return row is not None and (derived.parsed(self.conn, row) or {}).get("_locators") is not None
        first = self.conn.execute("SELECT record_id FROM parsed_documents LIMIT 1").fetchone()
        return first is not None and (derived.parsed(self.conn, first[0]) or {}).get("_locators") is not None

    # ---------------------------------------------------------------- regions

    def region_reports(self, code: str) -> list[dict]:
        """Reports of a region code prefix, each with its tables."""
        if not REGION.match(code or "") or not self.has_table("reports"):
            return []
        out = []
        for row, record in derived.reports(self.conn, "region_code GLOB ?", (code + "*",), order="agency, year"):
            item = {k: row[k] for k in ("report_id", "agency", "year", "region_code", "is_report")}
            item.update(tables=record.get("tables") or {}, level=row["level"], published=row["published"])
            out.append(item)
        return out

    def regions(self) -> list[dict]:
        if not self.has_table("reports"):
            return []
        return self.rows("SELECT region_code, COUNT(*) AS reports, MIN(year) AS first, MAX(year) AS last "
                         "FROM reports WHERE region_code IS NOT NULL GROUP BY region_code ORDER BY region_code")

    # ---------------------------------------------------------------- runs

    def runs(self, limit: int = 200) -> list[dict] | None:
        if not self.has_table("runs"):
            return None
        return self.rows("SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", (limit,))

    def counts(self) -> dict:
        out = {"captures": self.conn.execute("SELECT MAX(rowid) FROM captures").fetchone()[0] or 0}
        out["reports"] = (self.conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
                          if self.has_table("reports") else None)
        return out


class Refreshed:
    """A value that costs a scan of the catalog (seconds at a million captures): the first `get` computes it,
    later ones return it, and once it is older than `ttl_s` a background thread recomputes it while the old value
    is still served. `compute(conn)` runs on the calling thread's read-only connection."""

    def __init__(self, view: CatalogView, compute, ttl_s: float = 600):
        self.view, self.compute, self.ttl_s = view, compute, ttl_s
        self._value: tuple[float, object] | None = None
        self._lock = threading.Lock()
        self._refreshing = False

    def warm(self) -> None:
        threading.Thread(target=self.get, name="nianbao-warm", daemon=True).start()

    def get(self):
        import time

        with self._lock:
            if self._value is None:
                self._value = (time.monotonic(), self.compute(self.view.conn))
            elif time.monotonic() - self._value[0] > self.ttl_s and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, name="nianbao-refresh", daemon=True).start()
            return self._value[1]

    def _refresh(self) -> None:
        import time

        try:
            fresh = self.compute(self.view.conn)
            with self._lock:
                self._value = (time.monotonic(), fresh)
        finally:
            self._refreshing = False


def report_titles(conn: sqlite3.Connection) -> list[dict]:
    """Every parsed report's searchable fields (title and agency), newest year first: text search scans this
    list in memory."""
    try:
        rows = conn.execute(
            "SELECT report_id, agency, year, region_code, is_report, title, level, published FROM reports "
            "ORDER BY year DESC, region_code, agency, report_id").fetchall()
    except sqlite3.OperationalError:
        return []
    out = []
    for report_id, agency, year, region, is_report, title, level, published in rows:
        out.append({"report_id": report_id, "agency": agency, "year": year, "region_code": region,
                    "is_report": is_report, "title": title, "level": level, "published": published})
    return out


class RegionAudit:
    """The compliance audit (archive/audit.py) of one region, for its page: `audit.load_facts` reads the whole
    catalog (the `nianbao audit` command's job); a page needs the region's reports only, their first captures
    (index lookups by URL) and the crawl coverage of portals, which is one scan of the captures table, kept and
    refreshed in the background (`Refreshed`)."""

    def __init__(self, view: CatalogView):
        from nianbao.archive import audit

        self.view = view
        self.coverage = Refreshed(view, audit.crawl_coverage)

    @staticmethod
    def available() -> bool:
        try:
            import nianbao.archive.audit  # noqa: F401
        except ImportError:
            return False
        return True

    def facts(self, code: str):
        """`audit.load_facts` restricted to reports whose region code starts with `code`, with the coverage
        this page keeps."""
        from nianbao.archive import audit

        return audit.load_facts(self.view.conn, region_prefix=code, coverage=self.coverage.get())

    def grid(self, code: str) -> tuple[list[dict], list[int]]:
        """Units × years: each cell the audit row's status, evidence and report."""
        from nianbao.archive import audit

        facts = self.facts(code)
        years = sorted({f.year for f in facts.reports if f.year})
        units: dict[str, dict] = {}
        for year in years:
            for row in audit.audit(facts, year, audit.DEFAULT_RULES, code):
                unit = units.setdefault(f"{row.region_code}/{row.unit_key}",
                                        {"name": row.unit, "level": row.level, "years": {}})
                unit["years"][year] = {"status": row.status, "report_id": row.report_id, "evidence": row.evidence,
                                       "published": row.published, "deadline": row.deadline}
        return sorted(units.values(), key=lambda u: (u["level"] != "county_government", u["name"])), years
