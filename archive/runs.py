"""Run history, stored in the catalog database (`runs`, `gone_reports`; archive/schema.py).

The owner of the tables `runs` and `gone_reports`. Run history rows record what each run fetched and what
changed in the reports it found (archive/catalog.py `run_counts`, `mark_gone`: those read the captures); a run's row and the reports it found gone are archived in the store
as a run record (archive/warc/run_records.py) and come back from it on `nianbao reindex` (`apply_run_document`).
Schedules, which start runs, are archive/schedules.py.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from nianbao.archive import schema


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def last_start(conn: sqlite3.Connection, name: str) -> datetime | None:
    row = conn.execute("SELECT MAX(started_at) FROM runs WHERE schedule = ? AND status != 'skipped'",
                       (name,)).fetchone()
    return parse_iso(row[0]) if row and row[0] else None


def start_run(conn: sqlite3.Connection, run_id: str, schedule: str | None, status: str = "running",
              detail: str = "", now: datetime | None = None) -> None:
    schema.ensure(conn)
    conn.execute("INSERT INTO runs (run_id, schedule, started_at, status, detail) VALUES (?,?,?,?,?)",
                 (run_id, schedule, iso(now or utcnow()), status, detail))
    conn.commit()


def record_failed_start(conn: sqlite3.Connection, run_id: str, schedule: str | None, detail: str,
                        now: datetime | None = None) -> None:
    """A run that could not start (its schedule is broken): it ends when it starts."""
    start_run(conn, run_id, schedule, status="failed", detail=detail, now=now)
    conn.execute("UPDATE runs SET ended_at = started_at WHERE run_id = ?", (run_id,))
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


def record_gone(conn: sqlite3.Connection, run_id: str, gone: list[tuple[str, str, str | None]]) -> None:
    """The run's gone marks, (url, gone_at, last_seen) each; url_state.gone_at follows from them
    (catalog.refresh_gone)."""
    conn.executemany("INSERT OR REPLACE INTO gone_reports (url, run_id, gone_at, last_seen) VALUES (?,?,?,?)",
                     [(url, run_id, gone_at, last_seen) for url, gone_at, last_seen in gone])


def gone_marks(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(url, gone_at) of every gone mark of every run."""
    schema.ensure(conn)
    return conn.execute("SELECT url, gone_at FROM gone_reports").fetchall()


def run_document(conn: sqlite3.Connection, run_id: str) -> dict:
    """The run's history row and the URLs it marked gone, from the catalog."""
    schema.ensure(conn)
    found = schema.rows(conn, "SELECT * FROM runs WHERE run_id = ?", (run_id,))
    if not found:
        raise KeyError(f"no run {run_id} in the run history")
    gone = schema.rows(conn, "SELECT url, last_seen, gone_at FROM gone_reports WHERE run_id = ? ORDER BY url",
                       (run_id,))
    return {"run": found[0], "gone": gone}


def archive_run(store, catalog, run_id: str) -> str:
    """Write the run record (archive/warc/run_records.py) to the store and ingest it; returns its key."""
    from nianbao.archive.warc.json_warc import store_json_warc
    from nianbao.archive.warc.run_records import build_run_warc, run_key

    return store_json_warc(store, catalog, run_key(run_id), build_run_warc(run_document(catalog.conn, run_id)))


def apply_run_document(conn: sqlite3.Connection, document: dict) -> None:
    """Catalog side of ingesting a run record: its history row, its gone URLs (inside the caller's transaction;
    the caller, catalog.ingest_warc, then refreshes url_state.gone_at)."""
    schema.ensure(conn)
    row = document["run"]
    names = list(row)
    conn.execute(f"INSERT OR REPLACE INTO runs ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [row[n] for n in names])
    record_gone(conn, row["run_id"], [(g["url"], g["gone_at"], g.get("last_seen")) for g in document["gone"]])
