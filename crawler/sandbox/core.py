"""build_sandbox(): synthetic counties, their reports and portals, the ground truth, and request handling."""

from __future__ import annotations

import copy
import csv
import io
import threading
from collections import Counter, deque
from dataclasses import replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from nianbao.crawler.sandbox.build import REVISION_DATE, Build
from nianbao.crawler.sandbox.family_gbk import build_gbk
from nianbao.crawler.sandbox.family_gkmlpt import build_gkmlpt
from nianbao.crawler.sandbox.family_hanweb import build_hanweb
from nianbao.crawler.sandbox.family_jsonly import build_jsonly
from nianbao.crawler.sandbox.family_trs import build_city, build_trs
from nianbao.crawler.sandbox.history import add_history
from nianbao.crawler.sandbox.names import (
    DEFAULT_FAMILIES,
    FAMILIES,
    County,
    Unit,
    county_names,
    make_county,
    make_units,
    rng,
)
from nianbao.crawler.sandbox.prose import write_prose
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.values import (
    FAULTS,
    _num,
    failing_rules,
    inject_fault,
    make_active,
    make_applications,
    make_review_litigation,
)
from nianbao.crawler.sandbox.web import Response, respond

YEARS = range(2019, 2025)
ASSET_SEED = "doc-assets-v1"
# Reports whose .doc attachments are committed (crawler/sandbox/assets/); their values come from ASSET_SEED,
# so every sandbox (any seed) has the same ones. The county is the first GBK portal (枫阜县).
DOC_ASSETS = {("dept:jyj", 2019): "fengfu-jyj-2019.doc", ("dept:czj", 2020): "fengfu-czj-2020.doc"}
ADDED_PUBLISHED = date(2025, 4, 18)


def _unit_years(seed: int, county: County, unit: Unit) -> list[int]:
    r = rng(seed, "years", county.pinyin, unit.key)
    if unit.kind == "gov":
        return list(YEARS)
    span = {"office": (3, 5), "department": (2, 4), "township": (2, 3), "zone": (2, 2)}[unit.kind]
    n = r.randint(*span)
    start = r.randint(2019, 2025 - n)
    return list(range(start, start + n))


def _title(seed, county: County, unit: Unit, year: int) -> str:
    r = rng(seed, "title", county.pinyin, unit.key)
    x = r.random()
    if x < 0.7:
        return f"{unit.short}{year}年政府信息公开工作年度报告"
    if x < 0.85:
        return f"{unit.short}{year}年度政府信息公开工作年度报告"
    return f"{year}年{unit.short}政府信息公开工作年度报告"


LATE_SHARE = 0.12   # units that publish after the statutory deadline (条例 第四十九条), some years


def _published(seed, county: County, unit: Unit, year: int) -> date:
    r = rng(seed, "published", county.pinyin, unit.key, year)
    late = rng(seed, "late", county.pinyin, unit.key, year).random() < LATE_SHARE
    if unit.kind == "gov":
        if late:    # after 3月31日
            return date(year + 1, 4, 2) + timedelta(days=r.randint(0, 40))
        return date(year + 1, 2, 1) + timedelta(days=r.randint(0, 50))
    if late:        # after 1月31日
        return date(year + 1, 2, 3) + timedelta(days=r.randint(0, 60))
    return date(year + 1, 1, 8) + timedelta(days=r.randint(0, 22))


def _skips_year(seed, county: County, unit: Unit, years: list[int], year: int) -> bool:
    """A unit of three or more reports now and then skips one in the middle (it never appears online)."""
    return (len(years) >= 3 and years[0] < year < years[-1] and unit.kind != "gov"
            and rng(seed, "skip", county.pinyin, unit.key, year).random() < 0.12)


_STYLES = (("dom", 55), ("dom_word", 17), ("lines", 9), ("pipes", 9), ("tabs", 7), ("image", 2))


def _make_report(seed, county: County, unit: Unit, year: int, previous: Report | None, key: str) -> Report:
    """One report's values, prose and rendering choices (faults ~10%, prose mismatches ~5%)."""
    template = "2019" if year <= 2020 else "2021"
    r = rng(seed, "values", county.pinyin, unit.key, year)
    volume_kind = "city" if unit.kind == "gov" and unit.level == "city" else unit.kind
    consecutive = previous is not None and previous.year == year - 1
    carried = dict(previous.tables["applications"]["carried_forward"]) if consecutive else None
    if carried is not None:
        carried.pop("total", None)
        carried = {c: max(0, v) if isinstance(v, int) else 0 for c, v in carried.items()}
    apps = make_applications(r, volume_kind, template, carried)
    same_template = previous is not None and previous.template == template
    tables = {"active": make_active(r, volume_kind, template, previous.tables["active"] if same_template else None),
              "applications": apps, "review_litigation": make_review_litigation(r, volume_kind)}
    v = rng(seed, "variants", county.pinyin, unit.key, year)
    variants: set[str] = set()
    if v.random() < 0.14:
        pool = (["normative_2021_label", "truncated_in_force", "unit_suffix", "slash_null"] if template == "2021"
                else ["signed_change", "unit_suffix", "slash_null"])
        variants.add(v.choice(pool))
    if "slash_null" in variants:
        for field in tables["active"]["regulations"]:
            tables["active"]["regulations"][field] = None
    if "signed_change" in variants and all(tables["active"][k]["change"] <= 0 for k in ("licensing",)):
        tables["active"]["licensing"]["change"] = v.randint(1, 9)
    if r.random() < 0.10:
        inject_fault(r, tables, template, r.choices(FAULTS, (3, 3, 3, 3, 1))[0])
    if consecutive and r.random() < 0.05:   # carried-over that does not match last year's report (a warning)
        for row, col in (("carried_over", "natural_person"), ("carried_over", "total"), ("granted", "natural_person"),
                         ("granted", "total"), ("total", "natural_person"), ("total", "total")):
            apps[row][col] += 1
    figure_errors = {}
    if r.random() < 0.05:
        figure_errors = {r.choice(("new_received", "review")): r.choice((-2, -1, 1, 3))}
    host = county.host
    prose = write_prose(seed, county, unit, year, tables, host, figure_errors)
    errors, warnings = failing_rules(tables, template, prose.figures, previous.tables if consecutive else None)
    style = v.choices([s for s, _ in _STYLES], [w for _, w in _STYLES])[0]
    return Report(key=key, county=county, unit=unit, year=year, published=_published(seed, county, unit, year),
                  tables=tables, prose=prose, title=_title(seed, county, unit, year), variants=frozenset(variants),
                  table_style=style, heading_variant=v.random() < 0.2, valid=not errors,
                  failing_rules=errors + warnings, host=host)


def _edit_report(report: Report, seed, more: int = 2) -> None:
    """Revision 1: `more` applications from natural persons, granted (tables stay consistent)."""
    apps = report.tables["applications"]
    for row in ("new_received", "granted", "total"):
        apps[row]["natural_person"] += more
        apps[row]["total"] += more
    report.prose = write_prose(seed, report.county, report.unit, report.year, report.tables, report.host)
    errors, warnings = failing_rules(report.tables, report.template, report.prose.figures, None)
    prior_warnings = [w for w in report.failing_rules if w == "carry_continuity"]
    report.valid, report.failing_rules = not errors, errors + warnings + prior_warnings


REWRITTEN_SECTION = "5"


def _rewrite_section(report: Report) -> None:
    """Revision 1: section 五 rewritten in place (the numbers stay)."""
    report.prose.sections[REWRITTEN_SECTION] = [
        f"经对照条例逐项自查，{report.year}年本单位政府信息公开工作仍存在信息更新不够及时、解读形式较为单一的问题。"
        f"下一步，将建立信息发布审核台账，每季度开展一次自查整改，并于{report.year + 1}年6月底前完成栏目梳理。"]


def _corrected_copy(report: Report, seed) -> Report:
    """Revision 1: a corrected report at a new URL replaces `report` (whose URL then disappears)."""
    corrected = replace(report, key="", tables=copy.deepcopy(report.tables), title=report.title + "（更正）",
                        prose=copy.deepcopy(report.prose), failing_rules=list(report.failing_rules),
                        published=REVISION_DATE.date(), revision_added=True, corrects=report.key,
                        revision_removed=False, replaced=False, revision_edited=False, revision_rewritten=False)
    _edit_report(corrected, seed, more=1)
    return corrected


# The reporting unit's kind in the export record's `level` vocabulary (parse.metadata.LEVELS); a city or county
# people's government alike is "county_government" there (a people's government at county level or above).
EXPORT_LEVEL = {"gov": "county_government", "office": "government_office", "department": "department",
                "township": "township", "zone": "development_zone"}


def build_reports(seed: int, counties: list[County], revision: int) -> list[Report]:
    reports: list[Report] = []
    trs0 = next((c for c in counties if c.family == "trs" and c.group == 0), None)
    hanweb0 = next((c for c in counties if c.family == "hanweb" and c.group == 0), None)
    gbk0 = next((c for c in counties if c.family == "gbk" and c.group == 0), None)
    plan: list[tuple[County, Unit, list[int]]] = []
    for county in counties:
        for unit in county.units:
            years = _unit_years(seed, county, unit)
            if county is gbk0:
                years = sorted(set(years) | {y for (k, y) in DOC_ASSETS if k == unit.key})
            plan.append((county, unit, years))
    added: tuple[County, Unit, int] | None = None
    if trs0 is not None:
        for county, unit, years in plan:
            if county is trs0 and unit.kind in ("township", "department") and max(years) < 2024:
                added = (county, unit, max(years) + 1)
                break
    counter = 0
    late = []
    for county, unit, years in plan:
        skipped = {y for y in years if not (county is gbk0 and (unit.key, y) in DOC_ASSETS)
                   and _skips_year(seed, county, unit, years, y)}
        previous = None
        all_years = sorted(set(years) | ({added[2]} if added and added[0] is county and added[1] is unit else set()))
        for year in all_years:
            is_added = added is not None and (county, unit, year) == added
            asset = county is gbk0 and (unit.key, year) in DOC_ASSETS
            if not is_added:
                counter += 1
            key = f"R{counter:04d}" if not is_added else ""
            report = _make_report(ASSET_SEED if asset else seed, county, unit, year, None if asset else previous, key)
            if asset:
                report.published = date(year + 1, 1, 20)
            if is_added:
                report.revision_added = True
                report.published = ADDED_PUBLISHED
                late.append(report)
            report.skipped = year in skipped
            reports.append(report)
            previous = report
    for report in late:
        counter += 1
        report.key = f"R{counter:04d}"
    # a couple of reports whose tables are images (the rest of the styles are drawn at random)
    for family, kind in (("trs", "township"), ("hanweb", "department"), ("gkmlpt", "department")):
        hit = next((r for r in reports if r.county.family == family and r.county.group == 0 and r.unit.kind == kind
                    and not r.revision_added), None)
        if hit:
            hit.table_style = "image"
    # and one of the 2019 template (the draw above lands on 2021 reports only), so both templates have image tables
    early = next((r for r in reports if r.county.family == "gkmlpt" and r.county.group == 0 and r.template == "2019"
                  and r.unit.kind in ("office", "department") and not r.skipped), None)
    if early:
        early.table_style = "image"
    if trs0 is not None:
        dept = [r for r in reports if r.county is trs0 and r.unit.kind == "department" and not r.revision_added]
        if dept:
            target = max(dept, key=lambda r: (r.unit.key == dept[0].unit.key, r.year))
            target.revision_edited = True
            if revision >= 1:
                _edit_report(target, seed)
            others = sorted((r for r in dept if r.unit.key != target.unit.key and r.table_style != "image"
                             and not r.skipped), key=lambda r: (r.unit.key, r.year))
            if others:
                others[0].revision_rewritten = True
                if revision >= 1:
                    _rewrite_section(others[0])
            if len(others) > 1:
                old = next((r for r in others if r.unit.key != others[0].unit.key), others[-1])
                corrected = _corrected_copy(old, seed)
                old.revision_removed = old.replaced = True
                counter += 1
                corrected.key = f"R{counter:04d}"
                reports.append(corrected)
    if hanweb0 is not None:
        town = [r for r in reports if r.county is hanweb0 and r.unit.kind == "township"]
        if town:
            min(town, key=lambda r: (r.unit.key, -r.year)).revision_removed = True
    _recheck_continuity(reports)
    add_history(seed, counties, reports)
    return reports


def _recheck_continuity(reports: list[Report]) -> None:
    """carry_continuity as the official rule reads it, over every unit's consecutive reports, including the
    ones built without a `previous` (the GBK site's fixed .doc/.docx assets), so the ground truth names every
    continuity break the published tables show."""
    by_unit_year = {(r.county.id, r.unit.key, r.year): r for r in reports if not (r.skipped or r.corrects)}
    for report in reports:
        rules = [rule for rule in report.failing_rules if rule != "carry_continuity"]
        before = by_unit_year.get((report.county.id, report.unit.key, report.year - 1))
        if before is not None:
            prev = before.tables["applications"]["carried_forward"]["total"]
            now = report.tables["applications"]["carried_over"]["total"]
            if _num(prev) and _num(now) and prev != now:
                rules.append("carry_continuity")
        report.failing_rules = rules


class Sandbox:
    """The simulated portals. `handle()` answers one HTTP request; `ground_truth()` says what is where."""

    def __init__(self, seed: int, revision: int, counties: list[County], reports: list[Report], build: Build):
        self.seed, self.revision, self.counties, self.reports, self._b = seed, revision, counties, reports, build
        self.sites = build.sites
        self.request_log: deque[tuple[str, str, int]] = deque(maxlen=200_000)
        self.hits: Counter[str] = Counter()
        self._log_lock = threading.Lock()

    @property
    def portals(self) -> list[dict]:
        rows = []
        for c in self.counties:
            rows.append({"id": c.id, "name": c.name, "region_code": c.region_code, "level": c.level,
                         "homepage": c.homepage if c.family != "jsonly" else f"http://{c.host}/index.shtml",
                         "hosts": " ".join(self._b.portal_hosts.get(c.id, [])), "hints": ""})
        return rows

    def registry_csv(self) -> str:
        out = io.StringIO()
        fields = ["id", "name", "region_code", "level", "homepage", "hosts", "hints"]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.portals)
        return out.getvalue()

    def ground_truth(self) -> dict:
        b = self._b
        visible = [r for r in self.reports if b.visible(r)]
        portals = [{**row, "cms": c.family, "synthetic": True,
                    "hosts": [c.host, *b.portal_hosts.get(c.id, []),
                              *(h for h in b.site_hosts.get(c.id, []) if h not in b.portal_hosts.get(c.id, []))]}
                   for row, c in zip(self.portals, self.counties, strict=True)]
        reports = [{"key": r.key, "agency": r.agency, "region_code": r.county.region_code, "level": r.unit.level,
                    "unit_level": EXPORT_LEVEL[r.unit.kind],
                    "year": r.year, "template": r.template, "published": r.published.isoformat(), "title": r.title,
                    "portal_id": r.county.id, "valid": r.valid, "failing_rules": list(r.failing_rules),
                    "tables": r.tables, "sections": r.section_texts(), "prose_figures": dict(r.prose.figures),
                    "variants": sorted(r.variants), "table_style": r.table_style}
                   for r in sorted(visible, key=lambda r: r.key)]
        docs = b.documents
        robots_urls = [u for u in b.pages if any(
            urlsplit(u).path.startswith(p) for p in b.disallowed.get(urlsplit(u).hostname or "", []))]
        for doc in docs:
            doc.setdefault("unreachable", False)
        # hosts that refuse requests beyond a rate (429 with Retry-After): {host: {rate, burst, retry_after}}
        limits = {host: {"rate": site.rate_limit.rate, "burst": site.rate_limit.burst,
                         "retry_after": site.rate_limit.retry_after}
                  for host, site in sorted(self.sites.items()) if site.rate_limit is not None}
        return {
            "seed": self.seed,
            "revision": self.revision,
            "synthetic": True,
            "portals": portals,
            "reports": reports,
            "documents": docs,
            "non_reports": sorted(b.non_reports),
            "challenge_hosts": sorted(b.challenge_hosts),
            "robots_disallowed": {h: p for h, p in sorted(b.disallowed.items())},
            "disallowed_urls": sorted(robots_urls),
            "broken_links": sorted(b.broken_links),
            "redirects": dict(sorted(b.redirects.items())),
            "pages": dict(sorted(b.pages.items())),
            "revision_changes": self._revision_changes(),
            # do the table images (table_style "image") carry their text? Only with a CJK font at build time
            "table_images": table_images_truth(),
            **({"spam_hosts": sorted(b.spam_hosts)} if b.spam_hosts else {}),
            **({"post_pages": b.post_pages} if b.post_pages else {}),
            **({"cookie_pages": b.cookie_pages} if b.cookie_pages else {}),
            **({"header_pages": b.header_pages} if b.header_pages else {}),
            **({"rate_limits": limits} if limits else {}),
            "skipped": [{"agency": r.agency, "region_code": r.county.region_code, "year": r.year,
                         "unit_level": EXPORT_LEVEL[r.unit.kind], "portal_id": r.county.id}
                        for r in self.reports if r.skipped],
            "stats": {"portals": len(portals), "hosts": len(self.sites), "reports": len(reports),
                      "documents": len(docs), "pages": len(b.pages), "non_reports": len(b.non_reports)},
        }

    def _revision_changes(self) -> dict:
        edited = [r for r in self.reports if r.revision_edited]
        removed = [r for r in self.reports if r.revision_removed and not r.replaced]
        added = [r for r in self.reports if r.revision_added and not r.corrects]
        rewritten = [r for r in self.reports if r.revision_rewritten]
        corrected = [r for r in self.reports if r.corrects]

        def urls(rs):
            keys = {r.key for r in rs}
            return sorted(d["url"] for d in self._b.documents if d["report_key"] in keys)
        return {"edited": [r.key for r in edited], "removed": [r.key for r in removed],
                "added": [r.key for r in added], "edited_urls": urls(edited) if self.revision >= 1 else [],
                "added_urls": urls(added) if self.revision >= 1 else [],
                # what the revisions record: a section rewritten in place, a report replaced by a corrected
                # one at a new URL (the old URL is gone from revision 1 on)
                "rewritten": [r.key for r in rewritten], "rewritten_section": REWRITTEN_SECTION,
                "rewritten_urls": urls(rewritten),
                "replaced": [{"old": r.corrects, "new": r.key} for r in corrected]}

    def prerender(self) -> int:
        """Render every static page now (PDF and DOCX attachments take 0.1-0.2 s each on first request), so
        that a benchmark measures the crawler, not the sandbox warming up. Returns the number of pages."""
        n = 0
        for site in self.sites.values():
            for page in site.pages.values():
                if page.location:
                    continue
                page.etag()
                if site.gzip:
                    page.gzipped()
                n += 1
        return n

    def handle(self, method: str, url: str, headers: dict, body: bytes = b"", now: float | None = None) -> Response:
        """`now`: when the request arrived, in seconds (the proxy passes its monotonic clock), for the sites that
        limit the request rate (web.RateLimit); None, as the tests and benchmarks that read the world directly
        call it, is a client that never comes too fast."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        site = self.sites.get(host)
        lower = {k.lower(): v for k, v in (headers or {}).items()}
        if site is not None and site.rate_limit is not None and now is not None and not site.rate_limit.admit(now):
            result = site.rate_limit.refusal(site.server, method.upper())
        elif site is None:
            text = (f"502 Bad Gateway: the nianbao sandbox proxy does not serve host {host or '(none)'!r}. "
                    f"It serves only the simulated portals: {', '.join(sorted(self.sites))}.\n").encode()
            result: Response = (502, [("Content-Type", "text/plain; charset=utf-8"),
                                      ("Content-Length", str(len(text)))], text)
        else:
            result = respond(site, method.upper(), parts.path or "/", parts.query, lower, body or b"",
                             f"http://{host}")
        with self._log_lock:
            self.request_log.append((method.upper(), url, result[0]))
            self.hits[url] += 1
        return result


def build_sandbox(seed: int = 7, portals: int = 6, revision: int = 0, news_per_portal: int = 12,
                  families: tuple[str, ...] | list[str] = DEFAULT_FAMILIES) -> Sandbox:
    """A deterministic set of simulated portals: same arguments, same bytes. `families` cycle over the portals
    (nianbao.crawler.sandbox.names.FAMILIES lists them all; the default is the six the demo has always had)."""
    if portals < 1:
        raise ValueError("build_sandbox: portals must be at least 1")
    unknown = [f for f in families if f not in FAMILIES]
    if unknown or not families:
        raise ValueError(f"build_sandbox: unknown families {unknown or '(none given)'}; choose from {', '.join(FAMILIES)}")
    counties = [make_county(i, *spec) for i, spec in enumerate(county_names(portals, tuple(families)))]
    for county in counties:
        forced = ("jyj",) if county.family == "hanweb" else ()
        if county.family == "gbk" and county.group == 0:
            forced = tuple(k.split(":")[1] for k, _ in DOC_ASSETS)
        county.units = make_units(county, seed, forced)
    reports = build_reports(seed, counties, revision)
    b = Build(seed=seed, revision=revision, news_per_portal=news_per_portal)
    by_county: dict[str, list[Report]] = {}
    for report in reports:
        by_county.setdefault(report.county.id, []).append(report)
    originals: dict[str, str] = {}
    for county in counties:
        rs = by_county.get(county.id, [])
        b.portal_cms[county.id] = county.family
        if county.family == "trs":
            originals.update(build_trs(b, county, rs))
        elif county.family == "hanweb":
            originals.update(build_hanweb(b, county, rs))
        elif county.family == "gkmlpt":
            originals.update(build_gkmlpt(b, county, rs))
        elif county.family == "jsonly":
            originals.update(build_jsonly(b, county, rs))
        elif county.family == "gbk":
            assets = {r.key: DOC_ASSETS[(r.unit.key, r.year)] for r in rs
                      if county.group == 0 and (r.unit.key, r.year) in DOC_ASSETS}
            originals.update(build_gbk(b, county, rs, assets))
        elif county.family == "city":
            children = [c for c in counties if c.group == county.group and c.family in ("trs", "jsonly")]
            republish = [(r, originals[r.key]) for c in children for r in by_county.get(c.id, [])
                         if r.key in originals and b.visible(r) and not r.revision_edited
                         and ((r.unit.kind == "gov" and r.year >= 2021) or (r.unit.kind == "office" and r.year >= 2022))]
            build_city(b, county, rs, republish)
        else:
            from nianbao.crawler.sandbox.families import (
                EXTRA_BUILDERS,  # imports the family modules only when used
            )
            originals.update(EXTRA_BUILDERS[county.family](b, county, rs))
    _mark_unreachable(b)
    return Sandbox(seed, revision, counties, reports, b)


def _mark_unreachable(b: Build) -> None:
    for doc in b.documents:
        parts = urlsplit(doc["url"])
        if any(parts.path.startswith(p) for p in b.disallowed.get(parts.hostname or "", [])):
            doc["unreachable"] = True


def table_images_truth() -> dict:
    """`text`: the PNG tables show every cell's text (drawn with `font`); false: ruling only, nothing to read."""
    from nianbao.crawler.fonts import cjk_font_file

    font = cjk_font_file()
    return {"text": font is not None, "font": font.rsplit("/", 1)[-1] if font else None}
