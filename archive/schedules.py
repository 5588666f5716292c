"""Schedules, stored in the catalog database (`schedules`, archive/schema.py).

A schedule is a cron expression over a subset of the registry with per-run limits. `due()` lists the schedules
whose next fire time (after their last start, from the run history in archive/runs.py) has passed; a schedule
whose previous run is still going is skipped (its lock file is held by a live process).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from croniter import CroniterBadCronError, croniter
from nianbao.archive import schema
from nianbao.archive.runs import iso, last_start, parse_iso, utcnow

SCHEDULE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class ScheduleError(ValueError):
    """A schedule cannot be added or found; the message says how to fix it."""


@dataclass(frozen=True)
class Schedule:
    name: str
    cron: str
    portals: list[str]
    registry: str | None
    max_pages: int
    time_limit_s: int
    created_at: str

    def next_after(self, moment: datetime) -> datetime:
        return croniter(self.cron, moment).get_next(datetime)


def add_schedule(conn: sqlite3.Connection, name: str, cron: str, portals: list[str], registry: str | None = None,
                 max_pages: int = 0, time_limit_s: int = 0, now: datetime | None = None) -> Schedule:
    schema.ensure(conn)
    if not SCHEDULE_NAME.fullmatch(name or ""):
        raise ScheduleError(f"bad schedule name {name!r}: use letters, digits, '.', '_' and '-' (it names a lock "
                            "file)")
    try:
        croniter(cron)
    except (CroniterBadCronError, ValueError) as exc:
        raise ScheduleError(f"bad cron expression {cron!r} ({exc}); use five fields, e.g. '0 3 * 1-4 *'") from exc
    try:   # checked before anything is stored: `0 3 31 2 *` parses but never fires
        croniter(cron, now or utcnow()).get_next(datetime)
    except Exception as exc:  # croniter's CroniterBadDateError and friends share no base beyond Exception
        raise ScheduleError(f"cron expression {cron!r} never fires ({exc}); check the day and month fields") \
            from exc
    if conn.execute("SELECT 1 FROM schedules WHERE name = ?", (name,)).fetchone():
        raise ScheduleError(f"schedule {name!r} exists; remove it first (nianbao schedule remove {name})")
    schedule = Schedule(name, cron, list(portals), registry, max_pages, time_limit_s, iso(now or utcnow()))
    conn.execute("INSERT INTO schedules VALUES (?,?,?,?,?,?,?)",
                 (name, cron, json.dumps(schedule.portals), registry, max_pages, time_limit_s, schedule.created_at))
    conn.commit()
    return schedule


def remove_schedule(conn: sqlite3.Connection, name: str) -> None:
    schema.ensure(conn)
    if conn.execute("DELETE FROM schedules WHERE name = ?", (name,)).rowcount == 0:
        raise ScheduleError(f"no schedule named {name!r} (see nianbao schedule list)")
    conn.commit()


def list_schedules(conn: sqlite3.Connection) -> list[Schedule]:
    schema.ensure(conn)
    rows = conn.execute("SELECT name, cron, portals, registry, max_pages, time_limit_s, created_at "
                        "FROM schedules ORDER BY name").fetchall()
    return [Schedule(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


def due(conn: sqlite3.Connection, now: datetime | None = None,
        broken: list[tuple[Schedule, str]] | None = None) -> list[Schedule]:
    """Schedules whose next fire time after their last start (or creation) is not in the future. A schedule
    whose time cannot be computed (stored by an older version) is left out, and added to `broken` with why:
    one bad schedule does not stop the others."""
    now = now or utcnow()
    out = []
    for schedule in list_schedules(conn):
        try:
            since = last_start(conn, schedule.name) or parse_iso(schedule.created_at)
            fires = schedule.next_after(since)
        except Exception as exc:  # croniter's errors, a bad stored date
            if broken is not None:
                broken.append((schedule, f"cannot compute its next time: {exc}"))
            continue
        if fires <= now:
            out.append(schedule)
    return out


@contextmanager
def schedule_lock(lock_dir: Path, name: str) -> Iterator[bool]:
    """An exclusive, non-blocking lock per schedule. Yields False when a run of it is still going.
    The kernel drops the lock when its process dies, so a crashed run never blocks the schedule."""
    lock_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_dir / f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield True
    finally:
        os.close(fd)
