"""crawler/app/pipeline.py without a crawl: a recorded run's flow and its record, run-due's outcomes. The real
crawls run in tests/e2e and tests/faults; here run_crawl is replaced by a fixed CrawlResult."""

from __future__ import annotations

import sqlite3

import pytest
from nianbao.archive import schedules
from nianbao.archive.datadir import DataDir
from nianbao.crawler.app import pipeline
from nianbao.crawler.registry import Portal
from nianbao.crawler.runner import CrawlConfig, CrawlResult

PORTAL = Portal(id="lintao", name="临洮县", region_code="621124", level="county", homepage="http://www.lintao.gov.cn/")


@pytest.fixture
def data(tmp_path) -> DataDir:
    return DataDir.with_own_store(tmp_path / "data").create()


def failed_crawl(monkeypatch, seen: list) -> None:
    def run_crawl(config):
        seen.append(config)
        run = DataDir(config.data_dir).run(config.crawl_id)
        run.path.mkdir(parents=True)
        run.log.write_text("INFO …\ncrawl_main: no portal answered (ConnectionRefusedError x2)\n", encoding="utf-8")
        return CrawlResult(config.crawl_id, 1, run.path, {})

    monkeypatch.setattr("nianbao.crawler.runner.run_crawl", run_crawl)


def test_a_failed_crawl_is_recorded_and_processes_nothing(data, monkeypatch) -> None:
    seen: list = []
    failed_crawl(monkeypatch, seen)
    config = CrawlConfig(data_dir=data.root, portals=[PORTAL], store_uri=data.store_uri)
    done = pipeline.recorded_run(data, config, schedule="nightly")
    assert not done.ok and done.dedup is None and done.parse is None and done.record_error == ""
    assert done.detail == "no portal answered (ConnectionRefusedError x2)"
    assert config.crawl_id == "" and seen[0].crawl_id == done.run_id      # the caller's config is not rewritten
    row = sqlite3.connect(data.catalog).execute("SELECT schedule, status, detail, ended_at FROM runs").fetchone()
    assert row[:3] == ("nightly", "failed", done.detail) and row[3]
    assert list(data.store.rglob("*.warc.gz"))                            # its run record is in the store


def test_run_due_yields_each_schedule_as_it_ends(data, monkeypatch) -> None:
    conn = data.open_catalog().conn
    for name in ("a-runs", "b-locked"):
        schedules.add_schedule(conn, name, "* * * * *", [], None, 0, 0)
    conn.execute("UPDATE schedules SET created_at = '2020-01-01T00:00:00Z'")
    conn.execute("INSERT INTO schedules VALUES ('c-bad-cron', '0 3 31 2 *', '[]', NULL, 0, 0, "
                 "'2020-01-01T00:00:00Z')")
    conn.commit()
    seen: list = []
    failed_crawl(monkeypatch, seen)

    def config_for(schedule):
        return CrawlConfig(data_dir=data.root, portals=[PORTAL], store_uri=data.store_uri, max_pages=7)

    with schedules.schedule_lock(data.locks, "b-locked"):                       # its previous run is still going
        outcomes = list(pipeline.run_due(data, config_for))
    assert [(o.name, o.status, o.started, o.ok) for o in outcomes] == [
        ("a-runs", "ran", True, False), ("b-locked", "skipped", True, True), ("c-bad-cron", "failed", False, False)]
    assert outcomes[0].run.detail.startswith("no portal answered") and seen[0].max_pages == 7
    assert "cannot compute its next time" in outcomes[2].why
    rows = sorted(conn.execute("SELECT schedule, status FROM runs").fetchall())
    assert rows == [("a-runs", "failed"), ("b-locked", "skipped"), ("c-bad-cron", "failed")]
