"""nianbao.crawler.runtime: the collector settings of the crawl and worker processes, the root logger's level;
nianbao.crawler.stats.CrawlStats: Scrapy's stats without the per-call hook."""

from __future__ import annotations

import gc
import logging

from nianbao.crawler import limits
from nianbao.crawler.runtime import skip_unlogged_records, tune_gc
from nianbao.crawler.stats import CrawlStats
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler


def test_tune_gc_raises_the_young_threshold_and_freezes_start_up_objects() -> None:
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    try:
        tune_gc()
        assert gc.get_threshold() == (limits.GC_YOUNG_GENERATION_OBJECTS, *before[1:])
        assert gc.get_freeze_count() > frozen_before
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1          # cyclic garbage is still collected
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


class _Kept(logging.Handler):
    def __init__(self, level: int):
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_records_below_every_handler_are_not_built_and_the_rest_still_reach_them(monkeypatch) -> None:
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [_Kept(logging.INFO), _Kept(logging.WARNING)])
    monkeypatch.setattr(root, "level", logging.NOTSET)   # as Scrapy leaves it
    built: list[int] = []
    factory = logging.getLogRecordFactory()
    monkeypatch.setattr(logging, "_logRecordFactory", lambda *a, **k: built.append(1) or factory(*a, **k))
    skip_unlogged_records()
    log = logging.getLogger("nianbao.test_runtime")
    log.debug("dropped by every handler")
    log.info("kept by the first")
    assert root.level == logging.INFO and len(built) == 1
    assert [r.getMessage() for r in root.handlers[0].records] == ["kept by the first"]
    assert root.handlers[1].records == []


def test_loggers_set_below_the_handlers_are_raised_unless_they_have_handlers_of_their_own(monkeypatch) -> None:
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [_Kept(logging.INFO)])
    monkeypatch.setattr(root, "level", logging.NOTSET)
    scrapy_logger, own = logging.getLogger("nianbao.test_runtime.scrapy"), logging.getLogger("nianbao.test_runtime.own")
    monkeypatch.setattr(scrapy_logger, "level", logging.DEBUG)    # as Scrapy's DEFAULT_LOGGING sets `scrapy`
    monkeypatch.setattr(own, "level", logging.DEBUG)
    monkeypatch.setattr(own, "handlers", [_Kept(logging.DEBUG)])
    skip_unlogged_records()
    assert scrapy_logger.level == logging.INFO
    assert own.level == logging.DEBUG      # its own handler takes its debug records


def test_a_handler_that_takes_everything_keeps_the_root_logger_open(monkeypatch) -> None:
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [_Kept(logging.WARNING), _Kept(logging.NOTSET)])
    monkeypatch.setattr(root, "level", logging.NOTSET)
    skip_unlogged_records()
    assert root.level == logging.NOTSET


def test_crawl_stats_keep_what_scrapys_collector_keeps() -> None:
    ours, scrapys = CrawlStats(get_crawler()), MemoryStatsCollector(get_crawler())
    for stats in (ours, scrapys):
        stats.inc_value("a")
        stats.inc_value("a", 2, start=5)
        stats.max_value("m", 3)
        stats.max_value("m", 1)
        stats.min_value("n", 4)
        stats.set_value("s", "x")
    assert ours.get_stats() == scrapys.get_stats() == {"a": 3, "m": 3, "n": 4, "s": "x"}
    assert ours.get_value("missing", 7) == 7
