"""Run records: the run history and gone marks written as a WARC and rebuilt from it."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime, timezone

from nianbao.archive import catalog as catalog_queries
from nianbao.archive import runs
from nianbao.archive.catalog import Catalog
from nianbao.archive.warc import run_records
from warcio.archiveiterator import ArchiveIterator

RUN = {"run_id": "20250601030000-ab12", "schedule": "season", "started_at": "2025-06-01T03:00:00Z",
       "ended_at": "2025-06-01T03:20:00Z", "status": "ok", "pages_new": 3, "pages_revisit": 1,
       "pages_not_modified": 90, "reports_new": 1, "reports_changed": 1, "reports_gone": 2, "detail": ""}
GONE = [{"url": "http://www.a.gov.cn/r1.html", "last_seen": "2025-01-10T00:00:00Z", "gone_at": "2025-06-01T03:20:00Z"},
        {"url": "http://www.a.gov.cn/r2.html", "last_seen": "2025-01-10T00:00:00Z", "gone_at": "2025-06-01T03:20:00Z"}]
FIXED = dict(record_id="<urn:uuid:00000000-0000-0000-0000-000000000001>",
             info_id="<urn:uuid:00000000-0000-0000-0000-000000000002>",
             date=datetime(2025, 6, 1, 3, 20, tzinfo=timezone.utc))


def _warc() -> bytes:
    return run_records.build_run_warc({"run": RUN, "gone": GONE}, **FIXED)


def test_run_warc_is_deterministic_and_valid(tmp_path) -> None:
    data = _warc()
    assert data == _warc()
    path = tmp_path / "run.warc.gz"
    path.write_bytes(data)
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    records = list(ArchiveIterator(io.BytesIO(data)))
    assert [r.rec_type for r in records] == ["warcinfo", "metadata"]
    assert records[1].rec_headers.get_header("WARC-Target-URI") == f"urn:nianbao-run:{RUN['run_id']}"


def test_ingest_restores_history_and_gone_in_any_order(tmp_path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite")
    key = run_records.run_key(RUN["run_id"])
    catalog.ingest_warc(key, io.BytesIO(_warc()))       # before the captures' url_state exists
    with catalog.conn:
        catalog.conn.execute("INSERT INTO url_state (url, last_seen) VALUES (?, ?)",
                             ("http://www.a.gov.cn/r1.html", "2025-01-10T00:00:00Z"))
        catalog.conn.execute("INSERT INTO url_state (url, last_seen) VALUES (?, ?)",   # seen again later: back
                             ("http://www.a.gov.cn/r2.html", "2025-07-01T00:00:00Z"))
        catalog_queries.refresh_gone(catalog.conn)
    row = catalog.conn.execute("SELECT status, reports_gone FROM runs WHERE run_id = ?", (RUN["run_id"],)).fetchone()
    assert tuple(row) == ("ok", 2)
    gone = dict(catalog.conn.execute("SELECT url, gone_at FROM url_state"))
    assert gone == {"http://www.a.gov.cn/r1.html": "2025-06-01T03:20:00Z", "http://www.a.gov.cn/r2.html": None}


def test_broken_run_record_is_a_problem_not_a_crash(tmp_path) -> None:
    from warcio.recordbuilder import RecordBuilder
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    record = RecordBuilder(warc_version="1.1").create_warc_record(
        "urn:nianbao-run:x", "metadata", payload=io.BytesIO(b"{not json"), length=9,
        warc_content_type=run_records.RUN_CONTENT_TYPE)
    WARCWriter(out, gzip=True, warc_version="1.1").write_record(record)
    catalog = Catalog(tmp_path / "catalog.sqlite")
    result = catalog.ingest_warc("warcs/x/nianbao-run-x.warc.gz", io.BytesIO(out.getvalue()))
    assert result.problems == 1
    assert catalog.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0


def test_archive_run_writes_warc_and_cdxj_and_ingests(tmp_path) -> None:
    from nianbao.archive.reindex import rebuild
    from nianbao.archive.store import open_store

    store = open_store((tmp_path / "store").as_uri())
    catalog = Catalog(tmp_path / "catalog.sqlite")
    names = list(RUN)
    catalog.conn.execute(f"INSERT INTO runs ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                         [RUN[n] for n in names])
    catalog.conn.commit()
    key = runs.archive_run(store, catalog, RUN["run_id"])
    assert sorted(store.list("warcs/")) == [key[: -len(".warc.gz")] + ".cdxj", key]
    stats = rebuild(tmp_path / "fresh.sqlite", store)
    assert stats["cdxj_missing"] == stats["cdxj_mismatch"] == stats["problems"] == 0
    fresh = Catalog(tmp_path / "fresh.sqlite")
    assert fresh.conn.execute("SELECT run_id, status FROM runs").fetchall() == [(RUN["run_id"], "ok")]
