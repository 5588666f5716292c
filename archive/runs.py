"""Run history, stored in the catalog database (`runs`, `gone_reports`; archive/schema.py).

Run history rows record what each run fetched and what changed in the reports it found, computed from the
catalog after the run's WARCs were ingested; a run's row and the reports it found gone are archived in the store
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
    url_state.gone_at is derived from there (refresh_gone). Their captures stay."""
    stamp = iso(now or utcnow())
    for url, last_seen in gone:
        conn.execute("UPDATE url_state SET last_seen = COALESCE(last_seen, ?) WHERE url = ?", (last_seen, url))
        conn.execute("INSERT OR REPLACE INTO gone_reports (url, run_id, gone_at, last_seen) VALUES (?,?,?,?)",
                     (url, run_id, stamp, last_seen))
    refresh_gone(conn)
    conn.commit()


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
    """Catalog side of ingesting a run record: its history row, its gone URLs (inside the caller's transaction)."""
    schema.ensure(conn)
    row = document["run"]
    names = list(row)
    conn.execute(f"INSERT OR REPLACE INTO runs ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [row[n] for n in names])
    conn.executemany("INSERT OR REPLACE INTO gone_reports (url, run_id, gone_at, last_seen) VALUES (?,?,?,?)",
                     [(g["url"], row["run_id"], g["gone_at"], g.get("last_seen")) for g in document["gone"]])
    refresh_gone(conn)


def refresh_gone(conn: sqlite3.Connection) -> None:
    """url_state.gone_at from the run records: the latest time a URL was found gone, unless it was seen again
    after that (ingestion order does not matter)."""
    schema.ensure(conn)
    conn.execute(
        "UPDATE url_state SET gone_at = (SELECT MAX(g.gone_at) FROM gone_reports g WHERE g.url = url_state.url "
        "AND g.gone_at >= COALESCE(url_state.last_seen, '')) "
        "WHERE url IN (SELECT url FROM gone_reports)")
