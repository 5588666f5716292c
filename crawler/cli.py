"""`nianbao`: the command-line front door (commands and exit codes in README.md and DESIGN.md).

Exit status: 0 success, 1 the command ran and found problems, 2 bad usage or configuration.
Heavy modules are imported inside the command functions so `nianbao --help` stays fast.
"""

from __future__ import annotations

import argparse
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


def open_store(args, data: Path):
    from archive.store import StoreConfigError
    from archive.store import open_store as _open

    try:
        return _open(store_uri(args, data))
    except StoreConfigError as exc:
        raise UsageError(str(exc)) from exc


def open_catalog(data: Path):
    from archive.catalog import Catalog

    return Catalog(data / "catalog.sqlite")


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
    return select_portals(load_registry(registry_file(args, data)), getattr(args, "portal", None))


# ---------------------------------------------------------------- commands


def cmd_crawl(args) -> int:
    from crawler.runner import run_crawl

    data = data_dir(args)
    config = crawl_config(args, data)
    if args.store:
        open_store(args, data)  # validate the URI and credentials before starting a crawl
    result = run_crawl(config)
    print(f"crawl {result.crawl_id}: {'finished' if result.ok else 'FAILED'}; log in {result.run_dir}/crawl.log")
    if result.ok:
        _coverage_after_crawl(data, result.crawl_id, Path(result.run_dir))
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def _coverage_after_crawl(data: Path, crawl_id: str, run_dir: Path) -> None:
    """The crawl's coverage report, as CSV beside its summary, and one line on the terminal."""
    from crawler.coverage import build_coverage, write_csv

    coverage = build_coverage(open_catalog(data).conn, crawl_id)
    write_csv(coverage, run_dir / "coverage.csv")
    gaps = sum(len(p.gaps) for p in coverage)
    empty = sum(len(p.columns_without_reports) for p in coverage)
    print(f"coverage: {len(coverage)} portals, {sum(len(p.units) for p in coverage)} units, {gaps} units with gaps "
          f"in their years, {empty} columns without reports; `nianbao coverage --crawl {crawl_id}` shows them "
          f"({run_dir}/coverage.csv)")


def _deduper(data: Path, conn):
    from archive.dedup import DedupConfig, Deduper, SqliteStorage

    return Deduper(DedupConfig(), SqliteStorage(conn))


def _portal_maps(args, data: Path) -> tuple[dict, dict]:
    try:
        portals = load_registry(registry_file(args, data))
    except (UsageError, RegistryError):
        return {}, {}
    return ({p.id: set(p.scope_hosts) for p in portals}, {p.id: p.region_code for p in portals})


def cmd_dedup(args) -> int:
    from archive.steps import DedupStep, DedupStepConfig

    data = data_dir(args, create=False)
    catalog, store = open_catalog(data), open_store(args, data)
    hosts, regions = _portal_maps(args, data)
    stats = DedupStep(DedupStepConfig(hosts, regions), catalog.conn, store, _deduper(data, catalog.conn)).run()
    print(f"dedup: {stats.get('dedup/documents', 0)} new documents, "
          f"{stats.get('dedup/unreadable', 0)} unreadable")
    return EXIT_OK


def cmd_parse(args) -> int:
    if args.files:
        return parse_files(args.files)
    from archive.steps import ParseStep, ParseStepConfig

    data = data_dir(args, create=False)
    catalog = open_catalog(data)
    stats = ParseStep(ParseStepConfig(), catalog.conn, _deduper(data, catalog.conn)).run()
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
    return status


def cmd_run(args) -> int:

    data = data_dir(args)
    config = crawl_config(args, data)
    if args.store:
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
        frontier_key=getattr(args, "frontier", None) or "nianbao")
    extra = {}
    if getattr(args, "per_host", None):
        extra["CONCURRENT_REQUESTS_PER_DOMAIN"] = args.per_host
    if getattr(args, "page_workers", None) is not None:
        extra["NIANBAO_PAGE_WORKERS"] = args.page_workers
    if getattr(args, "writer_process", None) is not None:
        extra["NIANBAO_WARC_WRITER_PROCESS"] = args.writer_process
    if extra:
        values["extra_settings"] = extra
    values.update(overrides)
    return CrawlConfig(**values)


def recorded_run(args, data: Path, config, schedule: str | None) -> int:
    """crawl → dedup → parse, recorded in the run history with what changed."""
    from archive import runs
    from crawler.runner import new_crawl_id, run_crawl

    config.crawl_id = config.crawl_id or new_crawl_id()
    conn = open_catalog(data).conn
    runs.start_run(conn, config.crawl_id, schedule)
    result = run_crawl(config)
    if result.ok:
        args.files = []
        cmd_dedup(args)
        cmd_parse(args)
    counts = runs.run_counts(conn, config.crawl_id)
    if result.ok and not result.summary.get("limit_reached") and not config.redis_url:
        runs.mark_gone(conn, counts["gone"], run_id=config.crawl_id)
    else:  # a run cut short, or one worker of a shared crawl, has not seen everything: it marks nothing gone
        counts["reports_gone"] = 0
    runs.finish_run(conn, config.crawl_id, "ok" if result.ok else "failed", counts,
                    detail="" if result.ok else f"see {result.run_dir}/crawl.log")
    archive_run_record(args, data, config.crawl_id)
    print(f"run {config.crawl_id}: {'ok' if result.ok else 'FAILED'}; {counts['pages_new']} new pages, "
          f"{counts['pages_revisit'] + counts['pages_not_modified']} unchanged, {counts['reports_new']} new "
          f"report documents, {counts['reports_changed']} changed, {counts['reports_gone']} gone")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def archive_run_record(args, data: Path, run_id: str) -> None:
    """The run's history row and gone marks go to the store too, so `reindex` rebuilds them."""
    from archive.run_records import archive_run
    from archive.store import StoreError

    try:
        archive_run(open_store(args, data), open_catalog(data), run_id)
    except (StoreError, OSError) as exc:  # the run itself is done; say what is missing and go on
        print(f"run {run_id}: the run record could not be written to the store ({exc}); "
              "its history stays in the catalog only", file=sys.stderr)


def cmd_export(args) -> int:
    data = data_dir(args, create=False)
    catalog = open_catalog(data)
    out = Path(args.out)
    if args.format == "wacz":
        from archive import wacz

        record_ids = None
        if args.report:
            from archive import provenance

            record_ids = [c.record_id for c in provenance.lookup(catalog, None, args.report, verify=False)]
            if not record_ids:
                raise UsageError(f"no captures match {args.report!r}")
        wacz.export(catalog, open_store(args, data), out, record_ids=record_ids)
        print(f"wrote {out}")
        return EXIT_OK
    from archive.steps import all_documents, canonical_reports
    from parse import export

    records = all_documents(catalog.conn) if args.all else canonical_reports(catalog.conn)
    writer = {"jsonl": export.write_jsonl, "parquet": export.write_parquet, "csv": export.write_csv}[args.format]
    written = writer(records, out)
    print(f"wrote {len(records)} records to {written or out}")
    return EXIT_OK


def cmd_provenance(args) -> int:
    from archive import provenance

    data = data_dir(args, create=False)
    catalog, store = open_catalog(data), open_store(args, data)
    captures = provenance.lookup(catalog, store, args.query, verify=True)
    if args.json:
        print(json.dumps([c.to_dict() for c in captures], ensure_ascii=False, indent=1))
    else:
        print(provenance.format_table(captures))
    if not captures:
        print(f"no captures match {args.query!r}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if any(c.verified is False for c in captures) else EXIT_OK


def cmd_verify(args) -> int:
    from archive import fixity

    data = data_dir(args, create=False)
    report = fixity.verify(open_catalog(data), open_store(args, data))
    print(report.summary())
    for bad in report.bad:
        print(f"BAD {bad}")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_reindex(args) -> int:
    from archive import reindex

    data = data_dir(args)
    stats = reindex.rebuild(data / "catalog.sqlite", open_store(args, data))
    print(f"reindex: {stats}")
    return EXIT_OK


def cmd_sandbox(args) -> int:
    from crawler.sandbox import main as sandbox_main

    argv = ["--port", str(args.port), "--portals", str(args.portals)]
    if args.ground_truth:
        argv += ["--ground-truth", args.ground_truth]
    if args.registry:
        argv += ["--registry", args.registry]
    if args.families:
        argv += ["--families", args.families]
    return sandbox_main(argv) or EXIT_OK


def cmd_schedule(args) -> int:
    from archive import runs

    data = data_dir(args)
    conn = open_catalog(data).conn
    try:
        if args.action == "add":
            if not (args.name and args.cron):
                raise UsageError("schedule add needs NAME and --cron 'MIN HOUR DOM MON DOW'")
            if args.portal:
                portals_for(args, data)  # unknown ids are a usage error now, not at 3 a.m.
            schedule = runs.add_schedule(conn, args.name, args.cron, args.portal or [], args.registry,
                                         args.max_pages, args.time_limit)
            print(f"added {schedule.name}: '{schedule.cron}', next run {runs.iso(schedule.next_after(runs.utcnow()))}")
        elif args.action == "remove":
            runs.remove_schedule(conn, args.name or "")
            print(f"removed {args.name}")
        elif args.action == "list":
            for s in runs.list_schedules(conn):
                print(f"{s.name:<20} {s.cron:<16} portals={','.join(s.portals) or 'all'} "
                      f"max_pages={s.max_pages} time_limit={s.time_limit_s}s "
                      f"next={runs.iso(s.next_after(runs.last_start(conn, s.name) or runs.parse_iso(s.created_at)))}")
        else:
            return run_due(args, data, conn)
    except runs.ScheduleError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK


def run_due(args, data: Path, conn) -> int:
    """Run every due schedule once; a schedule whose previous run still holds its lock is skipped."""
    from archive import runs
    from crawler.runner import new_crawl_id

    status = EXIT_OK
    for schedule in runs.due(conn):
        with runs.schedule_lock(data / "locks", schedule.name) as acquired:
            if not acquired:
                runs.start_run(conn, new_crawl_id(), schedule.name, status="skipped",
                               detail="previous run of this schedule is still going")
                print(f"{schedule.name}: skipped (previous run still going)")
                continue
            args.registry, args.portal = schedule.registry, schedule.portals or None
            config = crawl_config(args, data, max_pages=schedule.max_pages, time_limit_s=schedule.time_limit_s)
            print(f"{schedule.name}: starting")
            if recorded_run(args, data, config, schedule.name) != EXIT_OK:
                status = EXIT_PROBLEMS
    return status


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


def cmd_coverage(args) -> int:
    from crawler.coverage import build_coverage, format_report, write_csv

    data = data_dir(args, create=False)
    coverage = build_coverage(open_catalog(data).conn, args.crawl)
    print(format_report(coverage))
    if args.csv:
        rows = write_csv(coverage, Path(args.csv))
        print(f"coverage: {rows} rows written to {args.csv}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from crawler.demo import run_demo

    return run_demo(args)


# ---------------------------------------------------------------- argument parsing


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", help="data directory (default $NIANBAO_DATA, else ./nianbao-data)")
    common.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--store", help="object store: file:///abs/path (default DATA/store) or s3://bucket/prefix")
    crawl = argparse.ArgumentParser(add_help=False)
    crawl.add_argument("--registry", help="portal registry, CSV or YAML (default $NIANBAO_REGISTRY, else DATA/registry.csv)")
    crawl.add_argument("--portal", action="append", metavar="ID", help="crawl only this portal (repeatable)")
    crawl.add_argument("--proxy", help="HTTP proxy for Scrapy and the browser (default $http_proxy)")
    crawl.add_argument("--render", choices=("auto", "always", "never"), default="auto",
                       help="browser rendering: auto renders a list page when its HTML says a script draws the "
                            "list, and a portal's list pages once rendering one of them revealed links")
    crawl.add_argument("--max-pages", type=int, default=0, help="stop after N pages (0: no limit)")
    crawl.add_argument("--time-limit", type=int, default=0, metavar="SECONDS", help="stop after N seconds (0: no limit)")
    crawl.add_argument("--contact", help="contact URL for the User-Agent (default $NIANBAO_CONTACT_URL)")
    crawl.add_argument("--redis", help="shared frontier for several workers, e.g. redis://host:6379/0 "
                       "(default $NIANBAO_REDIS_URL; none: a local frontier)")
    crawl.add_argument("--frontier", default="nianbao", help="name of the shared crawl in Redis (same on every worker)")
    crawl.add_argument("--per-host", type=int, metavar="N",
                       help="requests at a time per host (default 2; with several workers, 1 each)")
    crawl.add_argument("--page-workers", type=int, metavar="N",
                       help="processes that parse and classify pages (default: 1 on 2-5 CPUs, 2 from 6, "
                            "0 on one; 0: in the crawl process)")
    crawl.add_argument("--writer-process", choices=("auto", "on", "off"),
                       help="write WARC files in a process of their own (default auto: when there is a second CPU)")
    crawl.add_argument("--allow-private-addresses", action="store_true",
                       help="allow URLs that resolve to private or loopback addresses (off by default)")

    parser = argparse.ArgumentParser(prog="nianbao", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, parents, help_text):
        p = sub.add_parser(name, parents=parents, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    add("crawl", cmd_crawl, [common, store, crawl], "discover and capture reports on the registry's portals")
    add("dedup", cmd_dedup, [common, store], "extract text from new captures and cluster republications")
    p = add("parse", cmd_parse, [common, store], "parse each cluster's canonical document (or the given files)")
    p.add_argument("files", nargs="*", help="HTML, PDF, DOC, DOCX or TXT files: parse just these, print JSON")
    add("run", cmd_run, [common, store, crawl], "crawl, then dedup, then parse")
    p = add("export", cmd_export, [common, store], "export canonical reports (or, with --all, every document)")
    p.add_argument("--format", choices=("jsonl", "parquet", "csv", "wacz"), required=True)
    p.add_argument("--out", required=True, help="output file (jsonl, wacz) or folder (parquet, csv)")
    p.add_argument("--all", action="store_true", help="every parsed document, not only canonical reports")
    p.add_argument("--report", help="wacz only: package just this report's captures (id, URL or 'AGENCY YEAR')")
    p = add("provenance", cmd_provenance, [common, store], "list and verify every capture of a report")
    p.add_argument("query", help="a report id, a URL, or \"AGENCY-OR-REGION YEAR\"")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add("verify", cmd_verify, [common, store], "fixity: re-read every indexed record and check its digests")
    add("reindex", cmd_reindex, [common, store], "rebuild the catalog from the WARCs in the store")
    p = add("sandbox", cmd_sandbox, [common], "serve the offline sandbox portals as an HTTP proxy on 127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--portals", type=int, default=6, help="number of simulated portals")
    p.add_argument("--ground-truth", help="write the ground truth JSON here")
    p.add_argument("--registry", help="write the sandbox registry CSV here")
    p.add_argument("--families", default="", metavar="A,B",
                   help="CMS families, comma-separated (default: the demo's six; see crawler/sandbox/names.py)")
    p = add("schedule", cmd_schedule, [common, store], "manage cron schedules and run the due ones")
    p.add_argument("action", choices=("add", "list", "remove", "run-due"))
    p.add_argument("name", nargs="?", help="schedule name (add, remove)")
    p.add_argument("--cron", help="cron expression, e.g. '0 3 * 1-4 *' (daily at 03:00 in January-April)")
    p.add_argument("--registry", help="registry file for this schedule (default DATA/registry.csv)")
    p.add_argument("--portal", action="append", metavar="ID", help="limit the schedule to these portals")
    p.add_argument("--max-pages", type=int, default=0, help="per-run page limit (0: none)")
    p.add_argument("--time-limit", type=int, default=0, metavar="SECONDS", help="per-run time limit (0: none)")
    p = add("runs", cmd_runs, [common], "show the history of crawl runs")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = add("coverage", cmd_coverage, [common], "per portal: units and report years, gaps, script-built lists, "
            "pagers that ended early, columns with no reports")
    p.add_argument("--csv", metavar="FILE", help="also write the report as CSV")
    p.add_argument("--crawl", metavar="CRAWL_ID", help="only this crawl's captures (default: everything)")
    p = add("demo", cmd_demo, [common], "start the sandbox, run against it, export, print a summary")
    p.add_argument("--portals", type=int, default=6, help="number of simulated portals")
    p.add_argument("--render", choices=("auto", "always", "never"), default="auto")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except (UsageError, RegistryError) as exc:
        print(f"nianbao: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("nianbao: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
