"""Schedules and run history, stored in the catalog database.

A schedule is a cron expression over a subset of the registry with per-run limits. `due()` lists the schedules
whose next fire time (after their last start) has passed; a schedule whose previous run is still going is
skipped (its lock file is held by a live process). Run history rows record what each run fetched and what
changed in the reports it found, computed from the catalog after the run's WARCs were ingested.
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
from datetime import datetime, timezone
from pathlib import Path

from croniter import CroniterBadCronError, croniter

from archive import schema

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


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


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


def last_start(conn: sqlite3.Connection, name: str) -> datetime | None:
    row = conn.execute("SELECT MAX(started_at) FROM runs WHERE schedule = ? AND status != 'skipped'",
                       (name,)).fetchone()
    return parse_iso(row[0]) if row and row[0] else None


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


def start_run(conn: sqlite3.Connection, run_id: str, schedule: str | None, status: str = "running",
              detail: str = "", now: datetime | None = None) -> None:
    schema.ensure(conn)
    conn.execute("INSERT INTO runs (run_id, schedule, started_at, status, detail) VALUES (?,?,?,?,?)",
                 (run_id, schedule, iso(now or utcnow()), status, detail))
    conn.commit()


def finish_run(conn: sqlite3.Connection, run_id: str, status: str, counts: dict, detail: str = "",
               now: datetime | None = None) -> None:
    conn.execute(
        "UPDATE runs SET ended_at=?, status=?, pages_new=?, pages_revisit=?, pages_not_modified=?, "
        "reports_new=?, reports_changed=?, reports_gone=?, detail=? WHERE run_id=?",
        (iso(now or utcnow()), status, counts.get("pages_new", 0), counts.get("pages_revisit", 0),
         counts.get("pages_not_modified", 0), counts.get("reports_new", 0), counts.get("reports_changed", 0),
         counts.get("reports_gone", 0), detail, run_id))
    conn.commit()


def list_runs(conn: sqlite3.Connection, limit: int = 50) -> list[dict]:
    schema.ensure(conn)
    return schema.rows(conn, "SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", (limit,))


def run_counts(conn: sqlite3.Connection, crawl_id: str, recovered: tuple[str, ...] | list[str] = ()) -> dict:
    """What a crawl fetched and how the report documents it saw changed (from the ingested catalog).

    new: a report URL captured for the first time; changed: a report URL captured again with a payload digest
    that differs from its previous capture; gone: a report URL seen in an earlier crawl of the same portal that
    this crawl requested and got 404/410 for, or no longer reached although the portal was crawled.
    `recovered`: crawl ids whose spool files this run recovered (a crashed crawl's captures, archived now):
    they count as this run's."""
    ids = list(dict.fromkeys([crawl_id, *recovered]))
    among = f"IN ({', '.join('?' * len(ids))})"
    pages = dict(conn.execute(
        "SELECT CASE WHEN record_type='revisit' AND revisit_profile LIKE '%server-not-modified' THEN 'nm' "
        "WHEN record_type='revisit' THEN 'rv' ELSE 'new' END AS k, COUNT(*) FROM captures "
        f"WHERE crawl_id {among} AND record_type IN ('response','revisit') GROUP BY k", ids).fetchall())
    report_urls = """SELECT DISTINCT d.url FROM documents d JOIN captures c ON c.record_id = d.record_id
                     WHERE d.kind IN ('report','attachment') AND c.crawl_id {op}"""
    now_urls = {r[0] for r in conn.execute(report_urls.format(op=among), ids)}
    before_urls = {r[0] for r in conn.execute(report_urls.format(op="NOT " + among), ids)}
    changed = 0
    for url in now_urls & before_urls:
        digests = [r[0] for r in conn.execute(
            "SELECT payload_digest FROM captures WHERE url = ? AND record_type = 'response' "
            "ORDER BY captured_at DESC LIMIT 2", (url,))]
        latest_crawl = conn.execute("SELECT crawl_id FROM captures WHERE url = ? AND record_type='response' "
                                    "ORDER BY captured_at DESC LIMIT 1", (url,)).fetchone()
        if len(digests) == 2 and digests[0] != digests[1] and latest_crawl and latest_crawl[0] in ids:
            changed += 1
    crawled_portals = {r[0] for r in conn.execute(
        f"SELECT DISTINCT portal_id FROM captures WHERE crawl_id {among} AND portal_id IS NOT NULL", ids)}
    gone = []
    for url in before_urls - now_urls:
        row = conn.execute(
            "SELECT c.portal_id, MAX(c.captured_at) FROM captures c WHERE c.url = ? AND c.status = 200",
            (url,)).fetchone()
        if row and row[0] in crawled_portals:
            gone.append((url, row[1]))
    return {"pages_new": pages.get("new", 0), "pages_revisit": pages.get("rv", 0),
            "pages_not_modified": pages.get("nm", 0), "reports_new": len(now_urls - before_urls),
            "reports_changed": changed, "reports_gone": len(gone), "gone": gone}


def mark_gone(conn: sqlite3.Connection, gone: list[tuple[str, str]], run_id: str,
              now: datetime | None = None) -> None:
    """Record removed reports for this run in gone_reports (what its run record carries to the store);
    url_state.gone_at is derived from there (run_records.refresh_gone). Their captures stay."""
    from archive.warc import run_records

    stamp = iso(now or utcnow())
    for url, last_seen in gone:
        conn.execute("UPDATE url_state SET last_seen = COALESCE(last_seen, ?) WHERE url = ?", (last_seen, url))
        conn.execute("INSERT OR REPLACE INTO gone_reports (url, run_id, gone_at, last_seen) VALUES (?,?,?,?)",
                     (url, run_id, stamp, last_seen))
    run_records.refresh_gone(conn)
    conn.commit()
