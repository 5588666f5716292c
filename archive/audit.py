"""Compliance audit: for every reporting unit seen in any year, was its report for year Y found, and on time?

A unit is identified across years by its normalised name and region code (`unit_key`). The statutory deadline
comes from 条例 第四十九条 (DEFAULT_RULES), which a rules file can override, each rule citing its source
(`load_rules`). The evidence for each unit: the report's printed publication date, the first capture that proves
it was online (WARC file, offset, time), its validation failures; for a unit whose report was not found, what
was crawled on its portals and when. The archive can never prove that a unit did not publish, only that nianbao
did not find it: the status says `not_found`, and the `crawled` field says where we looked.

`load_facts(conn)` reads what the audit needs from the catalog in a few set-wise queries (no per-report JSON
parsing of whole records); `audit(facts, year, rules)` is pure.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

ARTICLE_49 = ("《中华人民共和国政府信息公开条例》(2019年修订) 第四十九条: 县级以上人民政府部门应当在每年1月31日前"
              "…向社会公布本行政机关上一年度政府信息公开工作年度报告; 县级以上地方人民政府的政府信息公开工作主管部门"
              "应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告")
NOT_COVERED = "not covered by 条例 第四十九条 (it names 县级以上人民政府部门 and 县级以上地方人民政府 only)"

STATUSES = ("on_time", "late", "found_timing_unknown", "found_no_deadline", "not_found")
MAX_RULES = 10_000


class RulesError(ValueError):
    """A rules file that cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class Rule:
    level: str                      # export `level` vocabulary, or "*" for every level
    deadline: tuple[int, int] | None  # (month, day) in the year after the report year; None: no deadline applies
    source: str                     # where the deadline is written down
    region_prefix: str = ""         # applies to region codes starting with this ("" = everywhere)

    def applies(self, level: str | None, region_code: str | None) -> bool:
        return (self.level in ("*", level)) and (region_code or "").startswith(self.region_prefix)


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("county_government", (3, 31), ARTICLE_49 + " (县级以上地方人民政府: 3月31日)"),
    # The 办公室/办公厅 of a people's government is one of its working departments (工作部门).
    Rule("government_office", (1, 31), ARTICLE_49 + " (县级以上人民政府部门: 1月31日)"),
    Rule("department", (1, 31), ARTICLE_49 + " (县级以上人民政府部门: 1月31日)"),
    Rule("township", None, NOT_COVERED),
    Rule("development_zone", None, NOT_COVERED),
    Rule("other", None, NOT_COVERED),
)


def load_rules(path: str | Path) -> tuple[Rule, ...]:
    """Rules from a YAML or JSON file, applied after (so over) the defaults; the most specific rule wins
    (longest region prefix, then a named level over "*", then the later rule). Format:

        source: "某省政务公开办关于做好2024年度报告工作的通知, http://…"   # default source for every rule
        rules:
          - {level: township, deadline: "03-31"}
          - {level: department, region_prefix: "4301", deadline: "01-28", source: "…"}
          - {level: development_zone, deadline: null}          # explicitly: no deadline applies
    """
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulesError(f"cannot read rules file {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesError(f"{path}: expected a mapping with a `rules:` list (and a `source:` citing where the "
                         "deadlines are written)")
    if len(data["rules"]) > MAX_RULES:
        raise RulesError(f"{path}: more than {MAX_RULES} rules")
    default_source = str(data.get("source") or "").strip()
    rules = []
    for index, item in enumerate(data["rules"], 1):
        if not isinstance(item, dict) or "level" not in item or "deadline" not in item:
            raise RulesError(f"{path}: rule {index} needs `level` and `deadline` (\"MM-DD\" or null)")
        source = str(item.get("source") or default_source).strip()
        if not source:
            raise RulesError(f"{path}: rule {index} cites no source: add `source:` to the rule or to the file "
                             "(the notice or regulation that sets this deadline, with its URL)")
        rules.append(Rule(str(item["level"]), _month_day(item["deadline"], path, index), source,
                          str(item.get("region_prefix") or "")))
    return DEFAULT_RULES + tuple(rules)


def _month_day(value, path: Path, index: int) -> tuple[int, int] | None:
    if value is None:
        return None
    match = re.fullmatch(r"(\d{1,2})-(\d{1,2})", str(value).strip())
    try:
        month, day = int(match.group(1)), int(match.group(2))  # type: ignore[union-attr]
        date(2001, month, day)
    except (AttributeError, ValueError):
        raise RulesError(f"{path}: rule {index}: deadline {value!r} is not MM-DD (e.g. \"01-31\") or null") from None
    return month, day


def rule_for(rules: Iterable[Rule], level: str | None, region_code: str | None) -> Rule | None:
    best, best_rank = None, None
    for order, rule in enumerate(rules):
        if rule.applies(level, region_code):
            rank = (len(rule.region_prefix), rule.level != "*", order)
            if best_rank is None or rank > best_rank:
                best, best_rank = rule, rank
    return best


@lru_cache(maxsize=200_000)
def unit_key(agency: str | None) -> str:
    """A unit name in comparable form: NFKC, no spaces or punctuation, 人民政府 folded to 政府 (both forms are
    used for the same body on portals)."""
    text = unicodedata.normalize("NFKC", agency or "")
    text = "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ"))
    return text.replace("人民政府", "政府")


# ---------------------------------------------------------------- facts from the catalog


@dataclass
class ReportFact:
    report_id: str
    agency: str | None
    region_code: str | None
    year: int | None
    level: str | None
    title: str | None
    published: str | None
    url: str | None
    portal_id: str | None
    failures: list[str] = field(default_factory=list)
    first_capture: dict | None = None     # {captured_at, url, warc, offset, record_id}
    corrected_published: str | None = None  # printed date of a later (corrected) version, when it differs
    gone_at: str | None = None              # found gone from its portal (its captures stay)


def first_version_published(revisions: list[dict]) -> str | None:
    """The printed date of a report's first version: timeliness is judged by when it first appeared, not by
    the date of a correction published later (revisions[] carries the old value of each changed field)."""
    for revision in revisions:
        for item in revision.get("fields") or []:
            if item.get("key") == "published":
                return item.get("old")
    return None


@dataclass
class Coverage:
    """What was crawled on one portal: number of crawls, first and last capture time, captures."""
    portal_id: str
    crawls: int
    first: str
    last: str
    captures: int

    def describe(self) -> str:
        return f"{self.portal_id}: {self.crawls} crawl(s), {self.captures} captures, {self.first} … {self.last}"


@dataclass
class Facts:
    reports: list[ReportFact]
    coverage: dict[str, Coverage]


def load_facts(conn: sqlite3.Connection, region_prefix: str | None = None,
               coverage: dict[str, Coverage] | None = None) -> Facts:
    """The reports (those of region codes starting with `region_prefix`), their first captures and the crawl
    coverage of portals (`coverage` when the caller keeps it already)."""
    from nianbao.archive import catalog, derived, schema

    schema.ensure(conn)     # a catalog never parsed has no reports yet: the audit then knows no units
    rows = derived.report_audit_parts(conn, region_prefix)
    portals = catalog.portals_of(conn, [row[4] for row in rows])
    reports: list[ReportFact] = []
    report_urls: list[tuple[str, str]] = []
    for report_id, agency, region, year, canonical_id, parts in rows:
        level, title, published, url, validation, revisions, *copies = json.loads(parts)
        failures = [v.get("rule") for v in validation or [] if v.get("status") == "fail"]
        fact = ReportFact(report_id, agency, region, year, level, title, published, url, portals.get(canonical_id),
                          failures)
        urls = {url} | {d.get("url") for part in copies for d in part or []}
        report_urls.extend((report_id, u) for u in urls if u)
        fact.gone_at = next((r.get("at") for r in revisions or [] if r.get("kind") == "gone"), None)
        first_printed = first_version_published(revisions or [])
        if first_printed and first_printed != published:
            fact.published, fact.corrected_published = first_printed, published
        reports.append(fact)
    first = catalog.first_ok_captures(conn, report_urls) if report_urls else {}
    for fact in reports:
        fact.first_capture = first.get(fact.report_id)
    return Facts(reports, crawl_coverage(conn) if coverage is None else coverage)


def crawl_coverage(conn: sqlite3.Connection) -> dict[str, Coverage]:
    from nianbao.archive import catalog

    return {row[0]: Coverage(*row) for row in catalog.portal_coverage(conn)}


# ---------------------------------------------------------------- the audit (pure)


@dataclass
class AuditRow:
    region_code: str
    unit: str
    unit_key: str
    level: str | None
    year: int
    status: str
    deadline: str | None
    deadline_source: str
    evidence: str                   # what the status rests on
    report_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    first_capture_at: str | None = None
    first_capture_url: str | None = None
    first_capture_warc: str | None = None
    first_capture_offset: int | None = None
    validation_failures: str | None = None
    years_found: str = ""
    crawled: str = ""               # the portals searched, how often and when

    def to_dict(self) -> dict:
        return asdict(self)


def audit(facts: Facts, year: int, rules: Iterable[Rule] = DEFAULT_RULES,
          region: str | None = None) -> list[AuditRow]:
    rules = tuple(rules)
    units: dict[tuple[str, str], list[ReportFact]] = defaultdict(list)
    for fact in facts.reports:
        if fact.agency and fact.year is not None:
            units[(fact.region_code or "", unit_key(fact.agency))].append(fact)
    rows = []
    for (region_code, key), reports in sorted(units.items()):
        if region and not region_code.startswith(region):
            continue
        reports.sort(key=lambda f: (f.year, f.report_id))
        this_year = [f for f in reports if f.year == year]
        latest = this_year[0] if this_year else reports[-1]
        rule = rule_for(rules, latest.level, region_code)
        deadline = date(year + 1, *rule.deadline) if rule and rule.deadline else None
        row = AuditRow(region_code=region_code, unit=latest.agency or key, unit_key=key, level=latest.level,
                       year=year, status="not_found", deadline=deadline.isoformat() if deadline else None,
                       deadline_source=rule.source if rule else NOT_COVERED, evidence="",
                       years_found=",".join(str(y) for y in sorted({f.year for f in reports})))
        portals = sorted({f.portal_id for f in reports if f.portal_id})
        row.crawled = "; ".join(facts.coverage[p].describe() if p in facts.coverage else f"{p}: no captures"
                                for p in portals) or "no portal known"
        if this_year:
            _found(row, this_year[0], deadline)
        else:
            row.evidence = (f"no {year} report of this unit in the archive (reports found for {row.years_found}); "
                            f"searched: {row.crawled}")
        rows.append(row)
    return rows


def _found(row: AuditRow, fact: ReportFact, deadline: date | None) -> None:
    first = fact.first_capture or {}
    row.report_id, row.title, row.url, row.published = fact.report_id, fact.title, fact.url, fact.published
    row.first_capture_at, row.first_capture_url = first.get("captured_at"), first.get("url")
    row.first_capture_warc, row.first_capture_offset = first.get("warc"), first.get("offset")
    row.validation_failures = ";".join(fact.failures) or None
    printed = _date(fact.published)
    seen = _date(row.first_capture_at)
    if deadline is None:
        row.status, row.evidence = "found_no_deadline", "no statutory deadline applies to this unit"
    elif printed is not None:
        row.status = "on_time" if printed <= deadline else "late"
        row.evidence = f"printed date {printed} {'≤' if printed <= deadline else '>'} deadline {deadline}"
        if seen is not None and seen < printed:
            row.evidence += f"; note: captured {seen}, before its printed date"
        if fact.corrected_published:
            row.evidence += f"; first version's date (a corrected version is dated {fact.corrected_published})"
    elif seen is not None and seen <= deadline:
        row.status, row.evidence = "on_time", f"no printed date; online by {seen} (first capture) ≤ deadline {deadline}"
    else:
        row.status = "found_timing_unknown"
        row.evidence = (f"no printed date; first captured {seen} after the deadline {deadline}, which does not "
                        "prove it was published late")
    if fact.gone_at:
        row.evidence += f"; no longer online: found gone at {fact.gone_at} (its captures stay in the archive)"


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------- output


CSV_FIELDS = tuple(AuditRow.__dataclass_fields__)


def write_csv(rows: list[AuditRow], out: str | Path) -> Path:
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(row.to_dict() for row in rows)
    return path


def write_parquet(rows: list[AuditRow], out: str | Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    types = {"year": pa.int32(), "first_capture_offset": pa.int64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in CSV_FIELDS])
    columns = {name: [getattr(row, name) for row in rows] for name in CSV_FIELDS}
    pq.write_table(pa.table(columns, schema=schema), path)
    return path


def region_summary(rows: list[AuditRow], year: int) -> str:
    """One page per region code: counts by status, then the late, undetermined and not-found units by name."""
    pages = []
    by_region: dict[str, list[AuditRow]] = defaultdict(list)
    for row in rows:
        by_region[row.region_code].append(row)
    for region_code, region_rows in sorted(by_region.items()):
        counts = Counter(row.status for row in region_rows)
        lines = [f"== region {region_code or '(unknown)'} — {year} reports: {len(region_rows)} units ==",
                 "  " + "  ".join(f"{s} {counts.get(s, 0)}" for s in STATUSES)]
        for status, label in (("late", "late"), ("found_timing_unknown", "timing unknown"),
                              ("not_found", "not found")):
            for row in (r for r in region_rows if r.status == status):
                detail = (f"published {row.published}, deadline {row.deadline}" if status == "late"
                          else f"first captured {row.first_capture_at}" if status == "found_timing_unknown"
                          else f"found for {row.years_found or '—'}")
                lines.append(f"  {label:<14} {row.unit} ({row.level or '?'}): {detail}")
        failing = [r for r in region_rows if r.validation_failures]
        if failing:
            lines.append(f"  {len(failing)} found report(s) fail validation rules, e.g. {failing[0].unit}: "
                         f"{failing[0].validation_failures}")
        searched = sorted({r.crawled for r in region_rows if r.status == "not_found"})
        if searched:
            lines.append("  searched (not found means: not found in these crawls, not 'did not publish'):")
            lines.extend(f"    {s}" for s in searched)
        pages.append("\n".join(lines))
    return "\n\n".join(pages)
