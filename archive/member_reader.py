"""The members of a captured zip or RAR archive, read in a child process: a crash cannot stop the run.

    for member in isolated_members(data, ReaderConfig()):   # parse/zip_members.py ZipMember, in the archive's order
        ...                                                  # UnpackLimit, ZipUnreadable (before the first member)
                                                             # ReaderFailed: the child died, hung or failed
    isolated_member(data, path, ReaderConfig())              # one member again (read_member): KeyError, as above

parse/zip_members.py reads untrusted bytes with C code (libarchive for RAR, zlib): a segfault, an abort or a
runaway allocation there would end the whole `dedup` step, not one document. So one child per archive (none for
documents that are no archive) runs `document_members` and sends each member back through a pipe as it is read;
the child blocks until the parent has taken it, so the child holds no more than it would in process (one member
at a time) and its clock only runs while the parent waits. Bounds: the child's address space
(`memory_bytes`, RLIMIT_AS: an allocation beyond fails in the child) and the wait for each of its messages
(`wait_s`: a child that sends nothing for that long is killed). A child that dies, hangs or fails is
`ReaderFailed`, which the caller logs, counts and skips (archive/extract.py, crawler/app/pipeline.py `parse`
of a file), or answers as an unreadable record (archive/members.py `member_bytes`: `serve`, cell provenance).

One member (`isolated_member`) is read by the child with parse/zip_members.py `read_member`, not by stopping
`document_members` at it: read_member opens only the archives on the member's path and inflates no member before
it, where document_members reads (inflates, sniffs) every member that comes first: in a zip of many units'
reports, each download or cell check would read all the reports before the one asked for.

Standard library (multiprocessing, forkserver): a fresh interpreter per archive (spawn) costs the imports each
time, and fork copies a parent that may run threads (the store's upload threads); the fork server forks each child
from one clean process that imported the reader once. Pickles only travel between this process and children it
started itself (the members are the child's output, never the archive's bytes unpickled).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass

from nianbao.archive import limits
from nianbao.parse.unpack import UnpackLimit
from nianbao.parse.zip_members import ZipMember, ZipUnreadable, document_members, read_member

FAILURES = ("died", "timed_out", "failed")   # ReaderFailed.reason: killed by a signal or exited; silent past the
                                             # wait; an error of its own (MemoryError past the memory bound)
TEST_FAULTS = ("abort", "hang")              # ReaderConfig.test_fault: what a test makes the child do


@dataclass(frozen=True)
class ReaderConfig:
    wait_s: float = limits.ARCHIVE_READER_WAIT_S
    memory_bytes: int = limits.ARCHIVE_READER_MEMORY_BYTES
    # tests only: the child aborts (os.abort, as a crash in C would) or hangs once it has sent this many members
    test_fault: str | None = None
    test_fault_after: int = 0

    def __post_init__(self) -> None:
        if self.test_fault is not None and self.test_fault not in TEST_FAULTS:
            raise ValueError(f"test_fault {self.test_fault!r}: one of {', '.join(TEST_FAULTS)}")


class ReaderFailed(Exception):
    """The child reading an archive ended without reading it through; `reason` is one of FAILURES."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


_context = None


def _process_context():
    global _context
    if _context is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        _context = multiprocessing.get_context(method)
        if method == "forkserver":
            _context.set_forkserver_preload(["nianbao.parse.zip_members", "nianbao.parse.rar_archive"])
    return _context


def isolated_members(data: bytes, config: ReaderConfig) -> Iterator[ZipMember]:
    """Every member of the archive, as parse/zip_members.py `document_members` gives them, read in a child.
    UnpackLimit or ZipUnreadable (as document_members raises them) come before any member; ReaderFailed when the
    child ends before the archive's last member (the members sent before it stand)."""
    return _read_in_child(data, config, None)


def isolated_member(data: bytes, path: str, config: ReaderConfig) -> ZipMember:
    """The member `path`, as parse/zip_members.py `read_member` gives it, read in a child: UnpackLimit,
    ZipUnreadable or KeyError (no member of that path) as read_member raises them; ReaderFailed as above."""
    [member] = _read_in_child(data, config, path)
    return member


def _read_in_child(data: bytes, config: ReaderConfig, path: str | None) -> Iterator[ZipMember]:
    context = _process_context()
    ours, theirs = context.Pipe()
    child = context.Process(target=_child_main, args=(theirs, config, path), daemon=True,
                            name="nianbao-archive-reader")
    child.start()
    theirs.close()
    try:
        try:
            ours.send_bytes(data)
        except OSError:        # it died before taking the archive; its exit says how
            pass
        while True:
            kind, value = _next_message(ours, child, config.wait_s)
            if kind == "end":
                return
            if kind == "member":
                yield value
            elif kind == "refused":
                raise value
            else:
                raise ReaderFailed("failed", f"the archive reader failed: {value}")
    finally:
        ours.close()
        _end(child)


def read_in_part(fmt: str, exc: ReaderFailed) -> dict:
    """The error of each record of a member read before the reader of its `fmt` (zip, rar) archive failed."""
    return {"stage": "extract",
            "message": f"the {fmt} archive was read only in part ({exc}): members after this one were not read"}


def _next_message(conn, child, wait_s: float) -> tuple[str, object]:
    if not conn.poll(wait_s):
        raise ReaderFailed("timed_out", f"the archive reader sent nothing for {wait_s:g} s (stopped)")
    try:
        return conn.recv()
    except (EOFError, OSError):
        child.join(5)
        raise ReaderFailed("died", f"the archive reader died ({_exit_words(child.exitcode)})") from None


def _exit_words(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _end(child) -> None:
    child.join(0.5)
    if child.is_alive():      # hung, or the caller stopped iterating before the end
        child.kill()
        child.join()


def _child_main(conn, config: ReaderConfig, path: str | None) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))   # a crash on hostile bytes leaves no core file behind
    resource.setrlimit(resource.RLIMIT_AS, (config.memory_bytes, config.memory_bytes))
    data = conn.recv_bytes()
    sent = 0
    try:
        members = document_members(data) if path is None else iter([read_member(data, path)])
        while True:
            if config.test_fault is not None and sent == config.test_fault_after:
                _fault(config.test_fault)
            member = next(members, None)
            if member is None:
                break
            conn.send(("member", member))
            sent += 1
    except (UnpackLimit, ZipUnreadable, KeyError) as exc:   # KeyError: read_member found no member of that path
        conn.send(("refused", type(exc)(*exc.args)))
    except Exception as exc:   # MemoryError past the bound, a bug: the parent reports it for this archive
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    else:
        conn.send(("end", None))
    conn.close()


def _fault(fault: str) -> None:
    if fault == "abort":
        os.abort()
    time.sleep(3600)
