"""Schedules (archive/schedules.py) and run history (archive/runs.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from nianbao.archive import runs, schedules, schema

T0 = datetime(2026, 1, 10, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def conn() -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    schema.ensure(c)
    return c


def test_bad_cron_is_refused_with_an_example(conn) -> None:
    with pytest.raises(schedules.ScheduleError, match="five fields"):
        schedules.add_schedule(conn, "x", "every day", [])


def test_duplicate_and_missing_names(conn) -> None:
    schedules.add_schedule(conn, "season", "0 3 * 1-4 *", ["a"], now=T0)
    with pytest.raises(schedules.ScheduleError, match="exists"):
        schedules.add_schedule(conn, "season", "0 3 * * *", [])
    with pytest.raises(schedules.ScheduleError, match="no schedule named"):
        schedules.remove_schedule(conn, "nope")
    schedules.remove_schedule(conn, "season")
    assert schedules.list_schedules(conn) == []


def test_due_follows_cron_and_last_start(conn) -> None:
    schedules.add_schedule(conn, "daily", "0 3 * * *", [], now=T0)
    assert schedules.due(conn, now=T0.replace(hour=2, minute=59)) == []
    assert [s.name for s in schedules.due(conn, now=T0.replace(hour=3))] == ["daily"]
    runs.start_run(conn, "r1", "daily", now=T0.replace(hour=3))
    assert schedules.due(conn, now=T0.replace(hour=23)) == []
    assert [s.name for s in schedules.due(conn, now=T0.replace(day=11, hour=3))] == ["daily"]


def test_skipped_runs_do_not_count_as_starts(conn) -> None:
    schedules.add_schedule(conn, "daily", "0 3 * * *", [], now=T0)
    runs.start_run(conn, "r0", "daily", status="skipped", now=T0.replace(hour=3))
    assert [s.name for s in schedules.due(conn, now=T0.replace(hour=4))] == ["daily"]


def test_lock_is_exclusive_across_processes(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from nianbao.archive.schedules import schedule_lock\n"
         f"with schedule_lock(Path({str(tmp_path)!r}), 's') as ok:\n"
         "    print(ok, flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert holder.stdout.readline().strip() == "True"
    with schedules.schedule_lock(tmp_path, "s") as acquired:
        assert acquired is False
    holder.kill()  # a dead holder (kill -9) releases the lock
    holder.wait()
    with schedules.schedule_lock(tmp_path, "s") as acquired:
        assert acquired is True


def test_finish_run_records_counts(conn) -> None:
    runs.start_run(conn, "r1", None, now=T0)
    runs.finish_run(conn, "r1", "ok", {"pages_new": 5, "pages_not_modified": 7, "reports_gone": 1},
                    now=T0.replace(hour=3))
    [row] = runs.list_runs(conn)
    assert (row["status"], row["pages_new"], row["pages_not_modified"], row["reports_gone"]) == ("ok", 5, 7, 1)
    assert row["ended_at"] == "2026-01-10T03:00:00Z"
