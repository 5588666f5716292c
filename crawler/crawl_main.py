"""Run one crawl in this process: `python -m nianbao.crawler.crawl_main --settings-json FILE`.

FILE holds the settings overrides of docs/INTERNALS.md ("Crawl process settings"), applied on top of
crawler/settings.py. Exit status: 0 when the crawl ran (a crawl cut short by --max-pages / --time-limit is a
success with `limit_reached` in summary.json), 2 for bad configuration (unreadable settings or registry, unknown
portal, no browser for --render always), 1 when the crawl itself failed. The reason is printed on stderr."""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from pathlib import Path

from nianbao.crawler.browser import CHROMIUM_EXECUTABLES

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


class ConfigError(Exception):
    """The crawl cannot start; the message says how to fix it."""


def build_settings(overrides: dict):
    from nianbao.crawler.browser import browser_settings
    from nianbao.crawler.downloadermiddlewares.politeness import shared_politeness_settings
    from nianbao.crawler.settings import user_agent
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("nianbao.crawler.settings", priority="project")
    settings.update(overrides, priority="cmdline")
    settings.update(shared_politeness_settings(settings), priority="cmdline")
    if "USER_AGENT" not in overrides:
        settings.set("USER_AGENT", user_agent(settings.get("NIANBAO_CONTACT_URL")), priority="cmdline")
    render = (settings.get("NIANBAO_RENDER") or "auto").lower()
    if render not in ("auto", "always", "never"):
        raise ConfigError(f"NIANBAO_RENDER must be auto, always or never, not {render!r}")
    if render != "never":
        chosen = settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS").get("executable_path")
        executable = (chosen if chromium_available(chosen) else None) if chosen else chromium_executable()
        if executable:
            settings.update(browser_settings(settings, executable), priority="cmdline")
        elif render == "always":
            raise ConfigError(f"--render always needs Chromium at {chosen or ' or '.join(CHROMIUM_EXECUTABLES)} "
                              "(apt-get install chromium-headless-shell)")
        else:
            logging.getLogger(__name__).warning("no Chromium at %s: --render auto falls back to never",
                                                chosen or " or ".join(CHROMIUM_EXECUTABLES))
            settings.set("NIANBAO_RENDER", "never", priority="cmdline")
    return settings


def chromium_available(executable: str | None = None) -> bool:
    """Is this Chromium (by default: any of CHROMIUM_EXECUTABLES) installed?"""
    if executable is None:
        return chromium_executable() is not None
    return bool(Path(executable).exists() or shutil.which(executable))


def chromium_executable() -> str | None:
    """The first installed of CHROMIUM_EXECUTABLES."""
    return next((path for path in CHROMIUM_EXECUTABLES if chromium_available(path)), None)


def check_registry(settings) -> None:
    from nianbao.crawler.discovery.portals import portals_from_settings
    from nianbao.crawler.registry import RegistryError

    if not settings.get("NIANBAO_REGISTRY_FILE"):
        raise ConfigError("NIANBAO_REGISTRY_FILE is not set (the registry of portals to crawl)")
    try:
        portals = portals_from_settings(settings)
    except RegistryError as exc:
        raise ConfigError(str(exc)) from exc
    if not portals:
        raise ConfigError(f"the registry {settings.get('NIANBAO_REGISTRY_FILE')} has no portals")


def run(settings) -> int:
    from nianbao.crawler.runtime import skip_unlogged_records, tune_gc
    from scrapy import signals
    from scrapy.crawler import AsyncCrawlerProcess

    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler("portal")
    crawler.signals.connect(skip_unlogged_records, signal=signals.engine_started)
    process.crawl(crawler)
    tune_gc()    # after start-up: what it built is frozen out of the crawl's collections
    process.start()
    reason = crawler.stats.get_value("finish_reason") if crawler.stats else None
    if reason is None:
        print("crawl_main: the crawl did not run to its end (no finish reason); see the log above",
              file=sys.stderr)
        return EXIT_FAILED
    if crawler.stats.get_value("log_count/CRITICAL", 0):
        print(f"crawl_main: the crawl stopped on a critical error (finish reason {reason}); see the log",
              file=sys.stderr)
        return EXIT_FAILED
    stats = crawler.stats.get_stats()
    problem = fetched_nothing(stats, shared=bool(settings.get("REDIS_URL"))) or archive_incomplete(stats)
    if problem:
        print(f"crawl_main: {problem}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def archive_incomplete(stats: dict) -> str:
    """Why the crawl's captures are not all in the store and the catalog yet ('' when they are): a store outage
    longer than the upload drain left sealed files in the spool, or a writer left one unsealed. They are kept
    and uploaded at the next start, but this run's counts do not include them: it must not say "ok"."""
    left, unsealed = stats.get("warc/files_left_in_spool", 0), stats.get("warc/unsealed_left", 0)
    if not (left or unsealed):
        return ""
    return (f"{left + unsealed} WARC file(s) are not in the store yet ({left} not uploaded, {unsealed} unsealed); "
            f"they are kept in DATA/spool and uploaded by the next crawl or run")


# Refusals of nianbao's own middlewares (the crawl-wide page budget spent by peers, a link queued again higher): a
# worker of a shared frontier that got only those did its part, it did not fail.
OWN_REFUSALS = ("BudgetExceeded", "Superseded")


def _failures(stats: dict) -> bool:
    """Whether a request failed: an exception other than nianbao's own refusals, or an error status other than a
    robots.txt or site-map answer (counted apart by RobotsTxtMiddleware and crawler/spiders/sitemap_reading.py: an
    absent robots.txt or /sitemap.xml is no failure; a worker of a shared frontier whose peers took every page may
    have fetched nothing else)."""
    for key, value in stats.items():
        if key.startswith("downloader/exception_type_count/") and not key.endswith(OWN_REFUSALS):
            return True
        if key.startswith("downloader/response_status_count/") and isinstance(value, int):
            status = key.rsplit("/", 1)[1]
            expected = (stats.get(f"robotstxt/response_status_count/{status}", 0)
                        + stats.get(f"sitemap/failed/http_{status}", 0))
            if value > expected:
                return True
    return False


def fetched_nothing(stats: dict, shared: bool = False) -> str:
    """Why a crawl that ran to its end archived nothing of any portal ('' when some portal answered): no
    response at all (a dead proxy, no network) or only refusals (403s, 5xx). Such a crawl is not a success.
    A worker of a shared frontier may find the queue already done by its peers: without errors, that is fine."""
    answered = sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/")
                   and k.rsplit("/", 1)[1].isdigit() and int(k.rsplit("/", 1)[1]) < 400 and isinstance(v, int))
    if answered or (shared and not _failures(stats)):
        return ""
    errors = sorted(((v, k.rsplit("/", 1)[1]) for k, v in stats.items()
                     if k.startswith(("downloader/exception_type_count/", "downloader/response_status_count/"))
                     and isinstance(v, int)), reverse=True)
    seen = ", ".join(f"{kind.rsplit('.', 1)[-1]} x{count}" for count, kind in errors[:4]) or "no response at all"
    return (f"no portal answered (every request failed or was refused: {seen}); check the network, "
            f"--proxy and the registry's homepages")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nianbao.crawler.crawl_main", description=__doc__.split("\n\n")[0])
    parser.add_argument("--settings-json", required=True, help="JSON object of settings overrides")
    args = parser.parse_args(argv)
    try:
        try:
            overrides = json.loads(Path(args.settings_json).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read the settings file {args.settings_json}: {exc}") from exc
        if not isinstance(overrides, dict):
            raise ConfigError(f"{args.settings_json} must hold a JSON object of settings")
        if os.environ.get("NIANBAO_PROXY"):   # the proxy with its password comes by environment, never on disk
            overrides["NIANBAO_PROXY"] = os.environ["NIANBAO_PROXY"]
        settings = build_settings(overrides)
        check_registry(settings)
    except ConfigError as exc:
        print(f"crawl_main: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        return run(settings)
    except Exception as exc:  # a crash of the crawl: say so plainly, exit non-zero
        logging.getLogger(__name__).exception("crawl failed")
        print(f"crawl_main: the crawl failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
