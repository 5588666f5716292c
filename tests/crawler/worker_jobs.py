"""Jobs for tests/crawler/test_workers.py, importable by the worker processes (crawler/workers.py)."""

from __future__ import annotations

import os
import time


def double(x: int) -> int:
    return 2 * x


def fail_on_negative(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


def exit_on_negative(x: int) -> int:
    if x < 0:
        os._exit(3)   # a crash: no reply, the process is gone
    return x


def hang_on_negative(x: int) -> int:
    if x < 0:
        time.sleep(3600)   # a job that never ends (the pool's time limit kills it)
    return x


def pid(_: object) -> int:
    return os.getpid()


def scheduling_policy(_: object) -> int:
    return os.sched_getscheduler(0)


class Tally:
    """A stateful service: instantiated once per worker with its init value."""

    def __init__(self, start: int):
        self.total = start

    def __call__(self, n: int) -> int:
        self.total += n
        return self.total


def log_warning(x: int) -> int:
    import logging

    logging.getLogger("tests.worker_jobs").warning("job %d says hello", x)
    return x


def log_huge_then_small(x: int) -> int:
    import logging

    logging.getLogger("tests.worker_jobs").warning("%s", "长" * 600_000)   # one line of 1.8 MB
    logging.getLogger("tests.worker_jobs").warning("after the huge line")
    return x


def close_output_on_negative(x: int) -> int:
    if x < 0:
        os.close(1)         # the result stream ends, the process lives on (as one stuck in its teardown would)
        time.sleep(3600)
    return x


def read_no_document(job: object) -> object:
    """A document reader (the spider's `document_reader`) that raises on every document."""
    raise ValueError("this reader reads nothing")


def crash_reading_document(job: object) -> object:
    """A document reader whose process dies on every document (a C extension's crash)."""
    os._exit(3)
