"""WorkerPool (crawler/workers.py): results, failures, crashes and time-outs of jobs in child processes."""

from __future__ import annotations

import asyncio
import os
from collections import Counter

import pytest
from nianbao.crawler.runtime import is_stopped
from nianbao.crawler.workers import (
    JobFailed,
    JobTimedOut,
    WorkerCrashed,
    WorkerError,
    WorkerPool,
    auto_workers,
)

JOBS = "tests.crawler.worker_jobs"


def run(coroutine):
    return asyncio.run(coroutine)


async def with_pool(target: str, body, **kwargs):
    counts: Counter = Counter()
    pool = WorkerPool(f"{JOBS}:{target}", count=lambda name, n=1: counts.update({name: n}), **kwargs)
    pool.start()
    try:
        return await body(pool), counts
    finally:
        await pool.close()


def test_results_come_back_to_the_job_that_asked() -> None:
    async def body(pool):
        return await asyncio.gather(*(pool.run(i) for i in range(200)))

    results, _ = run(with_pool("double", body, workers=2))
    assert results == [2 * i for i in range(200)]


def test_jobs_are_spread_over_the_workers() -> None:
    async def body(pool):
        return set(await asyncio.gather(*(pool.run(None) for _ in range(50))))

    pids, _ = run(with_pool("pid", body, workers=2))
    assert len(pids) == 2


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="SCHED_BATCH is Linux's")
def test_workers_run_as_batch_so_a_job_does_not_preempt_the_crawl() -> None:
    async def body(pool):
        return await pool.run(None)

    policy, _ = run(with_pool("scheduling_policy", body, workers=1))
    assert policy == os.SCHED_BATCH
    assert os.sched_getscheduler(0) != os.SCHED_BATCH   # the crawl process itself is left as it is


def test_a_job_that_raises_fails_alone() -> None:
    async def body(pool):
        return await asyncio.gather(pool.run(1), pool.run(-1), pool.run(2), return_exceptions=True)

    (one, bad, two), counts = run(with_pool("fail_on_negative", body, workers=1))
    assert (one, two) == (1, 2)
    assert isinstance(bad, JobFailed) and "ValueError: negative: -1" in str(bad)
    assert counts["workers/failed"] == 1 and counts["workers/restarts"] == 0


def test_a_crash_fails_its_job_and_the_jobs_behind_it_run_in_a_new_worker() -> None:
    async def body(pool):
        before = pool.submit(1)
        crash = pool.submit(-1)
        behind = [pool.submit(i) for i in range(2, 6)]
        return await asyncio.gather(before, crash, *behind, return_exceptions=True)

    results, counts = run(with_pool("exit_on_negative", body, workers=1))
    assert results[0] == 1
    assert isinstance(results[1], WorkerCrashed)
    assert results[2:] == [2, 3, 4, 5]
    assert counts["workers/crashed"] == 1 and counts["workers/restarts"] == 1


def test_a_job_over_its_time_limit_is_killed_and_the_pool_goes_on() -> None:
    async def body(pool):
        stuck = pool.submit(-1)
        behind = pool.submit(7)
        return await asyncio.gather(stuck, behind, return_exceptions=True)

    (stuck, behind), counts = run(with_pool("hang_on_negative", body, workers=1, job_timeout_s=0.5))
    assert isinstance(stuck, JobTimedOut)
    assert behind == 7
    assert counts["workers/timeouts"] == 1


def test_a_service_keeps_its_state_between_jobs() -> None:
    async def body(pool):
        return [await pool.run(n) for n in (1, 2, 3)]

    totals, _ = run(with_pool("Tally", body, workers=1, init=10, job_timeout_s=None))
    assert totals == [11, 13, 16]


def test_a_closed_pool_refuses_jobs() -> None:
    async def body():
        pool = WorkerPool(f"{JOBS}:double", 1)
        pool.start()
        await pool.close()
        with pytest.raises(WorkerError, match="closed"):
            pool.submit(1)

    run(body())


def test_bad_targets_and_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        WorkerPool(f"{JOBS}:double", 0)

    async def body(pool):
        return await pool.run(1)

    with pytest.raises(WorkerCrashed):   # the child cannot import it and exits
        run(with_pool("no_such_function", body, workers=1))


def test_auto_workers_leaves_one_cpu_machine_inline() -> None:
    assert auto_workers(1) == 0
    assert auto_workers(2) == 1
    assert auto_workers(8) == 2


def test_a_workers_log_records_reach_the_crawls_loggers(caplog) -> None:
    async def body(pool):
        result = await pool.run(5)
        await pool.close()   # the relay has read everything once the child is gone
        return result

    with caplog.at_level("INFO"):
        result, _ = run(with_pool("log_warning", body, workers=1))
    assert result == 5
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records if r.name == "tests.worker_jobs"] == [
        ("tests.worker_jobs", "WARNING", "job 5 says hello")]


def test_workers_outlive_ctrl_c_and_sigterm_until_the_pool_closes() -> None:
    """A terminal's Ctrl-C reaches every process of the group: the crawl decides when its workers end."""
    import os
    import signal

    async def body(pool):
        first = await pool.run(None)
        os.kill(first, signal.SIGINT)
        os.kill(first, signal.SIGTERM)
        return first, await pool.run(None), await pool.run(None)

    (first, second, third), counts = run(with_pool("pid", body, workers=1))
    assert first == second == third
    assert counts["workers/restarts"] == 0


def test_an_oversized_log_line_is_dropped_and_the_relay_goes_on(caplog) -> None:
    async def body(pool):
        result = await pool.run(3)
        await pool.close()
        return result

    with caplog.at_level("INFO"):
        result, _ = run(with_pool("log_huge_then_small", body, workers=1))
    assert result == 3
    messages = [r.getMessage() for r in caplog.records]
    assert "after the huge line" in messages
    assert any("was dropped" in m for m in messages)


def test_a_failed_job_says_where_it_failed() -> None:
    async def body(pool):
        with pytest.raises(JobFailed) as failure:
            await pool.run(-1)
        return str(failure.value)

    message, _ = run(with_pool("fail_on_negative", body, workers=1))
    assert "worker_jobs.py" in message and "fail_on_negative" in message


def test_jobs_submitted_just_before_close_are_still_answered() -> None:
    """Frames wait for the end of the loop's turn to be written (one write per turn); close sends them first."""

    async def body(pool):
        await pool.run(0)                     # the child is up
        futures = [pool.submit(i) for i in range(20)]
        await pool.close()
        return [f.result() for f in futures]

    results, _ = run(with_pool("double", body))
    assert results == [2 * i for i in range(20)]


def test_many_small_jobs_travel_in_few_writes() -> None:
    """The jobs submitted in one turn of the loop reach a child in one write (not one write per job)."""

    async def body(pool):
        await pool.run(0)
        child = pool._children[0]
        writes = []
        original = child.process.stdin.write
        child.process.stdin.write = lambda data: (writes.append(len(data)), original(data))[1]
        results = await asyncio.gather(*(pool.run(i) for i in range(100)))
        return results, writes

    (results, writes), _ = run(with_pool("double", body))
    assert results == [2 * i for i in range(100)] and len(writes) == 1


# ---------------------------------------------------------------------- a child lost without exiting, stopped, killed


_HANG_S = 20.0   # a pool still waiting this long hangs (its job time-out in these tests is 60 s)


async def _until(condition, what: str, limit_s: float = 10.0) -> None:
    """Wait (in the pool's loop) until `condition()` holds: the tests' events are other processes' states."""
    deadline = asyncio.get_running_loop().time() + limit_s
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, f"never: {what}"
        await asyncio.sleep(0.01)


def test_a_child_that_closes_its_output_but_lives_on_holds_no_job() -> None:
    """Its output ended: the jobs behind go on at once (not after the job time-out, 60 s here), the one it was on
    fails once the child, given exit_wait_s to exit, is killed."""

    async def body(pool):
        lost = pool.submit(-1)
        behind = [pool.submit(i) for i in (2, 3)]
        answered = await asyncio.wait_for(asyncio.gather(*behind), _HANG_S)
        pending_meanwhile = not lost.done()
        with pytest.raises(WorkerCrashed, match="status -9"):
            await lost
        return answered, pending_meanwhile

    (answered, pending_meanwhile), counts = run(with_pool(
        "close_output_on_negative", body, workers=1, job_timeout_s=60, exit_wait_s=0.3))
    assert answered == [2, 3] and pending_meanwhile
    assert counts["workers/lost"] == 1 and counts["workers/crashed"] == 1 and counts["workers/requeued"] == 2


def test_a_child_killed_mid_job_fails_that_job_and_the_rest_go_to_a_fresh_child() -> None:
    import signal

    async def body(pool):
        first = await pool.run(0)                   # the child is up
        child = pool._children[0]
        stuck = pool.submit(-1)
        behind = [pool.submit(i) for i in (4, 5)]
        await _until(lambda: not child.outbox, "the jobs written to the child")
        os.kill(child.process.pid, signal.SIGKILL)
        return first, await asyncio.gather(stuck, *behind, return_exceptions=True)

    (first, (stuck, *behind)), counts = run(with_pool("hang_on_negative", body, workers=1, job_timeout_s=60))
    assert first == 0 and behind == [4, 5]
    assert isinstance(stuck, WorkerCrashed) and "status -9" in str(stuck)
    assert counts["workers/crashed"] == 1 and counts["workers/restarts"] == 1 and counts["workers/lost"] == 0


def test_a_stopped_child_with_jobs_is_given_up_and_all_its_jobs_run_in_a_fresh_one() -> None:
    """SIGSTOP (or a tracer) with jobs pending: after stopped_grace_s its jobs, the one it was on included (none
    is at fault), go to a fresh child — long before the job time-out (60 s here)."""
    import signal

    async def body(pool):
        stopped = await pool.run(None)
        os.kill(stopped, signal.SIGSTOP)
        await _until(lambda: is_stopped(stopped), "the child stopped")
        answers = await asyncio.wait_for(asyncio.gather(*(pool.run(None) for _ in range(3))), _HANG_S)
        return stopped, answers

    (stopped, answers), counts = run(with_pool("pid", body, workers=1, job_timeout_s=60, stopped_grace_s=0.2))
    assert len(set(answers)) == 1 and stopped not in answers
    assert counts["workers/stopped"] == 1 and counts["workers/requeued"] == 3 and counts["workers/crashed"] == 0


def test_a_child_stopped_shorter_than_the_grace_or_while_idle_is_kept() -> None:
    import signal

    async def body(pool):
        pid = await pool.run(None)
        child = pool._children[0]
        os.kill(pid, signal.SIGSTOP)                # idle: nothing to hold, nothing done
        await _until(lambda: is_stopped(pid), "the child stopped")
        await asyncio.sleep(0.5)                    # 2.5 graces: an idle stopped child is left alone
        job = pool.submit(None)
        await _until(lambda: child.stopped_since is not None, "the watchdog saw it stopped with a job")
        os.kill(pid, signal.SIGCONT)                # back within the grace (30 s)
        return pid, await job

    (pid, answer), counts = run(with_pool("pid", body, workers=1, job_timeout_s=60, stopped_grace_s=30))
    assert answer == pid
    assert counts["workers/stopped"] == 0 and counts["workers/restarts"] == 0


def test_a_pool_given_no_time_limit_has_the_default_one(monkeypatch) -> None:
    """A child that never answers is killed even when the pool was given no limit (the WARC writer's)."""
    from nianbao.crawler import limits

    monkeypatch.setattr(limits, "WORKER_JOB_TIMEOUT_S", 0.3)

    async def body(pool):
        return await asyncio.gather(pool.submit(-1), pool.submit(8), return_exceptions=True)

    (never, behind), counts = run(with_pool("hang_on_negative", body, workers=1, job_timeout_s=None))
    assert isinstance(never, JobTimedOut) and "0.3 s" in str(never)
    assert behind == 8 and counts["workers/timeouts"] == 1


def test_is_stopped_tells_a_stopped_process_from_a_running_one() -> None:
    import signal
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert not is_stopped(process.pid)
        os.kill(process.pid, signal.SIGSTOP)
        run(_until(lambda: is_stopped(process.pid), "stopped"))
        os.kill(process.pid, signal.SIGCONT)
        run(_until(lambda: not is_stopped(process.pid), "running again"))
    finally:
        process.kill()
        process.wait()
    assert not is_stopped(process.pid)   # gone
