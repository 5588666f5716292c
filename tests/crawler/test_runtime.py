"""nianbao.crawler.runtime: the collector settings of the crawl and worker processes, the root logger's level;
nianbao.crawler.stats.CrawlStats: Scrapy's stats without the per-call hook."""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import time

import pytest
from nianbao.crawler import limits
from nianbao.crawler.runtime import descendants, schedule_as_batch, skip_unlogged_records, tune_gc
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


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH") or not os.path.exists("/proc/self/task"), reason="Linux's")
def test_a_process_tree_is_found_and_put_under_sched_batch() -> None:
    # a child that starts a grandchild, both sleeping until killed
    grandchild = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); time.sleep(60)"
    child = subprocess.Popen([sys.executable, "-c", grandchild])
    try:
        for _ in range(100):
            under = descendants(os.getpid())
            if len([pid for pid in under if pid != child.pid]) >= 1 and child.pid in under:
                break
            time.sleep(0.05)
        assert child.pid in under and len(under) >= 2
        assert all(schedule_as_batch(pid) for pid in under)
        assert {os.sched_getscheduler(pid) for pid in under} == {os.SCHED_BATCH}
        assert os.sched_getscheduler(0) != os.SCHED_BATCH
    finally:
        for pid in descendants(child.pid):
            os.kill(pid, 9)
        child.kill()
        child.wait()
    assert schedule_as_batch(child.pid) is False    # gone: nothing to set


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
