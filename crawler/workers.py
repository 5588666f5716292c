"""WorkerPool: run one pure function over picklable jobs in child processes, from the crawl's asyncio loop.

    pool = WorkerPool("nianbao.crawler.discovery.analysis:analyse_html", workers=1)
    pool.start()                        # spawns the children (does not wait for their imports)
    analysis = await pool.run(job)      # JobFailed / JobTimedOut / WorkerCrashed on trouble
    await pool.close()

Why not concurrent.futures / multiprocessing: their pools move every job and result through helper threads,
which must win the GIL from the busy reactor thread (up to a 5 ms switch interval each time) — measured slower
than doing the work inline. Here the reactor's own event loop writes jobs to each child's stdin and reads
results from its stdout (length-prefixed pickles), so no thread of ours competes with it. Frames are batched
both ways: the jobs submitted in one turn of the loop go to a child in one write, and a child flushes its
results only when it has no further job already read — each write wakes the process at the other end, and a
write per page cost the crawl process a syscall and the machine a context switch per page (measured: 8,060
writes, 0.5 s of a 3,400-page crawl's profile).

A child works through its jobs in order. A job running longer than `job_timeout_s` (a pool given none has
limits.WORKER_JOB_TIMEOUT_S) gets its child killed; a child that dies takes only the job it was on with it
(JobTimedOut / WorkerCrashed for that one): the jobs queued behind it are sent to a fresh child. Nothing waits for
a lost child: the moment its output ends, the jobs behind go on, and its exit is waited for only `exit_wait_s`
before it is killed and left to be reaped in the background (a child that closed its output but lives on, or whose
exit a tracer holds, must not hold the jobs it had). A child stopped `stopped_grace_s` with jobs (SIGSTOP, a
debugger or py-spy attached) is killed too, and all its jobs, the one it was on included, go to a fresh child:
none of them is at fault. Children cap their address space (`memory_bytes`) and exit when their stdin closes. The children are trusted code over untrusted input, so pickles only travel between this process
and children it spawned itself."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import logging
import os
import pickle
import signal
import struct
import sys
import time
import traceback
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nianbao.crawler import limits
from nianbao.crawler.runtime import is_stopped, schedule_as_batch, tune_gc

logger = logging.getLogger(__name__)

_LENGTH = struct.Struct("!I")
_HIGH_WATER_BYTES = 4 * 1024 * 1024   # run() waits for a child's pipe beyond this much unsent data
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])   # so children import this checkout, wherever cwd is


class WorkerError(Exception):
    """A job did not produce a result."""


class JobFailed(WorkerError):
    """The function raised; the message is the child's `Type: message`."""


class JobTimedOut(WorkerError):
    pass


class WorkerCrashed(WorkerError):
    pass


def resolve(target: str) -> Callable[[Any], Any]:
    module, _, name = target.partition(":")
    if not name:
        raise ValueError(f"worker target must be 'module:function', not {target!r}")
    return getattr(importlib.import_module(module), name)


def auto_workers(cpus: int | None = None) -> int:
    """Children for this machine: none on one CPU (the pipe costs more than it frees), else one, two from six."""
    cpus = cpus or os.cpu_count() or 1
    return 0 if cpus < 2 else 1 if cpus < 6 else 2


class _Child:
    def __init__(self, process: asyncio.subprocess.Process, number: int):
        self.process, self.number = process, number
        self.pending: OrderedDict[int, tuple[asyncio.Future, bytes]] = OrderedDict()
        self.head_since = time.monotonic()    # when the job at the head of `pending` started running
        self.reader: asyncio.Task | None = None
        self.killed_for: WorkerError | None = None   # set by the watchdog before it kills the child
        self.stopped_since: float | None = None       # when the watchdog first saw it stopped, jobs pending
        self.given_up_stopped = False                 # killed for being stopped: none of its jobs is at fault
        self.log_relay: asyncio.Task | None = None
        self.outbox: list[bytes] = []          # frames to write at the end of this turn of the loop


class WorkerPool:
    def __init__(self, target: str, workers: int = 1, *, init: Any = None,
                 job_timeout_s: float | None = limits.PAGE_ANALYSIS_TIMEOUT_S,
                 memory_bytes: int | None = limits.PAGE_WORKER_MEMORY_BYTES,
                 count: Callable[[str, int], None] | None = None, name: str = "page",
                 stopped_grace_s: float = limits.WORKER_STOPPED_GRACE_S,
                 exit_wait_s: float = limits.WORKER_EXIT_WAIT_S):
        """`target` is `module:function`, called with each job; with `init`, `module:Class`, instantiated once
        per child with `init` and then called with each job (a stateful service). `job_timeout_s` None is
        limits.WORKER_JOB_TIMEOUT_S: no job waits forever."""
        if workers < 1:
            raise ValueError(f"a WorkerPool needs at least one worker, not {workers}")
        self.target, self.size, self.name = target, workers, name
        self._init = None if init is None else pickle.dumps(init, protocol=pickle.HIGHEST_PROTOCOL)
        self._backlog: list[tuple[int, bytes, asyncio.Future]] = []   # jobs waiting for a child to start
        self.job_timeout_s = limits.WORKER_JOB_TIMEOUT_S if job_timeout_s is None else job_timeout_s
        self.memory_bytes, self.stopped_grace_s, self.exit_wait_s = memory_bytes, stopped_grace_s, exit_wait_s
        self._count = count or (lambda name, n=1: None)
        self._children: list[_Child] = []
        self._spawning: list[asyncio.Task] = []
        self._next_id = 0
        self._spawned = 0
        self._watchdog: asyncio.TimerHandle | None = None
        self._reaping: set[asyncio.Task] = set()   # lost children's exits, waited for in the background
        self.closed = False

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Spawn the children (from the running loop); returns at once."""
        for _ in range(self.size - len(self._children) - len(self._spawning)):
            self._spawn_later()
        self._arm_watchdog()

    def _spawn_later(self) -> None:
        task = asyncio.get_running_loop().create_task(self._spawn())
        self._spawning.append(task)
        task.add_done_callback(self._spawning.remove)

    async def _spawn(self) -> _Child:
        self._spawned += 1
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (_PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")) if p), _LOG_LEVEL_ENV: str(_log_level())}
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "nianbao.crawler.workers", self.target, str(self.memory_bytes or 0),
            "init" if self._init is not None else "function",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
            limit=_LOG_LINE_LIMIT_BYTES)
        child = _Child(process, self._spawned)
        child.log_relay = asyncio.get_running_loop().create_task(_relay_log(process.stderr))
        if self._init is not None:
            process.stdin.write(_LENGTH.pack(len(self._init)) + self._init)
        child.reader = asyncio.get_running_loop().create_task(self._read(child))
        self._children.append(child)
        # this child's share of the jobs that waited for a child (the others still starting take the rest)
        others = sum(1 for task in self._spawning if not task.done() and task is not asyncio.current_task())
        share = -(-len(self._backlog) // (1 + others))
        backlog, self._backlog = self._backlog[:share], self._backlog[share:]
        for job_id, payload, future in backlog:
            if not future.done():
                self._write(child, job_id, payload, future)
        return child

    async def close(self) -> None:
        """Close the children's stdin and wait for them; anything still pending fails with WorkerCrashed."""
        self.closed = True
        if self._watchdog is not None:
            self._watchdog.cancel()
        for task in list(self._spawning):
            with contextlib.suppress(Exception):
                await task
        for child in list(self._children):
            if child.outbox:
                self._flush(child)    # jobs submitted in this turn of the loop are still answered
            with contextlib.suppress(Exception):
                child.process.stdin.close()
        for child in list(self._children):
            try:
                await asyncio.wait_for(child.process.wait(), timeout=5)
            except asyncio.TimeoutError:
                child.process.kill()
                await child.process.wait()
            for task in (child.reader, child.log_relay):
                if task is not None:
                    with contextlib.suppress(Exception):
                        await task
            self._fail_all(child, WorkerCrashed("the worker pool closed"))
        self._children.clear()

    # ------------------------------------------------------------------ jobs

    async def run(self, job: Any) -> Any:
        """The job's result (waits for a full pipe to drain first: flow control for large jobs)."""
        future = self.submit(job)
        for child in self._children:
            if child.process.stdin.transport.get_write_buffer_size() > _HIGH_WATER_BYTES:
                with contextlib.suppress(ConnectionError):   # a dead child is noticed by its reader
                    await child.process.stdin.drain()
        return await future

    def submit(self, job: Any) -> asyncio.Future:
        """Send the job now (jobs submitted one after another reach a one-child pool in that order)."""
        if self.closed:
            raise WorkerError(f"the {self.name} worker pool is closed")
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        if len(payload) > limits.WORKER_MAX_FRAME_BYTES:
            raise JobFailed(f"job of {len(payload):,} bytes exceeds WORKER_MAX_FRAME_BYTES")
        future = asyncio.get_running_loop().create_future()
        self._next_id += 1
        self._send(self._next_id, payload, future)
        return future

    def _send(self, job_id: int, payload: bytes, future: asyncio.Future) -> None:
        if not self._children:   # a child leaves this list the moment its reader sees it gone
            self._backlog.append((job_id, payload, future))
            if not self._spawning:
                self._spawn_later()
            return
        self._write(min(self._children, key=lambda c: len(c.pending)), job_id, payload, future)

    def _write(self, child: _Child, job_id: int, payload: bytes, future: asyncio.Future) -> None:
        if not child.pending:
            child.head_since = time.monotonic()
        child.pending[job_id] = (future, payload)
        if not child.outbox:
            asyncio.get_running_loop().call_soon(self._flush, child)
        child.outbox += (_LENGTH.pack(len(payload) + 8), struct.pack("!Q", job_id), payload)

    def _flush(self, child: _Child) -> None:
        """One write for the frames of this turn (a child lost meanwhile has had its pending jobs requeued)."""
        frames, child.outbox = child.outbox, []
        if child in self._children and not child.process.stdin.is_closing():
            child.process.stdin.write(b"".join(frames))

    async def _read(self, child: _Child) -> None:
        stream = child.process.stdout
        try:
            while True:
                (length,) = _LENGTH.unpack(await stream.readexactly(_LENGTH.size))
                frame = await stream.readexactly(length)
                job_id, ok = struct.unpack("!Q?", frame[:9])
                entry = child.pending.pop(job_id, None)
                child.head_since = time.monotonic()
                if entry is None or entry[0].done():
                    continue
                future = entry[0]
                if ok:
                    future.set_result(pickle.loads(frame[9:]))
                else:
                    self._count("workers/failed", 1)
                    future.set_exception(JobFailed(frame[9:].decode("utf-8", "replace")))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        await self._lost(child)

    async def _lost(self, child: _Child) -> None:
        """The child's output ended: it can answer no more. Its jobs go to a fresh child at once — all of them for a
        child given up while stopped, else those behind the one it was on — and that one fails once the child
        has exited or been killed (`_ended`)."""
        if child in self._children:
            self._children.remove(child)
        with contextlib.suppress(Exception):
            child.process.stdin.close()   # a child that lives on without its output reads to the end and exits
        stopped = child.given_up_stopped
        head = None if stopped or not child.pending else child.pending.popitem(last=False)[1][0]
        child.outbox = []
        if self.closed:
            self._fail_all(child, WorkerCrashed("the worker pool closed"))
        else:
            requeue, child.pending = list(child.pending.items()), OrderedDict()
            if requeue:
                self._count("workers/requeued", len(requeue))
            for job_id, (future, payload) in requeue:
                if not future.done():
                    self._send(job_id, payload, future)
            self._count("workers/restarts", 1)
            if len(self._children) + len(self._spawning) < self.size:
                self._spawn_later()
        code = await self._ended(child)
        if not self.closed:
            logger.warning("%s worker %d %s; another started", self.name, child.number,
                           "given up while stopped" if stopped else f"ended (status {code})")
        if head is not None and not head.done():
            reason = child.killed_for or WorkerCrashed(
                f"worker exited with status {code}" if code is not None else "worker lost (its output ended)")
            if isinstance(reason, WorkerCrashed):
                self._count("workers/crashed", 1)
            head.set_exception(reason)

    async def _ended(self, child: _Child) -> int | None:
        """The lost child's exit status: it has `exit_wait_s` to exit by itself (a crash has, as its output ends),
        then it is killed; None when it is not reaped even then (a tracer holds its exit): reaped in the
        background."""
        reap = asyncio.get_running_loop().create_task(child.process.wait())
        self._reaping.add(reap)
        reap.add_done_callback(self._reaping.discard)
        for attempt in range(2):
            try:
                return await asyncio.wait_for(asyncio.shield(reap), self.exit_wait_s)
            except asyncio.TimeoutError:
                if attempt == 0:
                    self._count("workers/lost", 1)   # its output ended, the process did not
                    self._kill(child)
        return None

    def _fail_all(self, child: _Child, error: Exception) -> None:
        for future, _ in child.pending.values():
            if not future.done():
                future.set_exception(error)
        child.pending.clear()

    def _arm_watchdog(self) -> None:
        if self.closed:
            return
        every_s = min(1.0, self.job_timeout_s / 4, self.stopped_grace_s / 2)
        self._watchdog = asyncio.get_running_loop().call_later(every_s, self._watch)

    def _watch(self) -> None:
        """Kill a child whose job is over its time, or that has been stopped `stopped_grace_s` with jobs; its reader
        sees the output end and hands its jobs on (`_lost`)."""
        now = time.monotonic()
        for child in list(self._children):
            if not child.pending:
                child.stopped_since = None
            elif now - child.head_since > self.job_timeout_s:
                child.killed_for = JobTimedOut(f"no result within {self.job_timeout_s:g} s")
                self._count("workers/timeouts", 1)
                self._kill(child)
            elif not is_stopped(child.process.pid):
                child.stopped_since = None
            elif child.stopped_since is None:
                child.stopped_since = now
            elif now - child.stopped_since >= self.stopped_grace_s:
                child.given_up_stopped = True
                self._count("workers/stopped", 1)
                self._kill(child)
        self._arm_watchdog()

    @staticmethod
    def _kill(child: _Child) -> None:
        with contextlib.suppress(ProcessLookupError):
            child.process.kill()   # SIGKILL ends a stopped or traced process too


# ---------------------------------------------------------------------- logging across the pipe

_LOG_LEVEL_ENV = "NIANBAO_WORKER_LOG_LEVEL"
_LOG_LINE_LIMIT_BYTES = 1024 * 1024   # one relayed record (a traceback fits)


def _log_level() -> int:
    """The level the crawl logs at (Scrapy sets it on the root logger's handlers)."""
    levels = [h.level for h in logging.root.handlers if h.level]
    return min(levels) if levels else logging.root.getEffectiveLevel() or logging.INFO


async def _relay_log(stream: asyncio.StreamReader) -> None:
    """A child's log records (one JSON object per stderr line) become records of this process's loggers, so
    they reach the crawl's log file; other lines (a stray print, a crash's traceback) are logged as warnings."""
    while True:
        try:
            line = await stream.readline()
        except ValueError:   # a line over the reader's limit: asyncio has dropped it
            logger.warning("worker: a log line over %d bytes was dropped", _LOG_LINE_LIMIT_BYTES)
            continue
        if not line:
            return
        text = line.decode("utf-8", "replace").rstrip("\n")
        try:
            record = json.loads(text)
            logging.getLogger(record["name"]).log(int(record["level"]), "%s", record["message"])
        except (ValueError, KeyError, TypeError):
            if text.strip():
                logger.warning("worker: %s", text)


class _JsonLines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info:
                message += "\n" + logging.Formatter().formatException(record.exc_info)
            sys.stderr.write(json.dumps({"name": record.name, "level": record.levelno, "message": message},
                                        ensure_ascii=False) + "\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - logging must never break a worker
            self.handleError(record)


# ---------------------------------------------------------------------- the child


class _FrameReader:
    """Length-prefixed frames from a pipe, read in large chunks, so that the child knows whether the next job is
    already here (`has_frame`) — and flushes its results only when it is not."""

    _CHUNK_BYTES = 1 << 16
    _MAX_READ_BYTES = 1 << 22

    def __init__(self, fd: int):
        self.fd = fd
        self.buffer = bytearray()

    def _frame_end(self) -> int | None:
        if len(self.buffer) < _LENGTH.size:
            return None
        end = _LENGTH.size + _LENGTH.unpack_from(self.buffer)[0]
        return end if len(self.buffer) >= end else None

    def has_frame(self) -> bool:
        return self._frame_end() is not None

    def next(self) -> bytes | None:
        """The next frame; None at end of input (a frame cut short counts as the end)."""
        while (end := self._frame_end()) is None:
            wanted = (_LENGTH.unpack_from(self.buffer)[0] + _LENGTH.size - len(self.buffer)
                      if len(self.buffer) >= _LENGTH.size else 0)
            chunk = os.read(self.fd, min(max(self._CHUNK_BYTES, wanted), self._MAX_READ_BYTES))
            if not chunk:
                return None
            self.buffer += chunk
        frame = bytes(self.buffer[_LENGTH.size:end])
        del self.buffer[:end]
        return frame


def _child_main(target: str, memory_bytes: int, mode: str) -> int:
    # The parent decides when a child ends, by closing its stdin (or dying: the same EOF). Ctrl-C reaches the
    # whole process group, and a crawl stopping gracefully still needs its writer to seal the last file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    schedule_as_batch()   # a job arriving must not take the core from the crawl's reactor thread (runtime.py)
    if memory_bytes > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    frames, stdout = _FrameReader(sys.stdin.fileno()), sys.stdout.buffer
    sys.stdout = sys.stderr    # a stray print() must not corrupt the result stream
    logging.basicConfig(level=int(os.environ.get(_LOG_LEVEL_ENV, logging.INFO)), handlers=[_JsonLines()])
    function = resolve(target)
    if mode == "init":
        init = frames.next()
        if init is None:
            return 0
        function = function(pickle.loads(init))
    tune_gc()
    while True:
        if not frames.has_frame():
            stdout.flush()     # the results so far, before waiting for more jobs
        frame = frames.next()
        if frame is None:
            return 0
        job_id = frame[:8]
        try:
            reply = b"\x01" + pickle.dumps(function(pickle.loads(frame[8:])), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # one bad job is reported, and the child goes on with the next
            where = "".join(traceback.format_tb(exc.__traceback__, limit=-3)).rstrip()
            reply = b"\x00" + f"{type(exc).__name__}: {exc}\n{where}".encode("utf-8", "replace")
        stdout.write(_LENGTH.pack(len(reply) + 8) + job_id + reply)


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
