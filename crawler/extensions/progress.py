"""Progress: a live line while crawling (rich, on stderr, only when stderr is a terminal; otherwise a plain log
line every NIANBAO_PROGRESS_LOG_INTERVAL_S), and at the end a table per portal — pages, reports by year and by
unit type, attachments, challenges, errors, robots.txt status — printed and saved as
`DATA/runs/<crawl-id>/summary.json` (read by crawler/runner.py and the `demo` summary).

Everything comes from the crawl's stats (`portal/<id>/…`, `challenge/<id>`, set by the spider and the
middlewares) and the robots middleware's per-host status, so the summary and the stats never disagree."""

from __future__ import annotations

import functools
import json
import logging
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from nianbao.archive.datadir import DataDir
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.internet import task

logger = logging.getLogger(__name__)

LIMIT_REASONS = ("closespider_pagecount", "closespider_timeout", "closespider_itemcount",
                 "closespider_errorcount", "shutdown")
STOP_REASONS = {   # Scrapy's finish reasons, as a user reads them
    "finished": "finished: every portal crawled",
    "closespider_pagecount": "stopped: page limit reached (--max-pages)",
    "closespider_timeout": "stopped: time limit reached (--time-limit)",
    "closespider_itemcount": "stopped: item limit reached",
    "closespider_errorcount": "stopped: too many errors",
    "shutdown": "stopped: interrupted (Ctrl-C or a signal)",
    "warc_write_failed": "FAILED: WARC records could not be written",
}
LIVE_PORTAL_ROWS = 12           # portals shown in the live table (the busiest); the closing table shows all


def stop_reason(summary: dict) -> str:
    """Why the crawl ended, in words: the finish reason, and which portals hit their page budget."""
    reason = summary.get("finish_reason") or "unknown"
    text = STOP_REASONS.get(reason, f"stopped: {reason}")
    budget = [pid for pid, row in (summary.get("portals") or {}).items() if row.get("page_budget_reached")]
    if budget:
        text += f"; page budget (NIANBAO_MAX_PAGES_PER_PORTAL) reached on {', '.join(budget)}"
    return text


SCHEDULING_STATS = ("politeness/", "scheduler/", "frontier/", "scope/dns_")


@functools.lru_cache(maxsize=1 << 16)
def _hostname(netloc: str) -> str:
    # asked for every robots.txt host of every portal when the summary is built
    return urlsplit(f"//{netloc}").hostname or ""


class ProgressExtension:
    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.data_dir = settings.get("NIANBAO_DATA_DIR") or ""
        self.crawl_id = settings.get("NIANBAO_CRAWL_ID") or ""
        self.live_interval_s = settings.getfloat("NIANBAO_PROGRESS_LIVE_INTERVAL_S", 0.5)
        self.log_interval_s = settings.getfloat("NIANBAO_PROGRESS_LOG_INTERVAL_S", 30.0)
        # NIANBAO_PROGRESS_CONSOLE: where the live view and the closing table go. The CLI runs the crawl with
        # stderr to crawl.log and sets `stdout` when its own stdout is a terminal (crawler/runner.py).
        self.console_name = settings.get("NIANBAO_PROGRESS_CONSOLE") or "stderr"
        stream = sys.stdout if self.console_name == "stdout" else sys.stderr
        self.tty = settings.getbool("NIANBAO_PROGRESS_TTY", stream.isatty())
        self.pages: Counter = Counter()
        self.started = time.monotonic()
        self._loop: task.LoopingCall | None = None
        self._live = None
        self.summary: dict = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.nianbao_progress = ext  # type: ignore[attr-defined]
        return ext

    # ------------------------------------------------------------------ live

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        if self.tty:
            from rich.console import Console
            from rich.live import Live

            self._live = Live(self.live_view(), console=self._console(Console), auto_refresh=False, transient=True)
            self._live.start()
            interval = self.live_interval_s
        else:
            interval = self.log_interval_s
        self._loop = task.LoopingCall(self.tick)
        self._loop.start(interval, now=False)

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        portal = request.meta.get("nianbao_portal") or "-"
        self.pages[portal] += 1
        self.stats.inc_value(f"portal/{portal}/pages")

    def _stats_snapshot(self) -> dict:
        # dict.copy() runs in C under the GIL: safe while scrapy-playwright's loop thread counts its stats
        return self.stats.get_stats().copy()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        pages = sum(self.pages.values())
        totals = self.totals()
        return (f"nianbao crawl: {pages} pages ({pages / elapsed:.1f}/s), {totals['reports']} reports, "
                f"{totals['attachments']} attachments, {totals['challenges']} challenges, {totals['errors']} errors, "
                f"{len(self.pages)} portals, {elapsed:.0f} s")

    def _console(self, console_class, **kwargs):
        return console_class(stderr=self.console_name != "stdout", **kwargs)

    def reports_by_year(self) -> dict[str, int]:
        years: Counter = Counter()
        for key, value in self._stats_snapshot().items():
            if key.startswith("portal/") and "/reports_by_year/" in key and isinstance(value, int):
                years[key.rsplit("/", 1)[1]] += value
        return dict(sorted(years.items(), reverse=True))

    def live_view(self):
        """The live line, reports by year, and the busiest portals with their status."""
        from rich.console import Group
        from rich.table import Table

        years = " ".join(f"{y}:{n}" for y, n in self.reports_by_year().items()) or "-"
        table = Table(box=None, pad_edge=False, show_edge=False)
        for column in ("portal", "pages", "reports", "challenges", "errors", "status"):
            table.add_column(column, justify="left" if column in ("portal", "status") else "right")
        values = self._stats_snapshot()
        spider = self.crawler.spider
        states = getattr(spider, "states", {}) or {}
        busiest = sorted(self.pages, key=lambda pid: -self.pages[pid])[:LIVE_PORTAL_ROWS]
        for pid in busiest:
            table.add_row(pid, str(self.pages[pid]), str(values.get(f"portal/{pid}/reports", 0)),
                          str(values.get(f"challenge/{pid}", 0)), str(values.get(f"portal/{pid}/errors", 0)),
                          self._portal_status(states.get(pid), values, pid))
        hidden = len(self.pages) - len(busiest)
        caption = [f"… and {hidden} more portals"] if hidden > 0 else []
        return Group(self.line(), f"reports by year: {years}", table, *caption)

    @staticmethod
    def _portal_status(state, values: dict, pid: str) -> str:
        if state is not None and state.budget_exhausted:
            return "page budget reached"
        if values.get(f"challenge/unpassed/{pid}"):
            return "challenge not passed"
        if state is not None and state.searched:
            return "no column found: site search"
        if state is not None and state.columns:
            return f"{len(state.columns)} 年报 column(s)"
        return "discovering"

    def tick(self) -> None:
        if self._live is not None:
            self._live.update(self.live_view(), refresh=True)
        else:
            logger.info(self.line())

    # ------------------------------------------------------------------ summary

    def _portal_ids(self) -> list[str]:
        spider = self.crawler.spider
        ids = list(getattr(spider, "portals", {}) or {})
        return ids + sorted(p for p in self.pages if p not in ids and p != "-")

    @staticmethod
    def stats_by_portal(values: dict) -> dict[str, dict]:
        """{portal id: {stat name after `portal/<id>/`: value}}, in one pass over the stats (a pass per portal
        was quadratic: at 2,000 portals the closing summary took minutes)."""
        by_portal: dict[str, dict] = defaultdict(dict)
        for key, value in values.items():
            if key.startswith("portal/"):
                portal_id, _, name = key[len("portal/"):].partition("/")
                by_portal[portal_id][name] = value
        return by_portal

    def portal_row(self, portal_id: str, values: dict | None = None, by_portal: dict | None = None) -> dict:
        """One portal's summary row; `values` (a stats snapshot) and `by_portal` (its stats_by_portal) are
        computed here when not given (build_summary computes them once for all portals)."""
        values = self._stats_snapshot() if values is None else values
        mine = (self.stats_by_portal(values) if by_portal is None else by_portal).get(portal_id, {})

        def grouped(sub: str) -> dict:
            return dict(sorted((k[len(sub):], v) for k, v in mine.items() if k.startswith(sub)))

        spider = self.crawler.spider
        state = getattr(spider, "states", {}).get(portal_id)
        portal = getattr(spider, "portals", {}).get(portal_id)
        robots = getattr(self.crawler, "nianbao_robots", None)
        robots_status = {}
        if robots is not None:
            for netloc, status in robots.status_by_host.items():
                if portal is not None and portal.site.contains(_hostname(netloc)):
                    robots_status[netloc] = status
        errors = mine.get("errors", 0)
        return {
            "pages": mine.get("pages", 0),
            "reports": mine.get("reports", 0),
            "reports_by_year": grouped("reports_by_year/"),
            "reports_by_unit": grouped("reports_by_unit/"),
            "attachments": mine.get("attachments", 0),
            "not_reports": mine.get("not_reports", 0),
            "challenges": values.get(f"challenge/{portal_id}", 0),
            "challenges_passed": values.get(f"challenge/passed/{portal_id}", 0),
            "errors": errors,
            "errors_by_kind": {k: v for k, v in grouped("errors/").items()},
            "http_errors": {k: v for k, v in mine.items() if k.startswith("http_")},
            "offsite_dropped": values.get(f"scope/offsite/{portal_id}", 0),
            "robots": robots_status,
            "columns_found": len(state.columns) if state else 0,
            "search_fallback": bool(state.searched) if state else False,
            "page_budget_reached": bool(state.budget_exhausted) if state else False,
            "status": state.home_status if state else "unknown",
        }

    def totals(self) -> dict:
        values = self._stats_snapshot()
        total: dict[str, int] = defaultdict(int)
        for key, value in values.items():
            if not key.startswith("portal/") or not isinstance(value, int):
                continue
            metric = key.split("/", 2)[2]
            if metric in ("reports", "attachments", "not_reports", "errors", "pages"):
                total[metric] += value
        total["challenges"] = sum(v for k, v in values.items() if k.startswith("challenge/") and k.count("/") == 1)
        return {k: total.get(k, 0) for k in ("pages", "reports", "attachments", "not_reports", "challenges", "errors")}

    def build_summary(self, reason: str) -> dict:
        seconds = time.monotonic() - self.started
        values = self._stats_snapshot()
        by_portal = self.stats_by_portal(values)
        portals = {pid: self.portal_row(pid, values, by_portal) for pid in self._portal_ids()}
        totals = self.totals()
        totals["seconds"] = round(seconds, 2)
        totals["response_bytes"] = int(self.stats.get_value("downloader/response_bytes", 0) or 0)
        totals["pages_per_s"] = round(totals["pages"] / seconds, 2) if seconds > 0 else 0.0
        budget = any(row["page_budget_reached"] for row in portals.values())
        return {
            "crawl_id": self.crawl_id,
            "finish_reason": reason,
            "limit_reached": reason in LIMIT_REASONS or budget,
            "totals": totals,
            "portals": portals,
            "scope": {"offsite": self.stats.get_value("scope/offsite", 0),
                      "private_address": self.stats.get_value("scope/private_address", 0)},
            "warc": {"recovered_files": self.stats.get_value("warc/recovered_files", 0),
                     "recovered_crawl_ids": self.stats.get_value("warc/recovered_crawl_ids", []),
                     "writer_recoveries": self.stats.get_value("warc/writer_recoveries", 0)},
            # how requests were scheduled and waited (shared frontier and politeness; benchmarks read these)
            "scheduling": {k: (round(v, 2) if isinstance(v, float) else v) for k, v in sorted(self._stats_snapshot().items())
                           if k.startswith(SCHEDULING_STATS) and isinstance(v, (int, float))},
        }

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        if self._live is not None:
            self._live.stop()
        self.summary = self.build_summary(reason)
        self.print_table(self.summary)
        if self.data_dir and self.crawl_id:
            run = DataDir(Path(self.data_dir)).run(self.crawl_id)
            run.path.mkdir(parents=True, exist_ok=True)
            run.summary.write_text(json.dumps(self.summary, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")

    def print_table(self, summary: dict) -> None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"nianbao crawl {summary['crawl_id'] or ''} — {stop_reason(summary)}")
        for column in ("portal", "pages", "reports", "by year", "by unit", "attachments", "challenges", "errors",
                       "robots"):
            table.add_column(column)
        for pid, row in summary["portals"].items():
            table.add_row(
                pid, str(row["pages"]), str(row["reports"]),
                " ".join(f"{y}:{n}" for y, n in row["reports_by_year"].items()),
                " ".join(f"{u}:{n}" for u, n in row["reports_by_unit"].items()),
                str(row["attachments"]),
                f"{row['challenges']} ({row['challenges_passed']} passed)" if row["challenges"] else "0",
                str(row["errors"]), " ".join(f"{h}={s}" for h, s in row["robots"].items()) or "-")
        t = summary["totals"]
        table.caption = (f"{t['pages']} pages in {t['seconds']} s ({t['pages_per_s']}/s); {t['reports']} reports, "
                         f"{t['attachments']} attachments, {t['not_reports']} rejected look-alikes")
        Console(stderr=True, width=160).print(table)     # the log (crawl.log under the CLI)
        if self.console_name == "stdout" and self.tty:
            self._console(Console).print(table)            # and the user's terminal
