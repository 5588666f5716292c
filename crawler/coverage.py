"""The coverage report of what was crawled: per portal, the units whose reports were found and the report years
of each unit, the gaps in those years (a unit with 2021 and 2023 but no 2022 is where a user looks first), the
list pages that looked script-built (they were rendered), the pagers that ended early (list pages that answered
with an error), and the columns where no report turned up.

Derived from the catalog alone (documents and captures, which `nianbao reindex` rebuilds from the store), so the
report can be made again on any machine that holds the WARCs. `nianbao coverage [--data DIR] [--csv FILE]`."""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from nianbao.archive import catalog

RENDERED_PREFIX = "urn:rendered-dom:"
MAX_VIA_STEPS = 12          # how far up the found-on chain a report is attributed to a column
UNKNOWN_UNIT = "(unit not named)"


@dataclass
class PortalCoverage:
    portal_id: str
    units: dict[str, list[int]] = field(default_factory=dict)          # unit → sorted report years
    gaps: dict[str, list[int]] = field(default_factory=dict)           # unit → missing years between its first/last
    undated_reports: int = 0
    script_built_lists: list[str] = field(default_factory=list)
    pagers_ended_early: list[tuple[str, int]] = field(default_factory=list)   # (list page URL, HTTP status)
    columns_without_reports: list[str] = field(default_factory=list)
    columns: int = 0


def year_gaps(years: list[int]) -> list[int]:
    """Years missing between a unit's first and last report year."""
    have = set(years)
    return [y for y in range(min(have), max(have) + 1) if y not in have] if have else []


def build_coverage(conn: sqlite3.Connection, crawl_id: str | None = None) -> list[PortalCoverage]:
    """One PortalCoverage per portal seen in the catalog (or in one crawl), sorted by portal id."""
    portals: dict[str, PortalCoverage] = {}

    def of(pid: str | None) -> PortalCoverage:
        pid = pid or "-"
        if pid not in portals:
            portals[pid] = PortalCoverage(pid)
        return portals[pid]

    units: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    report_urls: dict[str, set[str]] = defaultdict(set)
    found_on: dict[str, str] = {}
    for pid, url, agency, year, via in catalog.report_pages_seen(conn, crawl_id):
        portal = of(pid)
        report_urls[portal.portal_id].add(url)
        if via:
            found_on[url] = via
        if year is None:
            portal.undated_reports += 1
            continue
        units[portal.portal_id][(agency or UNKNOWN_UNIT).strip()].add(int(year))
    for pid, by_unit in units.items():
        portal = of(pid)
        portal.units = {unit: sorted(years) for unit, years in sorted(by_unit.items())}
        portal.gaps = {unit: gaps for unit, years in portal.units.items() if (gaps := year_gaps(years))}

    columns: dict[str, set[str]] = defaultdict(set)
    for pid, url, role, status, via in catalog.column_and_list_pages(conn, crawl_id):
        portal = of(pid)
        if via and url not in found_on:
            found_on[url] = via
        if role == "column" and (status or 200) < 400:
            columns[portal.portal_id].add(url)
        elif role == "list" and status and status >= 400:
            portal.pagers_ended_early.append((url, status))
    for pid, url in catalog.rendered_list_pages(conn, RENDERED_PREFIX, crawl_id):
        of(pid).script_built_lists.append(url[len(RENDERED_PREFIX):])

    for pid, column_urls in columns.items():
        portal = of(pid)
        portal.columns = len(column_urls)
        productive: set[str] = set()
        for url in report_urls.get(pid, ()):
            step, at = 0, found_on.get(url)
            while at and step < MAX_VIA_STEPS:
                productive.add(at)
                at, step = found_on.get(at), step + 1
        portal.columns_without_reports = sorted(column_urls - productive)
    for portal in portals.values():
        portal.script_built_lists = sorted(set(portal.script_built_lists))
        portal.pagers_ended_early = sorted(set(portal.pagers_ended_early))
    return [portals[pid] for pid in sorted(portals)]


def format_report(coverage: list[PortalCoverage]) -> str:
    lines: list[str] = []
    for portal in coverage:
        reports = sum(len(y) for y in portal.units.values()) + portal.undated_reports
        lines.append(f"portal {portal.portal_id}: {len(portal.units)} units, {reports} report-years, "
                     f"{portal.columns} columns")
        for unit, years in portal.units.items():
            gap = portal.gaps.get(unit)
            lines.append(f"  {unit}: {', '.join(map(str, years))}"
                         + (f"   GAP: no {', '.join(map(str, gap))}" if gap else ""))
        if portal.undated_reports:
            lines.append(f"  reports without a year: {portal.undated_reports}")
        for title, urls in (("list pages that looked script-built (rendered)", portal.script_built_lists),
                            ("columns with no reports", portal.columns_without_reports)):
            if urls:
                lines.append(f"  {title}:")
                lines.extend(f"    {u}" for u in urls)
        if portal.pagers_ended_early:
            lines.append("  pagers that ended early (list pages that answered with an error):")
            lines.extend(f"    {u} (HTTP {s})" for u, s in portal.pagers_ended_early)
    return "\n".join(lines) if lines else "no portals in the catalog"


CSV_FIELDS = ("portal_id", "section", "unit", "years", "url", "detail")


def write_csv(coverage: list[PortalCoverage], path: Path) -> int:
    """One row per unit, gap, script-built list page, early pager end and column without reports."""
    rows = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_FIELDS)

        def row(*values) -> None:
            nonlocal rows
            writer.writerow(values)
            rows += 1

        for p in coverage:
            for unit, years in p.units.items():
                row(p.portal_id, "unit", unit, " ".join(map(str, years)), "", "")
            for unit, years in p.gaps.items():
                row(p.portal_id, "gap", unit, " ".join(map(str, years)), "", "missing report years")
            for url in p.script_built_lists:
                row(p.portal_id, "script_built_list", "", "", url, "rendered")
            for url, status in p.pagers_ended_early:
                row(p.portal_id, "pager_ended_early", "", "", url, f"HTTP {status}")
            for url in p.columns_without_reports:
                row(p.portal_id, "column_without_reports", "", "", url, "")
    return rows
