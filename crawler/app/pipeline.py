"""The work of the `nianbao` commands: each function takes a DataDir (archive/datadir.py) and the command's
options, and returns what it did. Nothing here reads argv or prints; crawler/app/cli.py does both.

One run, the flow a reader follows (`recorded_run`):

    start the run row (archive/runs.py)
    → crawl in its own process (crawler/runner.py: run_crawl)
    → dedup: extract text from the new captures, cluster republications (archive/extract.py, archive/cluster.py)
    → parse: one report record per cluster (archive/assemble.py)
    → count what changed, mark reports gone when the crawl saw everything (archive/runs.py, archive/revisions.py)
    → finish the run row, then archive it to the store (archive/runs.py archive_run) so `reindex` rebuilds it

Heavy modules are imported inside the functions so `nianbao --help` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from nianbao.archive.datadir import DataDir, DataDirError
from nianbao.archive.store import StoreConfigError, StoreError
from nianbao.crawler.registry import RegistryError, load_registry, select_portals

log = logging.getLogger(__name__)
REGISTRY_ENV = "NIANBAO_REGISTRY"


class UsageError(Exception):
    """Bad usage or configuration: the command stops before doing anything, and says how to fix it."""


# What the user must fix, not nianbao (exit status 2), and failures of the machine around nianbao: a read-only or
# full disk, a store that went away, a catalog that cannot be opened (exit status 2, one line, no traceback).
USAGE_ERRORS = (UsageError, RegistryError, DataDirError, StoreConfigError)
ENVIRONMENT_ERRORS = (OSError, sqlite3.Error, StoreError)


# ---------------------------------------------------------------- registry and portals


def registry_path(data: DataDir, given: str | None) -> Path:
    """The registry to crawl: `given` (--registry), else $NIANBAO_REGISTRY, else DATA/registry.csv."""
    given = given or os.environ.get(REGISTRY_ENV)
    if given:
        return Path(given)
    if not data.registry.exists():
        raise UsageError(f"no registry given and {data.registry} does not exist: pass --registry FILE "
                         "(CSV or YAML with id, name, region_code, level, homepage)")
    return data.registry


def portals_to_crawl(data: DataDir, registry: str | None, portal_ids: list[str] | None) -> list:
    """The registry's portals (only `portal_ids`, when given); an empty registry is a usage error."""
    path = registry_path(data, registry)
    portals = select_portals(load_registry(path), portal_ids)
    if not portals:   # said here, not only in the crawl's log
        raise UsageError(f"the registry {path} has no portals (a header and no rows?): add one row per portal "
                         "(id, name, region_code, level, homepage)")
    return portals


def step_registry(data: DataDir, conn, given: str | None) -> tuple[list, str | None]:
    """The portals dedup and parse attribute captures to, and where they came from: `given` (--registry, or
    $NIANBAO_REGISTRY), else the registries archived with the crawls (archive/warc/crawl_config.py; a later
    crawl's row for a portal wins), else DATA/registry.csv; ([], None) when there is none."""
    from nianbao.archive.warc.crawl_config import archived_registries
    from nianbao.crawler.registry import parse_registry

    given = given or os.environ.get(REGISTRY_ENV)
    if given:
        return load_registry(given), given
    archived = archived_registries(conn)
    if archived:
        by_id = {}
        for crawl_id, text in archived:
            for portal in parse_registry(text, f"registry of crawl {crawl_id}"):
                by_id[portal.id] = portal
        return list(by_id.values()), f"the store (configuration records of {len(archived)} crawl(s))"
    if data.registry.exists():
        return load_registry(data.registry), str(data.registry)
    return [], None


# ---------------------------------------------------------------- crawl


@dataclass
class CrawlDone:
    """A finished crawl (crawler/runner.py CrawlResult) and, when it succeeded, its coverage report."""
    result: object
    coverage: list | None = None


def crawl(data: DataDir, config) -> CrawlDone:
    """One crawl in its own process; on success its coverage report is written beside its summary."""
    from nianbao.crawler.runner import run_crawl

    data.open_store()   # a store that cannot be written (DATA/store read-only, S3 down) stops us here
    result = run_crawl(config)
    if not result.ok:
        return CrawlDone(result)
    return CrawlDone(result, crawl_coverage(data, result.crawl_id))


def crawl_coverage(data: DataDir, crawl_id: str) -> list:
    from nianbao.crawler.coverage import build_coverage, write_csv

    coverage = build_coverage(data.open_catalog().conn, crawl_id)
    write_csv(coverage, data.run(crawl_id).coverage)
    return coverage


# ---------------------------------------------------------------- dedup and parse over the catalog


@dataclass
class DedupDone:
    stats: dict
    registry_source: str | None     # where the portal registry came from (None: there was none)


def dedup(data: DataDir, registry: str | None = None) -> DedupDone:
    """Extract text from the new captures and cluster republications (archive/extract.py, archive/cluster.py)."""
    from nianbao.archive.cluster import ClusterConfig, ClusterStep
    from nianbao.archive.dedup import DedupConfig, Deduper, SqliteStorage
    from nianbao.archive.extract import ExtractConfig, ExtractStep
    from nianbao.archive.step import run_steps

    catalog, store = data.require_catalog().open_catalog(), data.open_store(readonly=True)
    portals, source = step_registry(data, catalog.conn, registry)
    deduper = Deduper(DedupConfig(), SqliteStorage(catalog.conn))
    extract = ExtractStep(ExtractConfig({p.id: p.region_code for p in portals}, {p.id: p.name for p in portals}),
                          catalog.conn, store)
    cluster = ClusterStep(ClusterConfig({p.id: set(p.scope_hosts) for p in portals}), deduper)
    return DedupDone(dict(run_steps(catalog.conn, extract, cluster)), source)


def parse(data: DataDir) -> dict:
    """One report record per cluster, from its canonical document (archive/assemble.py); returns the step's stats."""
    from nianbao.archive.assemble import AssembleConfig, AssembleStep
    from nianbao.archive.dedup import DedupConfig, Deduper, SqliteStorage
    from nianbao.archive.step import run_steps

    catalog = data.require_catalog().open_catalog()
    deduper = Deduper(DedupConfig(), SqliteStorage(catalog.conn))
    return dict(run_steps(catalog.conn, AssembleStep(AssembleConfig(), catalog.conn, deduper)))


@dataclass
class ParsedFile:
    path: Path
    record: dict | None     # the export record, without archive fields; None when the file could not be read
    error: str = ""         # why it could not be read
    problem: str = ""       # what stopped reading it part way, reported besides the record (an archive's reader
                            # that died, hung or failed)

    @property
    def refused_by_unpack_limits(self) -> bool:
        """A file that unpacks beyond parse/limits.py is not parsed: the command found a problem."""
        from nianbao.parse.text import UNPACK_STAGE

        return any(e.get("stage") == UNPACK_STAGE for e in (self.record or {}).get("errors") or [])


def parse_files(files: list[str], reader=None) -> Iterator[ParsedFile]:
    """Standalone parsing, one file at a time; touches no archive data. A file larger than the document limit
    is a usage error. `reader`: the bounds of the child process zip and RAR archives are read in (parse_zip_file)."""
    from nianbao.parse import limits
    from nianbao.parse.formats import sniff_format
    from nianbao.parse.report import parse_report
    from nianbao.parse.zip_members import ARCHIVE_FORMATS

    for name in files:
        path = Path(name)
        try:
            if path.stat().st_size > limits.MAX_DOCUMENT_BYTES:
                raise UsageError(f"{path}: larger than {limits.MAX_DOCUMENT_BYTES} bytes, not parsed")
            data = path.read_bytes()
        except OSError as exc:
            yield ParsedFile(path, None, f"cannot read {path}: {exc.strerror}")
            continue
        fmt = sniff_format(data, None, path.name)
        if fmt in ARCHIVE_FORMATS:
            yield from parse_zip_file(path, data, fmt, reader)
            continue
        record = parse_report(data, None, path.name, None)
        yield ParsedFile(path, {"file": str(path), **without_internal_keys(record)})


def without_internal_keys(record: dict) -> dict:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def parse_zip_file(path: Path, data: bytes, fmt: str = "zip", reader=None) -> Iterator[ParsedFile]:
    """Each document in a zip or RAR archive (`fmt`), read in a child process bounded by `reader`
    (archive/member_reader.py ReaderConfig; None: the defaults) as the `dedup` step reads an archived one
    (archive/extract.py): its `file` is `<path>!/<member>` (`<path>!/<inner archive>!/<member>` for one in an
    archive inside it), and each record carries the archive's `members_refused` (so the records are held until it
    is read through); members that are no document are left (logged); an archive that cannot be read or holds no
    document gives one record with the error. A reader that died, hung or failed is the records' `problem`: the
    members read before it stand, each with an error saying the archive was read only in part."""
    from nianbao.archive.member_reader import ReaderConfig, ReaderFailed, isolated_members, read_in_part
    from nianbao.archive.members import member_url
    from nianbao.parse.report import parse_report
    from nianbao.parse.unpack import UnpackLimit
    from nianbao.parse.zip_members import (
        ZipUnreadable,
        mark_unexpanded,
        member_link_text,
        refusal,
        refused_members,
        with_members_refused,
    )

    records, left, error, problem = [], [], None, ""
    try:
        for member in isolated_members(data, reader or ReaderConfig()):
            if member.skipped:
                log.info("%s: %s left: %s", path, member.path, member.detail)
                left.append(member)
                continue
            record = parse_report(member.data, None, member_url(path.name, member.path),
                                  {"link_text": member_link_text(member.path)})
            records.append({"file": f"{path}!/{member.path}", **without_internal_keys(record)})
    except (UnpackLimit, ZipUnreadable) as exc:
        error = refusal(exc, fmt)
    except ReaderFailed as exc:
        problem = f"{path}: the {fmt} archive was not read through: {exc}"
        error = ("extract", f"{fmt.upper()} not expanded: {exc}")
        for record in records:
            record.setdefault("errors", []).append(read_in_part(fmt, exc))
    if not records:
        error = error or ("extract", f"the {fmt} archive holds no document")
        records = [{"file": str(path), **without_internal_keys(mark_unexpanded(parse_report(data, None, path.name,
                                                                                            None), *error))}]
    refused = refused_members(left)
    for record in records:
        yield ParsedFile(path, with_members_refused(record, refused), problem=problem)


# ---------------------------------------------------------------- a recorded run: crawl → dedup → parse


@dataclass
class RunDone:
    run_id: str
    crawl: object                   # crawler/runner.py CrawlResult
    counts: dict                    # archive/runs.py run_counts: pages new/revisit/not modified, reports new/…
    detail: str                     # why it failed ('' when ok), as kept in the run history
    dedup: DedupDone | None = None  # None when the crawl failed (nothing new to process)
    parse: dict | None = None
    record_error: str = ""          # why the run record could not go to the store ('' when it did)

    @property
    def ok(self) -> bool:
        return self.crawl.ok


def recorded_run(data: DataDir, config, schedule: str | None = None, registry: str | None = None) -> RunDone:
    """crawl → dedup → parse, recorded in the run history with what changed. `registry`: the one given for the
    run (dedup attributes captures with it). The run row never stays `running`: whatever stops the run (a store
    outage in dedup, Ctrl-C) finishes it as `failed` with why, and is raised again."""
    from nianbao.archive import runs
    from nianbao.crawler.runner import new_crawl_id

    data.open_store()   # a store that cannot be written stops the run before it is recorded
    config = replace(config, crawl_id=config.crawl_id or new_crawl_id())
    conn = data.open_catalog().conn
    runs.start_run(conn, config.crawl_id, schedule)
    try:
        done = crawl_and_process(data, conn, config, registry)
    except BaseException as exc:
        with contextlib.suppress(Exception):   # the catalog itself may be what failed
            runs.finish_run(conn, config.crawl_id, "failed", {}, detail=f"{type(exc).__name__}: {exc}"[:500])
        raise
    runs.finish_run(conn, config.crawl_id, "ok" if done.ok else "failed", done.counts, detail=done.detail)
    return replace(done, record_error=archive_run_record(data, config.crawl_id))


def crawl_and_process(data: DataDir, conn, config, registry: str | None) -> RunDone:
    """The run's work: the crawl, then (when it succeeded) dedup and parse, then its counts; the counts include
    the captures of spool files it recovered from an earlier crawl that died."""
    from nianbao.crawler.runner import run_crawl

    result = run_crawl(config)
    deduped = dedup(data, registry) if result.ok else None
    parsed = parse(data) if result.ok else None
    counts = count_changes(conn, config, result)
    detail = "" if result.ok else (result.failure or f"see {result.run_dir}/crawl.log")
    return RunDone(config.crawl_id, result, counts, detail, deduped, parsed)


def count_changes(conn, config, result) -> dict:
    """What the run fetched and how the reports changed. Only a crawl that saw everything (it succeeded, no page
    or time limit cut it short, not one worker of a shared crawl) marks reports gone."""
    from nianbao.archive import catalog

    recovered = (result.summary.get("warc") or {}).get("recovered_crawl_ids") or []
    counts = catalog.run_counts(conn, config.crawl_id, recovered)
    if not (result.ok and not result.summary.get("limit_reached") and not config.redis_url):
        counts["reports_gone"] = 0
        return counts
    catalog.mark_gone(conn, counts["gone"], run_id=config.crawl_id)
    if counts["gone"]:
        from nianbao.archive.revisions import RevisionStep

        RevisionStep(conn).run()  # a report whose URLs are all gone now has a `gone` revision
    return counts


def archive_run_record(data: DataDir, run_id: str) -> str:
    """The run's history row and gone marks go to the store too, so `reindex` rebuilds them. Returns why that
    failed ('' when it did not): the run itself is done, its history stays in the catalog."""
    from nianbao.archive.runs import archive_run

    try:
        archive_run(data.open_store(), data.open_catalog(), run_id)
    except (StoreError, OSError) as exc:
        return str(exc)
    return ""


# ---------------------------------------------------------------- schedules


@dataclass
class ScheduleOutcome:
    name: str
    status: str                     # "ran" (see run.ok), "skipped" (its previous run still going), "failed"
    run: RunDone | None = None
    why: str = ""                   # for "failed": why it could not run
    started: bool = True            # False: it was never started (its next time could not be computed)

    @property
    def ok(self) -> bool:
        return self.status == "skipped" or (self.status == "ran" and self.run is not None and self.run.ok)


def run_due(data: DataDir, config_for: Callable[[object], object]) -> Iterator[ScheduleOutcome]:
    """Run every due schedule once, yielding each outcome as it is known. `config_for(schedule)`: the schedule's
    CrawlConfig. A schedule whose previous run still holds its lock is skipped; one schedule's failure (a registry
    gone, a crawl that fails, a cron that cannot be computed) is recorded in its run row and the others run."""
    from nianbao.archive import runs, schedules
    from nianbao.crawler.runner import new_crawl_id

    conn = data.open_catalog().conn
    broken: list = []
    for schedule in schedules.due(conn, broken=broken):
        with schedules.schedule_lock(data.locks, schedule.name) as acquired:
            if not acquired:
                runs.start_run(conn, new_crawl_id(), schedule.name, status="skipped",
                               detail="previous run of this schedule is still going")
                yield ScheduleOutcome(schedule.name, "skipped")
                continue
            try:
                done = recorded_run(data, config_for(schedule), schedule.name, registry=schedule.registry)
            except (*USAGE_ERRORS, *ENVIRONMENT_ERRORS) as exc:
                yield record_schedule_failure(conn, schedule.name, str(exc))
                continue
            yield ScheduleOutcome(schedule.name, "ran", done)
    for schedule, why in broken:
        yield replace(record_schedule_failure(conn, schedule.name, why), started=False)


def record_schedule_failure(conn, name: str, why: str) -> ScheduleOutcome:
    """A run row for a schedule that could not run: failed, ended as it started, with why."""
    from nianbao.archive import runs
    from nianbao.crawler.runner import new_crawl_id

    runs.record_failed_start(conn, new_crawl_id(), name, why[:500])
    return ScheduleOutcome(name, "failed", why=why)


# ---------------------------------------------------------------- exports and reindex


def export_records(data: DataDir, fmt: str, out: Path, all_documents: bool = False,
                   force: bool = False) -> tuple[int, Path | None]:
    """JSONL, Parquet or CSV of the canonical reports (or every parsed document): (records, what was written)."""
    from nianbao.archive.derived import all_documents as every_document
    from nianbao.archive.derived import canonical_reports
    from nianbao.parse import export

    conn = data.require_catalog().open_catalog(readonly=True).conn
    records = every_document(conn) if all_documents else canonical_reports(conn)
    writer = {"jsonl": export.write_jsonl, "parquet": export.write_parquet, "csv": export.write_csv}[fmt]
    try:
        return len(records), writer(records, out, force=force)
    except export.ExportExists as exc:
        raise UsageError(str(exc)) from exc


def export_wacz(data: DataDir, out: Path, report: str | None = None) -> Path:
    """A WACZ of the archive, or of one report's captures (`report`: id, URL or 'AGENCY YEAR')."""
    from nianbao.archive import provenance, wacz

    catalog = data.require_catalog().open_catalog(readonly=True)
    record_ids = None
    if report:
        record_ids = [c.record_id for c in provenance.lookup(catalog, None, report, verify=False)]
        if not record_ids:
            raise UsageError(f"no captures match {report!r}")
    wacz.export(catalog, data.open_store(readonly=True), out, record_ids=record_ids)
    return out


def export_cells(data: DataDir, out: Path) -> tuple[int, list[Path]]:
    """One row per table value with its locator and capture: (cells, the CSV and Parquet files written)."""
    from nianbao.archive import cell_provenance

    rows = list(cell_provenance.report_cells(data.require_catalog().open_catalog(readonly=True).conn))
    return len(rows), cell_provenance.write_cells(rows, out)


def check_cell(data: DataDir, query: str, key: str) -> tuple[dict, object]:
    """One table value of one report (`query`: a report id or "AGENCY YEAR" naming one report): its cell row and
    the check of where it is in the archived document (archive/cell_provenance.py)."""
    from nianbao.archive import cell_provenance as cells

    catalog = data.require_catalog().open_catalog(readonly=True)
    report_id = report_id_of(catalog.conn, query)
    rows = [r for r in cells.report_cells(catalog.conn, report_id) if r["key"] == key] if report_id else []
    if not rows:
        raise UsageError(f"report {report_id!r} has no value in cell {key!r}" if report_id else
                         f"no report matches {query!r}: --cell takes a report id (see `nianbao export`) or "
                         f"\"AGENCY-OR-REGION YEAR\" naming one report")
    return rows[0], cells.check_cell(data.open_store(readonly=True), rows[0])


def report_id_of(conn, query: str) -> str | None:
    """A report id as given, else the one report whose agency contains the words before a trailing year
    ("岚川县人民政府 2024"); None when nothing, or more than one report, matches."""
    from nianbao.archive import derived

    if derived.has_report(conn, query):
        return query
    name, _, year = query.strip().rpartition(" ")
    if not (name and year.isdigit()):
        return None
    found = derived.report_ids_of_agency(conn, name.strip(), int(year))
    return found[0] if len(found) == 1 else None


def reindex(data: DataDir, force: bool = False) -> dict:
    """Rebuild the catalog from the WARCs in the store (archive/reindex.py; ReindexRefused when the store gives
    fewer captures than the catalog indexes and not `force`)."""
    from nianbao.archive import reindex as rebuild

    return rebuild.rebuild(data.create().catalog, data.open_store(readonly=True), force=force)


# ---------------------------------------------------------------- demo


@dataclass
class DemoDone:
    run: RunDone
    summary: dict | None = None     # None when the run failed


@dataclass
class Demo:
    """The sandbox served behind its proxy, and a fresh data directory holding its registry and ground truth."""
    data: DataDir
    ground_truth: dict
    proxy_url: str

    @property
    def portal_count(self) -> int:
        return len(self.ground_truth["portals"])

    @classmethod
    @contextmanager
    def start(cls, requested: DataDir, portals: int) -> Iterator[Demo]:
        """The sandbox of `portals` portals, served until the block ends; its data directory is `requested`, or a
        new folder in it when it holds earlier data. The demo's store is its own (DATA/store)."""
        from nianbao.crawler.app.demo import fresh_data_dir
        from nianbao.crawler.sandbox import build_sandbox, serve

        data = DataDir.with_own_store(fresh_data_dir(requested.root)).create()
        sandbox = build_sandbox(portals=portals)
        ground_truth = sandbox.ground_truth()
        data.ground_truth.write_text(json.dumps(ground_truth, ensure_ascii=False), encoding="utf-8")
        data.registry.write_text(sandbox.registry_csv(), encoding="utf-8")
        with serve(sandbox) as server:
            yield cls(data, ground_truth, server.url)

    def run(self, render: str = "auto", extra_settings: dict | None = None, progress: bool = False) -> DemoDone:
        """Crawl, dedup and parse as one recorded run, then export (JSONL, Parquet) and score the result."""
        from nianbao.crawler.app.demo import summarise
        from nianbao.crawler.crawl_main import chromium_available
        from nianbao.crawler.registry import load_registry
        from nianbao.crawler.runner import CrawlConfig

        started = time.monotonic()
        config = CrawlConfig(data_dir=self.data.root, portals=load_registry(self.data.registry),
                             store_uri=self.data.store_uri, proxy=self.proxy_url, render=render,
                             progress=progress, extra_settings=extra_settings or {})
        done = recorded_run(self.data, config, registry=str(self.data.registry))
        if not done.ok:
            return DemoDone(done)
        self.export()
        browser = render != "never" and chromium_available()
        summary = summarise(self.data, self.ground_truth, done.crawl.summary, time.monotonic() - started,
                            browser)
        self.data.demo_summary.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        return DemoDone(done, summary)

    def export(self) -> None:
        self.data.exports.mkdir(exist_ok=True)
        export_records(self.data, "jsonl", self.data.exports / "reports.jsonl")
        export_records(self.data, "parquet", self.data.exports / "parquet")
