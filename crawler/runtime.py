"""Interpreter tuning shared by the crawl process and its worker processes (crawler/workers.py)."""

from __future__ import annotations

import gc
import os

from nianbao.crawler import limits


def tune_gc() -> None:
    """Collect the youngest generation every GC_YOUNG_GENERATION_OBJECTS allocations instead of Python's 700, and
    freeze what start-up allocated (modules, settings, components) out of all later collections.

    Why: a crawl allocates and frees objects by the million (requests, responses, headers, deferreds), and
    Python's default collected 623 times in a 2,967-page sandbox crawl, 0.47 s of the crawl process's 5.8 CPU s;
    with 50,000 it collected 4 times, 0.06 s (measured). Reference counting still frees every object that is
    not in a cycle the moment it is dropped: only cyclic garbage waits longer, at most that many allocations."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(limits.GC_YOUNG_GENERATION_OBJECTS, middle, old)


def schedule_as_batch(pid: int = 0) -> bool:
    """Put process `pid` (0: this one) under Linux's SCHED_BATCH policy: it keeps its share of the CPUs, but its
    waking up (a job arriving on its pipe) no longer preempts the process running on that core. Inherited by the
    processes it starts. Returns whether the policy was set (not on other systems: nothing changes there).

    Why: the crawl's reactor thread is its serial bottleneck, and each page it handed to the page worker, each
    record to the WARC writer and each render to the browser woke a process that could take the core from it.
    benchmarks/crawl_throughput.py's full crawl, 4 rounds of 3 variants in turn (2 cores, load 5-6.7 from other
    jobs): crawl seconds, median, 26.6 with no process under SCHED_BATCH, 26.4 with the worker processes only,
    23.9 with the browser's too; the reactor thread's wait for a core (/proc/PID/schedstat) 14.7, 14.9, 13.1 s."""
    if not hasattr(os, "sched_setscheduler") or not hasattr(os, "SCHED_BATCH"):
        return False
    try:
        os.sched_setscheduler(pid, os.SCHED_BATCH, os.sched_param(0))
    except OSError:   # a process that exited meanwhile; a policy the system refuses
        return False
    return True


def child_processes(pid: int) -> list[int]:
    """The processes `pid` started, from /proc (Linux); [] where it has none or /proc cannot tell."""
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as children:
                out += [int(child) for child in children.read().split()]
    except OSError:   # gone meanwhile; no /proc
        pass
    return out


def is_stopped(pid: int) -> bool:
    """Whether `pid` is stopped: by a signal (SIGSTOP, SIGTSTP: state T) or by a tracer (a debugger, py-spy: t), from
    /proc/PID/stat (Linux; psutil would do, but it is only a test dependency); False where /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read()
    except OSError:   # gone meanwhile; no /proc
        return False
    # the state is the field after the command name, which is in parentheses and may itself hold spaces or ")"
    return fields[fields.rfind(b")") + 2:][:1] in (b"T", b"t")


def descendants(pid: int) -> list[int]:
    """The processes under `pid`: its children, theirs, … (child_processes)."""
    found, todo = [], child_processes(pid)
    while todo:
        child = todo.pop()
        found.append(child)
        todo += child_processes(child)
    return found


def skip_unlogged_records() -> None:
    """Set the root logger's level to the lowest level any of its handlers logs at, so that a record no handler
    would write is never built.

    Why: Scrapy sets the root logger to NOTSET and filters in its handler, so every `logger.debug` in the process
    built a LogRecord (caller lookup, a dict of fields) only for the handler to drop it: Scrapy's "Crawled" line
    per response and "Scraped from" line per item, and charset_normalizer's TRACE lines, 5 or more per page it
    reads (37,591 records in a 5,909-page profiled crawl at LOG_LEVEL WARNING, 2.6 s of its 192 profiled s).
    Scrapy also sets its own `scrapy` logger to DEBUG: such loggers are raised to the same level.
    What reaches the handlers is unchanged: a record below every handler's level was dropped there before, and
    `log_count/<LEVEL>` (Scrapy's LogCounterHandler, at LOG_LEVEL) counts the same records. Call it after Scrapy
    installed its root handler (engine_started: each crawler re-installs it as it starts)."""
    import logging

    root = logging.getLogger()
    levels = [handler.level for handler in root.handlers]
    if not levels or not all(levels):   # a handler at NOTSET (0) takes every record: leave the loggers open
        return
    floor = min(levels)
    root.setLevel(floor)
    # loggers set below it (Scrapy's DEFAULT_LOGGING sets `scrapy` to DEBUG) whose records only reach the root's
    # handlers: raised to it as well
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and logger.level and logger.level < floor and logger.propagate \
                and not _has_own_handlers(name):
            logger.setLevel(floor)


def _has_own_handlers(name: str) -> bool:
    """Whether the logger or one of its ancestors below the root has handlers of its own."""
    import logging

    while name:
        if logging.getLogger(name).handlers:
            return True
        name = name.rpartition(".")[0]
    return False
