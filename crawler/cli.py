"""`nianbao`: the command-line front door (commands and exit codes in README.md and DESIGN.md).

Exit status: 0 success, 1 the command ran and found problems, 2 bad usage or configuration.
Heavy modules are imported inside the command functions so `nianbao --help` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from pathlib import Path

from crawler.registry import RegistryError, load_registry, select_portals

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("nianbao")


class UsageError(Exception):
    """Bad usage or configuration: printed without a traceback, exit status 2."""


# ---------------------------------------------------------------- data directory, store, catalog


def data_dir(args, create: bool = True) -> Path:
    path = Path(args.data or os.environ.get("NIANBAO_DATA") or "nianbao-data").expanduser().resolve()
    if not create:
        if not (path / "catalog.sqlite").exists():
            raise UsageError(f"no nianbao data in {path} (no catalog.sqlite): run `nianbao crawl --data {path}` "
                             f"first, or `nianbao reindex --data {path} --store URI` to rebuild from a store")
        return path
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".nianbao-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"data directory {path} is not writable ({exc.strerror}); pass --data DIR "
                         f"or set NIANBAO_DATA to a directory you can write") from exc
    return path


def store_uri(args, data: Path) -> str:
    return getattr(args, "store", None) or os.environ.get("NIANBAO_STORE") or (data / "store").as_uri()


def open_store(args, data: Path, readonly: bool = False):
    """The store of --store / $NIANBAO_STORE / DATA/store. `readonly`: a command that only reads it
    (verify, provenance, export, dedup, reindex) creates nothing — no folder, no bucket — and a store that is
    not there is a usage error (a mistyped URI must not look like an empty archive)."""
    from archive.store import StoreConfigError, StoreError
    from archive.store import open_store as _open

    try:
        store = _open(store_uri(args, data), check=not readonly)
        if readonly:
            store.check_readable()
        return store
    except StoreConfigError as exc:
        raise UsageError(str(exc)) from exc
    except StoreError as exc:  # unreachable at start: nothing has been done yet
        raise UsageError(f"{exc}") from exc


def open_catalog(data: Path, readonly: bool = False):
    """`readonly`: for verify, provenance and export, which must work on a data directory they cannot write."""
    from archive.catalog import Catalog

    return Catalog(data / "catalog.sqlite", readonly=readonly)


def registry_file(args, data: Path) -> Path:
    given = getattr(args, "registry", None) or os.environ.get("NIANBAO_REGISTRY")
    if given:
        return Path(given)
    default = data / "registry.csv"
    if not default.exists():
        raise UsageError(f"no registry given and {default} does not exist: pass --registry FILE "
                         "(CSV or YAML with id, name, region_code, level, homepage)")
    return default


def portals_for(args, data: Path):
    path = registry_file(args, data)
    portals = select_portals(load_registry(path), getattr(args, "portal", None))
    if not portals:   # said here, not only in the crawl's log
        raise UsageError(f"the registry {path} has no portals (a header and no rows?): add one row per portal "
                         "(id, name, region_code, level, homepage)")
    return portals


# ---------------------------------------------------------------- commands


def cmd_crawl(args) -> int:
    from crawler.runner import run_crawl

    data = data_dir(args)
    config = crawl_config(args, data)
    open_store(args, data)  # a store that cannot be written (DATA/store read-only, S3 down) stops us here
    result = run_crawl(config)
    if not args.quiet or not result.ok:
        print(f"crawl {result.crawl_id}: {crawl_outcome(result)}; log in {result.run_dir}/crawl.log")
    if not result.ok and result.failure:
        print(f"nianbao: {result.failure}", file=sys.stderr)
    if result.ok:
        _coverage_after_crawl(data, result.crawl_id, Path(result.run_dir), quiet=args.quiet)
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def crawl_outcome(result) -> str:
    """What the user needs to know about how a crawl ended: its stop reason and totals."""
    from crawler.progress import stop_reason

    if not result.ok:
        return "FAILED"
    if not result.summary:
        return "finished (no summary written)"
    totals = result.summary.get("totals", {})
    return (f"{stop_reason(result.summary)}; {totals.get('pages', 0)} pages, {totals.get('reports', 0)} reports, "
            f"{totals.get('errors', 0)} errors")


def _coverage_after_crawl(data: Path, crawl_id: str, run_dir: Path, quiet: bool = False) -> None:
    """The crawl's coverage report, as CSV beside its summary, and one line on the terminal."""
    from crawler.coverage import build_coverage, write_csv

    coverage = build_coverage(open_catalog(data).conn, crawl_id)
    write_csv(coverage, run_dir / "coverage.csv")
    gaps = sum(len(p.gaps) for p in coverage)
    empty = sum(len(p.columns_without_reports) for p in coverage)
    if quiet:
        return
    print(f"coverage: {len(coverage)} portals, {sum(len(p.units) for p in coverage)} units, {gaps} units with gaps "
          f"in their years, {empty} columns without reports; `nianbao coverage --crawl {crawl_id}` shows them "
          f"({run_dir}/coverage.csv)")


def _deduper(data: Path, conn):
    from archive.dedup import DedupConfig, Deduper, SqliteStorage

    return Deduper(DedupConfig(), SqliteStorage(conn))


def _portal_maps(args, data: Path, conn) -> tuple[dict, dict, dict]:
    """portal id → its hosts, its region code, its registry name."""
    portals, source = step_registry(args, data, conn)
    if source is None:
        print("dedup: no portal registry (none given, none archived in the store, no DATA/registry.csv): region "
              "codes stay empty; pass --registry FILE", file=sys.stderr)
    else:
        print(f"dedup: portal registry from {source}", file=sys.stderr)
    return ({p.id: set(p.scope_hosts) for p in portals}, {p.id: p.region_code for p in portals},
            {p.id: p.name for p in portals})


def step_registry(args, data: Path, conn) -> tuple[list, str | None]:
    """The portals dedup and parse attribute captures to, and where they came from: --registry (or
    $NIANBAO_REGISTRY), else the registries archived with the crawls (archive/warc/crawl_config.py; a later
    crawl's row for a portal wins), else DATA/registry.csv."""
    from archive.warc.crawl_config import archived_registries
    from crawler.registry import parse_registry

    given = getattr(args, "registry", None) or os.environ.get("NIANBAO_REGISTRY")
    if given:
        return load_registry(given), given
    archived = archived_registries(conn)
    if archived:
        by_id = {}
        for crawl_id, text in archived:
            for portal in parse_registry(text, f"registry of crawl {crawl_id}"):
                by_id[portal.id] = portal
        return list(by_id.values()), f"the store (configuration records of {len(archived)} crawl(s))"
    default = data / "registry.csv"
    if default.exists():
        return load_registry(default), str(default)
    return [], None


def cmd_dedup(args) -> int:
    from archive.cluster import ClusterConfig, ClusterStep
    from archive.extract import ExtractConfig, ExtractStep
    from archive.step import run_steps

    data = data_dir(args, create=False)
    catalog, store = open_catalog(data), open_store(args, data, readonly=True)
    hosts, regions, names = _portal_maps(args, data, catalog.conn)
    stats = run_steps(catalog.conn, ExtractStep(ExtractConfig(regions, names), catalog.conn, store),
                      ClusterStep(ClusterConfig(hosts), _deduper(data, catalog.conn)))
    print(f"dedup: {stats.get('dedup/documents', 0)} new documents, "
          f"{stats.get('dedup/unreadable', 0)} unreadable, "
          f"{stats.get('dedup/unpack_refused', 0)} refused by the unpack limits")
    if any(k.startswith("extract/ocr_") for k in stats):     # tables published as images (archive/ocr_images.py)
        print(f"dedup: {stats.get('extract/ocr_tables', 0)} tables read from {stats.get('extract/ocr_images', 0)} "
              f"images by OCR, {stats.get('extract/ocr_withheld', 0)} values withheld by the consistency rules, "
              f"{stats.get('extract/ocr_unavailable', 0)} pages not OCR'd (ocr extra not installed)")
    return EXIT_OK


def cmd_parse(args) -> int:
    if args.files:
        return parse_files(args.files)
    from archive.assemble import AssembleConfig, AssembleStep
    from archive.step import run_steps

    data = data_dir(args, create=False)
    catalog = open_catalog(data)
    stats = run_steps(catalog.conn, AssembleStep(AssembleConfig(), catalog.conn, _deduper(data, catalog.conn)))
    print(f"parse: {stats.get('parse/reports', 0)} reports, {stats.get('parse/errors', 0)} parse errors")
    return EXIT_OK


def parse_files(files: list[str]) -> int:
    """Standalone parsing: one JSON record per file on stdout; touches no archive data."""
    from parse import limits
    from parse.report import parse_report

    status = EXIT_OK
    for name in files:
        path = Path(name)
        try:
            if path.stat().st_size > limits.MAX_DOCUMENT_BYTES:
                raise UsageError(f"{path}: larger than {limits.MAX_DOCUMENT_BYTES} bytes, not parsed")
            data = path.read_bytes()
        except OSError as exc:
            print(f"nianbao: error: cannot read {path}: {exc.strerror}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        record = parse_report(data, None, path.name, None)
        record = {"file": str(path), **{k: v for k, v in record.items() if not k.startswith("_")}}
        print(json.dumps(record, ensure_ascii=False))
        if refused_by_unpack_limits(record):
            status = max(status, EXIT_PROBLEMS)
    return status


def refused_by_unpack_limits(record: dict) -> bool:
    """A file that unpacks beyond parse/limits.py is not parsed: the command found a problem (exit 1)."""
    from parse.text import UNPACK_STAGE

    return any(e.get("stage") == UNPACK_STAGE for e in record.get("errors") or [])


def cmd_run(args) -> int:

    data = data_dir(args)
    config = crawl_config(args, data)
    open_store(args, data)
    return recorded_run(args, data, config, schedule=None)


def crawl_config(args, data: Path, **overrides):
    from crawler.runner import CrawlConfig

    values = dict(
        data_dir=data, portals=portals_for(args, data), store_uri=store_uri(args, data),
        proxy=getattr(args, "proxy", None) or os.environ.get("NIANBAO_PROXY") or os.environ.get("http_proxy", ""),
        render=getattr(args, "render", "auto"), max_pages=getattr(args, "max_pages", 0),
        time_limit_s=getattr(args, "time_limit", 0),
        contact_url=getattr(args, "contact", None) or os.environ.get("NIANBAO_CONTACT_URL", ""),
        allow_private_addresses=getattr(args, "allow_private_addresses", False),
        redis_url=getattr(args, "redis", None) or os.environ.get("NIANBAO_REDIS_URL", ""),
        frontier_key=getattr(args, "frontier", None) or "nianbao",
        progress=sys.stdout.isatty() and not getattr(args, "quiet", False),
        log_level="DEBUG" if getattr(args, "verbose", False) else "INFO")
    extra = {}
    if getattr(args, "per_host", None):
        extra["CONCURRENT_REQUESTS_PER_DOMAIN"] = args.per_host
    if getattr(args, "page_workers", None) is not None:
        extra["NIANBAO_PAGE_WORKERS"] = args.page_workers
    if getattr(args, "writer_process", None) is not None:
        extra["NIANBAO_WARC_WRITER_PROCESS"] = args.writer_process
    extra.update(scrapy_settings(getattr(args, "set", None) or []))
    if extra:
        values["extra_settings"] = extra
    values.update(overrides)
    return CrawlConfig(**values)


def scrapy_settings(pairs: list[str]) -> dict:
    """`-s NAME=VALUE` as `scrapy crawl` takes it; VALUE is read as JSON when it is JSON (numbers, true/false,
    lists), else kept as the string (Scrapy's settings convert strings themselves)."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"-s {pair!r}: write NAME=VALUE, e.g. -s DOWNLOAD_DELAY=2")
        try:
            settings[name.strip()] = json.loads(value)
        except ValueError:
            settings[name.strip()] = value
    return settings


def recorded_run(args, data: Path, config, schedule: str | None) -> int:
    """crawl → dedup → parse, recorded in the run history with what changed. The run row never stays
    `running`: whatever stops the run (a store outage in dedup, Ctrl-C) finishes it as `failed` with why."""
    from archive import runs
    from crawler.runner import new_crawl_id

    config.crawl_id = config.crawl_id or new_crawl_id()
    conn = open_catalog(data).conn
    runs.start_run(conn, config.crawl_id, schedule)
    try:
        ok, counts, detail, outcome = crawl_dedup_parse(args, conn, config)
    except BaseException as exc:
        with contextlib.suppress(Exception):   # the catalog itself may be what failed
            runs.finish_run(conn, config.crawl_id, "failed", {}, detail=f"{type(exc).__name__}: {exc}"[:500])
        raise
    runs.finish_run(conn, config.crawl_id, "ok" if ok else "failed", counts, detail=detail)
    archive_run_record(args, data, config.crawl_id)
    print(f"run {config.crawl_id}: {'ok' if ok else 'FAILED'} (crawl {outcome}); {counts['pages_new']} new pages, "
          f"{counts['pages_revisit'] + counts['pages_not_modified']} unchanged, {counts['reports_new']} new "
          f"report documents, {counts['reports_changed']} changed, {counts['reports_gone']} gone"
          + ("" if ok else f" ({detail})"))
    return EXIT_OK if ok else EXIT_PROBLEMS


def crawl_dedup_parse(args, conn, config) -> tuple[bool, dict, str, str]:
    """(ok, run counts, detail, the crawl's outcome in words) of one run; counts include the captures of spool files it recovered."""
    from archive import runs
    from crawler.runner import run_crawl

    result = run_crawl(config)
    if result.ok:
        args.files = []
        cmd_dedup(args)
        cmd_parse(args)
    recovered = (result.summary.get("warc") or {}).get("recovered_crawl_ids") or []
    counts = runs.run_counts(conn, config.crawl_id, recovered)
    if result.ok and not result.summary.get("limit_reached") and not config.redis_url:
        runs.mark_gone(conn, counts["gone"], run_id=config.crawl_id)
        if counts["gone"]:
            from archive.revisions import RevisionStep

            RevisionStep(conn).run()  # a report whose URLs are all gone now has a `gone` revision
    else:  # a run cut short, or one worker of a shared crawl, has not seen everything: it marks nothing gone
        counts["reports_gone"] = 0
    detail = "" if result.ok else (result.failure or f"see {result.run_dir}/crawl.log")
    return result.ok, counts, detail, crawl_outcome(result)


def archive_run_record(args, data: Path, run_id: str) -> None:
    """The run's history row and gone marks go to the store too, so `reindex` rebuilds them."""
    from archive.runs import archive_run
    from archive.store import StoreError

    try:
        archive_run(open_store(args, data), open_catalog(data), run_id)
    except (StoreError, OSError) as exc:  # the run itself is done; say what is missing and go on
        print(f"run {run_id}: the run record could not be written to the store ({exc}); "
              "its history stays in the catalog only", file=sys.stderr)


def cmd_export(args) -> int:
    data = data_dir(args, create=False)
    catalog = open_catalog(data, readonly=True)
    out = Path(args.out)
    if args.format == "wacz":
        from archive import wacz

        record_ids = None
        if args.report:
            from archive import provenance

            record_ids = [c.record_id for c in provenance.lookup(catalog, None, args.report, verify=False)]
            if not record_ids:
                raise UsageError(f"no captures match {args.report!r}")
        wacz.export(catalog, open_store(args, data, readonly=True), out, record_ids=record_ids)
        print(f"wrote {out}")
        return EXIT_OK
    if args.report:
        raise UsageError(f"--report selects one report's captures for --format wacz; {args.format} exports hold "
                         "every report (filter them with DuckDB or pandas, or use `nianbao provenance`)")
    if args.format == "cells":
        from archive import cell_provenance

        rows = list(cell_provenance.report_cells(catalog.conn))
        written = cell_provenance.write_cells(rows, out)
        print(f"wrote {len(rows)} cells to {written[0]} and {written[1]}")
        return EXIT_OK
    from archive.derived import all_documents, canonical_reports
    from parse import export

    records = all_documents(catalog.conn) if args.all else canonical_reports(catalog.conn)
    writer = {"jsonl": export.write_jsonl, "parquet": export.write_parquet, "csv": export.write_csv}[args.format]
    try:
        written = writer(records, out, force=args.force)
    except export.ExportExists as exc:
        raise UsageError(str(exc)) from exc
    print(f"wrote {len(records)} records to {written or out}")
    return EXIT_OK


def cmd_provenance(args) -> int:
    from archive import provenance

    data = data_dir(args, create=False)
    catalog, store = open_catalog(data, readonly=True), open_store(args, data, readonly=True)
    if args.cell:
        return cell_provenance(catalog, store, args)
    captures = provenance.lookup(catalog, store, args.query, verify=True)
    if args.json:
        print(json.dumps([c.to_dict() for c in captures], ensure_ascii=False, indent=1))
    else:
        print(provenance.format_table(captures))
    if not captures:
        print(f"no captures match {args.query!r}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if any(c.verified is False for c in captures) else EXIT_OK


def cell_provenance(catalog, store, args) -> int:
    """`provenance REPORT --cell KEY`: the value, where it is in the archived document, and the checks."""
    from archive import cell_provenance as cells

    report_id = report_id_of(catalog.conn, args.query)
    rows = [r for r in cells.report_cells(catalog.conn, report_id) if r["key"] == args.cell] if report_id else []
    if not rows:
        raise UsageError(f"report {report_id!r} has no value in cell {args.cell!r}" if report_id else
                         f"no report matches {args.query!r}: --cell takes a report id (see `nianbao export`) or "
                         f"\"AGENCY-OR-REGION YEAR\" naming one report")
    check = cells.check_cell(store, rows[0])
    if args.json:
        print(json.dumps({**rows[0], "cell_text": check.cell_text, "snippet": check.snippet,
                          "digest_ok": check.digest_ok, "value_ok": check.value_ok,
                          "problems": list(check.problems)}, ensure_ascii=False, indent=1))
    else:
        print(cells.format_check(check))
    return EXIT_OK if check.ok else EXIT_PROBLEMS


def report_id_of(conn, query: str) -> str | None:
    """A report id as given, else the one report whose agency contains the words before a trailing year
    ("岚川县人民政府 2024"); None when nothing, or more than one report, matches."""
    if conn.execute("SELECT 1 FROM reports WHERE report_id = ?", (query,)).fetchone():
        return query
    name, _, year = query.strip().rpartition(" ")
    if not (name and year.isdigit()):
        return None
    found = conn.execute("SELECT report_id FROM reports WHERE year = ? AND is_report = 1 AND instr(agency, ?) > 0",
                         (int(year), name.strip())).fetchall()
    return found[0][0] if len(found) == 1 else None


def cmd_verify(args) -> int:
    from archive import fixity

    data = data_dir(args, create=False)
    report = fixity.verify(open_catalog(data, readonly=True), open_store(args, data, readonly=True))
    print(report.summary())
    for bad in report.bad:
        print(f"BAD {bad}")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_reindex(args) -> int:
    from archive import reindex

    data = data_dir(args)
    try:
        stats = reindex.rebuild(data / "catalog.sqlite", open_store(args, data, readonly=True), force=args.force)
    except reindex.ReindexRefused as exc:
        print(f"nianbao: reindex refused: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"reindex: {stats}")
    return EXIT_PROBLEMS if stats["problems"] else EXIT_OK


def cmd_sandbox(args) -> int:
    from crawler.sandbox import main as sandbox_main

    argv = ["--port", str(args.port), "--portals", str(args.portals), "--host", args.host]
    if args.ground_truth:
        argv += ["--ground-truth", args.ground_truth]
    if args.registry:
        argv += ["--registry", args.registry]
    if args.families:
        argv += ["--families", args.families]
    return sandbox_main(argv) or EXIT_OK


def cmd_schedule(args) -> int:
    from archive import runs, schedules

    data = data_dir(args)
    conn = open_catalog(data).conn
    try:
        if args.action == "add":
            if not (args.name and args.cron):
                raise UsageError("schedule add needs NAME and --cron 'MIN HOUR DOM MON DOW'")
            portals_for(args, data)  # an unreadable registry or unknown ids are usage errors now, not at 3 a.m.
            schedule = schedules.add_schedule(conn, args.name, args.cron, args.portal or [], args.registry,
                                              args.max_pages, args.time_limit)
            print(f"added {schedule.name}: '{schedule.cron}' (UTC), next run "
                  f"{runs.iso(schedule.next_after(runs.utcnow()))}")
        elif args.action == "remove":
            schedules.remove_schedule(conn, args.name or "")
            print(f"removed {args.name}")
        elif args.action == "list":
            for s in schedules.list_schedules(conn):
                print(f"{s.name:<20} {s.cron + ' UTC':<20} portals={','.join(s.portals) or 'all'} "
                      f"max_pages={s.max_pages} time_limit={s.time_limit_s}s "
                      f"next={runs.iso(s.next_after(runs.last_start(conn, s.name) or runs.parse_iso(s.created_at)))}")
        else:
            return run_due(args, data, conn)
    except schedules.ScheduleError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK


def run_due(args, data: Path, conn) -> int:
    """Run every due schedule once; a schedule whose previous run still holds its lock is skipped. One
    schedule's failure (a registry gone, a crawl that fails) is recorded in its run row and the others run."""
    from archive import runs, schedules
    from crawler.runner import new_crawl_id

    status = EXIT_OK
    broken: list = []
    for schedule in schedules.due(conn, broken=broken):
        with schedules.schedule_lock(data / "locks", schedule.name) as acquired:
            if not acquired:
                runs.start_run(conn, new_crawl_id(), schedule.name, status="skipped",
                               detail="previous run of this schedule is still going")
                print(f"{schedule.name}: skipped (previous run still going)")
                continue
            print(f"{schedule.name}: starting")
            if run_one_schedule(args, data, conn, schedule) != EXIT_OK:
                status = EXIT_PROBLEMS
    for schedule, why in broken:
        record_schedule_failure(conn, schedule.name, why)
        status = EXIT_PROBLEMS
    return status


def run_one_schedule(args, data: Path, conn, schedule) -> int:
    try:
        args.registry, args.portal = schedule.registry, schedule.portals or None
        config = crawl_config(args, data, max_pages=schedule.max_pages, time_limit_s=schedule.time_limit_s)
        return recorded_run(args, data, config, schedule.name)
    except (UsageError, RegistryError, *ENVIRONMENT_ERRORS) as exc:
        record_schedule_failure(conn, schedule.name, str(exc))
        return EXIT_PROBLEMS


def record_schedule_failure(conn, name: str, why: str) -> None:
    from archive import runs
    from crawler.runner import new_crawl_id

    runs.record_failed_start(conn, new_crawl_id(), name, why[:500])
    print(f"{name}: FAILED: {why}", file=sys.stderr)


def cmd_runs(args) -> int:
    from archive import runs

    data = data_dir(args, create=False)
    rows = runs.list_runs(open_catalog(data).conn, args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{'run':<22}{'schedule':<14}{'start':<22}{'end':<22}{'status':<9}"
          f"{'new':>6}{'revisit':>8}{'304':>6}{'rep+':>6}{'rep~':>6}{'rep-':>6}")
    for r in rows:
        print(f"{r['run_id']:<22}{(r['schedule'] or '-'):<14}{r['started_at']:<22}{(r['ended_at'] or '-'):<22}"
              f"{r['status']:<9}{r['pages_new'] or 0:>6}{r['pages_revisit'] or 0:>8}{r['pages_not_modified'] or 0:>6}"
              f"{r['reports_new'] or 0:>6}{r['reports_changed'] or 0:>6}{r['reports_gone'] or 0:>6}")
    return EXIT_OK


def cmd_registry(args) -> int:
    if args.action == "new":
        return registry_new(args)
    return registry_check(args)


def registry_new(args) -> int:
    """A starter registry for the county-level units under --region (crawler/registry_starter.py)."""
    from crawler.registry_starter import RegionError, county_units, registry_csv

    if not args.region:
        raise UsageError("registry new needs --region CODE (a province, e.g. 620000, or a city, e.g. 621100)")
    try:
        units = county_units(args.region)
    except RegionError as exc:
        raise UsageError(str(exc)) from exc
    text = registry_csv(units, include_missing=args.all)
    if args.out:
        out = Path(args.out)
        if out.exists() and not args.force:
            raise UsageError(f"{out} exists: choose another --out, or pass --force to replace it")
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    missing = [u for u in units if not u.homepage]
    print(f"registry new: {len(units)} county-level units under {args.region}, {len(units) - len(missing)} with a "
          f"sourced homepage" + (f"{' (written with an empty homepage)' if args.all else ''}; no known homepage for: "
                                 + ", ".join(f"{u.name} ({u.code})" for u in missing) if missing else ""),
          file=sys.stderr)
    return EXIT_OK


def registry_check(args) -> int:
    """Fetch each registry homepage politely; say whether it still names its county."""
    from crawler.crawl_main import user_agent
    from crawler.registry_check import check_registry

    data = Path(args.data or os.environ.get("NIANBAO_DATA") or "nianbao-data").expanduser()
    portals = portals_for(args, data)
    agent = user_agent(args.contact or os.environ.get("NIANBAO_CONTACT_URL") or "https://github.com/nianbao/nianbao")
    proxy = args.proxy or os.environ.get("NIANBAO_PROXY") or None
    problems = 0
    for result in check_registry(portals, agent, proxy, delay_s=args.delay):
        problems += result.status != "ok"
        print(f"{result.status:<9} {result.portal_id:<12} {result.name:<8} {result.homepage}  "
              f"title={result.title[:40]!r} SiteName={result.site_name[:30]!r} {result.detail}".rstrip())
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_changes(args) -> int:
    from archive import revisions

    data = data_dir(args, create=False)
    changes = revisions.list_changes(open_catalog(data, readonly=True).conn, args.since, args.region)
    if args.json:
        print(json.dumps(changes, ensure_ascii=False, indent=1))
    else:
        print(revisions.format_changes(changes) or "no changes recorded")
    return EXIT_OK


def cmd_audit(args) -> int:
    from archive import audit

    data = data_dir(args, create=False)
    try:
        rules = audit.load_rules(args.rules) if args.rules else audit.DEFAULT_RULES
    except audit.RulesError as exc:
        raise UsageError(str(exc)) from exc
    rows = audit.audit(audit.load_facts(open_catalog(data, readonly=True).conn), args.year, rules, args.region)
    for out, writer in ((args.csv, audit.write_csv), (args.parquet, audit.write_parquet)):
        if out:
            print(f"wrote {len(rows)} units to {writer(rows, out)}", file=sys.stderr)
    print(audit.region_summary(rows, args.year) if rows else f"no reporting units known for {args.region or 'any region'}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from crawler.web.server import serve_forever

    data = data_dir(args, create=False)
    return serve_forever(data, store_uri(args, data), args.host, args.port)


def cmd_coverage(args) -> int:
    from crawler.coverage import build_coverage, format_report, write_csv

    data = data_dir(args, create=False)
    coverage = build_coverage(open_catalog(data, readonly=True).conn, args.crawl)
    print(format_report(coverage))
    if args.csv:
        rows = write_csv(coverage, Path(args.csv))
        print(f"coverage: {rows} rows written to {args.csv}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from crawler.demo import run_demo

    return run_demo(args)


# ---------------------------------------------------------------- argument parsing


def non_negative_int(text: str) -> int:
    """argparse type of counts and limits: `--time-limit -5` is a mistake, not "no limit"."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; use 0 for no limit")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", help="data directory (default $NIANBAO_DATA, else ./nianbao-data)")
    common.add_argument("-v", "--verbose", action="store_true",
                        help="log debug messages (the crawl's log, DATA/runs/<id>/crawl.log, too)")
    common.add_argument("-q", "--quiet", action="store_true",
                        help="no live progress or closing table; print only errors and results")
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--store", help="object store: file:///abs/path (default DATA/store) or s3://bucket/prefix")
    crawl = argparse.ArgumentParser(add_help=False)
    crawl.add_argument("--registry", help="portal registry, CSV or YAML (default $NIANBAO_REGISTRY, else DATA/registry.csv)")
    crawl.add_argument("--portal", action="append", metavar="ID", help="crawl only this portal (repeatable)")
    crawl.add_argument("--proxy", help="HTTP proxy for Scrapy and the browser (default $http_proxy)")
    crawl.add_argument("--render", choices=("auto", "always", "never"), default="auto",
                       help="browser rendering: auto renders a list page when its HTML says a script draws the "
                            "list, and a portal's list pages once rendering one of them revealed links")
    crawl.add_argument("--max-pages", type=non_negative_int, default=0, help="stop after N pages (0: no limit)")
    crawl.add_argument("--time-limit", type=non_negative_int, default=0, metavar="SECONDS",
                       help="stop after N seconds (0: no limit)")
    crawl.add_argument("--contact", help="contact URL for the User-Agent (default $NIANBAO_CONTACT_URL)")
    crawl.add_argument("--redis", help="shared frontier for several workers, e.g. redis://host:6379/0 "
                       "(default $NIANBAO_REDIS_URL; none: a local frontier)")
    crawl.add_argument("--frontier", default="nianbao", help="name of the shared crawl in Redis (same on every worker)")
    crawl.add_argument("--per-host", type=non_negative_int, metavar="N",
                       help="requests at a time per host (default 2; with several workers, 1 each)")
    crawl.add_argument("--page-workers", type=non_negative_int, metavar="N",
                       help="processes that parse and classify pages (default: 1 on 2-5 CPUs, 2 from 6, "
                            "0 on one; 0: in the crawl process)")
    crawl.add_argument("--writer-process", choices=("auto", "on", "off"),
                       help="write WARC files in a process of their own (default auto: when there is a second CPU)")
    crawl.add_argument("-s", "--set", action="append", metavar="NAME=VALUE",
                       help="a Scrapy or nianbao setting for this crawl, as in `scrapy crawl -s` (repeatable)")
    crawl.add_argument("--allow-private-addresses", action="store_true",
                       help="allow URLs that resolve to private or loopback addresses (off by default)")

    parser = argparse.ArgumentParser(prog="nianbao", description=__doc__.splitlines()[0])
    # `--data DIR` anywhere on the line: main() moves it before the verb (see hoist_data)
    parser.add_argument("--data", dest="data_before_verb", metavar="DATA", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, parents, help_text):
        p = sub.add_parser(name, parents=parents, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    add("crawl", cmd_crawl, [common, store, crawl], "discover and capture reports on the registry's portals")
    p = add("dedup", cmd_dedup, [common, store], "extract text from new captures and cluster republications")
    p.add_argument("--registry", help="portal registry (default $NIANBAO_REGISTRY, else the registries archived "
                   "with the crawls in the store, else DATA/registry.csv)")
    p = add("parse", cmd_parse, [common, store], "parse each cluster's canonical document (or the given files)")
    p.add_argument("files", nargs="*", help="HTML, PDF, DOC, DOCX or TXT files: parse just these, print JSON")
    add("run", cmd_run, [common, store, crawl], "crawl, then dedup, then parse")
    p = add("export", cmd_export, [common, store], "export canonical reports (or, with --all, every document)")
    p.add_argument("--format", choices=("jsonl", "parquet", "csv", "wacz", "cells"), required=True,
                   help="cells: one row per table value with its locator and capture (cells.csv, cells.parquet)")
    p.add_argument("--out", required=True, help="output file (jsonl, wacz) or folder (parquet, csv)")
    p.add_argument("--all", action="store_true", help="every parsed document, not only canonical reports")
    p.add_argument("--report", help="wacz only: package just this report's captures (id, URL or 'AGENCY YEAR')")
    p.add_argument("--force", action="store_true", help="replace files in --out that no nianbao export wrote")
    p = add("provenance", cmd_provenance, [common, store], "list and verify every capture of a report")
    p.add_argument("query", help="a report id, a URL, or \"AGENCY-OR-REGION YEAR\"")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--cell", metavar="KEY", help="with a report id: one table value (e.g. "
                   "applications.new_received.total), where it is in the archived document, digest check")
    add("verify", cmd_verify, [common, store], "fixity: re-read every indexed record and check its digests")
    p = add("reindex", cmd_reindex, [common, store], "rebuild the catalog from the WARCs in the store")
    p.add_argument("--force", action="store_true",
                   help="replace the catalog even when the store gives fewer captures than it indexes")
    p = add("sandbox", cmd_sandbox, [common], "serve the offline sandbox portals as an HTTP proxy on 127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--host", default="127.0.0.1", help="listen address (0.0.0.0 in a container network)")
    p.add_argument("--portals", type=non_negative_int, default=6, help="number of simulated portals")
    p.add_argument("--ground-truth", help="write the ground truth JSON here")
    p.add_argument("--registry", help="write the sandbox registry CSV here")
    p.add_argument("--families", default="", metavar="A,B",
                   help="CMS families, comma-separated (default: the demo's six; see crawler/sandbox/names.py)")
    p = add("schedule", cmd_schedule, [common, store], "manage cron schedules and run the due ones")
    p.add_argument("action", choices=("add", "list", "remove", "run-due"))
    p.add_argument("name", nargs="?", help="schedule name (add, remove)")
    p.add_argument("--cron", help="cron expression in UTC, e.g. '0 3 * 1-4 *' (daily at 03:00 UTC in January-April)")
    p.add_argument("--registry", help="registry file for this schedule (default DATA/registry.csv)")
    p.add_argument("--portal", action="append", metavar="ID", help="limit the schedule to these portals")
    p.add_argument("--max-pages", type=non_negative_int, default=0, help="per-run page limit (0: none)")
    p.add_argument("--time-limit", type=non_negative_int, default=0, metavar="SECONDS",
                   help="per-run time limit (0: none)")
    p = add("registry", cmd_registry, [common], "write a starter registry for a region, or check homepages")
    p.add_argument("action", choices=("new", "check"))
    p.add_argument("--region", help="new: a GB/T 2260 province or city code, e.g. 620000 or 621100")
    p.add_argument("--out", help="new: write the CSV here (default: stdout)")
    p.add_argument("--all", action="store_true", help="new: also units without a known homepage (to fill in)")
    p.add_argument("--force", action="store_true", help="new: replace --out if it exists")
    p.add_argument("--registry", help="check: the registry (default $NIANBAO_REGISTRY, else DATA/registry.csv)")
    p.add_argument("--portal", action="append", metavar="ID", help="check: only these portals")
    p.add_argument("--proxy", help="check: HTTP proxy (default $NIANBAO_PROXY)")
    p.add_argument("--contact", help="check: contact URL for the User-Agent")
    p.add_argument("--delay", type=float, default=2.0, metavar="SECONDS", help="check: pause between portals")
    p = add("runs", cmd_runs, [common], "show the history of crawl runs")
    p.add_argument("--limit", type=non_negative_int, default=50)
    p.add_argument("--json", action="store_true")
    p = add("changes", cmd_changes, [common], "silent edits: reports edited, replaced or gone between captures")
    p.add_argument("--since", metavar="DATE", help="only revisions at or after this date (YYYY-MM-DD)")
    p.add_argument("--region", metavar="CODE", help="only reports whose region code starts with CODE")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add("audit", cmd_audit, [common], "compliance audit: which units' reports for a year were found, on time")
    p.add_argument("--year", type=int, required=True, help="report year (the reports published in the year after)")
    p.add_argument("--region", metavar="CODE", help="only units whose region code starts with CODE")
    p.add_argument("--rules", metavar="FILE", help="YAML/JSON deadlines overriding 条例 第四十九条, each citing a source")
    p.add_argument("--csv", metavar="OUT", help="write one row per unit to this CSV file")
    p.add_argument("--parquet", metavar="OUT", help="write one row per unit to this Parquet file")
    p = add("serve", cmd_serve, [common, store], "read-only web view of the archive (loopback by default)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000)
    p = add("coverage", cmd_coverage, [common], "per portal: units and report years, gaps, script-built lists, "
            "pagers that ended early, columns with no reports")
    p.add_argument("--csv", metavar="FILE", help="also write the report as CSV")
    p.add_argument("--crawl", metavar="CRAWL_ID", help="only this crawl's captures (default: everything)")
    p = add("demo", cmd_demo, [common], "start the sandbox, run against it, export, print a summary")
    p.add_argument("--portals", type=non_negative_int, default=6, help="number of simulated portals")
    p.add_argument("--render", choices=("auto", "always", "never"), default="auto")
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="a Scrapy or nianbao setting")
    return parser


def hoist_data(argv: list[str]) -> list[str]:
    """`--data DIR` moved before the verb, wherever it was written: argparse cannot take an option between a
    verb's positionals (`schedule add --data DIR NAME`), and users write it anywhere."""
    rest, moved, items = [], [], iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--data":
            value = next(items, None)
            if value is None:
                rest.append(item)        # left last, for argparse to say its value is missing
            else:
                moved += [item, value]
        elif item.startswith("--data="):
            moved.append(item)
        else:
            rest.append(item)
    return moved + rest


def _environment_errors() -> tuple[type[BaseException], ...]:
    import sqlite3

    from archive.store import StoreError

    return (OSError, sqlite3.Error, StoreError)


ENVIRONMENT_ERRORS = _environment_errors()


def environment_error_message(exc: BaseException) -> str:
    """One line for a failure of the machine around nianbao (a read-only or full disk, a store that went
    away, a catalog that cannot be opened), with what to check: a traceback tells the user nothing more."""
    import sqlite3

    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}; check that the path exists and can be written"
    if isinstance(exc, sqlite3.OperationalError) and "no such table" in str(exc):
        return (f"the catalog has no such data yet ({exc}): run `nianbao dedup` and `nianbao parse` (or "
                f"`nianbao run`) first")
    if isinstance(exc, sqlite3.Error):
        return f"the catalog cannot be used ({exc}); check that DATA/catalog.sqlite and its folder are writable"
    return str(exc) or type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(hoist_data(sys.argv[1:] if argv is None else argv))
    if getattr(args, "data", None) is None:
        args.data = args.data_before_verb
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except (UsageError, RegistryError) as exc:
        print(f"nianbao: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ENVIRONMENT_ERRORS as exc:
        print(f"nianbao: error: {environment_error_message(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("nianbao: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
