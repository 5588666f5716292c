"""`nianbao`: the command-line front door (commands and exit codes in README.md and DESIGN.md).

Exit status: 0 success, 1 the command ran and found problems, 2 bad usage or configuration.
This module parses arguments and prints; the commands' work is in crawler/app/pipeline.py.
Heavy modules are imported inside the command functions so `nianbao --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from nianbao.archive.datadir import DataDir
from nianbao.crawler.app import pipeline
from nianbao.crawler.app.pipeline import ENVIRONMENT_ERRORS, USAGE_ERRORS, UsageError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("nianbao")


def data_dir(args, create: bool = True) -> DataDir:
    """The data directory of --data / $NIANBAO_DATA and its store (--store / $NIANBAO_STORE / DATA/store):
    created and writable (`create`), else holding a catalog already."""
    data = DataDir.locate(args.data, getattr(args, "store", None))
    return data.create() if create else data.require_catalog()


# ---------------------------------------------------------------- crawl, run, dedup, parse


def cmd_crawl(args) -> int:
    data = data_dir(args)
    done = pipeline.crawl(data, crawl_config(args, data))
    result = done.result
    if not args.quiet or not result.ok:
        print(f"crawl {result.crawl_id}: {crawl_outcome(result)}; log in {result.run_dir}/crawl.log")
    if not result.ok and result.failure:
        print(f"nianbao: {result.failure}", file=sys.stderr)
    if done.coverage is not None and not args.quiet:
        print_coverage_line(done.coverage, result.crawl_id, data.run(result.crawl_id).coverage)
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def crawl_outcome(result) -> str:
    """What the user needs to know about how a crawl ended: its stop reason and totals."""
    from nianbao.crawler.extensions.progress import stop_reason

    if not result.ok:
        return "FAILED"
    if not result.summary:
        return "finished (no summary written)"
    totals = result.summary.get("totals", {})
    return (f"{stop_reason(result.summary)}; {totals.get('pages', 0)} pages, {totals.get('reports', 0)} reports, "
            f"{totals.get('errors', 0)} errors")


def print_coverage_line(coverage: list, crawl_id: str, csv_file: Path) -> None:
    gaps = sum(len(p.gaps) for p in coverage)
    empty = sum(len(p.columns_without_reports) for p in coverage)
    print(f"coverage: {len(coverage)} portals, {sum(len(p.units) for p in coverage)} units, {gaps} units with gaps "
          f"in their years, {empty} columns without reports; `nianbao coverage --crawl {crawl_id}` shows them "
          f"({csv_file})")


def cmd_dedup(args) -> int:
    print_dedup(pipeline.dedup(data_dir(args, create=False), args.registry))
    return EXIT_OK


def print_dedup(done: pipeline.DedupDone) -> None:
    if done.registry_source is None:
        print("dedup: no portal registry (none given, none archived in the store, no DATA/registry.csv): region "
              "codes stay empty; pass --registry FILE", file=sys.stderr)
    else:
        print(f"dedup: portal registry from {done.registry_source}", file=sys.stderr)
    stats = done.stats
    print(f"dedup: {stats.get('dedup/documents', 0)} new documents, "
          f"{stats.get('dedup/unreadable', 0)} unreadable, "
          f"{stats.get('dedup/unpack_refused', 0)} refused by the unpack limits")
    if any(k.startswith("extract/ocr_") for k in stats):     # tables published as images (archive/ocr_images.py)
        print(f"dedup: {stats.get('extract/ocr_tables', 0)} tables read from {stats.get('extract/ocr_images', 0)} "
              f"images by OCR, {stats.get('extract/ocr_withheld', 0)} values withheld by the consistency rules, "
              f"{stats.get('extract/ocr_unavailable', 0)} pages not OCR'd (ocr extra not installed)")


def cmd_parse(args) -> int:
    if args.files:
        return parse_files(args.files)
    print_parse(pipeline.parse(data_dir(args, create=False)))
    return EXIT_OK


def print_parse(stats: dict) -> None:
    print(f"parse: {stats.get('parse/reports', 0)} reports, {stats.get('parse/errors', 0)} parse errors")


def parse_files(files: list[str], reader=None) -> int:
    """Standalone parsing: one JSON record per file on stdout; touches no archive data. A file that unpacks
    beyond parse/limits.py, or an archive whose reader died, hung or failed (`reader`: its bounds, as
    pipeline.parse_files takes them), is not parsed or not through: the command found a problem (exit 1)."""
    status, problems = EXIT_OK, set()
    for parsed in pipeline.parse_files(files, reader):
        if parsed.record is None:
            print(f"nianbao: error: {parsed.error}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        print(json.dumps(parsed.record, ensure_ascii=False))
        if parsed.problem and parsed.problem not in problems:   # once per archive, not once per member record
            print(f"nianbao: error: {parsed.problem}", file=sys.stderr)
            problems.add(parsed.problem)
        if parsed.refused_by_unpack_limits or parsed.problem:
            status = max(status, EXIT_PROBLEMS)
    return status


def cmd_run(args) -> int:
    data = data_dir(args)
    done = pipeline.recorded_run(data, crawl_config(args, data), registry=args.registry)
    print_run(done)
    return EXIT_OK if done.ok else EXIT_PROBLEMS


def print_run(done: pipeline.RunDone) -> None:
    if done.dedup is not None:
        print_dedup(done.dedup)
    if done.parse is not None:
        print_parse(done.parse)
    if done.record_error:
        print(f"run {done.run_id}: the run record could not be written to the store ({done.record_error}); "
              "its history stays in the catalog only", file=sys.stderr)
    counts = done.counts
    print(f"run {done.run_id}: {'ok' if done.ok else 'FAILED'} (crawl {crawl_outcome(done.crawl)}); "
          f"{counts['pages_new']} new pages, {counts['pages_revisit'] + counts['pages_not_modified']} unchanged, "
          f"{counts['reports_new']} new report documents, {counts['reports_changed']} changed, "
          f"{counts['reports_gone']} gone" + ("" if done.ok else f" ({done.detail})"))


def crawl_config(args, data: DataDir, schedule=None, **overrides):
    """The CrawlConfig (crawler/runner.py) of the command line's options; a schedule's own registry, portals and
    limits replace the command line's."""
    from nianbao.crawler.runner import CrawlConfig

    registry, portal_ids = getattr(args, "registry", None), getattr(args, "portal", None)
    if schedule is not None:
        registry, portal_ids = schedule.registry, schedule.portals or None
        overrides = {"max_pages": schedule.max_pages, "time_limit_s": schedule.time_limit_s, **overrides}
    values = dict(
        data_dir=data.root, portals=pipeline.portals_to_crawl(data, registry, portal_ids), store_uri=data.store_uri,
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


# ---------------------------------------------------------------- exports and the archive's records


def cmd_export(args) -> int:
    data = data_dir(args, create=False)
    out = Path(args.out)
    if args.format == "wacz":
        print(f"wrote {pipeline.export_wacz(data, out, args.report)}")
        return EXIT_OK
    if args.report:
        raise UsageError(f"--report selects one report's captures for --format wacz; {args.format} exports hold "
                         "every report (filter them with DuckDB or pandas, or use `nianbao provenance`)")
    if args.format == "cells":
        count, written = pipeline.export_cells(data, out)
        print(f"wrote {count} cells to {written[0]} and {written[1]}")
        return EXIT_OK
    count, written = pipeline.export_records(data, args.format, out, all_documents=args.all, force=args.force)
    print(f"wrote {count} records to {written or out}")
    return EXIT_OK


def cmd_provenance(args) -> int:
    from nianbao.archive import provenance

    data = data_dir(args, create=False)
    if args.cell:
        return cell_provenance(data, args)
    captures = provenance.lookup(data.open_catalog(readonly=True), data.open_store(readonly=True), args.query,
                                 verify=True)
    if args.json:
        print(json.dumps([c.to_dict() for c in captures], ensure_ascii=False, indent=1))
    else:
        print(provenance.format_table(captures))
    if not captures:
        print(f"no captures match {args.query!r}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if any(c.verified is False for c in captures) else EXIT_OK


def cell_provenance(data: DataDir, args) -> int:
    """`provenance REPORT --cell KEY`: the value, where it is in the archived document, and the checks."""
    from nianbao.archive import cell_provenance as cells

    row, check = pipeline.check_cell(data, args.query, args.cell)
    if args.json:
        print(json.dumps({**row, "cell_text": check.cell_text, "snippet": check.snippet,
                          "digest_ok": check.digest_ok, "value_ok": check.value_ok,
                          "problems": list(check.problems)}, ensure_ascii=False, indent=1))
    else:
        print(cells.format_check(check))
    return EXIT_OK if check.ok else EXIT_PROBLEMS


def cmd_verify(args) -> int:
    from nianbao.archive import fixity

    data = data_dir(args, create=False)
    report = fixity.verify(data.open_catalog(readonly=True), data.open_store(readonly=True))
    print(report.summary())
    for bad in report.bad:
        print(f"BAD {bad}")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_reindex(args) -> int:
    from nianbao.archive.reindex import ReindexRefused

    try:
        stats = pipeline.reindex(data_dir(args), force=args.force)
    except ReindexRefused as exc:
        print(f"nianbao: reindex refused: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"reindex: {stats}")
    return EXIT_PROBLEMS if stats["problems"] else EXIT_OK


def cmd_sandbox(args) -> int:
    from nianbao.crawler.sandbox import main as sandbox_main

    argv = ["--port", str(args.port), "--portals", str(args.portals), "--host", args.host]
    if args.ground_truth:
        argv += ["--ground-truth", args.ground_truth]
    if args.registry:
        argv += ["--registry", args.registry]
    if args.families:
        argv += ["--families", args.families]
    return sandbox_main(argv) or EXIT_OK


# ---------------------------------------------------------------- schedules and run history


def cmd_schedule(args) -> int:
    from nianbao.archive import runs, schedules

    data = data_dir(args)
    conn = data.open_catalog().conn
    try:
        if args.action == "add":
            if not (args.name and args.cron):
                raise UsageError("schedule add needs NAME and --cron 'MIN HOUR DOM MON DOW'")
            # an unreadable registry or unknown ids are usage errors now, not at 3 a.m.
            pipeline.portals_to_crawl(data, args.registry, args.portal)
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
            return run_due(args, data)
    except schedules.ScheduleError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK


def run_due(args, data: DataDir) -> int:
    """Every due schedule once, each crawled with the command line's options and the schedule's own registry,
    portals and limits; exit 1 when any of them failed."""
    status = EXIT_OK
    for outcome in pipeline.run_due(data, lambda schedule: crawl_config(args, data, schedule)):
        if outcome.status == "skipped":
            print(f"{outcome.name}: skipped (previous run still going)")
            continue
        if outcome.started:
            print(f"{outcome.name}: starting")
        if outcome.run is not None:
            print_run(outcome.run)
        else:
            print(f"{outcome.name}: FAILED: {outcome.why}", file=sys.stderr)
        if not outcome.ok:
            status = EXIT_PROBLEMS
    return status


def cmd_runs(args) -> int:
    from nianbao.archive import runs

    data = data_dir(args, create=False)
    rows = runs.list_runs(data.open_catalog().conn, args.limit)
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


# ---------------------------------------------------------------- registries


def cmd_registry(args) -> int:
    if args.action == "new":
        return registry_new(args)
    return registry_check(args)


def registry_new(args) -> int:
    """A starter registry for the county-level units under --region (crawler/registry_starter.py)."""
    from nianbao.crawler.registry_starter import RegionError, county_units, registry_csv

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
    from nianbao.crawler.registry_check import check_registry
    from nianbao.crawler.settings import user_agent

    portals = pipeline.portals_to_crawl(DataDir.locate(args.data), args.registry, args.portal)
    agent = user_agent(args.contact or os.environ.get("NIANBAO_CONTACT_URL") or "https://github.com/nianbao/nianbao")
    proxy = args.proxy or os.environ.get("NIANBAO_PROXY") or None
    problems = 0
    for result in check_registry(portals, agent, proxy, delay_s=args.delay):
        problems += result.status != "ok"
        print(f"{result.status:<9} {result.portal_id:<12} {result.name:<8} {result.homepage}  "
              f"title={result.title[:40]!r} SiteName={result.site_name[:30]!r} {result.detail}".rstrip())
    return EXIT_PROBLEMS if problems else EXIT_OK


# ---------------------------------------------------------------- reading the archive


def cmd_changes(args) -> int:
    from nianbao.archive import revisions

    data = data_dir(args, create=False)
    changes = revisions.list_changes(data.open_catalog(readonly=True).conn, args.since, args.region)
    if args.json:
        print(json.dumps(changes, ensure_ascii=False, indent=1))
    else:
        print(revisions.format_changes(changes) or "no changes recorded")
    return EXIT_OK


def cmd_audit(args) -> int:
    from nianbao.archive import audit

    data = data_dir(args, create=False)
    try:
        rules = audit.load_rules(args.rules) if args.rules else audit.DEFAULT_RULES
    except audit.RulesError as exc:
        raise UsageError(str(exc)) from exc
    rows = audit.audit(audit.load_facts(data.open_catalog(readonly=True).conn), args.year, rules, args.region)
    for out, writer in ((args.csv, audit.write_csv), (args.parquet, audit.write_parquet)):
        if out:
            print(f"wrote {len(rows)} units to {writer(rows, out)}", file=sys.stderr)
    print(audit.region_summary(rows, args.year) if rows else f"no reporting units known for {args.region or 'any region'}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from nianbao.crawler.web.server import serve_forever

    data = data_dir(args, create=False)
    return serve_forever(data.root, data.store_uri, args.host, args.port)


def cmd_coverage(args) -> int:
    from nianbao.crawler.coverage import build_coverage, format_report, write_csv

    data = data_dir(args, create=False)
    coverage = build_coverage(data.open_catalog(readonly=True).conn, args.crawl)
    print(format_report(coverage))
    if args.csv:
        rows = write_csv(coverage, Path(args.csv))
        print(f"coverage: {rows} rows written to {args.csv}")
    return EXIT_OK


# ---------------------------------------------------------------- demo


def cmd_demo(args) -> int:
    with pipeline.Demo.start(DataDir.locate(args.data), portals=args.portals) as demo:
        print(f"sandbox: {demo.portal_count} portals behind the proxy {demo.proxy_url}")
        done = demo.run(render=args.render, extra_settings=scrapy_settings(getattr(args, "set", None) or []),
                        progress=sys.stdout.isatty() and not getattr(args, "quiet", False))
    print_run(done.run)
    if not done.run.ok:
        print(f"demo: the run failed; see {demo.data.run(done.run.run_id).log}")
        return EXIT_PROBLEMS
    print_demo_summary(done.summary, demo.data)
    return EXIT_OK


def print_demo_summary(summary: dict, data: DataDir) -> None:
    rows = [
        ("portals", summary["portals"]),
        ("pages fetched", summary["pages_fetched"]),
        ("report documents found", f"{summary['documents_correct']} of {summary['documents_expected']} expected "
                                   f"(recall {summary['recall']:.1%}, precision {summary['precision']:.1%})"
                                   + ("" if summary["browser"] else "; no browser: JS-only pages not expected")),
        ("clusters (distinct reports)", f"{summary['clusters']} ({summary['distinct_reports_expected']} in ground truth)"),
        ("reports parsed", summary["reports_parsed"]),
        ("validation pass rate", "n/a" if summary["validation_pass_rate"] is None
         else f"{summary['validation_pass_rate']:.1%}"),
        ("WARC bytes", f"{summary['warc_bytes']:,}"),
        ("time", f"{summary['seconds']} s"),
    ]
    width = max(len(k) for k, _ in rows)
    print("\nnianbao demo summary")
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")
    print(f"\n  data: {data.root}\n  exports: {data.exports}")
    if summary["example_query"]:
        print(f"\nTry next:\n  nianbao provenance --data {data.root} \"{summary['example_query']}\"\n"
              f"  nianbao runs --data {data.root}\n  nianbao verify --data {data.root}")


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
    # SUPPRESS: main() moves `--data DIR` before the verb (hoist_data), where the main parser reads it; the verb's
    # own default must not overwrite it
    common.add_argument("--data", default=argparse.SUPPRESS,
                        help="data directory (default $NIANBAO_DATA, else ./nianbao-data)")
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
    parser.add_argument("--data", metavar="DATA", help=argparse.SUPPRESS)
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
    p.add_argument("files", nargs="*", help="HTML, PDF, DOC, DOCX, OFD or TXT files: parse just these, print JSON")
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
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except USAGE_ERRORS as exc:
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
